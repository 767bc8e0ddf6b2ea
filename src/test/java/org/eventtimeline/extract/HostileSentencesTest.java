package org.eventtimeline.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * One hostile sentence of thousands of clauses, each with dates, asides and names, ends in time proportional to its
 * length through the whole extractor, as {@code TaggerRobustnessTest} bounds the tagger alone. Each clause of such a
 * sentence once read the whole sentence again: 90,000 characters took 30 s.
 */
class HostileSentencesTest {

    private static final Extractor EXTRACTOR = new NewsExtractor();

    @Test
    void aSentenceOfThousandsOfDatedClausesEndsInTimeProportionalToItsLength() {
        String[] clauses = { "its 2009 car on Monday, which ended in 2010, ", "the 2019 fire into the 2020 inquiry, ",
            "Ana Lind, who won in 2012, and Omar Haddad " };
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (String clause : clauses) {
            String text = "The firm unveiled " + clause.repeat(2_000) + "today.";
            long start = threads.getCurrentThreadCpuTime();
            EXTRACTOR.extract(text, LocalDate.of(2025, 1, 1));
            double millis = (threads.getCurrentThreadCpuTime() - start) / 1e6;
            // a generous bound, linear in the length: 50 microseconds a character plus a second for a cold start
            assertTrue(millis < 1000 + text.length() * 0.05, text.length() + " characters took " + millis + " ms");
        }
    }
}
