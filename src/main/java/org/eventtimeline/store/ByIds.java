package org.eventtimeline.store;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.EntityGraph;

import org.hibernate.Session;
import org.hibernate.SessionCheckMode;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Entities read by their ids, one of their collections with them, through Hibernate's multi-load. On PostgreSQL the
 * ids go as one array, so the statement is the same however many there are (H2 gets an in-list); either way no query
 * is translated again for each length of a list, as an HQL "in" list was, at about half of such a look-up's cost
 * (JFR, docs/performance.md).
 */
final class ByIds {

    private ByIds() {
    }

    /** The entities with these ids that exist, in the session or the database, each once, with {@code collection}. */
    static <T> List<T> load(Class<T> type, Collection<String> ids, String collection) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Session session = Panache.getEntityManager().unwrap(Session.class);
        EntityGraph<T> graph = session.createEntityGraph(type);
        graph.addAttributeNodes(collection);
        // the session first: a write's own entities reach the database only when it ends (WriteView)
        return session.findMultiple(graph, List.copyOf(ids), SessionCheckMode.ENABLED).stream()
                .filter(Objects::nonNull).toList();
    }
}
