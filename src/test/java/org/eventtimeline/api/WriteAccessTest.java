package org.eventtimeline.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** With API keys configured, writes need one; reads stay public; extraction is rate-limited per client. */
@QuarkusTest
@TestProfile(WriteAccessTest.WithKeys.class)
class WriteAccessTest {

    public static class WithKeys implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("timeline.security.api-keys", "first-key,second-key", "timeline.security.extract-per-minute", "3");
        }
    }

    private static final Map<String, String> ARTICLE = Map.of("text", "Baker Ilse Vogt opened her shop in 1999.");

    @Test
    void writesWithoutAKeyAreUnauthorized() {
        given().contentType(ContentType.JSON).body(ARTICLE).post("/api/documents")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer").body("detail", containsString("API key"));
        given().delete("/api/documents/anything").then().statusCode(401);
        given().contentType(ContentType.JSON).body(List.of(ARTICLE)).post("/api/documents/batch")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void writesWithAnUnknownKeyAreForbidden() {
        given().header("Authorization", "Bearer wrong").contentType(ContentType.JSON).body(ARTICLE).post("/api/documents")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void writesWithAKeyInEitherHeaderAreAccepted() {
        String id = given().header("Authorization", "Bearer first-key").contentType(ContentType.JSON).body(ARTICLE)
                .post("/api/documents").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201))
                .extract().path("document.id");
        given().header("X-API-Key", "second-key").contentType(ContentType.JSON).body(ARTICLE).post("/api/documents")
                .then().statusCode(200).body("document.id", is(id));
        given().get("/api/documents/" + id).then().statusCode(200);
        given().header("X-API-Key", "second-key").delete("/api/documents/" + id).then().statusCode(204);
    }

    @Test
    void extractionStaysOpenButIsRateLimitedPerClient() {
        int answered = 0;
        int limited = 0;
        long started = System.nanoTime();
        for (int i = 0; i < 6; i++) {
            var response = given().contentType(ContentType.TEXT).body("It rained in 2003.").post("/api/extract");
            if (response.statusCode() == 200) {
                answered++;
            } else {
                // three a minute: one more is allowed at most 20 s after the bucket ran dry
                response.then().statusCode(429).contentType("application/problem+json");
                int retry = Integer.parseInt(response.header("Retry-After"));
                org.junit.jupiter.api.Assertions.assertTrue(retry >= 1 && retry <= 20, "Retry-After " + retry);
                limited++;
            }
        }
        // a bucket, not a count per clock minute, so no minute boundary lets more through: three at once, and one
        // more for every 20 s the requests took (the first loads the extractor)
        long refills = (System.nanoTime() - started) / 20_000_000_000L;
        int most = 3 + (int) refills;
        org.junit.jupiter.api.Assertions.assertTrue(answered >= 3 && answered <= most,
                answered + " answered, " + limited + " limited, at most " + most);
    }

    @Test
    void anAllowanceRefillsAtItsRateAndNeverAboveItsSize() {
        long second = 1_000_000_000L;
        var empty = new WriteAccess.Allowance(0, 0);
        org.junit.jupiter.api.Assertions.assertEquals(1.0, empty.refilled(20 * second, 3).left(), 1e-9);
        org.junit.jupiter.api.Assertions.assertEquals(3.0, empty.refilled(3600 * second, 3).left(), 1e-9);
        org.junit.jupiter.api.Assertions.assertEquals(10, new WriteAccess.Allowance(0.5, 0).secondsToNext(3));
    }
}
