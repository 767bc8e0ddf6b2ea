package org.eventtimeline.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class DocumentResourceTest {

    @Test
    void storesAnArticleWithItsEventsAndAnswersCreated() {
        String text = "Novelist Arlo Penrose won the Tamsin Prize on 3 June 2021 for his third book.";
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("text", text, "title", "Prize", "url", "https://example.org/prize", "publishedAt", "2021-06-04"))
                .when().post("/api/documents")
                .then().statusCode(201)
                .body("document.title", equalTo("Prize"))
                .body("document.publishedAt", equalTo("2021-06-04"))
                .body("events[0].date.value", equalTo("2021-06-03"))
                .body("events[0].date.precision", equalTo("DAY"))
                .body("events[0].people.name", hasItem("Arlo Penrose"))
                .body("events[0].sources[0].quote", containsString("won the Tamsin Prize"))
                .extract().path("document.id");
        String quote = given().get("/api/documents/" + id).then().statusCode(200).extract().path("events[0].sources[0].quote");
        int start = given().get("/api/documents/" + id).then().extract().path("events[0].sources[0].start");
        assertEquals(text.substring(start, start + quote.length()), quote, "offsets point at the quote in the text");
    }

    @Test
    void theAnswerToAPostIsWhatTheStoreThenServes() {
        // the second article repeats the first one's event (one event, two sources) and reports another
        String first = "Mayor Greta Solberg and engineer Ivar Lunde opened the Kvarn tunnel on 14 May 2019.";
        String second = "Mayor Greta Solberg and engineer Ivar Lunde opened the Kvarn tunnel on 14 May 2019."
                + " Solberg had announced the tunnel's plans in 2016.";
        given().contentType(ContentType.JSON).body(Map.of("text", first)).post("/api/documents").then().statusCode(201);
        var posted = given().contentType(ContentType.JSON).body(Map.of("text", second)).post("/api/documents")
                .then().statusCode(201).extract();
        String id = posted.path("document.id");
        List<Map<String, Object>> answered = posted.path("events");
        var read = given().get("/api/documents/" + id).then().statusCode(200).extract();
        assertEquals(read.<List<Map<String, Object>>> path("events"), answered);
        assertEquals(read.<Object> path("document"), posted.path("document"));
        assertEquals(2, posted.<List<?>> path("events.find { it.date.value == '2019-05-14' }.sources").size(),
                "the repeated event has the first article's source and this one's");
    }

    @Test
    void aReportNamingNobodyJoinsTheStoredEventThatSaysTheSameThing() {
        String first = "The Kvarn tunnel under the fjord opened to traffic on 3 June 2018 after six years of work.";
        String second = "The Kvarn tunnel under the fjord opened to traffic on 3 June 2018 after six years of digging."
                + " A ferry sank near the island on 3 June 2018.";
        given().contentType(ContentType.JSON).body(Map.of("text", first)).post("/api/documents").then().statusCode(201);
        var posted = given().contentType(ContentType.JSON).body(Map.of("text", second)).post("/api/documents")
                .then().statusCode(201).extract();
        assertEquals(2, posted.<List<?>> path("events.find { it.sentence.contains('tunnel') }.sources").size(),
                "the repeated report joins the stored event");
        assertEquals(1, posted.<List<?>> path("events.find { it.sentence.contains('ferry') }.sources").size(),
                "another happening on the same day stays its own event");
    }

    @Test
    void locationNamesTheNewDocument() {
        String text = "Sculptor Ines Varga unveiled a statue in Brno on 2 March 2020.";
        var response = given().contentType(ContentType.JSON).body(Map.of("text", text)).post("/api/documents");
        assertEquals(201, response.statusCode());
        String id = response.path("document.id");
        assertEquals(true, response.header("Location").endsWith("/api/documents/" + id));
    }

    @Test
    void postingTheSameTextAgainStoresNothing() {
        String text = "Architect Lena Brauer opened her studio in Graz in 2009.";
        String first = given().contentType(ContentType.JSON).body(Map.of("text", text)).post("/api/documents")
                .then().statusCode(201).extract().path("document.id");
        long documents = given().get("/api/documents").then().extract().<Integer> path("total");
        given().contentType(ContentType.JSON).body(Map.of("text", text, "title", "again")).post("/api/documents")
                .then().statusCode(200).body("document.id", equalTo(first));
        given().get("/api/documents").then().body("total", is((int) documents));
    }

    @Test
    void postingTheSameExternalIdAgainReturnsTheStoredDocument() {
        String first = given().contentType(ContentType.JSON)
                .body(Map.of("text", "Chef Paolo Ricci opened a restaurant in 2015.", "externalId", "ext-ricci"))
                .post("/api/documents").then().statusCode(201).extract().path("document.id");
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "A different text about Paolo Ricci in 2016.", "externalId", "ext-ricci"))
                .post("/api/documents").then().statusCode(200).body("document.id", equalTo(first))
                .body("document.externalId", equalTo("ext-ricci"));
    }

    @Test
    void acceptsPlainTextWithMetadataInTheQuery() {
        given().contentType("text/plain; charset=UTF-8")
                .body("Goalkeeper Tomasz Wrona retired yesterday after 18 seasons.")
                .queryParam("publishedAt", "2023-05-10").queryParam("title", "Wrona retires")
                .when().post("/api/documents")
                .then().statusCode(201)
                .body("document.title", equalTo("Wrona retires"))
                .body("events[0].date.value", equalTo("2023-05-09"));
    }

    @Test
    void listsDocumentsInPages() {
        Articles.stored("harbour.txt");
        Articles.stored("bridge.txt");
        String next = given().queryParam("limit", 1).get("/api/documents")
                .then().statusCode(200)
                .body("documents.size()", is(1))
                .body("total", greaterThanOrEqualTo(2))
                .body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        given().queryParam("limit", 1).queryParam("cursor", next).get("/api/documents")
                .then().statusCode(200).body("documents.size()", is(1));
    }

    @Test
    void readsADocumentWithTextAndEventsByIdOrExternalId() {
        String id = Articles.stored("bridge.txt");
        given().get("/api/documents/" + id).then().statusCode(200)
                .body("document.id", equalTo(id))
                .body("text", equalTo(Articles.text("bridge.txt")))
                .body("events.date.value", hasItem("2024-05-14"));
        given().get("/api/documents/test-bridge.txt").then().statusCode(200).body("document.id", equalTo(id));
    }

    @Test
    void deletingADocumentRemovesItsEventsAndPeople() {
        String text = "Cyclist Ruben Oyelaran won the Tour of Vell in July 2018.";
        String id = given().contentType(ContentType.JSON).body(Map.of("text", text)).post("/api/documents")
                .then().statusCode(201).extract().path("document.id");
        String eventId = given().get("/api/documents/" + id).then().extract().path("events[0].id");
        given().get("/api/people/ruben-oyelaran").then().statusCode(200);

        given().delete("/api/documents/" + id).then().statusCode(204);

        given().get("/api/documents/" + id).then().statusCode(404);
        given().get("/api/events/" + eventId).then().statusCode(404);
        given().get("/api/people/ruben-oyelaran").then().statusCode(404);
        given().queryParam("person", "oyelaran").get("/api/timeline").then().body("total", is(0));
        given().delete("/api/documents/" + id).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anEventReportedByTwoArticlesKeepsBothSourcesUntilBothAreDeleted() {
        String a = given().contentType(ContentType.JSON)
                .body(Map.of("text", "Mayor Edith Kowalczyk opened the Lindner Library on 9 October 2017, the city said."))
                .post("/api/documents").then().statusCode(201).extract().path("document.id");
        String b = given().contentType(ContentType.JSON)
                .body(Map.of("text", "Mayor Edith Kowalczyk opened the Lindner Library on 9 October 2017, reporters said."))
                .post("/api/documents").then().statusCode(201).extract().path("document.id");
        List<String> sources = given().queryParam("person", "kowalczyk").get("/api/timeline")
                .then().body("total", is(1)).extract().path("events[0].sources.documentId");
        assertEquals(List.of(a, b), sources);
        given().delete("/api/documents/" + a).then().statusCode(204);
        given().queryParam("person", "kowalczyk").get("/api/timeline")
                .then().body("total", is(1)).body("events[0].sources.documentId", everyItem(equalTo(b)));
        given().delete("/api/documents/" + b).then().statusCode(204);
        given().queryParam("person", "kowalczyk").get("/api/timeline").then().body("total", is(0));
    }

    @Test
    void aLaterArticleGivingAnotherDateForTheSameHappeningIsLinkedToTheStoredOne() {
        // someone else's events with one of the two people, which must not be taken for the happening
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "Governor Anneliese Oyvindsen appointed Thomas Wexworth as harbour commissioner in 2019. "
                        + "Oyvindsen also appointed Laura Brightmoor as treasury secretary in 2020."))
                .post("/api/documents").then().statusCode(201);
        String first = given().contentType(ContentType.JSON)
                .body(Map.of("text", "Governor Anneliese Oyvindsen appointed Michael Quillfeather as railway commissioner in 2021."))
                .post("/api/documents").then().statusCode(201).extract().path("events[0].id");
        var later = given().contentType(ContentType.JSON)
                .body(Map.of("text", "Governor Anneliese Oyvindsen appointed Michael Quillfeather as railway commissioner in March 2023.",
                        "publishedAt", "2023-04-02"))
                .post("/api/documents").then().statusCode(201).extract();
        assertEquals("2023-03", later.path("events[0].date.value"));
        assertEquals(List.of(first), later.path("events[0].conflictsWith"));
        List<List<String>> linked = given().queryParam("person", "quillfeather").get("/api/timeline").then()
                .body("total", is(2)).extract().path("events.conflictsWith");
        String laterId = later.path("events[0].id");
        assertEquals(List.of(List.of(laterId), List.of(first)), linked);
    }

    @Test
    void aRepeatedEventLinksToTheSameHappeningThroughSomeoneTheRepeatDoesNotName() {
        String first = given().contentType(ContentType.JSON)
                .body(Map.of("text", "Governor Anneliese Oyvindsen appointed Thomas Wexworth as harbour commissioner"
                        + " of the northern port district in 2019."))
                .post("/api/documents").then().statusCode(201).extract().path("events[0].id");
        // shares one person with the first: not yet the same happening
        String other = given().contentType(ContentType.JSON)
                .body(Map.of("text", "Irene Castellane appointed Thomas Wexworth as harbour commissioner in 2021."))
                .post("/api/documents").then().statusCode(201).body("events[0].conflictsWith", empty())
                .extract().path("events[0].id");
        // repeats the first, naming Castellane and not Wexworth: now the two share both
        var repeat = given().contentType(ContentType.JSON)
                .body(Map.of("text", "Governor Anneliese Oyvindsen and Irene Castellane appointed the harbour"
                        + " commissioner of the northern port district in 2019."))
                .post("/api/documents").then().statusCode(201).extract();
        assertEquals(first, repeat.path("events[0].id"));
        assertEquals(List.of(other), repeat.path("events[0].conflictsWith"));
    }

    @Test
    void storesTextNormalisedAndQuotesStillMatchTheirOffsets() {
        String decomposed = "Poet Zo\u0065\u0301 Lind\r\nwon the prize on 4 May 2019.\u0007";
        String id = given().contentType(ContentType.JSON).body(Map.of("text", decomposed)).post("/api/documents")
                .then().statusCode(201).extract().path("document.id");
        var doc = given().get("/api/documents/" + id).then().statusCode(200).extract();
        String stored = doc.path("text");
        assertEquals(java.text.Normalizer.normalize("Poet Zo\u0065\u0301 Lind\nwon the prize on 4 May 2019.",
                java.text.Normalizer.Form.NFC), stored);
        int start = doc.path("events[0].sources[0].start");
        int end = doc.path("events[0].sources[0].end");
        assertEquals(stored.substring(start, end), doc.path("events[0].sources[0].quote"));
    }
}
