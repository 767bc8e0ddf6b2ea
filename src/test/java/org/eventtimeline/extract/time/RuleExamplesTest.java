package org.eventtimeline.extract.time;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every "example = TEXT => VALUE" line of rules.txt is a test: tagging TEXT gives an expression with VALUE. */
class RuleExamplesTest {

    private final TemporalTagger tagger = new TemporalTagger();

    @TestFactory
    Stream<DynamicTest> everyRuleExampleHolds() {
        return RuleBook.standard().rules().stream().flatMap(rule -> rule.examples().stream()
                .map(example -> DynamicTest.dynamicTest("[" + rule.name() + "] " + example.text(), () -> {
                    LocalDate published = example.publishedAt() == null ? null : LocalDate.parse(example.publishedAt());
                    List<TemporalExpression> found = tagger.tag(example.text(), published);
                    assertTrue(found.stream().anyMatch(e -> e.value().equals(example.value())),
                            () -> "expected " + example.value() + " in " + found);
                })));
    }

    @Test
    void everyRuleHasAnExample() {
        RuleBook.standard().rules().forEach(rule -> assertFalse(rule.examples().isEmpty(), rule.name() + " has no example"));
    }
}
