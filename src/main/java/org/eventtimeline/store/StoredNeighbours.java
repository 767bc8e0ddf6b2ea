package org.eventtimeline.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eventtimeline.extract.event.ExtractedEvent;
import org.eventtimeline.extract.event.Statements;

/**
 * The stored events an article's events may repeat or contradict, looked up in a few queries for the whole article
 * rather than two per event (the per-event look-ups, each flushing the session first, were most of the ingest
 * time). Events the article adds join the pool, so an article's own repeats and contradictions are found too.
 */
final class StoredNeighbours {

    private final Set<EventEntity> pool = new LinkedHashSet<>();

    /** The store as the write sees it, with the events of its articles before this one. */
    private final WriteView view;

    private StoredNeighbours(WriteView view) {
        this.view = view;
    }

    /** Must run inside the saving transaction, before the article's events are added. */
    static StoredNeighbours of(List<ExtractedEvent> events, Collection<PersonEntity> people, WriteView view) {
        StoredNeighbours neighbours = new StoredNeighbours(view);
        Map<Boolean, List<ExtractedEvent>> byNamingSomeone = events.stream()
                .collect(Collectors.partitioningBy(event -> !event.people().isEmpty()));
        List<ExtractedEvent> namingNobody = byNamingSomeone.get(false);
        List<ExtractedEvent> namingSomeone = byNamingSomeone.get(true);
        if (!namingNobody.isEmpty()) {
            // Any stored event with one of these dates may be repeated by a report that names nobody; they are read
            // as bare text first, and only those saying the same thing are loaded (a year holds thousands of events).
            // They are found through the chronology index (date_start first), which every timeline needs anyway,
            // rather than an index of their own that every write would have to update.
            // Each passage is split into words once, not once for every comparison (a tenth of the writer's time).
            Map<String, List<Said>> byDate = namingNobody.stream().collect(Collectors.groupingBy(
                    event -> event.date().value(), Collectors.mapping(Said::of, Collectors.toList())));
            Set<String> same = new HashSet<>();
            List<Object[]> texts = new ArrayList<>(EventEntity.getEntityManager()
                    .createQuery("select e.id, e.dateValue, e.sentence, s.quote from EventEntity e join e.sources s"
                            + " where e.dateStart in :starts and e.dateValue in :dates", Object[].class)
                    .setParameter("starts", starts(namingNobody)).setParameter("dates", byDate.keySet())
                    .getResultList());
            // and the events the write's earlier articles reported, which the database has not seen yet
            for (EventEntity e : view.written()) {
                if (byDate.containsKey(e.dateValue)) {
                    e.sources.forEach(s -> texts.add(new Object[] {e.id, e.dateValue, e.sentence, s.quote}));
                }
            }
            for (Object[] t : texts) {
                if (same.contains(t[0])) {
                    continue;
                }
                List<Said> onThatDate = byDate.get(t[1]);
                Set<String> sentence = Statements.words((String) t[2]);
                if (onThatDate.stream().anyMatch(said -> similar(said.sentence, sentence))) {
                    same.add((String) t[0]);
                    continue;
                }
                Set<String> quote = Statements.words((String) t[3]);
                if (onThatDate.stream().anyMatch(said -> similar(said.quote, quote))) {
                    same.add((String) t[0]);
                }
            }
            neighbours.pool.addAll(ByIds.load(EventEntity.class, same, "people"));
        }
        if (!namingSomeone.isEmpty() && !people.isEmpty()) {
            // The people's events come first, each with its date: the people are in tens or hundreds of events, a
            // date often in thousands (every year-precision event starts on 1 January). Those on one of these dates
            // are loaded, with their people.
            Set<String> dates = namingSomeone.stream().map(event -> event.date().value()).collect(Collectors.toSet());
            Set<String> found = new LinkedHashSet<>();
            view.eventsOf(people.stream().map(p -> p.id).toList()).values().forEach(theirs -> theirs.forEach(
                    (event, date) -> {
                        if (dates.contains(date)) {
                            found.add(event);
                        }
                    }));
            neighbours.pool.addAll(ByIds.load(EventEntity.class, found, "people"));
        }
        return neighbours;
    }

    /**
     * The stored event this report repeats: the same date, one of the same people when the report names any, and
     * a passage saying the same thing.
     */
    Optional<EventEntity> sameEvent(ExtractedEvent event, Collection<PersonEntity> involved) {
        String firstQuote = event.sources().get(0).quote();
        return pool.stream()
                .filter(e -> e.dateValue.equals(event.date().value()))
                .filter(e -> involved.isEmpty() || involved.stream().anyMatch(e.people::contains))
                .filter(e -> similar(e.sentence, event.sentence()) || e.sources.stream().anyMatch(s -> similar(s.quote, firstQuote)))
                .findFirst();
    }

    private static Set<LocalDate> starts(List<ExtractedEvent> events) {
        return events.stream().map(event -> event.date().start()).collect(Collectors.toSet());
    }

    /** Two passages that say the same thing. */
    private static boolean similar(String a, String b) {
        return Statements.similarity(a, b) >= Statements.SAME_STATEMENT;
    }

    private static boolean similar(Set<String> a, Set<String> b) {
        return Statements.similarity(a, b) >= Statements.SAME_STATEMENT;
    }

    /** The words of a report's sentence and of its first quote. */
    private record Said(Set<String> sentence, Set<String> quote) {
        static Said of(ExtractedEvent event) {
            return new Said(Statements.words(event.sentence()), Statements.words(event.sources().get(0).quote()));
        }
    }

    /**
     * Adds the stored events that share two or more people with one of these, the candidates for
     * {@link #conflictsOf}. Runs once the article's events are known: a repeated event has gained the article's
     * people, so it may now share two people with an event that shared only one before. Who was involved in what is
     * known as bare (event, person) pairs, read with the article's events in {@link #of}, and only the events that
     * share two people with one of these are loaded: someone in the news often is in hundreds of stored events, and
     * loading all of them was a fifth of the ingest.
     */
    void lookUpConflictCandidates(Collection<EventEntity> events) {
        List<EventEntity> withTwoOrMore = events.stream().filter(e -> e.people.size() >= 2).toList();
        if (withTwoOrMore.isEmpty()) {
            return;
        }
        Set<String> involved = new LinkedHashSet<>();
        withTwoOrMore.forEach(e -> e.people.forEach(p -> involved.add(p.id)));
        // read with the article's events, unless a repeated event brought in someone else
        Map<String, Map<String, String>> eventsOfPerson = view.eventsOf(involved);
        Set<String> inPool = new HashSet<>();
        pool.forEach(e -> inPool.add(e.id));
        Set<String> candidates = new HashSet<>();
        for (EventEntity event : withTwoOrMore) {
            Map<String, Integer> shared = new HashMap<>();
            event.people.forEach(p -> eventsOfPerson.get(p.id).keySet()
                    .forEach(id -> shared.merge(id, 1, Integer::sum)));
            shared.forEach((id, count) -> {
                if (count >= 2 && !inPool.contains(id)) {
                    candidates.add(id);
                }
            });
        }
        pool.addAll(ByIds.load(EventEntity.class, candidates, "people")); // none to read: no statement
    }

    /** A new event joins the pool, for the article's later events. */
    EventEntity add(EventEntity event) {
        pool.add(event);
        return event;
    }

    /**
     * Events in the pool reporting the same happening with another date: two or more of the same people and the same telling
     * words, dates that do not overlap ("appointed ... in 2024" and "appointing him ... in February this year").
     */
    List<EventEntity> conflictsOf(EventEntity event) {
        if (event.people.size() < 2) {
            return List.of();
        }
        return pool.stream()
                .filter(x -> x != event && (x.dateEnd.isBefore(event.dateStart) || x.dateStart.isAfter(event.dateEnd)))
                .filter(x -> x.people.stream().filter(event.people::contains).limit(2).count() >= 2)
                .filter(x -> Statements.sameHappening(event.sources.get(0).quote, event.dateText, x.sources.get(0).quote,
                        x.dateText))
                .toList();
    }
}
