package org.eventtimeline.store;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eventtimeline.extract.Extraction;
import org.eventtimeline.extract.event.ExtractedEvent;
import org.eventtimeline.extract.event.Source;
import org.eventtimeline.extract.event.Statements;
import org.eventtimeline.extract.people.Person;

/**
 * Writes articles and their events. An event that another article already reported (same date, a passage saying
 * the same thing) gains a source instead of being stored twice.
 */
@ApplicationScoped
public class TimelineStore {

    @Inject
    PersonDirectory directory;

    @Inject
    StoreVersion version;

    /** The stored document with this external id or this exact text, if any. */
    @Transactional
    public Optional<DocumentEntity> findExisting(NewDocument document) {
        if (document.externalId() != null) {
            Optional<DocumentEntity> byExternalId = DocumentEntity.find("externalId", document.externalId()).firstResultOptional();
            if (byExternalId.isPresent()) {
                return byExternalId;
            }
        }
        return DocumentEntity.find("textSha256", Ids.sha256(document.text())).firstResultOptional();
    }

    /** Stores a document with its events and people, all or nothing. */
    @Transactional
    public DocumentEntity save(NewDocument document, Extraction extraction) {
        DocumentEntity doc = new DocumentEntity();
        doc.textSha256 = Ids.sha256(document.text());
        doc.id = Ids.documentId(doc.textSha256);
        doc.externalId = document.externalId();
        doc.title = document.title();
        doc.url = document.url();
        doc.publishedAt = document.publishedAt();
        doc.body = document.text();
        doc.createdAt = Instant.now();
        doc.persist();

        Map<Person, PersonEntity> people = new HashMap<>();
        for (Person p : extraction.people()) {
            people.put(p, directory.resolve(p));
        }
        for (ExtractedEvent event : extraction.events()) {
            List<PersonEntity> involved = event.people().stream().map(people::get).toList();
            EventEntity stored = sameEventStored(event, involved).orElseGet(() -> newEvent(doc, event));
            stored.people.addAll(involved);
            for (Source s : event.sources()) {
                SourceEntity source = new SourceEntity();
                source.event = stored;
                source.document = doc;
                source.startOffset = s.start();
                source.endOffset = s.end();
                source.quote = s.quote();
                stored.sources.add(source);
            }
            stored.searchText = searchText(stored);
            stored.persist();
            linkConflicts(stored);
        }
        version.moveOn();
        return doc;
    }

    /** Deletes a document and its sources; events left without a source, and people left without an event, go too. */
    @Transactional
    public boolean delete(String id) {
        if (DocumentEntity.findById(id) == null) {
            return false;
        }
        SourceEntity.delete("document.id", id);
        EventEntity.delete("id not in (select s.event.id from SourceEntity s)");
        PersonEntity.delete("id not in (select p.id from EventEntity e join e.people p)");
        DocumentEntity.deleteById(id);
        version.moveOn();
        return true;
    }

    private Optional<EventEntity> sameEventStored(ExtractedEvent event, List<PersonEntity> involved) {
        // only events with the same date, and one of the same people when the report names any, can be the same
        List<EventEntity> candidates = involved.isEmpty() ? EventEntity.list("dateValue", event.date().value())
                : EventEntity.list("select e from EventEntity e where e.dateValue = ?1"
                        + " and e.id in (select x.id from EventEntity x join x.people p where p in ?2)", event.date().value(), involved);
        return candidates.stream()
                .filter(e -> Statements.similarity(e.sentence, event.sentence()) >= Statements.SAME_STATEMENT
                        || e.sources.stream().anyMatch(s -> Statements.similarity(s.quote,
                                event.sources().get(0).quote()) >= Statements.SAME_STATEMENT))
                .findFirst();
    }

    /**
     * Links the event with stored reports of the same happening that give another date: two or more of the same
     * people and the same telling words, dates that do not overlap ("appointed ... in 2024" and "appointing him
     * ... in February this year").
     */
    private static void linkConflicts(EventEntity event) {
        if (event.people.size() < 2) {
            return;
        }
        // in SQL: events sharing two of the people whose dates do not overlap; the wording is compared here
        List<EventEntity> candidates = EventEntity.list("id in (select x.id from EventEntity x join x.people p"
                + " where p in ?1 and x.id <> ?2 and (x.dateEnd < ?3 or x.dateStart > ?4) group by x.id having count(p) >= 2)",
                event.people, event.id, event.dateStart, event.dateEnd);
        for (EventEntity other : candidates) {
            if (Statements.sameHappening(event.sources.get(0).quote, event.dateText, other.sources.get(0).quote,
                    other.dateText)) {
                event.conflicts.add(other);
                other.conflicts.add(event);
            }
        }
    }

    private static EventEntity newEvent(DocumentEntity doc, ExtractedEvent event) {
        EventEntity e = new EventEntity();
        e.id = Ids.eventId(doc.id, event.sources().get(0).start(), event.date().value());
        e.dateValue = event.date().value();
        e.datePrecision = event.date().precision().name();
        e.dateStart = event.date().start();
        e.dateEnd = event.date().end();
        e.dateText = limit(event.dateText(), 500);
        e.startYear = event.date().start().getYear();
        for (int year = e.startYear; year <= event.date().end().getYear(); year++) {
            e.years.add(year);
        }
        e.title = limit(event.title(), 300);
        e.sentence = limit(event.sentence(), 20000);
        e.confidence = event.confidence();
        e.createdAt = Instant.now();
        return e;
    }

    private static String searchText(EventEntity e) {
        String names = e.people.stream().map(p -> p.name).collect(Collectors.joining(" "));
        return limit((e.title + " " + e.sentence + " " + names).toLowerCase(Locale.ROOT), 40000);
    }

    private static String limit(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
