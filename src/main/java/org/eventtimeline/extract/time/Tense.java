package org.eventtimeline.extract.time;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eventtimeline.extract.Resources;

/** The tense of the clause around a date, guessed from the cue words of {@code tense.txt}. */
public enum Tense {
    PAST, PRESENT, FUTURE;

    private static final Pattern CUES = cues();
    private static final int WINDOW = 160;
    private static final Pattern PRESENT_BE = Pattern.compile("is|are|am", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[;:—–]|,\\s|\\s(?:and|but|while|whereas|although)\\s");

    /** The tense at {@code position} in {@code sentence} (see {@link Cues#at}). */
    public static Tense at(String sentence, int position) {
        return new Cues(sentence).at(position);
    }

    /**
     * The tense cues of one sentence, found on the first question and kept: a sentence may hold many dates (a list
     * of thirty thousand in one hostile "sentence"), and each asks about the words around it.
     */
    public static final class Cues {
        private final String sentence;
        private int[] starts;
        private int[] ends;
        private Tense[] tenses;
        private boolean[] presentBe;

        public Cues(String sentence) {
            this.sentence = sentence;
        }

        /**
         * Guesses the tense at {@code position}: the cue word nearest to it decides, a cue before it counting a little
         * nearer than one after it. News mostly reports what happened, so without cues it is PAST.
         */
        public Tense at(int position) {
            if (starts == null) {
                find();
            }
            // Only the words around the date count: a cue further away belongs to another clause.
            int from = Math.max(0, position - WINDOW);
            int to = Math.min(sentence.length(), position + WINDOW);
            Matcher clauseEnd = CLAUSE_BREAK.matcher(sentence).region(position, to);
            if (clauseEnd.find()) {
                to = clauseEnd.start(); // "on Saturday and were planning to ...": the next clause has its own tense
            }
            Tense best = PAST;
            int bestDistance = Integer.MAX_VALUE;
            int lastFutureEnd = -100;
            int lastPresentBeEnd = -100;
            int first = Arrays.binarySearch(starts, from);
            for (int i = first < 0 ? -first - 1 : first; i < starts.length && ends[i] <= to; i++) {
                Tense tense = tenses[i];
                if (tense == FUTURE) {
                    lastFutureEnd = ends[i];
                } else if (tense == PAST && starts[i] - lastFutureEnd <= 12) {
                    continue; // a participle after a modal: "will be held" looks forward
                } else if (tense == PAST && starts[i] - lastPresentBeEnd <= 8) {
                    continue; // a present passive: "when the case is heard in May"
                } else if (presentBe[i]) {
                    lastPresentBeEnd = ends[i];
                }
                int distance = ends[i] <= position ? position - ends[i] : 2 * (starts[i] - position) + 8;
                if (starts[i] < position && ends[i] > position) {
                    continue;
                }
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = tense;
                }
            }
            return best;
        }

        private void find() {
            int n = 0;
            starts = new int[16];
            ends = new int[16];
            tenses = new Tense[16];
            presentBe = new boolean[16];
            Matcher m = CUES.matcher(sentence);
            while (m.find()) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, 2 * n);
                    ends = Arrays.copyOf(ends, 2 * n);
                    tenses = Arrays.copyOf(tenses, 2 * n);
                    presentBe = Arrays.copyOf(presentBe, 2 * n);
                }
                starts[n] = m.start();
                ends[n] = m.end();
                tenses[n] = m.group("FUTURE") != null ? FUTURE : m.group("PRESENT") != null ? PRESENT : PAST;
                presentBe[n] = tenses[n] == PRESENT && PRESENT_BE.matcher(m.group()).matches();
                n++;
            }
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
            tenses = Arrays.copyOf(tenses, n);
            presentBe = Arrays.copyOf(presentBe, n);
        }
    }

    private static Pattern cues() {
        Map<Tense, String> words = new EnumMap<>(Tense.class);
        for (String line : Resources.entries("extract/time/tense.txt")) {
            int eq = line.indexOf('=');
            words.put(Tense.valueOf(line.substring(0, eq).trim().toUpperCase(Locale.ROOT)), line.substring(eq + 1).trim());
        }
        StringBuilder regex = new StringBuilder("(?<![\\w’'])(?:");
        String sep = "";
        // future first, then present, then past: "planned" and "scheduled" look forward although they end in -ed,
        // and "is to" is a future, not a present
        for (Tense tense : new Tense[] { FUTURE, PRESENT, PAST }) {
            regex.append(sep).append("(?<").append(tense.name()).append(">").append(words.get(tense)).append(")");
            sep = "|";
        }
        return Pattern.compile(regex.append(")(?!\\w)").toString(), Pattern.CASE_INSENSITIVE);
    }
}
