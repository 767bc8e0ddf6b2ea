package org.eventtimeline.api;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.restassured.http.ContentType;

/** Test articles (src/test/resources/articles), stored through the API once per run. */
final class Articles {

    /** Publication dates of the test articles. */
    static final Map<String, String> PUBLISHED = Map.of("harbour.txt", "2025-03-13", "bridge.txt", "2024-05-15",
            "mill.txt", "2025-06-12");

    private Articles() {
    }

    static String text(String name) {
        try (InputStream in = Articles.class.getResourceAsStream("/articles/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stores the article (or finds it stored) and returns its document id. */
    static String stored(String name) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("text", text(name), "externalId", "test-" + name, "title", name, "publishedAt", PUBLISHED.get(name)))
                .post("/api/documents")
                .then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201)))
                .extract().path("document.id");
    }
}
