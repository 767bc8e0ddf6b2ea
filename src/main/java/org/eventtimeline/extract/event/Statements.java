package org.eventtimeline.extract.event;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Whether two passages make the same statement, by the words they share. */
public final class Statements {

    /** Passages sharing at least this share of their words say the same thing. */
    public static final double SAME_STATEMENT = 0.6;

    private Statements() {
    }

    /** Share of words two passages have in common (Jaccard), from 0 to 1. */
    public static double similarity(String a, String b) {
        return similarity(words(a), words(b));
    }

    /** The same for passages already split into {@link #words}: a passage compared with many is split once. */
    public static double similarity(Set<String> wa, Set<String> wb) {
        if (wa.isEmpty() || wb.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(wa);
        common.retainAll(wb);
        return (double) common.size() / (wa.size() + wb.size() - common.size());
    }

    private static final Set<String> COMMON = Set.copyOf(
            org.eventtimeline.extract.Resources.entries("extract/event/common-words.txt"));

    /** Two reports that share at least this many telling word stems are about the same happening. */
    static final int SHARED_STEMS = 2;

    /**
     * Whether two passages tell of the same happening, even in other words: the words around their dates share
     * telling stems ("appointed Mandelson as ambassador in 2024", "appointing him as ambassador in February").
     * Names are left to the caller.
     */
    public static boolean sameHappening(String quoteA, String dateA, String quoteB, String dateB) {
        Set<String> common = stems(aroundDate(quoteA, dateA));
        common.retainAll(stems(aroundDate(quoteB, dateB)));
        return common.size() >= SHARED_STEMS;
    }

    /**
     * Whether two headlines tell of the same happening: they share telling stems, a headline's capitalised first
     * word counted as the word it is ("Engineers closed it", "Engineers had closed the bridge in April 2022").
     */
    static boolean sameHappening(String titleA, String titleB) {
        Set<String> common = stems(uncapitalised(titleA));
        common.retainAll(stems(uncapitalised(titleB)));
        return common.size() >= SHARED_STEMS;
    }

    private static String uncapitalised(String title) {
        return title.isEmpty() ? title : Character.toLowerCase(title.charAt(0)) + title.substring(1);
    }

    /** Words this close to the date say what happened then; further away the sentence moves on to other things. */
    static final int WORDS_AROUND_DATE = 12;

    private static String aroundDate(String quote, String date) {
        int at = quote.indexOf(date);
        if (at < 0) {
            return quote;
        }
        int from = at;
        for (int words = 0; from > 0 && words <= WORDS_AROUND_DATE; from--) {
            words += quote.charAt(from - 1) == ' ' ? 1 : 0;
        }
        int to = at + date.length();
        for (int words = 0; to < quote.length() && words <= WORDS_AROUND_DATE; to++) {
            words += quote.charAt(to) == ' ' ? 1 : 0;
        }
        return quote.substring(from, to);
    }

    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** The first six letters of the lower-case words of five letters or more that are not common words. */
    private static Set<String> stems(String s) {
        Set<String> stems = new HashSet<>();
        for (String w : NOT_LETTERS.split(s)) {
            if (w.length() >= 5 && Character.isLowerCase(w.charAt(0)) && !COMMON.contains(w)) {
                stems.add(w.substring(0, 6 > w.length() ? w.length() : 6));
            }
        }
        return stems;
    }

    /** A passage's distinct words, in lower case. */
    public static Set<String> words(String s) {
        Set<String> words = new HashSet<>();
        for (String w : NOT_WORD.split(s.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }
}
