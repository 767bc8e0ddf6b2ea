package org.eventtimeline.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.QueryParam;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Keeps openapi.yaml and the service equal: the service serves the file; every documented operation and parameter
 * exists in the code and every one in the code is documented; real answers fit the documented schemas.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode contract = read();

    private static JsonNode read() {
        try {
            return YAML.readTree(Path.of("openapi.yaml").toFile());
        } catch (IOException e) {
            throw new IllegalStateException("openapi.yaml at the project root is unreadable", e);
        }
    }

    @Test
    void theServiceServesTheContractFile() throws IOException {
        JsonNode served = YAML.readTree(given().get("/openapi").then().statusCode(200).extract().asString());
        assertEquals(contract.get("paths"), served.get("paths"));
        assertEquals(contract.get("components"), served.get("components"));
    }

    @Test
    void everyOperationAndParameterInTheCodeIsDocumentedAndViceVersa() throws Exception {
        Map<String, Set<String>> inCode = operationsInCode();
        Map<String, Set<String>> documented = documentedOperations();
        assertEquals(documented.keySet(), inCode.keySet(), "operations: openapi.yaml vs resources");
        for (String operation : inCode.keySet()) {
            assertEquals(documented.get(operation), inCode.get(operation), "parameters and bodies of " + operation);
        }
    }

    @Test
    void answersFitTheDocumentedSchemas() throws IOException {
        String id = Articles.stored("harbour.txt");
        String eventId = given().queryParam("document", id).get("/api/timeline").then().extract().path("events[0].id");
        check("Timeline", given().queryParam("limit", 1).get("/api/timeline"));
        check("DocumentPage", given().queryParam("limit", 1).get("/api/documents"));
        check("DocumentDetail", given().get("/api/documents/" + id));
        check("StoredDocument", given().contentType(ContentType.JSON)
                .body(Map.of("text", Articles.text("harbour.txt"))).post("/api/documents"));
        check("BatchResult", given().contentType(ContentType.JSON)
                .body(List.of(Map.of("text", Articles.text("harbour.txt")), Map.of("text", "Baker Rosa Lind opened"
                        + " a shop on 3 May 2022."))).post("/api/documents/batch"));
        check("Event", given().get("/api/events/" + eventId));
        check("People", given().get("/api/people"));
        check("Person", given().get("/api/people/maria-okonkwo"));
        check("Extraction", given().contentType(ContentType.JSON)
                .body(Map.of("text", Articles.text("bridge.txt"), "publishedAt", "2024-05-15")).post("/api/extract"));
        check("Problem", given().get("/api/events/none"));
    }

    private void check(String schema, io.restassured.response.Response response) throws IOException {
        JsonNode body = JSON.readTree(response.asString());
        List<String> errors = new ArrayList<>();
        validate(body, contract.at("/components/schemas/" + schema), schema, errors);
        if (!errors.isEmpty()) {
            fail("answer does not fit schema " + schema + ":\n" + String.join("\n", errors));
        }
    }

    /** A small JSON Schema check: types, required and undocumented properties, enums, arrays, references. */
    private void validate(JsonNode value, JsonNode schema, String where, List<String> errors) {
        if (schema.has("$ref")) {
            validate(value, contract.at(schema.get("$ref").asText().substring(1)), where, errors);
            return;
        }
        String type = schema.path("type").asText("");
        switch (type) {
            case "object" -> {
                if (!value.isObject()) {
                    errors.add(where + ": expected an object");
                    return;
                }
                schema.path("required").forEach(r -> {
                    if (!value.has(r.asText())) {
                        errors.add(where + ": missing required " + r.asText());
                    }
                });
                JsonNode properties = schema.path("properties");
                for (Iterator<String> names = value.fieldNames(); names.hasNext();) {
                    String name = names.next();
                    if (properties.has(name)) {
                        validate(value.get(name), properties.get(name), where + "." + name, errors);
                    } else if (schema.has("additionalProperties")) {
                        validate(value.get(name), schema.get("additionalProperties"), where + "." + name, errors);
                    } else {
                        errors.add(where + ": undocumented property " + name);
                    }
                }
            }
            case "array" -> {
                if (!value.isArray()) {
                    errors.add(where + ": expected an array");
                    return;
                }
                for (int i = 0; i < value.size(); i++) {
                    validate(value.get(i), schema.get("items"), where + "[" + i + "]", errors);
                }
            }
            case "string" -> {
                if (!value.isTextual()) {
                    errors.add(where + ": expected a string");
                } else if (schema.has("enum")) {
                    boolean allowed = false;
                    for (JsonNode e : schema.get("enum")) {
                        allowed |= e.asText().equals(value.asText());
                    }
                    if (!allowed) {
                        errors.add(where + ": " + value.asText() + " is not in the documented enum");
                    }
                }
            }
            case "integer" -> {
                if (!value.isIntegralNumber()) {
                    errors.add(where + ": expected an integer");
                }
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    errors.add(where + ": expected true or false");
                }
            }
            case "number" -> {
                if (!value.isNumber()) {
                    errors.add(where + ": expected a number");
                }
            }
            default -> errors.add(where + ": schema without a type");
        }
    }

    /** "GET /api/timeline" -> {"query:person", ..., "body:application/json"} from the JAX-RS resources. */
    private static Map<String, Set<String>> operationsInCode() throws Exception {
        Map<String, Set<String>> operations = new TreeMap<>();
        Path classes = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(classes.resolve("org/eventtimeline/api"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name);
                jakarta.ws.rs.Path base = type.getAnnotation(jakarta.ws.rs.Path.class);
                if (base == null) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    String verb = httpMethod(method);
                    if (verb == null) {
                        continue;
                    }
                    jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                    String path = (base.value() + (sub == null ? "" : "/" + sub.value())).replaceAll("/+", "/");
                    Set<String> details = operations.computeIfAbsent(verb + " " + path, k -> new TreeSet<>());
                    for (Parameter p : method.getParameters()) {
                        QueryParam q = p.getAnnotation(QueryParam.class);
                        if (q != null) {
                            details.add("query:" + q.value());
                        }
                        jakarta.ws.rs.PathParam pp = p.getAnnotation(jakarta.ws.rs.PathParam.class);
                        if (pp != null) {
                            details.add("path:" + pp.value());
                        }
                    }
                    Consumes consumes = method.getAnnotation(Consumes.class);
                    if (consumes != null) {
                        for (String media : consumes.value()) {
                            details.add("body:" + media);
                        }
                    }
                }
            }
        }
        return operations;
    }

    private static String httpMethod(Method method) {
        for (Annotation a : method.getAnnotations()) {
            if (a.annotationType().isAnnotationPresent(HttpMethod.class)) {
                return a.annotationType().getAnnotation(HttpMethod.class).value();
            }
        }
        return null;
    }

    private Map<String, Set<String>> documentedOperations() {
        Map<String, Set<String>> operations = new TreeMap<>();
        contract.get("paths").fields().forEachRemaining(path -> {
            JsonNode item = path.getValue();
            item.fields().forEachRemaining(op -> {
                if (op.getKey().equals("parameters")) {
                    return;
                }
                Set<String> details = new TreeSet<>();
                for (JsonNode list : List.of(item.path("parameters"), op.getValue().path("parameters"))) {
                    for (JsonNode p : list) {
                        JsonNode param = p.has("$ref") ? contract.at(p.get("$ref").asText().substring(1)) : p;
                        details.add(param.get("in").asText() + ":" + param.get("name").asText());
                    }
                }
                op.getValue().path("requestBody").path("content").fieldNames().forEachRemaining(m -> details.add("body:" + m));
                operations.put(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), details);
            });
        });
        return operations;
    }

    @Test
    void theContractDocumentsEveryErrorAsProblemJson() {
        contract.get("components").get("responses").fields().forEachRemaining(r -> assertTrue(
                r.getValue().path("content").has("application/problem+json"), r.getKey() + " is problem+json"));
    }
}
