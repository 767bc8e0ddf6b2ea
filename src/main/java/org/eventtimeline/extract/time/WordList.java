package org.eventtimeline.extract.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eventtimeline.extract.Resources;
import org.eventtimeline.extract.WordTrie;

/**
 * A word list from {@code extract/time/words/NAME.tsv}: one entry a line, the words, a tab, then their values.
 * The header line {@code # case: proper} means the words only match as written or in capitals ("May", "MAY",
 * never the verb "may"); otherwise they match in any case.
 */
public final class WordList {

    private final String name;
    private final boolean properCase;
    private final Map<String, String[]> entries;
    private final Map<String, String[]> byKey = new HashMap<>();

    private WordList(String name, boolean properCase, Map<String, String[]> entries) {
        this.name = name;
        this.properCase = properCase;
        this.entries = entries;
        entries.forEach((word, values) -> byKey.putIfAbsent(normalise(word), values));
    }

    static WordList load(String name) {
        boolean proper = false;
        Map<String, String[]> entries = new LinkedHashMap<>();
        for (String line : Resources.lines("extract/time/words/" + name + ".tsv")) {
            if (line.startsWith("#")) {
                proper |= line.replace(" ", "").equalsIgnoreCase("#case:proper");
                continue;
            }
            String[] cells = line.split("\t");
            if (cells.length < 2) {
                throw new IllegalStateException("words/" + name + ".tsv: expected 'words<TAB>value' in: " + line);
            }
            String[] values = new String[cells.length - 1];
            System.arraycopy(cells, 1, values, 0, values.length);
            entries.put(cells[0], values);
        }
        return new WordList(name, proper, entries);
    }

    public String name() {
        return name;
    }

    /** The first value of a word as written in a text ("Sept." gives "9"), if the list has it. */
    public Optional<String> value(String written) {
        return values(written).map(v -> v[0]);
    }

    public Optional<String[]> values(String written) {
        return Optional.ofNullable(byKey.get(normalise(written)));
    }

    /** Every word as one pattern ({@link WordTrie}) that never matches inside a longer word. */
    String regex() {
        List<String> forms = new ArrayList<>(entries.keySet());
        if (properCase) {
            entries.keySet().forEach(word -> forms.add(word.toUpperCase(Locale.ROOT)));
        }
        // a space in a word stands for any run of white space
        String alternation = WordTrie.regex(forms, true);
        // A look at the first letter lets most positions fail before the alternatives are tried one by one.
        String firstLetters = entries.keySet().stream()
                .flatMap(w -> Stream.of(w.substring(0, 1).toLowerCase(Locale.ROOT), w.substring(0, 1).toUpperCase(Locale.ROOT)))
                .distinct().map(c -> "\\x{" + Integer.toHexString(c.codePointAt(0)) + "}").collect(Collectors.joining());
        return "(?<![\\p{L}\\d])(?=[" + firstLetters + "])" + (properCase ? "(?-i:" : "(?:") + alternation
                + ")(?![\\p{L}\\d])";
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DOTS_AND_APOSTROPHES = Pattern.compile("[.’']");

    private static String normalise(String word) {
        return DOTS_AND_APOSTROPHES.matcher(SPACES.matcher(word.toLowerCase(Locale.ROOT)).replaceAll(" ")).replaceAll("");
    }
}
