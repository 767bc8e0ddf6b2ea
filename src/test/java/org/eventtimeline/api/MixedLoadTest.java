package org.eventtimeline.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Ingest and timeline queries running together for a minute ({@code -Dmixed.seconds} to change it): no errors,
 * and a consistent store afterwards — on H2 and PostgreSQL. It runs on a database of its own (a test profile
 * restarts the service on a cleaned schema), since it stores thousands of articles.
 */
@QuarkusTest
@TestProfile(MixedLoadTest.OwnDatabase.class)
class MixedLoadTest {

    private static final long MIXED_SECONDS = Long.getLong("mixed.seconds", 60);

    public static class OwnDatabase implements QuarkusTestProfile {
    }

    @Test
    void ingestAndTimelineQueriesRunningTogetherGiveNoErrorsAndAConsistentStore() throws Exception {
        long documentsBefore = given().get("/api/documents").then().extract().jsonPath().getLong("total");
        long start = System.nanoTime();
        long end = start + MIXED_SECONDS * 1_000_000_000L;
        AtomicInteger next = new AtomicInteger();
        List<Integer> created = Collections.synchronizedList(new ArrayList<>());
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Void>> workers = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                workers.add(() -> {
                    while (System.nanoTime() < end) {
                        int n = next.getAndIncrement();
                        // one event a day apart per article, so no two articles report the same event
                        String day = LocalDate.of(1901, 1, 1).plusDays(n).format(DateTimeFormatter.ofPattern("MMMM d, yyyy",
                                Locale.ENGLISH));
                        int status;
                        long asked = System.nanoTime();
                        try {
                            String text = "Surveyor Ines Kallberg mapped the northern coast on " + day
                                    + ", the archive shows.";
                            status = given().contentType(ContentType.JSON).body(Map.of("text", text))
                                    .post("/api/documents").statusCode();
                        } catch (Exception e) { // unanswered (RestAssured throws IOExceptions unchecked)
                            failures.add("POST " + n + " at " + (asked - start) / 1_000_000 + " ms: " + e);
                            continue;
                        }
                        if (status == 201) {
                            created.add(n);
                        } else {
                            failures.add("POST " + n + ": " + status);
                        }
                    }
                    return null;
                });
            }
            for (int r = 0; r < 4; r++) {
                int reader = r;
                workers.add(() -> {
                    int seen = 0;
                    for (int i = 0; System.nanoTime() < end; i++) {
                        String[] reads = { "/api/timeline?person=kallberg", "/api/timeline?year=" + (1901 + i % 20),
                                "/api/people?q=kallberg", "/api/documents?limit=5", "/api/timeline?q=coast&limit=3" };
                        String path = reads[(reader + i) % reads.length];
                        Response answer;
                        long asked = System.nanoTime();
                        try {
                            answer = given().get(path);
                        } catch (Exception e) { // a read left unanswered: say which, and when
                            failures.add("GET " + path + " at " + (asked - start) / 1_000_000 + " ms: " + e);
                            continue;
                        }
                        if (answer.statusCode() != 200) {
                            failures.add("GET " + path + ": " + answer.statusCode());
                        } else if (path.contains("person=")) {
                            // stored articles stay stored: the timeline a reader sees never shrinks
                            int total = answer.path("total");
                            if (total < seen) {
                                failures.add("the timeline shrank from " + seen + " to " + total + " events");
                            }
                            seen = total;
                        }
                    }
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(workers)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(), failures, "no errors while ingesting and querying together");
        assertTrue(created.size() > 10, "articles stored: " + created.size());
        given().get("/api/documents").then().body("total", org.hamcrest.Matchers.is((int) documentsBefore + created.size()));
        given().queryParam("person", "kallberg").get("/api/timeline").then()
                .body("total", org.hamcrest.Matchers.is(created.size()));
        given().queryParam("q", "kallberg").get("/api/people").then().body("people.size()", org.hamcrest.Matchers.is(1));
    }
}
