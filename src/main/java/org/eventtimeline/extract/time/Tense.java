package org.eventtimeline.extract.time;

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

    /**
     * Guesses the tense at {@code position} in {@code sentence}: the cue word nearest to it decides, a cue before it
     * counting a little nearer than one after it. News mostly reports what happened, so without cues it is PAST.
     */
    public static Tense at(String sentence, int position) {
        // Only the words around the date count: a cue further away belongs to another clause (and a bounded
        // window keeps a 100,000-character "sentence" linear).
        int from = Math.max(0, position - WINDOW);
        int to = Math.min(sentence.length(), position + WINDOW);
        Matcher clauseEnd = CLAUSE_BREAK.matcher(sentence).region(position, to);
        if (clauseEnd.find()) {
            to = clauseEnd.start(); // "on Saturday and were planning to ...": the next clause has its own tense
        }
        Matcher m = CUES.matcher(sentence);
        m.region(from, to);
        Tense best = PAST;
        int bestDistance = Integer.MAX_VALUE;
        int lastFutureEnd = -100;
        int lastPresentBeEnd = -100;
        while (m.find()) {
            if (m.group("FUTURE") != null) {
                lastFutureEnd = m.end();
            } else if (m.group("PAST") != null && m.start() - lastFutureEnd <= 12) {
                continue; // a participle after a modal: "will be held" looks forward
            } else if (m.group("PAST") != null && m.start() - lastPresentBeEnd <= 8) {
                continue; // a present passive: "when the case is heard in May"
            } else if (m.group("PRESENT") != null && PRESENT_BE.matcher(m.group()).matches()) {
                lastPresentBeEnd = m.end();
            }
            int distance = m.end() <= position ? position - m.end() : 2 * (m.start() - position) + 8;
            if (m.start() < position && m.end() > position) {
                continue;
            }
            if (distance < bestDistance) {
                bestDistance = distance;
                best = m.group("FUTURE") != null ? FUTURE : m.group("PRESENT") != null ? PRESENT : PAST;
            }
        }
        return best;
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
