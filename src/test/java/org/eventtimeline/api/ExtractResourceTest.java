package org.eventtimeline.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ExtractResourceTest {

    @Test
    void returnsEventsAndTemporalExpressionsWithoutStoring() {
        int before = given().get("/api/documents").then().extract().path("total");
        String text = "Minister Olga Hartmann resigned on Monday. She served an 18-month term and had joined in 2021.";
        var answer = given().contentType(ContentType.JSON).body(Map.of("text", text, "publishedAt", "2025-09-11"))
                .post("/api/extract").then().statusCode(200)
                .body("events.date.value", hasItem("2025-09-08"))
                .body("events.date.value", hasItem("2021"))
                .body("events[0].id", nullValue())
                .body("temporalExpressions.find { it.text == '18-month' }.type", equalTo("DURATION"))
                .body("temporalExpressions.find { it.text == '18-month' }.value", equalTo("P18M"))
                .body("temporalExpressions.find { it.text == 'Monday' }.value", equalTo("2025-09-08"))
                .body("temporalExpressions.find { it.text == 'Monday' }.anchor", equalTo("PUBLICATION"))
                .extract();
        List<Map<String, Object>> expressions = answer.path("temporalExpressions");
        for (Map<String, Object> e : expressions) {
            assertEquals(e.get("text"), text.substring((Integer) e.get("start"), (Integer) e.get("end")));
        }
        given().get("/api/documents").then().body("total", is(before));
    }

    @Test
    void acceptsPlainText() {
        given().contentType(ContentType.TEXT).body("The dam was finished in the 1990s.").post("/api/extract")
                .then().statusCode(200)
                .body("temporalExpressions[0].value", equalTo("199"))
                .body("temporalExpressions[0].precision", equalTo("DECADE"));
    }
}
