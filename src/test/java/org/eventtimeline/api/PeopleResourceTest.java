package org.eventtimeline.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

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

    @Test
    void laterArticlesJoinTheStoredPersonTheirNamesFit() {
        post("Detective Sarah Ramaswamy closed the Harlow case on 3 May 2019.");
        post("Inspector Ramaswamy was promoted on 1 June 2020, the force said."); // a title and the one stored surname
        post("Sarah Ramaswamy retired on 2 July 2021."); // the same full name
        post("Daniel Ramaswamy opened a bakery on 4 August 2022."); // another given name: someone else
        post("Inspector Ramaswamy spoke on 5 September 2023."); // a name already known as one person's
        post("Mr Ramaswamy spoke on 6 September 2023."); // two stored Ramaswamys, one of them a woman: the other
        post("Dr Ramaswamy spoke on 7 September 2023."); // two stored Ramaswamys: neither is assumed
        given().queryParam("q", "ramaswamy").get("/api/people").then()
                .body("people.id", containsInAnyOrder("sarah-ramaswamy", "daniel-ramaswamy", "dr-ramaswamy"));
        given().queryParam("person", "sarah-ramaswamy").get("/api/timeline").then()
                .body("events.date.value", contains("2019-05-03", "2020-06-01", "2021-07-02", "2023-09-05"));
        given().queryParam("person", "daniel-ramaswamy").get("/api/timeline").then()
                .body("events.date.value", contains("2022-08-04", "2023-09-06"));
    }

    @Test
    void aTitleOrGivenNameThatSaysTheSexDoesNotJoinSomeoneOfTheOther() {
        post("Barack Vanterpool opened the library on 3 May 2009.");
        post("Mrs. Vanterpool visited a school on 4 May 2009."); // not the one stored Vanterpool, a man
        post("Michelle Vanterpool spoke on 5 May 2009."); // the woman known so far by title and surname
        post("Mr. Vanterpool spoke on 6 May 2009."); // of the two stored Vanterpools, the man
        given().queryParam("q", "vanterpool").get("/api/people").then()
                .body("people.id", containsInAnyOrder("barack-vanterpool", "mrs-vanterpool"));
        given().get("/api/people/mrs-vanterpool").then().body("name", equalTo("Michelle Vanterpool"));
        given().queryParam("person", "barack-vanterpool").get("/api/timeline").then()
                .body("events.date.value", contains("2009-05-03", "2009-05-06"));
        given().queryParam("person", "mrs-vanterpool").get("/api/timeline").then()
                .body("events.date.value", contains("2009-05-04", "2009-05-05"));
    }

    @Test
    void aNameThatFitsSeveralStoredPeopleIsSomeoneNewEachTimeUnderAFreeId() {
        post("Rachel Venkataraman won the award on 2 April 2017. Dr Venkataraman said it was a surprise.");
        post("David Venkataraman lost the vote on 3 April 2017. Dr Venkataraman said he would try again.");
        post("Dr Venkataraman spoke on 4 April 2017."); // an alias of both: neither is assumed
        post("Dr Venkataraman spoke again on 5 April 2017."); // now of three
        given().queryParam("q", "venkataraman").get("/api/people").then().body("people.id", containsInAnyOrder(
                "rachel-venkataraman", "david-venkataraman", "dr-venkataraman", "dr-venkataraman-2"));
    }

    @Test
    void aPersonFirstKnownByTitleAndSurnameTakesTheFullNameWhenAnArticleGivesIt() {
        post("Lord Fenwick-Ashby criticised the plan on 12 March 2018.");
        post("Hugh Fenwick-Ashby resigned on 14 May 2019.");
        given().get("/api/people/lord-fenwick-ashby").then().statusCode(200)
                .body("name", equalTo("Hugh Fenwick-Ashby"))
                .body("aliases", hasItems("Lord Fenwick-Ashby", "Fenwick-Ashby"))
                .body("eventCount", is(2));
    }

    /** The people of one article, and of one batch, are resolved together; each still joins whom it would alone. */
    @Test
    void peopleOfOneArticleOrBatchResolveAsIfPostedOneByOne() {
        post("Daniel Achterberg and Grace Achterberg opened a bakery on 4 August 2022."); // one surname, two people
        given().contentType(ContentType.JSON)
                .body(List.of(Map.of("text", "Sarah Quennell opened the depot on 3 May 2019."),
                        Map.of("text", "Ms Quennell closed the depot on 4 June 2020.")))
                .post("/api/documents/batch").then().statusCode(200).body("created", is(2));
        given().queryParam("q", "achterberg").get("/api/people").then()
                .body("people.id", containsInAnyOrder("daniel-achterberg", "grace-achterberg"));
        given().get("/api/people/sarah-quennell").then().statusCode(200)
                .body("aliases", hasItems("Ms Quennell", "Quennell"))
                .body("eventCount", is(2));
    }

    private static void post(String text) {
        given().contentType(ContentType.JSON).body(Map.of("text", text)).post("/api/documents").then().statusCode(201);
    }
}
