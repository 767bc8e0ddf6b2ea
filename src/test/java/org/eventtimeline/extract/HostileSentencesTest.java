package org.eventtimeline.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * One hostile sentence of thousands of clauses, each with dates, asides and names, or thousands of sentences that
 * name people, end in time proportional to their length through the whole extractor, as {@code TaggerRobustnessTest}
 * bounds the tagger alone. Each clause of such a sentence once read the whole sentence again: 90,000 characters took
 * 30 s.
 */
class HostileSentencesTest {

    private static final Extractor EXTRACTOR = new NewsExtractor();
    /**
     * What a character of news costs on this machine, read from the seed articles: a slow machine's bound is
     * scaled by it, so that the test catches a cost that grows faster than the text, not a slow day.
     */
    private static final double NEWS_MILLIS_PER_CHARACTER = newsMillisPerCharacter();

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
        // the lesser of two readings: the first also pays for compiling what it runs
        double millis = Math.min(cpuMillis(text), cpuMillis(text));
        // a generous bound, linear in the length: 50 microseconds a character, or twenty times what news costs here
        // if that is more (the worst clause shapes cost seven to fourteen times as much), plus a second
        double perCharacter = Math.max(0.05, 20 * NEWS_MILLIS_PER_CHARACTER);
        assertTrue(millis < 1000 + text.length() * perCharacter, text.length() + " characters took " + millis
                + " ms; news takes " + NEWS_MILLIS_PER_CHARACTER + " ms a character");
    }

    private static double cpuMillis(String text) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        EXTRACTOR.extract(text, LocalDate.of(2025, 1, 1));
        return (threads.getCurrentThreadCpuTime() - start) / 1e6;
    }

    /** The least of three timed readings of the seed articles, after one to warm up, per character. */
    private static double newsMillisPerCharacter() {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            String news = files.filter(f -> f.toString().endsWith(".txt")).sorted().map(HostileSentencesTest::read)
                    .collect(Collectors.joining("\n\n"));
            cpuMillis(news);
            double least = Double.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                least = Math.min(least, cpuMillis(news));
            }
            return least / news.length();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
