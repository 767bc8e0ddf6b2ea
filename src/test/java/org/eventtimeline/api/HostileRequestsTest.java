package org.eventtimeline.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;

/**
 * Random and hostile parameters and bodies never get a 5xx: SQL fragments, 100 kB parameters, invalid UTF-8, wrong
 * content types, huge numbers. "-Dhostile.requests=N" runs a longer search (default 300).
 */
@QuarkusTest
class HostileRequestsTest {

    private static final List<String> NASTY = List.of("' OR 1=1 --", "\"; DROP TABLE event; --", "%", "_", "\\", "%00",
            "99999999999999999999", "-1", "0", "1e309", "NaN", "2008-02-30", "2008-13", "9999-W99", "../../etc/passwd",
            "<script>alert(1)</script>", "\u0000", "\uD800", "𝕏", "ß".repeat(3000), "a".repeat(100_000), "",
            " ", "2008", "2008-06-30", "mandelson", "null", "{}", "[]", "true");
    private static final List<String> PARAMETERS = List.of("person", "year", "from", "to", "q", "document", "limit",
            "cursor", "format");
    private static final RestAssuredConfig RAW = RestAssuredConfig.config().encoderConfig(
            EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    @Test
    void hostileParametersAndBodiesNeverGetA5xx() {
        Random random = new Random(20261123);
        int rounds = Integer.getInteger("hostile.requests", 300);
        for (int i = 0; i < rounds; i++) {
            String value = random.nextInt(4) == 0 ? randomString(random) : NASTY.get(random.nextInt(NASTY.size()));
            String parameter = PARAMETERS.get(random.nextInt(PARAMETERS.size()));
            int kind = random.nextInt(6);
            if (java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).length() > 5_000 && kind != 3 && kind != 4) {
                int refused = statusOfLongRequestLine(parameter, value);
                assertTrue(refused == 414 || refused < 500, "a long request line: " + refused);
                continue;
            }
            int status = switch (kind) {
                case 0 -> given().queryParam(parameter, value).get("/api/timeline").statusCode();
                case 1 -> given().queryParam("q", value).queryParam("limit", value).get("/api/people").statusCode();
                case 2 -> plainGet("/api/events/" + java.net.URLEncoder.encode(value, StandardCharsets.UTF_8));
                case 3 -> given().config(RAW).contentType(List.of("application/json", "text/plain", "application/xml",
                        "multipart/form-data", "application/json; charset=latin1", "bogus").get(random.nextInt(6)))
                        .body(bytes(random, value)).post("/api/extract").statusCode();
                case 4 -> {
                    String document = "{\"text\": " + List.of("1", "null", "[]", "\"" + value.replace("\"", "") + "\"", "{}")
                            .get(random.nextInt(5)) + ", \"publishedAt\": \"" + value.replace("\"", "") + "\"}";
                    // half the time in a batch, next to a hostile neighbour
                    boolean batch = random.nextBoolean();
                    String body = batch ? "[" + document + ", " + List.of("1", "null", "[]", "\"x\"", "{}", document)
                            .get(random.nextInt(6)) + "]" : document;
                    yield given().config(RAW).contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8))
                            .post(batch ? "/api/documents/batch" : "/api/documents").statusCode();
                }
                default -> given().queryParam("cursor", value).queryParam("limit", value).get("/api/documents").statusCode();
            };
            final String shown = value.length() > 60 ? value.substring(0, 60) + "…" : value;
            assertTrue(status < 500, () -> "5xx for " + parameter + "=" + shown);
        }
    }

    /** A GET by the JDK's client (REST Assured's path templating is slow on long paths). */
    private static int plainGet(String path) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + io.restassured.RestAssured.port + path)).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The HTTP layer closes the connection after refusing a long request line: read its answer off a socket. */
    private static int statusOfLongRequestLine(String parameter, String value) {
        try (java.net.Socket socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(10_000);
            var out = socket.getOutputStream();
            try {
                out.write(("GET /api/timeline?" + parameter + "=" + java.net.URLEncoder.encode(value, StandardCharsets.UTF_8)
                        + " HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (java.io.IOException closedEarly) {
                // the server may close before it has read it all; its answer is still there to read
            }
            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String randomString(Random random) {
        StringBuilder s = new StringBuilder();
        int length = random.nextInt(200);
        for (int i = 0; i < length; i++) {
            s.appendCodePoint(random.nextInt(4) == 0 ? random.nextInt(0x10FFFF) : 32 + random.nextInt(95));
        }
        return s.toString().replaceAll("[\\uD800-\\uDFFF]", "?");
    }

    /** Sometimes the text's UTF-8, sometimes bytes that are not UTF-8 at all. */
    private static byte[] bytes(Random random, String value) {
        if (random.nextBoolean()) {
            return value.getBytes(StandardCharsets.UTF_8);
        }
        byte[] junk = new byte[random.nextInt(300) + 1];
        random.nextBytes(junk);
        return junk;
    }
}
