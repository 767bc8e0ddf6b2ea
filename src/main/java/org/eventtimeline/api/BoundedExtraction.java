package org.eventtimeline.api;

import java.time.LocalDate;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eventtimeline.config.TimelineConfig;
import org.eventtimeline.extract.Extraction;
import org.eventtimeline.extract.Extractor;

/** Runs the extractor within the configured time; an article that would take longer is refused with 422. */
@ApplicationScoped
public class BoundedExtraction {

    @Inject
    Extractor extractor;

    @Inject
    TimelineConfig config;

    private final ExecutorService workers = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "extraction");
        t.setDaemon(true);
        return t;
    });

    public Extraction extract(String text, LocalDate publishedAt) {
        Future<Extraction> running = workers.submit(() -> extractor.extract(text, publishedAt));
        long budget = config.limits().extractionTime().toMillis();
        try {
            return running.get(budget, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
            throw new ProblemException(422, "Extracting this article would take longer than the limit of " + budget
                    + " ms (timeline.limits.extraction-time); nothing was stored.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("extraction failed", e.getCause());
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
