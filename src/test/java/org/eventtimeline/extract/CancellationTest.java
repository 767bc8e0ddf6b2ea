package org.eventtimeline.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.LocalDate;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/** An extraction whose thread is interrupted stops, as the service's time limit needs: its thread is freed. */
class CancellationTest {

    @Test
    void anInterruptedExtractionStopsWithACancellation() throws InterruptedException {
        // a megabyte of news takes the extractor many seconds; interrupted at once, it stops at its next sentence
        String text = "Ana Lind met Omar Haddad on Monday. ".repeat(29_000);
        AtomicReference<Throwable> ended = new AtomicReference<>();
        Thread extraction = new Thread(() -> {
            try {
                new NewsExtractor().extract(text, LocalDate.of(2025, 1, 1));
            } catch (RuntimeException e) {
                ended.set(e);
            }
        });
        extraction.start();
        extraction.interrupt();
        extraction.join(60_000);
        assertFalse(extraction.isAlive(), "still extracting a minute after the interrupt");
        assertInstanceOf(CancellationException.class, ended.get());
    }
}
