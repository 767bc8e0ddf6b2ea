package org.eventtimeline.api;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalLong;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eventtimeline.config.TimelineConfig;
import org.eventtimeline.store.StoreVersion;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * What dashboards and browsers rely on. Reads under /api carry an ETag made of the store's version and the request,
 * so a client that sends it back gets 304 until something is written; they may be cached for a short, configurable
 * time; the instance keeps its recent answers by ETag ({@link ReadCache}). (CORS, in application.properties, opens
 * reads to every origin and writes to none.)
 */
public class HttpBehaviour {

    @Inject
    StoreVersion version;

    // Filters are built while the application starts, before runtime configuration: look it up when used.
    @Inject
    jakarta.inject.Provider<TimelineConfig> config;

    @Inject
    jakarta.inject.Provider<ObjectMapper> mapper;

    @Inject
    ReadCache cache;

    /**
     * A repeated read is answered on the I/O thread, without the hand-over to a worker thread that the resources
     * need, while the store version is known without asking the database; otherwise {@link #beforeRequest} answers.
     */
    @ServerRequestFilter(nonBlocking = true)
    public Optional<Response> fromCache(ContainerRequestContext request) {
        OptionalLong known = isRead(request) ? version.trusted() : OptionalLong.empty();
        return known.isPresent() ? answer(request, tag(request, known.getAsLong())) : Optional.empty();
    }

    @ServerRequestFilter
    public Optional<Response> beforeRequest(ContainerRequestContext request) {
        boolean tagged = request.getProperty(EntityTag.class.getName()) != null; // and not answered by fromCache
        return isRead(request) && !tagged ? answer(request, tag(request, version.current())) : Optional.empty();
    }

    private static boolean isRead(ContainerRequestContext request) {
        return request.getUriInfo().getPath().startsWith("/api")
                && (request.getMethod().equals("GET") || request.getMethod().equals("HEAD"));
    }

    /** 304 for a client that holds this answer, the kept answer when there is one, or nothing: the resource answers. */
    private Optional<Response> answer(ContainerRequestContext request, EntityTag tag) {
        request.setProperty(EntityTag.class.getName(), tag);
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && matches(ifNoneMatch, tag)) {
            return Optional.of(Response.notModified(tag).header(HttpHeaders.CACHE_CONTROL, cacheControl()).build());
        }
        ReadCache.Answer answer = cache.get(tag.getValue());
        if (answer != null) {
            request.setProperty(ReadCache.class.getName(), answer);
            return Optional.of(Response.ok(answer.entity(), answer.type()).build());
        }
        return Optional.empty();
    }

    @ServerResponseFilter
    public void afterResponse(ContainerRequestContext request, ContainerResponseContext response) {
        Object tag = request.getProperty(EntityTag.class.getName());
        if (tag instanceof EntityTag etag && response.getStatus() == 200) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, cacheControl());
            response.getHeaders().putSingle(HttpHeaders.VARY, "Accept, Accept-Encoding");
            if (response.hasEntity() && request.getProperty(ReadCache.class.getName()) == null) {
                Object entity = serialized(response.getEntity(), response.getMediaType());
                response.setEntity(entity, response.getEntityAnnotations(), response.getMediaType());
                cache.put(etag.getValue(), new ReadCache.Answer(entity, response.getMediaType()));
            }
        }
    }

    /** JSON is kept as its bytes: an answer served from the cache is not written out again. */
    private Object serialized(Object entity, MediaType type) {
        boolean json = type != null && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
        if (!json || entity instanceof String || entity instanceof byte[]) {
            return entity;
        }
        try {
            return mapper.get().writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("answer cannot be written as JSON", e);
        }
    }

    private static EntityTag tag(ContainerRequestContext request, long version) {
        String key = request.getUriInfo().getRequestUri().getRawPath() + "?" + request.getUriInfo().getRequestUri().getRawQuery()
                + "|" + request.getHeaderString(HttpHeaders.ACCEPT);
        long hash = 1125899906842597L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            hash = 31 * hash + b;
        }
        return new EntityTag(version + "-" + Long.toHexString(hash), true);
    }

    private static boolean matches(String ifNoneMatch, EntityTag tag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals("*") || c.replaceFirst("^W/", "").equals("\"" + tag.getValue() + "\"")) {
                return true;
            }
        }
        return false;
    }

    private String cacheControl() {
        return "public, max-age=" + config.get().http().cacheMaxAge().toSeconds();
    }
}
