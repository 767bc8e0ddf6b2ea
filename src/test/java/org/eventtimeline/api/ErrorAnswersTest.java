package org.eventtimeline.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every client mistake gets a 4xx problem+json that says what was wrong, and stores nothing. */
@QuarkusTest
class ErrorAnswersTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void aWriteFromAWebPageIsAProblemAndAReadIsNot() {
        String text = "Glassblower Tove Lind opened her workshop in Visby on 3 May 2016.";
        long documents = given().get("/api/documents").then().extract().<Integer> path("total");
        given().header("Origin", "https://elsewhere.example").contentType(ContentType.JSON).body(Map.of("text", text))
                .post("/api/documents")
                .then().statusCode(403).contentType(PROBLEM)
                .body("detail", containsString("origin https://elsewhere.example"));
        given().get("/api/documents").then().body("total", is((int) documents));
        given().header("Origin", "https://elsewhere.example").get("/api/documents")
                .then().statusCode(200).header("Access-Control-Allow-Origin", "https://elsewhere.example");
        given().contentType(ContentType.JSON).body(Map.of("text", text)).post("/api/documents").then().statusCode(201);
    }

    @Test
    void rejectsMalformedJson() {
        given().contentType(ContentType.JSON).body("{\"text\": ").post("/api/documents")
                .then().statusCode(400).contentType(PROBLEM)
                .body("status", is(400)).body("title", equalTo("Bad Request"))
                .body("detail", containsString("not valid JSON"));
    }

    @Test
    void rejectsJsonThatIsNotAnObjectOrHasFieldsOfTheWrongType() {
        given().contentType(ContentType.JSON).body("[1, 2]").post("/api/documents")
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("JSON object"));
        given().contentType(ContentType.JSON).body("{\"text\": \"x in 2001\", \"title\": {\"a\": 1}}").post("/api/documents")
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("title"));
    }

    @Test
    void rejectsEmptyOrMissingText() {
        given().contentType(ContentType.JSON).body(Map.of("text", "   ")).post("/api/documents")
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("'text'"));
        given().contentType(ContentType.JSON).body(Map.of("title", "no text")).post("/api/documents")
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("'text'"));
        given().contentType(ContentType.JSON).body("").post("/api/documents")
                .then().statusCode(400).contentType(PROBLEM);
        given().contentType(ContentType.TEXT).body("").post("/api/extract")
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void rejectsAnUnreadablePublicationDate() {
        int before = given().get("/api/documents").then().extract().path("total");
        given().contentType(ContentType.JSON).body(Map.of("text", "It rained in 2003.", "publishedAt", "last Tuesday"))
                .post("/api/documents")
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("publishedAt"));
        given().get("/api/documents").then().body("total", is(before));
    }

    @Test
    void rejectsTextOverTheLimitWith413() {
        String tooLong = "a".repeat(1_048_577);
        given().contentType(ContentType.JSON).body(Map.of("text", tooLong)).post("/api/documents")
                .then().statusCode(413).contentType(PROBLEM).body("detail", containsString("1048576"));
        given().contentType(ContentType.TEXT).body(tooLong).post("/api/extract")
                .then().statusCode(413).contentType(PROBLEM);
    }

    @Test
    void rejectsUnsupportedContentTypesWith415() {
        given().contentType("application/xml").body("<text>x</text>").post("/api/documents")
                .then().statusCode(415).contentType(PROBLEM).body("detail", containsString("Content-Type"));
    }

    @Test
    void rejectsUnknownMethodsWith405() {
        given().put("/api/timeline").then().statusCode(405).contentType(PROBLEM).body("status", is(405));
        given().delete("/api/people").then().statusCode(405).contentType(PROBLEM);
    }

    @Test
    void answersUnknownThingsWith404() {
        given().get("/api/events/no-such-event").then().statusCode(404).contentType(PROBLEM)
                .body("detail", containsString("no-such-event"));
        given().get("/api/people/no-such-person").then().statusCode(404).contentType(PROBLEM);
        given().get("/api/documents/no-such-document").then().statusCode(404).contentType(PROBLEM);
        given().get("/api/no-such-resource").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void rejectsMalformedTimelineParameters() {
        given().queryParam("year", "twenty").get("/api/timeline")
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("'year'"));
        given().queryParam("from", "2008-13").get("/api/timeline")
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("'from'"));
        given().queryParam("to", "June 2008").get("/api/timeline")
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("'to'"));
        given().queryParam("from", "2009").queryParam("to", "2008-06").get("/api/timeline")
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("after"));
        given().queryParam("limit", "0").get("/api/timeline")
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("'limit'"));
        given().queryParam("limit", "100000").get("/api/timeline").then().statusCode(400).contentType(PROBLEM);
        given().queryParam("limit", "ten").get("/api/documents").then().statusCode(400).contentType(PROBLEM);
        given().queryParam("cursor", "not-a-cursor").get("/api/timeline")
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("'cursor'"));
        given().queryParam("cursor", "%%%").get("/api/documents").then().statusCode(400).contentType(PROBLEM);
    }
}
