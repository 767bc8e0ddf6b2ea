package org.eventtimeline.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eventtimeline.extract.event.ExtractedEvent;
import org.eventtimeline.extract.people.Person;
import org.eventtimeline.extract.time.TemporalExpression;
import org.eventtimeline.store.DocumentEntity;
import org.eventtimeline.store.EventEntity;
import org.eventtimeline.store.PersonEntity;
import org.eventtimeline.store.TimelineQueries.PersonSummary;

/** The JSON the API answers with, and how stored and extracted things become it. */
public final class Views {

    private Views() {
    }

    public record DateView(String value, String precision, LocalDate start, LocalDate end, String text) {
    }

    public record PersonRef(String id, String name) {
    }

    public record SourceView(String documentId, String externalId, String title, int start, int end, String quote) {
    }

    public record EventView(String id, DateView date, String title, String sentence, List<PersonRef> people,
            List<SourceView> sources, double confidence, List<String> conflictsWith) {
    }

    public record DocumentView(String id, String externalId, String title, String url, LocalDate publishedAt,
            Instant createdAt, int length, long eventCount) {
    }

    public record DocumentDetail(DocumentView document, String text, List<EventView> events) {
    }

    public record StoredDocument(DocumentView document, List<EventView> events) {
    }

    /** The answer to a batch: how many articles were new, and each one's document in the order posted. */
    public record BatchResult(long created, List<BatchItem> documents) {
    }

    /** {@code created} is false for an article that was already stored (same text or external id). */
    public record BatchItem(boolean created, DocumentView document) {
    }

    public record DocumentPage(long total, List<DocumentView> documents, String nextCursor) {
    }

    public record TimelineView(long total, Map<String, Long> countsByYear, List<EventView> events, String nextCursor) {
    }

    public record PersonView(String id, String name, List<String> aliases, long eventCount, LocalDate firstDate,
            LocalDate lastDate) {
    }

    public record PeopleView(List<PersonView> people) {
    }

    public record TemporalExpressionView(String text, int start, int end, String type, String value, String mod,
            String precision, String anchor) {
    }

    public record ExtractionView(List<EventView> events, List<TemporalExpressionView> temporalExpressions,
            List<PersonRef> people) {
    }

    static EventView event(EventEntity e) {
        return new EventView(e.id, new DateView(e.dateValue, e.datePrecision, e.dateStart, e.dateEnd, e.dateText), e.title,
                e.sentence,
                // sorted here, not only by the mapping's ORDER BY: a just-written event is answered from memory
                e.people.stream().map(p -> new PersonRef(p.id, p.name)).sorted(Comparator.comparing(PersonRef::name)).toList(),
                e.sources.stream().sorted(Comparator.comparing(s -> s.id)).map(s -> new SourceView(s.document.id,
                        s.document.externalId, s.document.title, s.startOffset, s.endOffset, s.quote)).toList(),
                e.confidence, e.conflicts.stream().map(c -> c.id).sorted().toList());
    }

    static List<EventView> events(List<EventEntity> events) {
        return events.stream().map(Views::event).toList();
    }

    static DocumentView document(DocumentEntity d, long eventCount) {
        return new DocumentView(d.id, d.externalId, d.title, d.url, d.publishedAt, d.createdAt, d.body.length(), eventCount);
    }

    static PersonView person(PersonSummary s) {
        PersonEntity p = s.person();
        List<String> aliases = p.aliases.stream().map(a -> a.alias).filter(a -> !a.equals(p.name))
                .sorted(Comparator.comparing(String::length).reversed().thenComparing(Comparator.naturalOrder())).toList();
        return new PersonView(p.id, p.name, aliases, s.eventCount(), s.first(), s.last());
    }

    /** An event found by {@code POST /api/extract}: not stored, so it has no id and its sources no document. */
    static EventView extracted(ExtractedEvent e) {
        return new EventView(null,
                new DateView(e.date().value(), e.date().precision().name(), e.date().start(), e.date().end(), e.dateText()),
                e.title(), e.sentence(), e.people().stream().map(Views::personRef).toList(),
                e.sources().stream().map(s -> new SourceView(null, null, null, s.start(), s.end(), s.quote())).toList(),
                e.confidence(), List.of());
    }

    static PersonRef personRef(Person p) {
        return new PersonRef(p.slug(), p.name());
    }

    static TemporalExpressionView expression(TemporalExpression t) {
        return new TemporalExpressionView(t.text(), t.start(), t.end(), t.type().name(), t.value(), t.mod(),
                t.date() == null ? null : t.date().precision().name(), t.anchor().name());
    }
}
