package org.eventtimeline.extract.time;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Hostile text ends in time proportional to its length, and inputs the fuzzing found stay fixed. The random inputs
 * are {@code ExtractorRobustnessTest}'s, which runs this tagger with the rest of the extractor.
 */
class TaggerRobustnessTest {

    private static final TemporalTagger TAGGER = new TemporalTagger();

    private static void check(String text, LocalDate published) {
        List<TemporalExpression> found = TAGGER.tag(text, published);
        for (TemporalExpression e : found) {
            assertTrue(e.start() >= 0 && e.start() < e.end() && e.end() <= text.length(), "offsets " + e);
            assertTrue(e.text().equals(text.substring(e.start(), e.end())), "text " + e);
            assertTrue(e.value() != null && !e.value().isEmpty(), "value " + e);
        }
    }

    @Test
    void aDateRunningPastTheEndOfItsSentenceIsTagged() {
        // found by the word-soup property (ExtractorRobustnessTest's now): the sentence ends at the line break, inside the match
        check("a Monday \n morning", LocalDate.of(1, 1, 2));
        check("It was a Monday \n morning vigil.", LocalDate.of(2025, 9, 11));
    }

    @Test
    void hostileInputsEndInTimeProportionalToTheirLength() {
        String[] hostile = { "1".repeat(100_000), "2008 ".repeat(20_000), "a".repeat(1 << 20),
                "June 30, ".repeat(30_000), "\u0000\uFFFF\uD800".repeat(30_000), "the the the ".repeat(40_000),
                new String(Character.toChars(0x1F600)).repeat(50_000), "mid-mid-mid-".repeat(40_000) };
        // CPU time of this thread, not the wall clock: on a busy machine (a build running alongside) the wall clock
        // measured the neighbours, and the bound is about the tagger's own work
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (String text : hostile) {
            long start = threads.getCurrentThreadCpuTime();
            check(text, LocalDate.of(2025, 9, 11));
            double millis = (threads.getCurrentThreadCpuTime() - start) / 1e6;
            // a generous bound, linear in the length: 20 microseconds a character plus a second for a cold start
            assertTrue(millis < 1000 + text.length() * 0.02,
                    text.length() + " characters took " + millis + " ms of CPU");
        }
    }
}
