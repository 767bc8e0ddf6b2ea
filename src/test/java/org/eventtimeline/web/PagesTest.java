package org.eventtimeline.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The explorer, the embeddable page, the API contract and Swagger UI are served, with everything they load coming from
 * the service itself.
 */
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

    @Test
    void servesTheContractAsYamlOrJson() throws IOException {
        String yaml = given().get("/openapi").then().statusCode(200).contentType(startsWith("application/yaml"))
                .extract().asString();
        String json = given().queryParam("format", "json").get("/openapi").then().statusCode(200)
                .contentType(startsWith("application/json")).extract().asString();
        assertEquals(new ObjectMapper(new YAMLFactory()).readTree(yaml), new ObjectMapper().readTree(json));
        given().accept("application/json").get("/openapi").then().statusCode(200)
                .contentType(startsWith("application/json"));
    }

    @Test
    void servesSwaggerUiOverTheContract() {
        given().redirects().follow(false).get("/q/swagger-ui").then().statusCode(302)
                .header("Location", equalTo("/q/swagger-ui/"));
        String page = given().get("/q/swagger-ui/").then().statusCode(200).contentType(containsString("text/html"))
                .extract().asString();
        Matcher script = Pattern.compile("src=\"(/webjars/swagger-ui/[^\"]+/swagger-ui-bundle\\.js)\"").matcher(page);
        assertTrue(script.find(), "the page loads Swagger UI's bundle: " + page);
        given().get(script.group(1)).then().statusCode(200).body(containsString("SwaggerUIBundle"));
        given().get("/q/swagger-ui/start.js").then().statusCode(200).body(containsString("\"/openapi\""));
    }
}
