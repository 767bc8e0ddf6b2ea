package org.eventtimeline.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.eventtimeline.extract.Resources;

/**
 * Every "example = TEXT => VALUE" line of rules.txt is a test: tagging TEXT gives an expression with VALUE, or nothing
 * at all when VALUE is "none" (what a rule must leave alone).
 */
class RuleExamplesTest {

    private final TemporalTagger tagger = new TemporalTagger();

    @TestFactory
    Stream<DynamicTest> everyRuleExampleHolds() {
        return RuleBook.standard().rules().stream().flatMap(rule -> rule.examples().stream()
                .map(example -> DynamicTest.dynamicTest("[" + rule.name() + "] " + example.text(), () -> {
                    LocalDate published = example.publishedAt() == null ? null : LocalDate.parse(example.publishedAt());
                    List<TemporalExpression> found = tagger.tag(example.text(), published);
                    if (example.value().equals("none")) {
                        assertTrue(found.isEmpty(), () -> "expected nothing in " + found);
                        return;
                    }
                    assertTrue(found.stream().anyMatch(e -> e.value().equals(example.value())),
                            () -> "expected " + example.value() + " in " + found);
                })));
    }

    /** The pieces a rule is said to need are found in every text it matches: the tagger skips windows without them. */
    @TestFactory
    Stream<DynamicTest> whatARuleNeedsIsInEveryMatchOfIt() {
        return RuleBook.standard().rules().stream().flatMap(rule -> rule.examples().stream()
                .map(example -> DynamicTest.dynamicTest("[" + rule.name() + "] " + example.text(), () -> {
                    var match = rule.pattern().matcher(example.text());
                    while (match.find()) {
                        String matched = example.text().substring(match.start(), match.end());
                        rule.needs().forEach(piece -> assertTrue(piece.matcher(matched).find(),
                                () -> "'" + matched + "' lacks " + piece.pattern()));
                    }
                })));
    }

    @Test
    void rulesNeedTheirMandatoryPiecesOnly() {
        TimexRule monthDay = rule("month-day");
        assertEquals(2, monthDay.needs().size(), "month and day, not the optional weekday: " + monthDay.needs());
        assertEquals(List.of("noon|midday|midnight"), patterns(rule("noon")), "a named group written out is needed");
        assertEquals(List.of("days?|weeks?", "before|after"), patterns(rule("days-from-date")).subList(0, 2),
                "groups written out come first, and one among alternatives ('<month> <day>|<holiday>') is not needed");
        assertEquals(List.of("(?:[12]\\d|3[01]|[1-9])(?:st|nd|rd|th)"), patterns(rule("day-of-month")),
                "the day written out is needed; the group around 'the <day>' holds a piece and is left to it");
    }

    private static List<String> patterns(TimexRule rule) {
        return rule.needs().stream().map(java.util.regex.Pattern::pattern).toList();
    }

    private static TimexRule rule(String name) {
        return RuleBook.standard().rules().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void everyRuleHasAnExample() {
        RuleBook.standard().rules().forEach(rule -> assertFalse(rule.examples().isEmpty(), rule.name() + " has no example"));
    }

    /**
     * A word a rule writes into a group read through a word list ("<shift=that|the\\s+same>") is in that list: the
     * resolver looks it up, and "later the same day" once failed the look-up and the whole extraction with it.
     */
    @Test
    void wordsRulesWriteIntoListedGroupsAreListed() {
        Pattern group = Pattern.compile("<([a-z]+)=([^<>]+)>");
        Pattern plainWords = Pattern.compile("[A-Za-z'-]+(?:\\\\s\\+?[A-Za-z'-]+)*");
        List<String> pieces = Resources.entries("extract/time/patterns.txt").stream().filter(l -> l.contains(" = "))
                .map(l -> l.substring(0, l.indexOf(" = ")).trim()).toList();
        List<String> missing = new ArrayList<>();
        for (String line : Resources.lines("extract/time/rules.txt")) {
            Matcher m = group.matcher(line.startsWith("pattern") ? line : "");
            while (m.find()) {
                if (getClass().getResource("/extract/time/words/" + m.group(1) + ".tsv") == null) {
                    continue; // a group read otherwise (a count, a day of the month)
                }
                WordList words = RuleBook.standard().words(m.group(1));
                for (String written : m.group(2).split("\\|")) {
                    String word = written.replace("\\s+", " ").replace("\\s", " ");
                    boolean piece = pieces.contains(word)
                            || getClass().getResource("/extract/time/words/" + word + ".tsv") != null;
                    if (plainWords.matcher(written).matches() && !piece && words.values(word).isEmpty()) {
                        missing.add(m.group(1) + ": " + word);
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }
}
