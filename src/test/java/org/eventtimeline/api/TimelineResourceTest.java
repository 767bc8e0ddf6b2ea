package org.eventtimeline.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TimelineResourceTest {

    private String harbour;
    private String bridge;

    @BeforeEach
    void storeArticles() {
        harbour = Articles.stored("harbour.txt");
        bridge = Articles.stored("bridge.txt");
    }

    @Test
    void showsAPersonsEventsInDateOrderByAnyFormOfTheirName() {
        for (String name : List.of("okonkwo", "Maria Okonkwo", "maria-okonkwo", "MS OKONKWO")) {
            given().queryParam("person", name).get("/api/timeline")
                    .then().statusCode(200)
                    .body("events.date.value", contains("2019-03", "2025-03-11"))
                    .body("total", is(2));
        }
    }

    @Test
    void filtersByYear() {
        given().queryParam("year", 2019).queryParam("document", harbour).get("/api/timeline")
                .then().statusCode(200)
                .body("events.date.value", contains("2019-03"))
                .body("countsByYear.'2019'", is(1));
    }

    @Test
    void countsByWholeYearsAreThoseOfTheEventsListed() {
        Articles.stored("mill.txt"); // its 1990s touch every year from 1990 to 1999
        given().queryParam("year", 1996).get("/api/timeline")
                .then().body("countsByYear.'1990'", is(1)).body("countsByYear.'1996'", is(1));
        for (Map<String, String> years : List.of(Map.of("year", "1996"), Map.of("from", "1995", "to", "1997"),
                Map.of("from", "1996-01-01"), Map.of("to", "1994-12-31"), Map.of("from", "1991", "to", "2030"))) {
            var timeline = given().queryParams(years).queryParam("limit", 500).get("/api/timeline")
                    .then().statusCode(200).extract();
            Map<String, Integer> listed = new TreeMap<>();
            for (String start : timeline.<List<String>>path("events.date.start")) {
                listed.merge(start.substring(0, 4), 1, Integer::sum);
            }
            assertEquals(listed, new TreeMap<>(timeline.<Map<String, Integer>>path("countsByYear")), years.toString());
            assertEquals(listed.values().stream().mapToInt(Integer::intValue).sum(), timeline.<Integer>path("total"));
        }
    }

    @Test
    void filtersByRangeWithPartialDates() {
        given().queryParam("from", "2022-04").queryParam("to", "2024-05-14").queryParam("document", bridge)
                .get("/api/timeline")
                .then().statusCode(200)
                .body("events.date.value", contains("2022-04", "2024-05-14"));
        given().queryParam("from", "2022-05").queryParam("to", "2024-05-13").queryParam("document", bridge)
                .get("/api/timeline").then().body("total", is(0));
    }

    @Test
    void anEventMatchesARangeItsDatesIntersect() {
        // the audit concerns are dated "2021": a range inside that year finds them
        given().queryParam("from", "2021-06-01").queryParam("to", "2021-06-30").queryParam("document", harbour)
                .get("/api/timeline").then().body("events.date.value", contains("2021"));
    }

    @Test
    void searchesWordsInTheEventText() {
        given().queryParam("q", "contract").queryParam("document", harbour).get("/api/timeline")
                .then().statusCode(200)
                .body("events.sentence", everyItem(containsString("contract")))
                .body("events.date.value", contains("2019-03", "2025-03-11"));
        given().queryParam("q", "dredging contract").queryParam("document", harbour).get("/api/timeline")
                .then().body("events.date.value", contains("2025-03-11"));
        given().queryParam("q", "zeppelin").get("/api/timeline").then().body("total", is(0));
        given().queryParam("q", "100%_sure").get("/api/timeline").then().statusCode(200).body("total", is(0));
    }

    @Test
    void filtersByDocumentIdOrExternalId() {
        given().queryParam("document", bridge).get("/api/timeline")
                .then().body("events.sources.flatten().documentId", everyItem(equalTo(bridge)));
        given().queryParam("document", "test-bridge.txt").get("/api/timeline")
                .then().body("events.sources.flatten().documentId", everyItem(equalTo(bridge)))
                .body("total", is(2));
    }

    @Test
    void combinesFiltersWithAnd() {
        given().queryParam("person", "okonkwo").queryParam("year", 2025).get("/api/timeline")
                .then().body("events.date.value", contains("2025-03-11"));
        given().queryParam("person", "okonkwo").queryParam("document", bridge).get("/api/timeline")
                .then().body("total", is(0));
    }

    @Test
    void unknownPeopleGiveAnEmptyTimeline() {
        given().queryParam("person", "nobody at all").get("/api/timeline")
                .then().statusCode(200).body("total", is(0)).body("events.size()", is(0));
    }

    @Test
    void pagesThroughTheWholeTimelineInAStableOrder() {
        List<String> all = given().queryParam("limit", 500).get("/api/timeline").then().extract().path("events.id");
        int total = given().get("/api/timeline").then().extract().path("total");
        assertEquals(total, all.size());
        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            var spec = given().queryParam("limit", 2);
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            var page = spec.get("/api/timeline").then().statusCode(200).body("total", is(total)).extract();
            paged.addAll(page.path("events.id"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        assertEquals(all, paged);
    }

    @Test
    void theLastPageHasNoCursor() {
        given().queryParam("document", harbour).queryParam("limit", 500).get("/api/timeline")
                .then().body("nextCursor", nullValue()).body("events.size()", not(0));
        given().queryParam("document", harbour).queryParam("limit", 1).get("/api/timeline")
                .then().body("nextCursor", notNullValue());
    }

    @Test
    void eachEventCarriesItsDateRangePeopleAndSourceQuote() {
        String id = given().queryParam("document", bridge).queryParam("year", 2022).get("/api/timeline")
                .then().extract().path("events[0].id");
        given().get("/api/events/" + id).then().statusCode(200)
                .body("date.value", equalTo("2022-04"))
                .body("date.precision", equalTo("MONTH"))
                .body("date.start", equalTo("2022-04-01"))
                .body("date.end", equalTo("2022-04-30"))
                .body("date.text", equalTo("April 2022"))
                .body("title", notNullValue())
                .body("sources[0].documentId", equalTo(bridge))
                .body("sources[0].externalId", equalTo("test-bridge.txt"))
                .body("sources[0].quote", containsString("closed the bridge in April 2022"))
                .body("confidence", notNullValue());
    }
}
