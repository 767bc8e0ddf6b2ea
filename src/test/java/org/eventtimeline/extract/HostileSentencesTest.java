package org.eventtimeline.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * One hostile sentence of thousands of clauses, each with dates, asides and names, or thousands of sentences that
 * name people, end in time proportional to their length through the whole extractor, as {@code TaggerRobustnessTest}
 * bounds the tagger alone. Each clause of such a sentence once read the whole sentence again: 90,000 characters took
 * 30 s.
 */
class HostileSentencesTest {

    private static final Extractor EXTRACTOR = new NewsExtractor();

    @Test
    void aSentenceOfThousandsOfDatedClausesEndsInTimeProportionalToItsLength() {
        for (String clause : new String[] { "its 2009 car on Monday, which ended in 2010, ",
            "the 2019 fire into the 2020 inquiry, ", "Ana Lind, who won in 2012, and Omar Haddad ",
            "Ana Lind, 45, a former minister first elected in 2016, Omar Haddad, 52, and Paul Ek, 70, ",
            "he was arrested on Monday, and charged on Tuesday, and later jailed in 2012, and ",
            "to the families whose homes were lost in 2011 and ", "in 2015 after being treated in 2013 and " }) {
            assertLinear("The firm unveiled " + clause.repeat(2_000) + "today.");
        }
    }

    @Test
    void thousandsOfSentencesNamingPeopleEndInTimeProportionalToTheirLength() {
        // each sentence once read every name of the text: 8,000 such sentences took 14.7 s
        assertLinear("Ana Lind met Omar Haddad on Monday. ".repeat(4_000));
    }

    private static void assertLinear(String text) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        EXTRACTOR.extract(text, LocalDate.of(2025, 1, 1));
        double millis = (threads.getCurrentThreadCpuTime() - start) / 1e6;
        // a generous bound, linear in the length: 50 microseconds a character plus a second for a cold start
        assertTrue(millis < 1000 + text.length() * 0.05, text.length() + " characters took " + millis + " ms");
    }
}
