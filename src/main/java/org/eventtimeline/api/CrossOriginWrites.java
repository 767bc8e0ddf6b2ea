package org.eventtimeline.api;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Web pages may read, not write (the CORS settings allow GET, HEAD and OPTIONS only, and Quarkus applies them to every
 * request that carries an Origin, the service's own pages included). Quarkus' CORS filter refuses such a write with an
 * empty 403; this filter, run just before it, refuses it the same way with a problem+json that says why, like every
 * other error answer.
 */
@ApplicationScoped
public class CrossOriginWrites {

    /** Filters with a higher priority run first; Quarkus' CORS filter has a lower one. */
    static final int BEFORE_CORS = 5_000;

    @Inject
    ObjectMapper json;

    /** What a web page may do, read once: every request with an Origin asks. */
    @ConfigProperty(name = "quarkus.http.cors.methods", defaultValue = "GET,HEAD,OPTIONS")
    List<String> readMethods;

    void register(@Observes Filters filters) {
        filters.register(this::check, BEFORE_CORS);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null || readMethods.contains(request.method().name())) {
            context.next();
            return;
        }
        Problem problem = new Problem("about:blank", "Forbidden", 403, "A web page (origin " + origin + ") may read this"
                + " service but not " + request.method().name() + " to it; write from a server or script, with an API key"
                + " where keys are configured (see the README, 'Security').", request.path());
        try {
            context.response().setStatusCode(403).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }
}
