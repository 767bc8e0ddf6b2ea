package org.eventtimeline.extract;

import java.util.concurrent.CancellationException;

/**
 * Where a long extraction stops once whoever waits for it has given up and interrupted its thread: the service's
 * time limit then frees the thread, not only the request. Checked once a sentence and once a rule, which keeps the
 * check's cost out of sight.
 */
public final class Cancellation {

    private Cancellation() {
    }

    /** Throws {@link CancellationException} if the current thread has been interrupted (the flag stays set). */
    public static void checkpoint() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("extraction interrupted");
        }
    }
}
