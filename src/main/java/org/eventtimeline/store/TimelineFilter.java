package org.eventtimeline.store;

import java.time.LocalDate;
import java.util.List;

/**
 * Which events a timeline shows; every part is optional (null or empty) and they combine with AND.
 *
 * @param person   a person's id, full name or any alias, any case
 * @param from     events ending on or after this day
 * @param to       events starting on or before this day
 * @param words    words that must all appear in the event's text
 * @param document a document's id or external id
 */
public record TimelineFilter(String person, LocalDate from, LocalDate to, List<String> words, String document) {
}
