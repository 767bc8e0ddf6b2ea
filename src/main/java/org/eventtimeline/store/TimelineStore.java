package org.eventtimeline.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eventtimeline.extract.Extraction;
import org.eventtimeline.extract.event.ExtractedEvent;
import org.eventtimeline.extract.event.Source;
import org.eventtimeline.extract.people.Person;
import org.hibernate.FlushMode;
import org.hibernate.Session;

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

    @Inject
    TimelineQueries queries;

    /** The stored document with this external id or this exact text, if any. */
    @Transactional
    public Optional<DocumentEntity> findExisting(NewDocument document) {
        return Optional.ofNullable(findExisting(List.of(document)).get(document));
    }

    /**
     * The stored documents among these, by the document asked about: the one with its external id, or else the one
     * with its exact text. One query for a whole batch, where one a document took two.
     */
    @Transactional
    public Map<NewDocument, DocumentEntity> findExisting(List<NewDocument> documents) {
        KnownDocuments<DocumentEntity> known = storedAmong(documents);
        Map<NewDocument, DocumentEntity> found = new HashMap<>();
        for (NewDocument d : documents) {
            DocumentEntity match = known.find(d);
            if (match != null) {
                found.put(d, match);
            }
        }
        return found;
    }

    private static KnownDocuments<DocumentEntity> storedAmong(List<NewDocument> documents) {
        Set<String> externalIds = documents.stream().map(NewDocument::externalId).filter(id -> id != null)
                .collect(Collectors.toSet());
        Set<String> shas = documents.stream().map(d -> Ids.sha256(d.text())).collect(Collectors.toSet());
        KnownDocuments<DocumentEntity> known = new KnownDocuments<>();
        // two look-ups, each through its unique index: joined by "or", H2 read every stored document instead
        List<DocumentEntity> stored = new ArrayList<>();
        if (!externalIds.isEmpty()) {
            stored.addAll(DocumentEntity.list("externalId in ?1", externalIds));
        }
        stored.addAll(DocumentEntity.list("textSha256 in ?1", shas));
        stored.forEach(d -> known.add(d.externalId, d.textSha256, d));
        return known;
    }

    /**
     * Documents (stored ones, or articles of the list) by external id and by text hash; a document is the one with its
     * external id, or else the one with its text.
     */
    private static final class KnownDocuments<T> {
        private final Map<String, T> byExternalId = new HashMap<>();
        private final Map<String, T> bySha = new HashMap<>();

        void add(String externalId, String sha, T value) {
            if (externalId != null) {
                byExternalId.put(externalId, value);
            }
            bySha.put(sha, value);
        }

        T find(NewDocument d) {
            return find(d.externalId(), Ids.sha256(d.text()));
        }

        T find(String externalId, String sha) {
            T match = externalId != null ? byExternalId.get(externalId) : null;
            return match != null ? match : bySha.get(sha);
        }
    }

    /**
     * Stores articles with their events and people in one transaction, all or nothing, in order, and gives what
     * {@code answer} makes of each. An article already stored (same text or external id, also earlier in the list)
     * is not stored again, and only a new article's extraction is asked for. Nothing goes to the database until the
     * articles are all written: the stored people they name and those people's events are read once, at the start,
     * and each article's look-ups see the ones before it through the write's view ({@link WriteView}). The store
     * version moves on once, at the end, so that writers running side by side wait for each other only there.
     * {@code answer} runs in the transaction, where the events' people, sources and conflicts are at hand without
     * reading them back.
     */
    @Transactional
    public <T> List<T> saveAll(List<NewDocument> documents, Function<NewDocument, Extraction> extraction,
            Function<StoredArticle, T> answer) {
        Session session = DocumentEntity.getEntityManager().unwrap(Session.class);
        FlushMode flushMode = session.getHibernateFlushMode();
        session.setHibernateFlushMode(FlushMode.COMMIT); // no query flushes the write's rows before their time
        try {
            return saveAll(documents, extraction, answer, session);
        } finally {
            session.setHibernateFlushMode(flushMode);
        }
    }

    private <T> List<T> saveAll(List<NewDocument> documents, Function<NewDocument, Extraction> extraction,
            Function<StoredArticle, T> answer, Session session) {
        KnownDocuments<DocumentEntity> known = storedAmong(documents); // and, as they are written, those of the list
        Map<NewDocument, Extraction> extractions = newArticles(documents, known, extraction);
        WriteView view = new WriteView();
        directory.readAll(extractions.values().stream().flatMap(e -> e.people().stream()).toList(), view);
        view.loadLikelyRepeats(extractions.values());
        List<T> answers = new ArrayList<>();
        NewYears years = new NewYears();
        boolean created = false;
        for (NewDocument document : documents) {
            DocumentEntity existing = known.find(document);
            StoredArticle saved;
            if (existing == null) {
                saved = write(document, extractions.get(document), years, view);
                known.add(document.externalId(), saved.document().textSha256, saved.document());
                created = true;
            } else {
                session.flush(); // its events are read from the database, which may not have them yet
                saved = new StoredArticle(existing, queries.eventsOf(existing.id), false);
            }
            answers.add(answer.apply(saved));
        }
        session.flush();
        years.insert();
        if (created) {
            version.moveOn();
        }
        return answers;
    }

    /** The extractions of the articles not stored before, also earlier in the list, asked for in its order. */
    private static Map<NewDocument, Extraction> newArticles(List<NewDocument> documents,
            KnownDocuments<DocumentEntity> known, Function<NewDocument, Extraction> extraction) {
        Map<NewDocument, Extraction> extractions = new LinkedHashMap<>();
        KnownDocuments<NewDocument> earlier = new KnownDocuments<>();
        for (NewDocument d : documents) {
            String sha = Ids.sha256(d.text());
            if (known.find(d.externalId(), sha) == null && earlier.find(d.externalId(), sha) == null) {
                extractions.put(d, extraction.apply(d));
                earlier.add(d.externalId(), sha, d);
            }
        }
        return extractions;
    }

    private StoredArticle write(NewDocument document, Extraction extraction, NewYears years, WriteView view) {
        DocumentEntity doc = new DocumentEntity();
        doc.textSha256 = Ids.sha256(document.text());
        doc.createdAt = now();
        doc.id = Ids.documentId(doc.textSha256, doc.createdAt);
        doc.externalId = document.externalId();
        doc.title = document.title();
        doc.url = document.url();
        doc.publishedAt = document.publishedAt();
        doc.body = document.text();
        doc.persist();

        Map<Person, PersonEntity> people = directory.resolveAll(extraction.people(), view);
        // a few look-ups for the whole article; no query runs per event
        StoredNeighbours neighbours = StoredNeighbours.of(extraction.events(), people.values(), view);
        Set<EventEntity> reported = new LinkedHashSet<>();
        for (ExtractedEvent event : extraction.events()) {
            List<PersonEntity> involved = event.people().stream().map(people::get).toList();
            EventEntity stored = neighbours.sameEvent(event, involved).orElseGet(() -> {
                EventEntity added = newEvent(doc, event);
                years.addFor(added);
                return neighbours.add(added);
            });
            stored.people.addAll(involved);
            List<SourceEntity> sources = new ArrayList<>();
            for (Source s : event.sources()) {
                SourceEntity source = new SourceEntity();
                source.event = stored;
                source.document = doc;
                source.startOffset = s.start();
                source.endOffset = s.end();
                source.quote = s.quote();
                sources.add(source);
            }
            stored.sources.addAll(sources);
            stored.searchText = searchText(stored);
            stored.persist();
            // a new event passes persist on to its sources; one stored before (already managed) does not
            sources.forEach(source -> source.persist());
            reported.add(stored);
        }
        neighbours.lookUpConflictCandidates(reported);
        for (EventEntity event : reported) {
            for (EventEntity other : neighbours.conflictsOf(event)) {
                event.conflicts.add(other);
                other.conflicts.add(event);
            }
        }
        view.wrote(reported);
        return new StoredArticle(doc, reported.stream().sorted(TIMELINE_ORDER).toList(), true);
    }

    private static final Comparator<EventEntity> TIMELINE_ORDER = Comparator.comparing((EventEntity e) -> e.dateStart)
            .thenComparing(e -> e.dateEnd).thenComparing(e -> e.id);

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

    private static EventEntity newEvent(DocumentEntity doc, ExtractedEvent event) {
        EventEntity e = new EventEntity();
        e.id = Ids.eventId(doc.id, event.sources().get(0).start(), event.date().value());
        e.dateValue = event.date().value();
        e.datePrecision = event.date().precision().name();
        e.dateStart = event.date().start();
        e.dateEnd = event.date().end();
        e.dateText = limit(event.dateText(), 500);
        e.startYear = event.date().start().getYear();
        e.title = limit(event.title(), 300);
        e.sentence = limit(event.sentence(), 20000);
        e.confidence = event.confidence();
        e.createdAt = now();
        return e;
    }

    private static String searchText(EventEntity e) {
        String names = e.people.stream().map(p -> p.name).collect(Collectors.joining(" "));
        return limit((e.title + " " + e.sentence + " " + names).toLowerCase(Locale.ROOT), 40000);
    }

    /** The time as the database keeps it (to the microsecond), so that an answer given before reading back agrees. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static String limit(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
