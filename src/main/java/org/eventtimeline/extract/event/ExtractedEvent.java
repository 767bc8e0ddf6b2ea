package org.eventtimeline.extract.event;

import java.util.List;

import org.eventtimeline.extract.people.Person;
import org.eventtimeline.extract.time.CalendarDate;

/**
 * A dated event as one article reports it.
 *
 * @param date       when it happened
 * @param dateText   the words that say when ("on June 30")
 * @param title      a short headline: who did what
 * @param sentence   the sentence that states it (its first statement, when the article repeats it)
 * @param people     who is involved
 * @param sources    every place in the article that states it, first one first
 * @param confidence from 0 to 1: how sure the extractor is of the date and the people
 */
public record ExtractedEvent(CalendarDate date, String dateText, String title, String sentence, List<Person> people,
        List<Source> sources, double confidence) {
}
