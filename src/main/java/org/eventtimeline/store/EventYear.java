package org.eventtimeline.store;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * A read-only view of the years an event touches ({@link NewYears} writes them), so that a year filter is
 * a look-up in the year index alone, without joining the event table back in; with the event's first year beside
 * each, a timeline's count by year needs no event row at all.
 */
@Entity
@Immutable
@Table(name = "event_year")
@IdClass(EventYear.Key.class)
public class EventYear {

    @Id
    @Column(name = "event_id")
    public String eventId;

    @Id
    @Column(name = "year_touched")
    public int year;

    @Column(name = "start_year")
    public int startYear;

    public record Key(String eventId, int year) implements Serializable {
    }
}
