package org.eventtimeline.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PeopleResourceTest {

    @BeforeEach
    void storeArticles() {
        Articles.stored("harbour.txt");
    }

    @Test
    void listsPeopleWithAliasesCountsAndSpan() {
        given().queryParam("q", "okonkwo").get("/api/people").then().statusCode(200)
                .body("people.size()", is(1))
                .body("people[0].id", equalTo("maria-okonkwo"))
                .body("people[0].name", equalTo("Maria Okonkwo"))
                .body("people[0].aliases", hasItems("Ms Okonkwo", "Okonkwo"))
                .body("people[0].eventCount", is(2))
                .body("people[0].firstDate", equalTo("2019-03-01"))
                .body("people[0].lastDate", equalTo("2025-03-11"));
    }

    @Test
    void findsPeopleByPartOfAnyAlias() {
        given().queryParam("q", "ms okon").get("/api/people").then().body("people.id", hasItem("maria-okonkwo"));
        given().get("/api/people").then().body("people.id", hasItem("maria-okonkwo"));
    }

    @Test
    void readsOnePersonById() {
        given().get("/api/people/maria-okonkwo").then().statusCode(200).body("name", equalTo("Maria Okonkwo"));
    }
}
