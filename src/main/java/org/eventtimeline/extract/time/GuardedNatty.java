package org.eventtimeline.extract.time;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.natty.DateGroup;
import org.natty.Parser;

/**
 * Natty, kept where it is strong: counting from a named day ("two weeks from Monday", "the Tuesday after next").
 * It only ever sees a span a rule has already recognised, never running text (where it reads "The Sun" as Sunday
 * and "18-month" as 18:00). No exception escapes, each call has a time budget, and an answer that does not cover the
 * whole span is dropped.
 */
final class GuardedNatty {

    static final Duration BUDGET = Duration.ofMillis(250);

    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "natty");
        t.setDaemon(true);
        return t;
    });

    static {
        // Natty builds its grammar on first use, which takes longer than the budget: do it once, unmeasured.
        try {
            new Parser(TimeZone.getTimeZone("UTC")).parse("tomorrow", new Date(0));
        } catch (RuntimeException | Error e) {
            // no reading is needed, only the warm-up
        }
    }

    private GuardedNatty() {
    }

    private static String withoutArticle(String text) {
        return text.toLowerCase(Locale.ROOT).trim().replaceAll("^(?:a|an|the)\\s+", "");
    }

    /** The day Natty reads in {@code span} counted from {@code reference}, if it reads all of it in time. */
    static Optional<LocalDate> day(String span, LocalDate reference) {
        Date noon = Date.from(reference.atTime(12, 0).toInstant(ZoneOffset.UTC));
        Future<List<DateGroup>> parse = WORKERS.submit(() -> new Parser(TimeZone.getTimeZone("UTC")).parse(span, noon));
        try {
            List<DateGroup> groups = parse.get(BUDGET.toMillis(), TimeUnit.MILLISECONDS);
            if (groups.size() != 1 || groups.get(0).getDates().size() != 1 || !groups.get(0).isTimeInferred()) {
                return Optional.empty();
            }
            String read = withoutArticle(groups.get(0).getText());
            String asked = withoutArticle(span);
            if (!asked.endsWith(read) || read.length() < asked.length() - 2) {
                return Optional.empty();
            }
            return Optional.of(groups.get(0).getDates().get(0).toInstant().atOffset(ZoneOffset.UTC).toLocalDate());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (Exception | StackOverflowError e) { // NullPointerException, timeouts, grammar errors: no reading
            parse.cancel(true);
            return Optional.empty();
        }
    }
}
