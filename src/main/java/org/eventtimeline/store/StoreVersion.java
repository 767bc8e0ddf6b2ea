package org.eventtimeline.store;

import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.Panache;

import org.eventtimeline.config.TimelineConfig;

/**
 * The version of the stored data: every write moves it on, in the write's own transaction. Kept in the database so
 * that several instances on one PostgreSQL agree on it. Reads ask for it on every request, so the value read is
 * trusted for {@code timeline.http.version-recheck}, until this instance commits a write of its own.
 */
@ApplicationScoped
public class StoreVersion {

    private record Known(long version, long readAtNanos, long localWrites) {
    }

    @Inject
    TimelineConfig config;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** Writes this instance has committed: a version known from before the last of them is out of date. */
    private final AtomicLong localWrites = new AtomicLong();
    private volatile Known known;

    @Transactional(Transactional.TxType.SUPPORTS)
    public long current() {
        OptionalLong trusted = trusted();
        if (trusted.isPresent()) {
            return trusted.getAsLong();
        }
        long writes = localWrites.get();
        long version = ((Number) Panache.getEntityManager()
                .createNativeQuery("select version from store_version where id = 1").getSingleResult()).longValue();
        // kept with the count of writes seen before reading: a write committed meanwhile has the next request read again
        known = new Known(version, System.nanoTime(), writes);
        return version;
    }

    /** The version as last read, while it is still trusted; empty when it must be read from the database again. */
    public OptionalLong trusted() {
        Known k = known;
        if (k != null && k.localWrites() == localWrites.get()
                && System.nanoTime() - k.readAtNanos() < config.http().versionRecheck().toNanos()) {
            return OptionalLong.of(k.version());
        }
        return OptionalLong.empty();
    }

    /** Must run inside the writing transaction. */
    void moveOn() {
        Panache.getEntityManager().createNativeQuery("update store_version set version = version + 1 where id = 1")
                .executeUpdate();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    localWrites.incrementAndGet();
                }
            }
        });
    }
}
