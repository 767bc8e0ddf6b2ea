package org.eventtimeline.store;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;

import io.quarkus.hibernate.orm.panache.Panache;
import org.hibernate.Session;

/**
 * The years of the events a write adds ({@code event_year}), inserted together once its articles are written. No
 * look-up made while writing reads them, so one JDBC batch for the whole write does what two or three statements an
 * article did (PostgreSQL's driver sends the batch as a few multi-row inserts).
 */
final class NewYears {

    private final List<YearTouched> rows = new ArrayList<>();

    /** Every calendar year the new event's dates touch. */
    void addFor(EventEntity event) {
        for (int year = event.startYear; year <= event.dateEnd.getYear(); year++) {
            rows.add(new YearTouched(event.id, year, event.startYear));
        }
    }

    /** Must run inside the writing transaction, once the events are flushed. */
    void insert() {
        if (rows.isEmpty()) {
            return;
        }
        Panache.getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into event_year (event_id, year_touched, start_year) values (?, ?, ?)")) {
                for (YearTouched row : rows) {
                    insert.setString(1, row.eventId());
                    insert.setInt(2, row.year());
                    insert.setInt(3, row.startYear());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        rows.clear();
    }
}
