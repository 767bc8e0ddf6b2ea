package org.eventtimeline.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Reads the extractor's data files from the class path. */
public final class Resources {

    private Resources() {
    }

    /** The entries of a data file: its non-blank lines without the comment lines ("# ..."), trimmed. */
    public static List<String> entries(String path) {
        return lines(path).stream().filter(l -> !l.startsWith("#")).map(String::trim).toList();
    }

    /**
     * A data file's entries as a regular expression of literal words, any of them ("sa(?:id|ys)|told", a
     * {@link WordTrie}). Read once: several patterns share the verbs of saying and the irregular past forms.
     */
    public static String alternation(String path) {
        return ALTERNATIONS.computeIfAbsent(path, p -> WordTrie.regex(entries(p), false));
    }

    private static final Map<String, String> ALTERNATIONS = new ConcurrentHashMap<>();

    /** The non-blank lines of a UTF-8 resource, trimmed at the right. */
    public static List<String> lines(String path) {
        InputStream in = Resources.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing extractor resource: " + path);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::stripTrailing).filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read extractor resource " + path, e);
        }
    }
}
