package org.eventtimeline.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A word list's pattern (its words as a prefix tree) finds what a plain alternation of its words, longest first,
 * finds: the same words at the same places, in texts made of the list's own words, their beginnings and their
 * words run together.
 */
class WordListTest {

    private static final Path WORDS = Path.of("src/main/resources/extract/time/words");

    @Test
    void everyListFindsWhatItsWordsLongestFirstFind() throws IOException {
        List<Path> lists;
        try (Stream<Path> files = Files.list(WORDS)) {
            lists = files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
        }
        for (Path file : lists) {
            String name = file.getFileName().toString().replace(".tsv", "");
            List<String> lines = Files.readAllLines(file);
            boolean proper = lines.stream().anyMatch(l -> l.replace(" ", "").equalsIgnoreCase("#case:proper"));
            List<String> words = lines.stream().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t")[0]).toList();
            Pattern tree = Pattern.compile(WordList.load(name).regex(), Pattern.CASE_INSENSITIVE);
            Pattern plain = Pattern.compile(longestFirst(words, proper), Pattern.CASE_INSENSITIVE);
            for (String text : texts(words)) {
                assertEquals(found(plain, text), found(tree, text), name + ".tsv in: " + text);
            }
            assertFalse(found(tree, String.join(" ", words)).isEmpty(), name + ".tsv finds its own words");
        }
    }

    @Test
    void theLongerOfTwoWordsIsFound() {
        Pattern month = Pattern.compile(WordList.load("month").regex(), Pattern.CASE_INSENSITIVE);
        assertEquals(List.of("0:Sept."), found(month, "Sept. 30"));
        assertEquals(List.of("4:September"), found(month, "the September meeting"));
        assertEquals(List.of(), found(month, "may every day"));
    }

    /** The list's words one after another; with a letter more; cut short; with odd spacing and upper case. */
    private static List<String> texts(List<String> words) {
        List<String> texts = new ArrayList<>();
        for (String w : words) {
            texts.add(w);
            texts.add("on " + w + ", then");
            texts.add(w + "s and " + w + "." + w);
            texts.add(w.substring(0, Math.max(1, w.length() - 1)) + " " + w.replace(" ", "\n  "));
            texts.add("x" + w + " " + w.toUpperCase(Locale.ROOT) + " " + w.toLowerCase(Locale.ROOT) + "9");
        }
        texts.add(String.join("", words));
        texts.add(String.join(" ", words));
        return texts;
    }

    private static String longestFirst(List<String> words, boolean proper) {
        List<String> forms = new ArrayList<>();
        for (String word : words) {
            forms.add(Pattern.quote(word).replace(" ", "\\E\\s+\\Q"));
            if (proper) {
                forms.add(Pattern.quote(word.toUpperCase(Locale.ROOT)).replace(" ", "\\E\\s+\\Q"));
            }
        }
        forms.sort(Comparator.comparingInt(String::length).reversed());
        return "(?<![\\p{L}\\d])" + (proper ? "(?-i:" : "(?:") + String.join("|", forms) + ")(?![\\p{L}\\d])";
    }

    private static List<String> found(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.start() + ":" + m.group());
        }
        return found;
    }
}
