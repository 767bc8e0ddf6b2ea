package org.eventtimeline.store;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Articles of the same shape reuse the plans of the queries their ingest makes. A native query given a result class
 * once left a new plan in Hibernate's cache at every call, all under one hash, and looking among them cost more than
 * the query itself (docs/performance.md, "PostgreSQL ingest").
 */
@QuarkusTest
class IngestQueryCacheTest {

    @Inject
    EntityManagerFactory entityManagerFactory;

    private int cachedPlans() {
        return entityManagerFactory.unwrap(SessionFactoryImplementor.class).getQueryEngine().getInterpretationCache()
                .getNumberOfCachedQueryPlans();
    }

    private static void store(String caseName) {
        String text = "Judge Imelda Varga ruled on the " + caseName + " appeal in Tromso on 3 March 2021.";
        given().contentType(ContentType.JSON).body(Map.of("text", text, "publishedAt", "2021-03-05"))
                .post("/api/documents").then().statusCode(201);
    }

    @Test
    void articlesOfTheSameShapeAddNoQueryPlans() {
        store("Kestrel");
        store("Osprey"); // the first articles' plans are cached here
        int before = cachedPlans();
        for (String caseName : new String[] { "Harrier", "Merlin", "Hobby", "Goshawk", "Buzzard", "Kite" }) {
            store(caseName);
        }
        int added = cachedPlans() - before;
        assertTrue(added <= 1, "six more articles of the same shape added " + added + " query plans");
    }
}
