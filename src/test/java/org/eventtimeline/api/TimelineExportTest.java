package org.eventtimeline.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class TimelineExportTest {

    @Inject
    DataSource database;

    @ConfigProperty(name = "timeline.http.version-recheck")
    Duration versionRecheck;

    private String bridge;

    @BeforeEach
    void storeArticles() {
        bridge = Articles.stored("bridge.txt");
        Articles.stored("harbour.txt");
    }

    @Test
    void exportsTimelineJsWithOnlyTheDatePartsThePrecisionAllows() {
        given().queryParam("document", bridge).queryParam("format", "timelinejs").get("/api/timeline")
                .then().statusCode(200).contentType("application/vnd.timelinejs+json")
                .body("events.find { it.start_date.day == 14 }.start_date", equalTo(Map.of("year", 2024, "month", 5, "day", 14)))
                .body("events.find { it.start_date.year == 2022 }.start_date", equalTo(Map.of("year", 2022, "month", 4)))
                .body("events.find { it.start_date.year == 2022 }.display_date", equalTo("April 2022"))
                .body("events.unique_id", not(hasItem(nullValue())))
                .body("events[0].text.text", containsString("<a href=\"/api/documents/" + bridge + "\""));
    }

    @Test
    void theSameExportAnswersTheTimelineJsMediaType() {
        given().accept("application/vnd.timelinejs+json").queryParam("document", bridge).get("/api/timeline")
                .then().statusCode(200).body("title.text.headline", startsWith("Timeline"));
    }

    @Test
    void groupsByPersonOnlyWhenTheTimelineIsNotOnePersons() {
        given().queryParam("format", "timelinejs").get("/api/timeline").then().body("events.group", hasItem("Maria Okonkwo"));
        given().queryParam("format", "timelinejs").queryParam("person", "okonkwo").get("/api/timeline")
                .then().body("events.group", not(hasItem("Maria Okonkwo")));
    }

    @Test
    void anEventThatLastsFromOneYearToAnotherIsInTheYearsBetweenAndEndsInTheExport() {
        given().contentType(ContentType.JSON).body(Map.of("text",
                "Harbourmaster Tove Lindqvist ran the port of Visby from 1994 to 2007.")).post("/api/documents")
                .then().statusCode(201).body("events[0].date.value", equalTo("1994/2007"))
                .body("events[0].date.precision", equalTo("YEAR")).body("events[0].date.end", equalTo("2007-12-31"));
        given().queryParam("person", "lindqvist").queryParam("year", 2000).get("/api/timeline")
                .then().statusCode(200).body("events[0].date.value", equalTo("1994/2007"));
        given().queryParam("format", "timelinejs").queryParam("person", "lindqvist").get("/api/timeline")
                .then().statusCode(200).body("events[0].start_date", equalTo(Map.of("year", 1994)))
                .body("events[0].end_date", equalTo(Map.of("year", 2007)));
    }

    @Test
    void articleTextIsEscapedBeforeItBecomesHtml() {
        given().contentType(ContentType.JSON).body(Map.of("text",
                "Hacker Ivo Brandt wrote <script>alert(1)</script> on a wall in March 2013.")).post("/api/documents")
                .then().statusCode(201);
        String export = given().queryParam("format", "timelinejs").queryParam("person", "brandt").get("/api/timeline")
                .then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(export.contains("<script>"), export);
        org.junit.jupiter.api.Assertions.assertTrue(export.contains("&lt;script&gt;"), export);
    }

    @Test
    void exportsCsvAndDayPrecisionEventsAsICalendar() {
        given().queryParam("document", bridge).queryParam("format", "csv").get("/api/timeline")
                .then().statusCode(200).contentType(containsString("text/csv"))
                .body(startsWith("id,date,precision,start,end,title,people,sentence,sources"))
                .body(containsString("\"2022-04\",\"MONTH\""));
        String ics = given().queryParam("document", bridge).queryParam("format", "ics").get("/api/timeline")
                .then().statusCode(200).contentType(containsString("text/calendar")).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        org.junit.jupiter.api.Assertions.assertTrue(ics.contains("DTSTART;VALUE=DATE:20240514\r\n"), ics);
        org.junit.jupiter.api.Assertions.assertFalse(ics.contains("2022"), "month-precision events stay off the calendar");
    }

    @Test
    void rejectsAnUnknownFormat() {
        given().queryParam("format", "pdf").get("/api/timeline").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("'format'"));
    }

    @Test
    void readsCarryAnETagThatAnswers304UntilTheDataChanges() {
        var first = given().queryParam("person", "okonkwo").get("/api/timeline").then().statusCode(200)
                .header("Cache-Control", containsString("max-age")).extract();
        String etag = first.header("ETag");
        assertNotNull(etag);
        given().header("If-None-Match", etag).queryParam("person", "okonkwo").get("/api/timeline").then().statusCode(304);
        given().contentType(ContentType.JSON).body(Map.of("text", "Florist Gala Mendes opened a shop in 2004."))
                .post("/api/documents").then().statusCode(201);
        given().header("If-None-Match", etag).queryParam("person", "okonkwo").get("/api/timeline").then().statusCode(200);
        given().head("/api/people").then().statusCode(200).header("ETag", not(nullValue()));
    }

    @Test
    void aRepeatedReadGetsTheSameAnswerAndHeadersFromTheInstancesCache() {
        for (String method : List.of("GET", "HEAD")) {
            var first = given().queryParam("person", "okonkwo").request(method, "/api/timeline").then().statusCode(200)
                    .extract();
            // within the version recheck, so answered from the cache on the I/O thread
            var again = given().queryParam("person", "okonkwo").request(method, "/api/timeline").then().statusCode(200)
                    .extract();
            assertEquals(first.body().asString(), again.body().asString());
            for (String header : List.of("ETag", "Cache-Control", "Vary", "Content-Type")) {
                assertNotNull(first.header(header), header);
                assertEquals(first.header(header), again.header(header), header);
            }
        }
    }

    @Test
    void aWriteThroughAnotherInstanceShowsWithinTheVersionRecheck() throws Exception {
        String etag = given().queryParam("person", "okonkwo").get("/api/timeline").then().statusCode(200).extract().header("ETag");
        // another instance on the same database writes: only the shared version row tells this one
        try (var connection = database.getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate("update store_version set version = version + 1 where id = 1");
        }
        Thread.sleep(versionRecheck.toMillis() + 100);
        given().header("If-None-Match", etag).queryParam("person", "okonkwo").get("/api/timeline").then().statusCode(200)
                .header("ETag", not(equalTo(etag)));
    }

        @Test
    void readsAreOpenToOtherOriginsAndWritesAreNot() {
        given().header("Origin", "https://dashboard.example").header("Access-Control-Request-Method", "GET")
                .options("/api/timeline").then().header("Access-Control-Allow-Origin", is("https://dashboard.example"));
        given().header("Origin", "https://dashboard.example").get("/api/people").then().statusCode(200)
                .header("Access-Control-Allow-Origin", is("https://dashboard.example"));
        given().header("Origin", "https://evil.example").contentType(ContentType.TEXT).body("Spy Ola Rask left in 2001.")
                .post("/api/documents").then().statusCode(403);
        given().queryParam("person", "rask").get("/api/timeline").then().body("total", is(0));
    }

    @Test
    void compressesWhenTheClientAcceptsIt() {
        given().header("Accept-Encoding", "gzip").get("/api/timeline?limit=500").then().statusCode(200)
                .header("Content-Encoding", "gzip");
    }
}
