package org.eventtimeline.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The explorer and the embeddable page are served, with everything they load coming from the service itself. */
@QuarkusTest
class PagesTest {

    @Test
    void servesTheExplorer() {
        given().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("/assets/timeline.js")).body(not(containsString("http")));
    }

    @Test
    void servesTheEmbeddablePageForAnyFilters() {
        given().queryParam("person", "mandelson").queryParam("year", 2008).get("/embed").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("/assets/timeline.js")).body(not(containsString("http")));
        given().get("/assets/timeline.js").then().statusCode(200).body(containsString("drawTimeline"))
                .body(not(containsString("http")));
        given().get("/assets/timeline.css").then().statusCode(200);
    }
}
