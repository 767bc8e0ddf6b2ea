package org.eventtimeline.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** A new install starts with the seed articles: the README's first query answers with their 2008 events. */
@QuarkusTest
@TestProfile(SeededTimelineTest.WithSeeds.class)
class SeededTimelineTest {

    public static class WithSeeds implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("timeline.seeds.enabled", "true", "timeline.seeds.directory", "seeds");
        }
    }

    @Test
    void loadsTheSeedArticlesOnce() {
        given().get("/api/documents").then().statusCode(200)
                .body("documents.externalId", hasItems("000_8c56238324bb150a.txt", "001_691efefd4f8c6b34.txt",
                        "002_1c2c6bb45fd8022c.txt"));
        given().get("/api/documents/001_691efefd4f8c6b34.txt").then().body("document.publishedAt", is("2025-09-11"));
    }

    @Test
    void servesMandelsons2008InDateOrderWithSourceQuotes() {
        var page = given().queryParam("person", "mandelson").queryParam("year", 2008).get("/api/timeline")
                .then().statusCode(200)
                .body("total", greaterThanOrEqualTo(4))
                .body("events.date.value", hasItems("2008", "2008-01-07"))
                .body("events.sources.flatten().quote", everyItem(not(emptyString())))
                .extract();
        List<String> starts = page.path("events.date.start");
        for (int i = 1; i < starts.size(); i++) {
            assertTrue(!LocalDate.parse(starts.get(i)).isBefore(LocalDate.parse(starts.get(i - 1))), "date order");
        }
        List<String> ends = page.path("events.date.end");
        starts.forEach(s -> assertTrue(s.compareTo("2008-12-31") <= 0, "starts by the end of 2008: " + s));
        ends.forEach(e -> assertTrue(e.compareTo("2008-01-01") >= 0, "ends in or after 2008: " + e));
    }

    @Test
    void listsEachSeedPersonOnceWithTheirAliases() {
        List<String> ids = given().get("/api/people").then().statusCode(200).extract().path("people.id");
        assertEquals(ids.size(), new java.util.HashSet<>(ids).size(), "each person once: " + ids);
        given().get("/api/people/peter-mandelson").then().statusCode(200)
                .body("name", is("Peter Mandelson"))
                .body("aliases", hasItems("Lord Mandelson", "Mandelson"));
        given().get("/api/people/jeffrey-epstein").then().body("aliases", hasItems("Jeffery Epstein", "Epstein"));
        given().get("/api/people/keir-starmer").then().body("aliases", hasItems("Sir Keir Starmer", "Sir Keir", "Starmer"));
        given().queryParam("q", "mandelson").get("/api/people").then().body("people.id", hasItems("peter-mandelson"))
                .body("people.size()", is(1));
    }

    @Test
    void linksTheTwoReportsOfTheAppointmentAsConflicting() {
        var events = given().queryParam("person", "starmer").get("/api/timeline").then().statusCode(200).extract();
        List<String> values = events.path("events.date.value");
        List<String> ids = events.path("events.id");
        List<List<String>> conflicts = events.path("events.conflictsWith");
        int in2024 = values.indexOf("2024");
        assertTrue(in2024 >= 0, "the 2024 appointment report: " + values);
        // February 2025 has two events (a photo caption too), so the linked one is found by its link
        List<String> linkedInFebruary = conflicts.get(in2024).stream()
                .filter(id -> "2025-02".equals(values.get(ids.indexOf(id)))).toList();
        assertEquals(1, linkedInFebruary.size(), "2024 report links one February report: " + conflicts.get(in2024));
        assertTrue(conflicts.get(ids.indexOf(linkedInFebruary.get(0))).contains(ids.get(in2024)),
                "February report links the 2024 one");
    }
}
