package org.eventtimeline.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.quarkus.hibernate.orm.panache.Panache;

import org.eventtimeline.extract.Extraction;
import org.eventtimeline.extract.people.Person;

/**
 * The store as one write sees it: the stored people its articles name and their events, read once when it starts,
 * and what its own articles add, which reaches the database only when the write ends. One flush for the whole write
 * sends a batch's rows as a few multi-row inserts; flushed after each article, they took two thirds of the
 * statements of an ingest on PostgreSQL, each a round trip of the one writer (docs/performance.md).
 */
final class WriteView {

    /** The stored people read so far, and the people this write resolved, created or changed. */
    final Set<PersonEntity> people = new LinkedHashSet<>();

    /** The names (and slugs) whose stored people were read, as the person directory keys them. */
    final Set<String> namesRead = new HashSet<>();

    /** Event id to date value, by person id, for each person whose events were read or who is new. */
    private final Map<String, Map<String, String>> eventsOfPerson = new HashMap<>();

    /** The events this write reported, new or given another source: not in the database until it ends. */
    private final Set<EventEntity> written = new LinkedHashSet<>();

    /** A person this write created has no stored events to read. */
    void created(PersonEntity person) {
        people.add(person);
        eventsOfPerson.put(person.id, new LinkedHashMap<>());
    }

    /**
     * Each person's events, id to date value: the stored ones, read in one statement for those not read before, and
     * the ones this write linked them to. The list is bound as an array, so that every write sends the same
     * statement and PostgreSQL plans it once. No result class: given one, Hibernate 7.2 cached a new plan for every
     * call (their result mappings never compare equal, under one hash), and looking among them cost more than the
     * query (JFR, docs/performance.md).
     */
    Map<String, Map<String, String>> eventsOf(Collection<String> personIds) {
        String[] unread = personIds.stream().filter(id -> !eventsOfPerson.containsKey(id)).distinct()
                .toArray(String[]::new);
        if (unread.length > 0) {
            for (String id : unread) {
                eventsOfPerson.put(id, new LinkedHashMap<>());
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = Panache.getEntityManager().createNativeQuery("select ep.event_id, ep.person_id,"
                    + " e.date_value from event_person ep join event e on e.id = ep.event_id"
                    + " where ep.person_id = any(:people)")
                    .setParameter("people", unread).getResultList();
            for (Object[] row : rows) {
                eventsOfPerson.get((String) row[1]).put((String) row[0], (String) row[2]);
            }
        }
        Map<String, Map<String, String>> found = new HashMap<>();
        personIds.forEach(id -> found.put(id, eventsOfPerson.get(id)));
        return found;
    }

    /**
     * Loads the stored events the write's articles may repeat, in one statement for the whole write: for each article,
     * the events of the people known by a name it gives on one of the dates its events naming someone have (what
     * {@link StoredNeighbours} looks for; the people read, their events read here). Each article's own look-up then
     * finds them in the session ({@link ByIds}) and reads only what this guess missed; one statement an article before.
     */
    void loadLikelyRepeats(Collection<Extraction> extractions) {
        eventsOf(people.stream().map(p -> p.id).toList());
        Map<String, List<PersonEntity>> byName = new HashMap<>();
        people.forEach(p -> p.aliases.forEach(a -> byName.computeIfAbsent(a.aliasKey, k -> new ArrayList<>()).add(p)));
        Set<String> likely = new LinkedHashSet<>();
        for (Extraction extraction : extractions) {
            Set<String> dates = new HashSet<>();
            extraction.events().stream().filter(e -> !e.people().isEmpty()).forEach(e -> dates.add(e.date().value()));
            for (Person named : extraction.people()) {
                for (PersonEntity p : byName.getOrDefault(PersonDirectory.key(named.name()), List.of())) {
                    eventsOfPerson.getOrDefault(p.id, Map.of()).forEach((id, date) -> {
                        if (dates.contains(date)) {
                            likely.add(id);
                        }
                    });
                }
            }
        }
        ByIds.load(EventEntity.class, likely, "people");
    }

    /** The article's events are written: their people are now in them, for the articles after it in this write. */
    void wrote(Collection<EventEntity> events) {
        for (EventEntity event : events) {
            written.add(event);
            for (PersonEntity person : event.people) {
                Map<String, String> theirs = eventsOfPerson.get(person.id);
                if (theirs != null) {
                    theirs.put(event.id, event.dateValue);
                }
            }
        }
    }

    /** The events this write reported so far, with their sources and people as written. */
    Set<EventEntity> written() {
        return written;
    }
}
