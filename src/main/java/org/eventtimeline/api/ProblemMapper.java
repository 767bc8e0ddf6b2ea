package org.eventtimeline.api;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** The one place errors become answers: every error is problem+json that says what was wrong. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return answer(e.status(), e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        return answer(400, describe(e), uri);
    }

    /** Takes precedence over the JSON reader's own mapper, which answers 400 with an empty body. */
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return answer(400, describe(e), uri);
    }

    private static String describe(JsonProcessingException e) {
        String detail;
        if (e instanceof InvalidFormatException f && !f.getPath().isEmpty()) {
            detail = "Field '" + f.getPath().get(f.getPath().size() - 1).getFieldName() + "' has a value of the wrong form: "
                    + f.getValue();
        } else if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            detail = "Field '" + m.getPath().get(m.getPath().size() - 1).getFieldName() + "' has the wrong JSON type.";
        } else if (e instanceof MismatchedInputException) {
            detail = "The body must be a JSON object.";
        } else {
            detail = "The body is not valid JSON: " + e.getOriginalMessage();
        }
        return detail;
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return answer(400, describe(json), uri); // the JSON reader wraps its errors in a plain 400
            }
        }
        String detail = switch (status) {
            case 404 -> "There is nothing at " + uri.getPath() + ".";
            case 405 -> "This resource does not answer that method." + allowed(e.getResponse());
            case 406 -> "This resource cannot answer in the media type asked for in Accept.";
            case 413 -> "The request body is too large.";
            case 415 -> "This resource does not accept that Content-Type; send application/json or text/plain.";
            default -> status >= 500 ? "The service failed to answer; the failure is logged." : e.getMessage();
        };
        if (status >= 500) {
            LOG.error("request failed", e);
        }
        return answer(status, detail, uri);
    }

    /** The HTTP layer cannot read the Content-Type or Accept header at all ("bogus"). */
    @ServerExceptionMapper
    public Response unreadableHeader(IllegalArgumentException e, UriInfo uri) {
        if (e.getMessage() != null && e.getMessage().contains("media type")) {
            return answer(415, "The Content-Type or Accept header is not a media type: " + e.getMessage(), uri);
        }
        return unexpected(e, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        LOG.error("unexpected failure", e);
        return answer(500, "The service failed to answer; the failure is logged.", uri);
    }

    static Response answer(int status, String detail, UriInfo uri) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Error";
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status, detail, uri == null ? null : uri.getPath()))
                .build();
    }

    private static String allowed(Response response) {
        var allow = response.getAllowedMethods();
        return allow == null || allow.isEmpty() ? "" : " Allowed: " + String.join(", ", allow) + ".";
    }
}
