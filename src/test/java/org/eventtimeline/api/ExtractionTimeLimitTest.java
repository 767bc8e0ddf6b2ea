package org.eventtimeline.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** An article whose extraction would take longer than the limit is refused with 422, and nothing is stored. */
@QuarkusTest
@TestProfile(ExtractionTimeLimitTest.Impatient.class)
class ExtractionTimeLimitTest {

    public static class Impatient implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("timeline.limits.extraction-time", "1ms");
        }
    }

    @Test
    void refusesWhatTakesTooLongAndStoresNothing() {
        int before = given().get("/api/documents").then().extract().path("total");
        String text = "On June 30, 2008, Judge Rita Holm ruled. ".repeat(4000);
        given().contentType(ContentType.JSON).body(Map.of("text", text)).post("/api/documents")
                .then().statusCode(422).contentType("application/problem+json").body("detail", containsString("limit"));
        given().get("/api/documents").then().body("total", is(before));
    }
}
