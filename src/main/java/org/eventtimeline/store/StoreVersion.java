package org.eventtimeline.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * The version of the stored data: every write moves it on, in the write's own transaction. Kept in the database so
 * that several instances on one PostgreSQL agree on it.
 */
@ApplicationScoped
public class StoreVersion {

    @Transactional(Transactional.TxType.SUPPORTS)
    public long current() {
        return ((Number) Panache.getEntityManager().createNativeQuery("select version from store_version where id = 1")
                .getSingleResult()).longValue();
    }

    /** Must run inside the writing transaction. */
    void moveOn() {
        Panache.getEntityManager().createNativeQuery("update store_version set version = version + 1 where id = 1")
                .executeUpdate();
    }
}
