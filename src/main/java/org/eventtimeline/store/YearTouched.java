package org.eventtimeline.store;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A calendar year an event's dates touch, with the year the event starts in: the count of a timeline by year is read
 * from the year index alone, each event counted once, under the year it starts in.
 */
@Embeddable
public record YearTouched(@Column(name = "year_touched") int year, @Column(name = "start_year") int startYear) {
}
