package org.eventtimeline.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class WordStartFinderTest {

    private static final WordStartFinder FINDER = new WordStartFinder("(?<![\\w’'])", List.of(
            new WordStartFinder.Group("AHEAD", "will|(?<!\\bthe\\s)plans?\\s+to|is\\s+due"),
            new WordStartFinder.Group("BEHIND", "(?:was|were)\\s+due|(?-i:[a-z]+ed)|went")), "(?!\\w)",
            Pattern.CASE_INSENSITIVE);

    private static List<String> found(WordStartFinder finder, String text) {
        List<String> found = new ArrayList<>();
        finder.forEachMatch(text, m -> found.add(m.start() + ":" + m.group() + ":" + (m.group("AHEAD") != null)));
        return found;
    }

    private static List<String> foundByWholePattern(WordStartFinder finder, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = finder.whole().matcher(text);
        while (m.find()) {
            found.add(m.start() + ":" + m.group() + ":" + (m.group("AHEAD") != null));
        }
        return found;
    }

    @Test
    void findsWhatTheWholePatternFindsWithItsGroup() {
        String text = "The firm plans to sell; the plans to sell were dropped. It WILL vote. The vote was due Friday"
                + " and went ahead, Willed or not; she wanted it. Is due? is   due.";
        List<String> found = found(FINDER, text);
        assertEquals(foundByWholePattern(FINDER, text), found);
        assertEquals(List.of("9:plans to:true", "47:dropped:false", "59:WILL:true", "79:was due:false",
                "98:went:false", "129:wanted:false", "140:Is due:true", "148:is   due:true"), found);
    }

    @Test
    void aBranchThatMayStartWithAnyLetterIsTriedAtEveryWord() {
        assertEquals(List.of("3:zipped:false", "11:quizzed:false"), found(FINDER, "It zipped, quizzed"));
    }

    @Test
    void theMiddleOfAWordIsNoStart() {
        assertEquals(List.of(), found(FINDER, "Cowill unwent twill"));
    }

    /** The finders the engine uses, on every example of the rule book: the same matches as their whole patterns. */
    @Test
    void theEnginesFindersAnswerAsTheirWholePatterns() {
        RuleBook book = RuleBook.standard();
        StringBuilder texts = new StringBuilder();
        book.rules().forEach(rule -> rule.examples().forEach(example -> texts.append(example.text()).append(". ")));
        String text = texts.toString();
        int checked = 0;
        for (WordStartFinder finder : List.of(book.trigger(), Tense.cueFinder())) {
            List<int[]> byFinder = new ArrayList<>();
            finder.forEachMatch(text, m -> byFinder.add(new int[] { m.start(), m.end() }));
            List<int[]> byPattern = new ArrayList<>();
            Matcher m = finder.whole().matcher(text);
            while (m.find()) {
                byPattern.add(new int[] { m.start(), m.end() });
            }
            assertEquals(byPattern.size(), byFinder.size());
            for (int i = 0; i < byPattern.size(); i++) {
                assertEquals(byPattern.get(i)[0], byFinder.get(i)[0]);
                assertEquals(byPattern.get(i)[1], byFinder.get(i)[1]);
            }
            checked += byFinder.size();
        }
        assertTrue(checked > 1000, "matches checked: " + checked);
    }
}
