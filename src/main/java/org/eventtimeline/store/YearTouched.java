package org.eventtimeline.store;

/**
 * A calendar year an event's dates touch, with the year the event starts in: the count of a timeline by year is read
 * from the year index alone, each event counted once, under the year it starts in.
 */
record YearTouched(String eventId, int year, int startYear) {
}
