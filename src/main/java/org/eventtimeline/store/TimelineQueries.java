package org.eventtimeline.store;

import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.Panache;

/** Reads the store: timelines, events, documents and people. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TimelineQueries {

    /** One page of a timeline, with the size and the per-year counts of the whole selection. */
    public record TimelinePage(long total, SortedMap<Integer, Long> countsByYear, List<EventEntity> events,
            TimelineCursor next) {
    }

    /** A person with how many events they have and the span of those events. */
    public record PersonSummary(PersonEntity person, long eventCount, java.time.LocalDate first, java.time.LocalDate last) {
    }

    public TimelinePage timeline(TimelineFilter filter, TimelineCursor after, int limit) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("1 = 1");
        String source = "EventEntity e";
        String distinct = "";
        // A person's events are a join, not "id in (look-up)". The one timeline seen to stall (over 30 s in
        // MixedLoadTest, with articles being written) was this query in its look-up form: H2 runs a look-up again
        // once a table it reads has changed, so a plan that checks it event by event in date order crawls while
        // articles are written. The other filters are "id in (look-up)"s that the databases answer from an index.
        if (filter.person() != null) {
            List<String> ids = personIds(filter.person());
            if (ids.isEmpty()) {
                return new TimelinePage(0, new TreeMap<>(), List.of(), null);
            }
            source = "EventEntity e join e.people p";
            distinct = ids.size() > 1 ? "distinct " : ""; // an event of two people of that name, once
            where.append(" and p.id in :people");
            params.put("people", ids);
        }
        if (filter.from() != null || filter.to() != null) {
            where.append(" and e.id in (select y.eventId from EventYear y where y.year between :fromYear and :toYear)");
            params.put("fromYear", filter.from() == null ? Integer.MIN_VALUE : filter.from().getYear());
            params.put("toYear", filter.to() == null ? Integer.MAX_VALUE : filter.to().getYear());
        }
        if (filter.from() != null) {
            where.append(" and e.dateEnd >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and e.dateStart <= :to");
            params.put("to", filter.to());
        }
        if (filter.document() != null) {
            Optional<DocumentEntity> document = document(filter.document());
            if (document.isEmpty()) {
                return new TimelinePage(0, new TreeMap<>(), List.of(), null);
            }
            where.append(" and e.id in (select s.event.id from SourceEntity s where s.document.id = :document)");
            params.put("document", document.get().id);
        }
        for (int i = 0; i < filter.words().size(); i++) {
            where.append(" and e.searchText like :w").append(i).append(" escape '\\'");
            params.put("w" + i, "%" + likeEscaped(filter.words().get(i).toLowerCase(Locale.ROOT)) + "%");
        }

        SortedMap<Integer, Long> counts = new TreeMap<>();
        long total = 0;
        TypedQuery<Object[]> countQuery;
        if (wholeYearsOnly(filter)) {
            countQuery = countsByYearAlone(filter);
        } else {
            countQuery = Panache.getEntityManager().createQuery("select e.startYear, count(" + distinct + "e) from "
                    + source + " where " + where + " group by e.startYear", Object[].class);
            params.forEach(countQuery::setParameter);
        }
        for (Object[] row : countQuery.getResultList()) {
            counts.put((Integer) row[0], (Long) row[1]);
            total += (Long) row[1];
        }

        StringBuilder page = new StringBuilder(where);
        if (after != null) {
            page.append(" and (e.dateStart > :cs or (e.dateStart = :cs and (e.dateEnd > :ce"
                    + " or (e.dateEnd = :ce and e.id > :cid))))");
            params.put("cs", after.start());
            params.put("ce", after.end());
            params.put("cid", after.id());
        }
        var query = Panache.getEntityManager().createQuery("select " + distinct + "e from " + source + " where " + page
                + " order by e.dateStart, e.dateEnd, e.id", EventEntity.class);
        params.forEach(query::setParameter);
        List<EventEntity> events = query.setMaxResults(limit + 1).getResultList();
        TimelineCursor next = null;
        if (events.size() > limit) {
            events = new ArrayList<>(events.subList(0, limit));
            EventEntity last = events.get(limit - 1);
            next = new TimelineCursor(last.dateStart, last.dateEnd, last.id);
        }
        return new TimelinePage(total, counts, events, next);
    }

    /** A filter by whole calendar years and nothing else: the years an event touches say all there is to know. */
    private static boolean wholeYearsOnly(TimelineFilter filter) {
        return filter.person() == null && filter.document() == null && filter.words().isEmpty()
                && (filter.from() != null || filter.to() != null)
                && (filter.from() == null || filter.from().getDayOfYear() == 1)
                && (filter.to() == null || filter.to().equals(filter.to().with(TemporalAdjusters.lastDayOfYear())));
    }

    /**
     * The count by year of a whole-years filter, from the year index alone (no event row is read): each event is
     * counted at the first year it touches in the range, which is its start year or the range's first year.
     */
    private static TypedQuery<Object[]> countsByYearAlone(TimelineFilter filter) {
        int fromYear = filter.from() == null ? Integer.MIN_VALUE : filter.from().getYear();
        return Panache.getEntityManager().createQuery("select y.startYear, count(y) from EventYear y"
                + " where y.year between :fromYear and :toYear and (y.year = y.startYear or y.year = :fromYear)"
                + " group by y.startYear", Object[].class)
                .setParameter("fromYear", fromYear)
                .setParameter("toYear", filter.to() == null ? Integer.MAX_VALUE : filter.to().getYear());
    }

    public Optional<EventEntity> event(String id) {
        return EventEntity.findByIdOptional(id);
    }

    /** Ids of the people a query names: by id, or by any of their names (every name is kept as an alias), ignoring case. */
    public List<String> personIds(String nameOrId) {
        String key = PersonDirectory.key(nameOrId);
        List<String> ids = new ArrayList<>(PersonEntity.find("select distinct p.id from PersonEntity p join p.aliases a"
                + " where a.aliasKey = ?1", key).project(String.class).list());
        if (!ids.contains(key) && PersonEntity.findById(key) != null) {
            ids.add(key);
        }
        return ids;
    }

    public Optional<DocumentEntity> document(String idOrExternalId) {
        // two look-ups, not one "id = ?1 or externalId = ?1": H2 answers that OR by scanning every document
        Optional<DocumentEntity> byId = DocumentEntity.findByIdOptional(idOrExternalId);
        return byId.isPresent() ? byId : DocumentEntity.find("externalId", idOrExternalId).firstResultOptional();
    }

    public List<DocumentEntity> documents(int offset, int limit) {
        return DocumentEntity.find("order by createdAt desc, id").range(offset, offset + limit - 1).list();
    }

    public long documentCount() {
        return DocumentEntity.count();
    }

    /** The events a document reports, in timeline order. */
    public List<EventEntity> eventsOf(String documentId) {
        return EventEntity.list("select distinct e from EventEntity e join e.sources s where s.document.id = ?1"
                + " order by e.dateStart, e.dateEnd, e.id", documentId);
    }

    public Map<String, Long> eventCounts(List<String> documentIds) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (documentIds.isEmpty()) {
            return counts;
        }
        var q = Panache.getEntityManager().createQuery("select s.document.id, count(distinct s.event.id) from SourceEntity s"
                + " where s.document.id in :ids group by s.document.id", Object[].class);
        q.setParameter("ids", documentIds);
        for (Object[] row : q.getResultList()) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** People whose name or an alias contains the text (all people when it is null), by name. */
    public List<PersonSummary> people(String contains, int limit) {
        List<PersonEntity> people;
        if (contains == null || contains.isBlank()) {
            people = PersonEntity.find("order by name").range(0, limit - 1).list();
        } else {
            String like = "%" + likeEscaped(PersonDirectory.key(contains)) + "%";
            people = PersonEntity.find("select distinct p from PersonEntity p left join p.aliases a"
                    + " where lower(p.name) like ?1 escape '\\' or a.aliasKey like ?1 escape '\\' or p.id like ?1 escape '\\'"
                    + " order by p.name", like)
                    .range(0, limit - 1).list();
        }
        return summaries(people);
    }

    public Optional<PersonSummary> person(String id) {
        return PersonEntity.<PersonEntity> findByIdOptional(id).map(p -> summaries(List.of(p)).get(0));
    }

    private List<PersonSummary> summaries(List<PersonEntity> people) {
        if (people.isEmpty()) {
            return List.of();
        }
        var q = Panache.getEntityManager().createQuery("select p.id, count(e), min(e.dateStart), max(e.dateEnd)"
                + " from EventEntity e join e.people p where p in :people group by p.id", Object[].class);
        q.setParameter("people", people);
        Map<String, Object[]> stats = new HashMap<>();
        for (Object[] row : q.getResultList()) {
            stats.put((String) row[0], row);
        }
        List<PersonSummary> result = new ArrayList<>();
        for (PersonEntity p : people) {
            Object[] s = stats.get(p.id);
            result.add(s == null ? new PersonSummary(p, 0, null, null)
                    : new PersonSummary(p, (Long) s[1], (java.time.LocalDate) s[2], (java.time.LocalDate) s[3]));
        }
        return result;
    }

    /** Escapes LIKE wildcards so that "%" in a query means a percent sign. */
    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
