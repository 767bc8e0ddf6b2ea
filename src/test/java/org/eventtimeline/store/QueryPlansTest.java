package org.eventtimeline.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * On PostgreSQL, every query the timeline and the writes make can be answered from an index. With sequential scans
 * priced out, a plan that still scans a table has no index to use. The SQL is what Hibernate makes of
 * {@link TimelineQueries} and {@link TimelineStore} (same joins and conditions). On H2 the document, people and
 * same-event look-ups are checked.
 */
@QuarkusTest
class QueryPlansTest {

    private static final Map<String, String> QUERIES = Map.ofEntries(
            Map.entry("timeline by year (counts)", "select y.start_year, count(*) from event_year y"
                    + " where y.year_touched between 2008 and 2010"
                    + " and (y.year_touched = y.start_year or y.year_touched = 2008) group by y.start_year"),
            Map.entry("timeline by date range (counts)", "select e.start_year, count(e.id) from event e"
                    + " where e.id in (select y.event_id from event_year y where y.year_touched between 2008 and 2008)"
                    + " and e.date_end >= date '2008-03-01' and e.date_start <= date '2008-06-30'"
                    + " group by e.start_year"),
            Map.entry("timeline by person", "select e.start_year, count(e.id) from event e"
                    + " join event_person p on e.id = p.event_id where p.person_id in ('ada-lovelace')"
                    + " group by e.start_year"),
            Map.entry("timeline by year", "select e.* from event e where e.id in (select y.event_id from event_year y"
                    + " where y.year_touched between 2008 and 2008) and e.date_end >= date '2008-01-01'"
                    + " and e.date_start <= date '2008-12-31' order by e.date_start, e.date_end, e.id limit 51"),
            Map.entry("timeline by document", "select e.* from event e where e.id in (select s.event_id"
                    + " from event_source s where s.document_id = 'abc')"
                    + " order by e.date_start, e.date_end, e.id limit 51"),
            Map.entry("timeline by words", "select e.start_year, count(e.id) from event e"
                    + " where e.search_text like '%harbour%' escape '\\' group by e.start_year"),
            Map.entry("people of an article", "select person_id from person_alias"
                    + " where alias_key = any('{lovelace,ada lovelace}'::varchar[])"
                    + " union select id from person where id = any('{ada-lovelace}'::varchar[])"),
            Map.entry("people by id", "select p.*, a.* from person p left join person_alias a on p.id = a.person_id"
                    + " where p.id = any('{ada-lovelace,alan-turing}'::varchar[])"),
            Map.entry("events by id", "select e.*, p.* from event e left join event_person ep on e.id = ep.event_id"
                    + " left join person p on p.id = ep.person_id where e.id = any('{abc,def}'::varchar[])"),
            Map.entry("events of an article's people", "select ep.event_id, ep.person_id, e.date_value"
                    + " from event_person ep join event e on e.id = ep.event_id"
                    + " where ep.person_id = any('{alan-turing,ada-lovelace}'::varchar[])"),
            Map.entry("conflict candidates", "select event_id, person_id from event_person"
                    + " where person_id = any('{alan-turing,ada-lovelace}'::varchar[])"),
            Map.entry("person by surname", "select p.id from person p where p.surname_key = 'lovelace'"),
            Map.entry("document by external id", "select d.id from document d where d.external_id = 'ext-1'"));

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @ParameterizedTest
    @ValueSource(strings = { "timeline by person", "timeline by year", "timeline by year (counts)",
            "timeline by date range (counts)", "timeline by document", "timeline by words",
            "people of an article", "people by id", "events by id", "events of an article's people",
            "conflict candidates",
            "person by surname",
            "document by external id" })
    void isServedByAnIndex(String query) throws Exception {
        assumeTrue(dbKind.startsWith("postgres"), "query plans are checked on PostgreSQL");
        String plan = plan(QUERIES.get(query));
        assertFalse(plan.contains("Seq Scan"), query + " scans a table:\n" + plan);
    }

    /** A timeline's count by whole years reads the year index alone, never an event row. */
    @Test
    void theCountByYearReadsTheYearIndexAlone() throws Exception {
        assumeTrue(dbKind.startsWith("postgres"), "query plans are checked on PostgreSQL");
        String plan = plan(QUERIES.get("timeline by year (counts)"));
        assertTrue(plan.contains("event_year_touched_idx") && !plan.contains(" on event "), "reads more:\n" + plan);
    }

    /** PostgreSQL's plan for the query with sequential scans priced out. */
    private String plan(String query) throws Exception {
        StringBuilder plan = new StringBuilder();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("set enable_seqscan = off");
            try (ResultSet rows = s.executeQuery("explain " + query)) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            } finally {
                s.execute("reset enable_seqscan");
            }
        }
        return plan.toString();
    }

    /**
     * The stored events an article may repeat are found from its people: a person is in tens or hundreds of events,
     * a date (1 January, where every year-precision event starts) in thousands.
     */
    @Test
    void theSameEventIsLookedUpFromItsPeople() throws Exception {
        assumeTrue(dbKind.startsWith("postgres"), "query plans are checked on PostgreSQL");
        String plan = plan(QUERIES.get("events of an article's people"));
        assertTrue(plan.contains("event_person_person_event_idx") && !plan.contains("event_chronology_idx"),
                "not looked up from the people:\n" + plan);
    }

    /**
     * On H2 the article's people's stored events, with their dates, are found from index entries alone: reading an
     * event row decodes its whole page, long sentences and all.
     */
    @Test
    void theSameEventIsLookedUpFromIndexEntriesOnH2() throws Exception {
        assumeTrue(dbKind.equals("h2"), "the H2 plan");
        String plan = h2Plan("select ep.event_id, ep.person_id, e.date_value from event_person ep"
                + " join event e on e.id = ep.event_id where ep.person_id = any(array['alan-turing', 'ada-lovelace'])");
        assertTrue(plan.contains("EVENT_PERSON_PERSON_EVENT_IDX") && plan.contains("EVENT_ID_DATE_VALUE_IDX"),
                "not answered from the covering indexes:\n" + plan);
    }

    /** Every ingest looks up the stored documents a batch may repeat: on H2 too, through an index. */
    @ParameterizedTest
    @ValueSource(strings = { "select d.id from document d where d.external_id in ('ext-1', 'ext-2')",
            "select d.id from document d where d.text_sha256 in ('ab12', 'cd34')" })
    void storedDocumentsAreLookedUpThroughAnIndexOnH2(String query) throws Exception {
        assumeTrue(dbKind.equals("h2"), "the H2 plan");
        String plan = h2Plan(query);
        assertFalse(plan.contains("tableScan"), query + " scans the table:\n" + plan);
    }

    /** Every ingest looks up its people by name and id, and who is in its people's events, bound as arrays. */
    @ParameterizedTest
    @ValueSource(strings = { "select person_id from person_alias where alias_key = any(array['lovelace'])"
            + " union select id from person where id = any(array['ada-lovelace'])",
            "select event_id, person_id from event_person where person_id = any(array['ada-lovelace'])" })
    void arrayLookUpsUseAnIndexOnH2(String query) throws Exception {
        assumeTrue(dbKind.equals("h2"), "the H2 plan");
        String plan = h2Plan(query);
        assertFalse(plan.contains("tableScan"), query + " scans a table:\n" + plan);
    }

    private String h2Plan(String query) throws Exception {
        StringBuilder plan = new StringBuilder();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("explain " + query)) {
            while (rows.next()) {
                plan.append(rows.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }
}
