package org.eventtimeline.api;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eventtimeline.config.TimelineConfig;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.http.HttpServerRequest;

/**
 * Who may write and how often anyone may extract. Reads are public. Writes need an API key whenever keys are
 * configured; with none (the zero-configuration start) they are accepted from this machine only, so nothing is
 * writable from the network by accident. {@code POST /api/extract} stores nothing and stays open, but each client
 * gets a limited number of extractions a minute.
 */
public class WriteAccess {

    private static final Logger LOG = Logger.getLogger(WriteAccess.class);
    private static final List<String> WRITES = List.of("POST", "PUT", "PATCH", "DELETE");

    @Inject
    jakarta.inject.Provider<TimelineConfig> config;

    /** Each client's extraction allowance: a bucket of N, refilled at N a minute. */
    private final ConcurrentHashMap<String, Allowance> extractions = new ConcurrentHashMap<>();

    /**
     * What a client may still extract, as of a moment. A bucket rather than a count per clock minute: a count that
     * starts again at each minute lets a client make twice the limit in the two seconds around it.
     */
    record Allowance(double left, long at) {

        static final long MINUTE = 60_000_000_000L;

        /** The allowance at {@code now}, refilled since {@link #at} but never above {@code perMinute}. */
        Allowance refilled(long now, int perMinute) {
            return new Allowance(Math.min(perMinute, left + (double) (now - at) * perMinute / MINUTE), now);
        }

        /** Seconds until one extraction is allowed again. */
        long secondsToNext(int perMinute) {
            return Math.max(1, (long) Math.ceil((1 - left) * 60 / perMinute));
        }
    }

    void announce(@Observes StartupEvent start, TimelineConfig settings) {
        if (settings.security().apiKeys().map(List::isEmpty).orElse(true)) {
            LOG.info("No API keys configured (timeline.security.api-keys): writes are accepted from this machine only");
        } else {
            LOG.infof("Writes need one of the %d configured API keys", settings.security().apiKeys().get().size());
        }
    }

    @ServerRequestFilter
    public Optional<Response> check(ContainerRequestContext request, HttpServerRequest http) {
        String path = request.getUriInfo().getPath();
        if (path.startsWith("/api/extract") && request.getMethod().equals("POST")) {
            return rateLimited(request, http);
        }
        if (!path.startsWith("/api/") || !WRITES.contains(request.getMethod())) {
            return Optional.empty();
        }
        Optional<List<String>> keys = config.get().security().apiKeys().filter(k -> !k.isEmpty());
        if (keys.isEmpty()) {
            return isLoopback(http) ? Optional.empty() : Optional.of(ProblemMapper.answer(403, "Writes are accepted from"
                    + " this machine only until API keys are configured (timeline.security.api-keys).", request.getUriInfo()));
        }
        String given = key(request);
        if (given == null) {
            return Optional.of(Response.fromResponse(ProblemMapper.answer(401, "Writes need an API key: send"
                    + " 'Authorization: Bearer KEY' or 'X-API-Key: KEY'.", request.getUriInfo()))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build());
        }
        boolean known = keys.get().stream().anyMatch(k -> MessageDigest.isEqual(k.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8)));
        return known ? Optional.empty()
                : Optional.of(ProblemMapper.answer(403, "This API key may not write.", request.getUriInfo()));
    }

    private Optional<Response> rateLimited(ContainerRequestContext request, HttpServerRequest http) {
        int perMinute = config.get().security().extractPerMinute();
        long now = System.nanoTime();
        String client = http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
        boolean[] allowed = new boolean[1];
        Allowance after = extractions.compute(client, (k, was) -> {
            Allowance current = was == null ? new Allowance(perMinute, now) : was.refilled(now, perMinute);
            allowed[0] = current.left() >= 1;
            return allowed[0] ? new Allowance(current.left() - 1, now) : current;
        });
        if (extractions.size() > 100_000) {
            // a client whose bucket is full again is no different from one never seen
            extractions.values().removeIf(a -> now - a.at() > Allowance.MINUTE);
        }
        if (allowed[0]) {
            return Optional.empty();
        }
        long retry = after.secondsToNext(perMinute);
        return Optional.of(Response.fromResponse(ProblemMapper.answer(429, "At most " + perMinute
                + " extractions a minute per client; try again in " + retry + " s.", request.getUriInfo()))
                .header(HttpHeaders.RETRY_AFTER, retry).build());
    }

    private static String key(ContainerRequestContext request) {
        String bearer = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (bearer != null && bearer.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return bearer.substring(7).trim();
        }
        String header = request.getHeaderString("X-API-Key");
        return header == null || header.isBlank() ? null : header.trim();
    }

    private static boolean isLoopback(HttpServerRequest http) {
        if (http.remoteAddress() == null) {
            return false;
        }
        try {
            return InetAddress.getByName(http.remoteAddress().hostAddress()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
