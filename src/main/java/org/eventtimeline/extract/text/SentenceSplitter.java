package org.eventtimeline.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.eventtimeline.extract.Resources;

/**
 * Splits news text into sentences. A line break always ends one (headlines, captions and paragraphs seldom end
 * with a full stop); within a line, '.', '!', '?' or '…' end one when the next word starts a new sentence and the
 * word before the stop is not an abbreviation or an initial. Closing quotes after the stop stay with the sentence.
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.copyOf(Resources.entries("extract/text/abbreviations.txt"));
    private static final Set<String> AFTER_CLOCK = Set.copyOf(Resources.entries("extract/text/after-clock.txt"));
    private static final Set<String> BEFORE_NUMBERS = Set.copyOf(Resources.entries("extract/text/before-numbers.txt"));
    private static final Set<String> OPENERS = Set.copyOf(Resources.entries("extract/text/sentence-openers.txt"));
    /** The longest run read as one sentence; see {@link #lastBreak}. */
    static final int MAX_LENGTH = 1_000;
    private static final Pattern CLOCK_SUFFIX = Pattern.compile("[ap]\\.m", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIRST_WORD = Pattern.compile("\\p{L}+");
    /** A news agency in brackets and the dash after it: "(AP) --", "(Reuters) -". */
    private static final Pattern AGENCY_AND_DASH = Pattern.compile("\\(\\p{Lu}[\\p{L}.]{1,20}\\)\\s*[—–_-]");
    /** "U.S", the rest of "U.S." before its last full stop. */
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.)+\\p{Lu}");

    public List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int n = text.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                add(sentences, text, start, i);
                start = i + 1;
            } else if (isStop(c)) {
                int end = i + 1;
                while (end < n && (isStop(text.charAt(end)) || isCloser(text.charAt(end)))) {
                    end++;
                }
                if (endsSentence(text, i, end)) {
                    add(sentences, text, start, end);
                    start = end;
                }
                i = end - 1;
            }
        }
        add(sentences, text, start, n);
        return sentences;
    }

    /** Whether the full stop, question or exclamation mark at {@code stop} ends a sentence ("Feb. 27" has none). */
    public static boolean endsSentenceAt(String text, int stop) {
        if (stop < 0 || stop >= text.length() || !isStop(text.charAt(stop))) {
            return false;
        }
        int end = stop + 1;
        while (end < text.length() && (isStop(text.charAt(end)) || isCloser(text.charAt(end)))) {
            end++;
        }
        return endsSentence(text, stop, end);
    }

    private static boolean endsSentence(String text, int stop, int afterClosers) {
        int n = text.length();
        if (afterClosers >= n) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(afterClosers))) {
            return false;
        }
        int next = afterClosers;
        while (next < n && text.charAt(next) == ' ' || next < n && text.charAt(next) == '\t') {
            next++;
        }
        if (next >= n || text.charAt(next) == '\n' || text.charAt(next) == '\r') {
            return true;
        }
        char first = text.charAt(next);
        boolean opensSentence = Character.isUpperCase(first) || Character.isDigit(first) || isOpener(first);
        if (!opensSentence || AGENCY_AND_DASH.matcher(text).region(next, n).lookingAt()) {
            return false; // "LITTLETON, Colo. (AP) -- Two students ...": a dateline's agency goes on with it
        }
        return text.charAt(stop) != '.' || (!isAbbreviation(text, stop) || opensAfterAbbreviation(text, stop, next))
                && !goesOnAfterClock(text, stop, next)
                && !(Character.isDigit(first) && BEFORE_NUMBERS.contains(wordBefore(text, stop)));
    }

    /**
     * "at 2 p.m. PT on Thursday", "at 4 a.m. Saudi time", "at 10:35 a.m. (0735 GMT) Friday": a time zone, a place's
     * time, a weekday or the same time in brackets after "a.m."/"p.m." belongs to the clock time.
     */
    private static boolean goesOnAfterClock(String text, int stop, int next) {
        if (!CLOCK_SUFFIX.matcher(text).region(Math.max(0, stop - 3), stop).find()) {
            return false;
        }
        if (text.charAt(next) == '(') {
            return true;
        }
        var word = FIRST_WORD.matcher(text).region(next, Math.min(text.length(), next + 12));
        return word.lookingAt() && (AFTER_CLOCK.contains(word.group()) || PLACES_TIME.matcher(text)
                .region(word.end(), Math.min(text.length(), word.end() + 6)).lookingAt());
    }

    private static final Pattern PLACES_TIME = Pattern.compile("\\s+time\\b");

    /** "in the U.S. The company said ...": a word that opens sentences after an abbreviation (not an initial). */
    private static boolean opensAfterAbbreviation(String text, int stop, int next) {
        var word = FIRST_WORD.matcher(text).region(next, Math.min(text.length(), next + 12));
        return wordBefore(text, stop).length() > 1 && word.lookingAt() && OPENERS.contains(word.group());
    }

    /** The word before a full stop is an abbreviation ("Mr", "Rt", "U.S") or a single initial ("J"). */
    private static boolean isAbbreviation(String text, int stop) {
        String word = wordBefore(text, stop);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return ABBREVIATIONS.contains(word) || INITIALS.matcher(word).matches();
    }

    private static String wordBefore(String text, int stop) {
        int wordStart = stop;
        while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1)) && !isOpener(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        return text.substring(wordStart, stop);
    }

    private static void add(List<Sentence> sentences, String text, int start, int end) {
        while (end - start > MAX_LENGTH) {
            int cut = lastBreak(text, start, start + MAX_LENGTH);
            addOne(sentences, text, start, cut);
            start = cut;
        }
        addOne(sentences, text, start, end);
    }

    /**
     * Where a run longer than a sentence is cut: after its last comma or semicolon within the limit, else after its
     * last space, else at the limit. News sentences seldom pass 400 characters (TBAQ's longest is 606); a run of
     * thousands is a list or junk, and reading it as one clause would read all of it again for each of its dates.
     */
    private static int lastBreak(String text, int start, int limit) {
        int space = -1;
        for (int i = limit - 1; i > start + MAX_LENGTH / 2; i--) {
            char c = text.charAt(i);
            if ((c == ',' || c == ';') && Character.isWhitespace(text.charAt(i + 1))) {
                return i + 1;
            }
            if (space < 0 && Character.isWhitespace(c)) {
                space = i + 1;
            }
        }
        return space > 0 ? space : limit;
    }

    private static void addOne(List<Sentence> sentences, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            sentences.add(new Sentence(sentences.size(), start, end, text.substring(start, end)));
        }
    }

    private static boolean isStop(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    private static boolean isCloser(char c) {
        return c == '’' || c == '\'' || c == '"' || c == '”' || c == ')' || c == ']';
    }

    private static boolean isOpener(char c) {
        return c == '‘' || c == '\'' || c == '"' || c == '“' || c == '`' || c == '(' || c == '[';
    }
}
