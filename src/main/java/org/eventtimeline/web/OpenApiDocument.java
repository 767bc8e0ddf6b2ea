package org.eventtimeline.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * {@code /openapi}: the API contract, the project's {@code openapi.yaml} as it is (or as JSON with
 * {@code ?format=json} or {@code Accept: application/json}). Served from the file rather than by the SmallRye
 * OpenAPI extension, which parses and rebuilds the whole document while the service starts (a tenth of start-up).
 */
@Path("/openapi")
public class OpenApiDocument {

    private static final String YAML = "application/yaml";

    /** Read on the first request, not at start. */
    private static final class Contract {
        static final byte[] YAML_BYTES = read();
        static final byte[] JSON_BYTES = toJson(YAML_BYTES);

        private static byte[] read() {
            try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream("META-INF/openapi.yaml")) {
                if (in == null) {
                    throw new IllegalStateException("META-INF/openapi.yaml is missing from the build");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static byte[] toJson(byte[] yaml) {
            try {
                return new ObjectMapper().writerWithDefaultPrettyPrinter()
                        .writeValueAsBytes(new ObjectMapper(new YAMLFactory()).readTree(yaml));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @GET
    @Produces({ YAML, MediaType.APPLICATION_JSON })
    public Response contract(@QueryParam("format") String format,
            @HeaderParam("Accept") String accept) {
        boolean json = format != null ? format.equalsIgnoreCase("json")
                : accept != null && accept.contains(MediaType.APPLICATION_JSON) && !accept.contains(YAML);
        return json ? Response.ok(Contract.JSON_BYTES, MediaType.APPLICATION_JSON_TYPE).build()
                : Response.ok(Contract.YAML_BYTES, YAML + ";charset=UTF-8").build();
    }
}
