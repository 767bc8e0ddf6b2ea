package org.eventtimeline.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** POST /api/documents/batch: several articles in one transaction, all or none. */
@QuarkusTest
class BatchIngestTest {

    private static Map<String, String> article(String text, String externalId) {
        Map<String, String> a = new HashMap<>(Map.of("text", text, "publishedAt", "2022-10-05"));
        if (externalId != null) {
            a.put("externalId", externalId);
        }
        return a;
    }

    private static int storedDocuments() {
        return given().get("/api/documents?limit=1").then().statusCode(200).extract().path("total");
    }

    @Test
    void storesEveryArticleAndSaysWhichWereNew() {
        String known = "Conductor Edda Holm led the Vardo orchestra on 2 October 2022 for the last time.";
        given().contentType(ContentType.JSON).body(article(known, null)).post("/api/documents").then().statusCode(201);
        var answer = given().contentType(ContentType.JSON).body(List.of(
                article("Architect Pavel Ruzicka finished the Ostrava library on 12 August 2022.", "batch-a"),
                article(known, null),
                article("Chemist Noor Haddad was elected to the academy on 1 September 2022.", "batch-c")))
                .post("/api/documents/batch")
                .then().statusCode(200)
                .body("created", equalTo(2))
                .body("documents.created", equalTo(List.of(true, false, true)))
                .body("documents[0].document.externalId", equalTo("batch-a"))
                .body("documents[2].document.eventCount", equalTo(1))
                .extract();
        String id = answer.path("documents[2].document.id");
        given().get("/api/documents/" + id).then().statusCode(200)
                .body("events[0].date.value", equalTo("2022-09-01"))
                .body("events[0].people.name", equalTo(List.of("Noor Haddad")));
    }

    @Test
    void aBatchsEventsAreFoundUnderEveryYearTheyTouch() {
        given().contentType(ContentType.JSON).body(List.of(
                article("Diver Lena Okafor coached the Cairns squad from 2015 to 2017.", null),
                article("Diver Lena Okafor won her first national title on 3 March 2016.", null)))
                .post("/api/documents/batch").then().statusCode(200).body("created", equalTo(2));
        given().queryParam("person", "lena-okafor").queryParam("year", "2016").get("/api/timeline").then()
                .statusCode(200).body("events.date.value", equalTo(List.of("2015/2017", "2016-03-03")));
        given().queryParam("person", "lena-okafor").queryParam("year", "2017").get("/api/timeline").then()
                .statusCode(200).body("events.date.value", equalTo(List.of("2015/2017")));
    }

    @Test
    void theSameArticleTwiceInABatchIsStoredOnce() {
        String text = "Sprinter Kofi Mensah broke the national record in Kumasi on 18 July 2022.";
        given().contentType(ContentType.JSON).body(List.of(article(text, null), article(text, null)))
                .post("/api/documents/batch")
                .then().statusCode(200)
                .body("created", equalTo(1))
                .body("documents.created", equalTo(List.of(true, false)))
                .body("documents[1].document.id", equalTo(given().contentType(ContentType.JSON)
                        .body(article(text, null)).post("/api/documents")
                        .then().statusCode(200).extract().<String> path("document.id")));
    }

    @Test
    void oneBadArticleRefusesTheWholeBatchAndSaysWhichOne() {
        int before = storedDocuments();
        given().contentType(ContentType.JSON).body(List.of(
                article("Judge Lena Ortiz retired from the bench on 30 June 2022.", null),
                Map.of("title", "no text"),
                article("Pilot Yuki Sato landed in Nome on 4 July 2022.", null)))
                .post("/api/documents/batch")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", startsWith("Document 1 of the batch"))
                .body("detail", containsString("'text' is required"));
        assertEquals(before, storedDocuments(), "nothing of the batch was stored");
    }

    @Test
    void aBadPublicationDateNamesItsArticle() {
        given().contentType(ContentType.JSON).body(List.of(
                Map.of("text", "Baker Rosa Lind opened a shop on 3 May 2022.", "publishedAt", "yesterday")))
                .post("/api/documents/batch")
                .then().statusCode(400)
                .body("detail", startsWith("Document 0 of the batch"))
                .body("detail", containsString("publishedAt"));
    }

    @Test
    void anEmptyBatchOrAnObjectIsAClientMistake() {
        given().contentType(ContentType.JSON).body("[]").post("/api/documents/batch")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(article("Painter Ada Moss sold a canvas on 2 May 2022.", null))
                .post("/api/documents/batch")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("[null]").post("/api/documents/batch")
                .then().statusCode(400).body("detail", startsWith("Document 0 of the batch"));
    }

    @Test
    void moreArticlesThanTheLimitAreRefusedUnread() {
        int before = storedDocuments();
        List<Map<String, String>> many = new ArrayList<>();
        for (int i = 0; i <= 100; i++) {
            many.add(article("Runner number " + i + " finished the Lisbon race on 9 October 2022.", null));
        }
        given().contentType(ContentType.JSON).body(many).post("/api/documents/batch")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString("the limit is 100"));
        assertEquals(before, storedDocuments());
    }

    // A batch's rows reach the database only when it ends; its articles meet each other as separate posts would.

    @SafeVarargs
    private static ExtractableResponse<Response> postBatch(Map<String, String>... articles) {
        return given().contentType(ContentType.JSON).body(List.of(articles)).post("/api/documents/batch").then()
                .statusCode(200).extract();
    }

    /** The batch's article {@code i} as the store serves it, events and all. */
    private static JsonPath stored(ExtractableResponse<Response> batch, int i) {
        return given().get("/api/documents/" + batch.path("documents[" + i + "].document.id")).then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void anArticleRepeatingAnEarlierOneOfTheBatchJoinsItsEvent() {
        var answer = postBatch(
                article("Mayor Ottoline Brackwater opened the Ystad ferry terminal on 3 June 2021 after a long"
                        + " delay.", null),
                article("Mayor Ottoline Brackwater opened the Ystad ferry terminal on 3 June 2021 after years of"
                        + " delay.", null));
        assertEquals(stored(answer, 0).<String> get("events[0].id"), stored(answer, 1).get("events[0].id"));
        assertEquals(2, stored(answer, 1).<List<?>> get("events[0].sources").size());
        given().queryParam("person", "brackwater").get("/api/timeline").then().statusCode(200)
                .body("total", equalTo(1));
    }

    @Test
    void aReportNamingNobodyJoinsTheSameReportEarlierInTheBatch() {
        var answer = postBatch(
                article("The Tarnvik bridge over the strait opened to traffic on 4 June 2018 after five years of work.",
                        null),
                article("The Tarnvik bridge over the strait opened to traffic on 4 June 2018 after five years of"
                        + " building.", null));
        assertEquals(stored(answer, 0).<String> get("events[0].id"), stored(answer, 1).get("events[0].id"));
        assertEquals(2, stored(answer, 1).<List<?>> get("events[0].sources").size());
    }

    @Test
    void aLaterArticleOfTheBatchGivingAnotherDateIsLinkedToTheEarlierOne() {
        var answer = postBatch(
                article("Governor Hesketh Varnum appointed Imelda Strathcarron as canal commissioner in 2021.", null),
                Map.of("text", "Governor Hesketh Varnum appointed Imelda Strathcarron as canal commissioner in March"
                        + " 2023.", "publishedAt", "2023-04-02"));
        assertEquals("2023-03", stored(answer, 1).get("events[0].date.value"));
        assertEquals(List.of(stored(answer, 0).<String> get("events[0].id")),
                stored(answer, 1).get("events[0].conflictsWith"));
    }

    @Test
    void aPersonNamedEarlierInTheBatchIsTheSamePersonLater() {
        var answer = postBatch(
                article("Senator Margarethe Olvensdottir opened the autumn session on 2 May 2022.", null),
                article("Senator Olvensdottir closed the autumn session on 5 May 2022.", null));
        assertEquals(stored(answer, 0).<String> get("events[0].people[0].id"),
                stored(answer, 1).get("events[0].people[0].id"));
        given().queryParam("person", "olvensdottir").get("/api/timeline").then().statusCode(200)
                .body("total", equalTo(2));
    }

    @Test
    void aRepeatInTheBatchLinksToTheSameHappeningThroughSomeoneItDoesNotName() {
        var answer = postBatch(
                article("Governor Rosalind Quenby appointed Tobias Marchbank as dock commissioner of the eastern"
                        + " harbour district in 2019.", null),
                article("Irene Ashgrove appointed Tobias Marchbank as dock commissioner in 2021.", null),
                article("Governor Rosalind Quenby and Irene Ashgrove appointed the dock commissioner of the eastern"
                        + " harbour district in 2019.", null));
        assertEquals(stored(answer, 0).<String> get("events[0].id"), stored(answer, 2).get("events[0].id"));
        assertEquals(List.of(stored(answer, 1).<String> get("events[0].id")),
                stored(answer, 2).get("events[0].conflictsWith"));
    }
}
