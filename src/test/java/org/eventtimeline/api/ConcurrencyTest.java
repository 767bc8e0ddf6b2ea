package org.eventtimeline.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Parallel writers and readers: nothing stored twice, no errors, a consistent store (on H2 and PostgreSQL); see also {@link MixedLoadTest}. */
@QuarkusTest
class ConcurrencyTest {

    @Test
    void theSameArticlePosted50TimesInParallelIsStoredOnce() throws Exception {
        String text = "Sailor Anja Vester crossed the Atlantic alone in June 2016, her club said.";
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<int[]>> answers = new ArrayList<>();
            List<String> ids = java.util.Collections.synchronizedList(new ArrayList<>());
            for (int i = 0; i < 50; i++) {
                answers.add(pool.submit(() -> {
                    var r = given().contentType(ContentType.JSON).body(Map.of("text", text)).post("/api/documents");
                    ids.add(r.path("document.id"));
                    return new int[] { r.statusCode() };
                }));
            }
            int created = 0;
            for (Future<int[]> a : answers) {
                int status = a.get()[0];
                assertTrue(status == 200 || status == 201, "status " + status);
                created += status == 201 ? 1 : 0;
            }
            assertEquals(1, created, "exactly one request stored it");
            assertEquals(1, new HashSet<>(ids).size(), "every answer names the same document");
            given().queryParam("person", "vester").get("/api/timeline").then().statusCode(200)
                    .body("total", org.hamcrest.Matchers.is(1));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void differentArticlesNamingTheSamePeopleInParallelGiveOnePersonEach() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> writers = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                int n = i;
                writers.add(() -> given().contentType(ContentType.JSON)
                        .body(Map.of("text", "Curator Oskar Brandvold met sculptor Lena Moreau in " + (1950 + n) + "."))
                        .post("/api/documents").statusCode());
                writers.add(() -> given().queryParam("person", "brandvold").get("/api/timeline").statusCode());
            }
            Set<Integer> statuses = new HashSet<>();
            for (Future<Integer> f : pool.invokeAll(writers)) {
                statuses.add(f.get());
            }
            assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 201), "statuses " + statuses);
            given().queryParam("q", "brandvold").get("/api/people").then().body("people.size()", org.hamcrest.Matchers.is(1));
            given().queryParam("person", "brandvold").get("/api/timeline").then().body("total", org.hamcrest.Matchers.is(24));
        } finally {
            pool.shutdownNow();
        }
    }
}
