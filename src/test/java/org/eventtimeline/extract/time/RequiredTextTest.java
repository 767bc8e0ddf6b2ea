package org.eventtimeline.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class RequiredTextTest {

    @Test
    void aWordListRequiresOneOfItsWordsInLowerCase() {
        assertEquals(Optional.of(Set.of("january", "jan.", "jan", "feb")),
                RequiredText.of("(?<![\\p{L}\\d])(?=[jJfF])(?-i:(?:Jan(?:uary|\\.)?|Feb))(?![\\p{L}\\d])"));
    }

    @Test
    void aRunGoesOnIntoTheBeginningsOfAPartThatMayEndAnyhow() {
        assertEquals(Optional.of(Set.of("that", "this", "the")), RequiredText.of("th(?:at(?:\\s+same)?|is|e\\s+next)"));
    }

    @Test
    void aPartThatMayBeMissingBreaksTheRun() {
        Set<String> strings = RequiredText.of("abc(?:\\d+)?def").orElseThrow();
        assertTrue(strings.equals(Set.of("abc")) || strings.equals(Set.of("def")), strings.toString());
    }

    @Test
    void digitsAndShortClassesAreSpelledOut() {
        Set<String> strings = RequiredText.of("(?:19|20)\\d\\d").orElseThrow();
        assertEquals(200, strings.size());
        assertTrue(strings.containsAll(Set.of("1900", "1999", "2000", "2099")));
        assertEquals(Optional.of(Set.of("1am", "1pm", "2am", "2pm")), RequiredText.of("[12][ap]m"));
    }

    @Test
    void nothingIsRequiredWhereAnAlternativeMayBeAnythingOrShort() {
        assertEquals(Optional.empty(), RequiredText.of("year|\\w+"));
        assertEquals(Optional.empty(), RequiredText.of("in|since|until"));
        assertEquals(Optional.empty(), RequiredText.of("latest|past|"));
        assertEquals(Optional.empty(), RequiredText.of("[a-z]+"));
    }

    @Test
    void prefixesAreTheStringsEveryMatchStartsWith() {
        assertEquals(Optional.of(Set.of("begin", "begins", "start", "starts")),
                RequiredText.prefixes("(?<!\\bthe\\s)(?:begins?|Starts?)\\s+now"));
        assertEquals(Optional.of(Set.of("a", "an")), RequiredText.prefixes("an?\\s+\\w+"));
        assertEquals(Optional.empty(), RequiredText.prefixes("(?:about\\s+)?\\d+\\s+days"));
        assertEquals(Optional.empty(), RequiredText.prefixes("(?-i:[a-z]+ed)"));
    }

    @Test
    void whatThisReaderDoesNotKnowGivesNothing() {
        assertEquals(Optional.empty(), RequiredText.of("\\Qyear\\E"));
        assertEquals(Optional.empty(), RequiredText.of("(?x)year  ago"));
        assertEquals(Optional.empty(), RequiredText.of("(year)\\1"));
        assertEquals(Optional.empty(), RequiredText.of("year)"));
    }

    /**
     * The promise the tagger relies on, checked on the rule book itself: wherever a rule or a piece it needs matches
     * in a rule's example, the match holds one of the pattern's strings. A string missing here would hide a date.
     */
    @Test
    void everyMatchOfEveryRuleAndPieceHoldsOneOfItsStrings() {
        RuleBook book = RuleBook.standard();
        List<String> texts = new ArrayList<>();
        book.rules().forEach(rule -> rule.examples().forEach(example -> texts.add(example.text())));
        int checked = 0;
        for (TimexRule rule : book.rules()) {
            List<Pattern> patterns = new ArrayList<>(rule.needs());
            patterns.add(rule.pattern());
            for (Pattern need : patterns) {
                Optional<Set<String>> strings = RequiredText.of(need.pattern());
                if (strings.isEmpty()) {
                    continue;
                }
                for (String text : texts) {
                    Matcher m = need.matcher(text);
                    while (m.find()) {
                        String lowered = RequiredText.lower(m.group());
                        assertTrue(strings.get().stream().anyMatch(lowered::contains),
                                () -> "[" + rule.name() + "] need " + need + " matched '" + m.group() + "'");
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 1000, "matches checked: " + checked);
    }
}
