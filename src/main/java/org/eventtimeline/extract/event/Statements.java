package org.eventtimeline.extract.event;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Whether two passages make the same statement, by the words they share. */
public final class Statements {

    /** Passages sharing at least this share of their words say the same thing. */
    public static final double SAME_STATEMENT = 0.6;

    private Statements() {
    }

    /** Share of words two passages have in common (Jaccard), from 0 to 1. */
    public static double similarity(String a, String b) {
        Set<String> wa = words(a);
        Set<String> wb = words(b);
        if (wa.isEmpty() || wb.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(wa);
        common.retainAll(wb);
        return (double) common.size() / (wa.size() + wb.size() - common.size());
    }

    private static Set<String> words(String s) {
        Set<String> words = new HashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }
}
