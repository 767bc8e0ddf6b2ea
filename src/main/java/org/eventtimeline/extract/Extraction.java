package org.eventtimeline.extract;

import java.util.List;

import org.eventtimeline.extract.event.ExtractedEvent;
import org.eventtimeline.extract.people.Person;
import org.eventtimeline.extract.time.TemporalExpression;

/** What the extractor finds in one article. */
public record Extraction(List<TemporalExpression> temporalExpressions, List<Person> people, List<ExtractedEvent> events) {
}
