package org.eventtimeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.eventtimeline.extract.event.ExtractedEvent;
import org.eventtimeline.extract.event.Source;
import org.eventtimeline.extract.people.Person;
import org.eventtimeline.extract.time.TemporalExpression;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/**
 * The whole extractor (sentences, dates, people, events) answers whatever the text: no exception, every temporal
 * expression and source inside the text with its text the text there, every expression valued, every event dated
 * and its people among the article's. Each property runs {@code jqwik.tries.default} tries (2,500 unless the pom
 * says otherwise); {@code ./mvnw test -Dtest=ExtractorRobustnessTest -Djqwik.tries.default=500000} is the
 * nightly-style run (10^6 inputs). {@code TaggerRobustnessTest} and {@code HostileSentencesTest} bound the time
 * hostile text takes.
 */
class ExtractorRobustnessTest {

    private static final Extractor EXTRACTOR = new NewsExtractor();
    private static final String[] WORDS = { "Peter", "Mandelson", "Lord", "Mr.", "Mrs", "Dr", "Obama", "Michelle",
            "O'Neill", "Jean-Luc", "de", "la", "Smith's", "said", "told", "was", "appointed", "met", "on", "in", "the",
            "June", "30", ",", "2008", "May", "may", "last", "year", "ago", "Monday", "morning", "from", "to", "between",
            "and", "1994", "until", "2007", "18-month", "The", "Sun", "earlier", "this", "month", "later", "\"", "“",
            "”", "‘", "’", "(", ")", ".", "!", "?", "\n", "\n\n", "—", "-", "Q3", "1990s", "week", "a", "St.", "Jr.",
            "two", "weeks", "£21,000", "mid-", "early", "quarter", "now", "every", "day", "2012", "or" };

    private static void check(String text, LocalDate published) {
        Extraction found = EXTRACTOR.extract(text, published);
        for (TemporalExpression e : found.temporalExpressions()) {
            assertTrue(e.start() >= 0 && e.start() < e.end() && e.end() <= text.length(), "offsets " + e);
            assertEquals(text.substring(e.start(), e.end()), e.text(), "an expression's text is the text there");
            assertTrue(e.value() != null && !e.value().isEmpty(), "value " + e);
        }
        for (Person p : found.people()) {
            assertFalse(p.name().isBlank(), "a person without a name");
        }
        for (ExtractedEvent event : found.events()) {
            assertNotNull(event.date(), "an event without a date");
            assertFalse(event.sources().isEmpty(), "an event without a source");
            for (Source s : event.sources()) {
                assertTrue(s.start() >= 0 && s.start() < s.end() && s.end() <= text.length(), "source " + s);
                assertEquals(text.substring(s.start(), s.end()), s.quote(), "a quote is the text at its offsets");
            }
            assertTrue(found.people().containsAll(event.people()), "an event's people are the article's");
        }
    }

    @Property
    void anyUnicodeTextIsExtractedWithoutFailing(@ForAll @StringLength(max = 400) String text) {
        check(text, LocalDate.of(2025, 9, 11));
        check(text, null);
    }

    @Property
    void newsLikeWordSoupIsExtractedWithoutFailing(@ForAll("wordSoup") String text, @ForAll("dates") LocalDate published) {
        check(text, published);
    }

    /** Samples the properties once found failing, tried on every run (a clause opening before its headline's start). */
    @Example
    void samplesOnceFoundFailingAreExtracted() {
        check("2008 until Sun on , Peter Monday", LocalDate.of(1, 1, 2));
    }

    /**
     * Real sentences cut into clauses and put together again at random: the clause shapes the headlines are read
     * from, in orders no test wrote ("the deadliest since 2004, when John Smith died" once failed this way).
     */
    @Property
    void newsClausesRecombinedAreExtractedWithoutFailing(@ForAll("recombinedClauses") String text,
            @ForAll("dates") LocalDate published) {
        check(text, published);
    }

    /** The clauses of the date rules' example sentences, which are written as news is. */
    private static final List<String> CLAUSES = Resources.lines("extract/time/rules.txt").stream()
            .filter(line -> line.startsWith("example ="))
            .map(line -> line.substring("example =".length()).split("\\s+=>\\s+")[0].strip())
            .flatMap(sentence -> Arrays.stream(sentence.split("(?<=[,;:.])\\s+")))
            .filter(clause -> !clause.isBlank()).distinct().toList();

    @Provide
    Arbitrary<String> recombinedClauses() {
        return Arbitraries.of(CLAUSES).list().ofMinSize(1).ofMaxSize(6).map(clauses -> String.join(" ", clauses));
    }

    @Provide
    Arbitrary<String> wordSoup() {
        return Arbitraries.of(WORDS).list().ofMaxSize(80).map(words -> String.join(" ", words));
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(1, 3_000_000).map(d -> LocalDate.of(1, 1, 1).plusDays(d));
    }
}
