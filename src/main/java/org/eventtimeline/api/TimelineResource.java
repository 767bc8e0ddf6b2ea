package org.eventtimeline.api;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.MediaType;

import org.eventtimeline.config.TimelineConfig;
import org.eventtimeline.extract.time.CalendarDate;
import org.eventtimeline.store.TimelineFilter;
import org.eventtimeline.store.TimelineQueries;

/** The timeline: events in date order, filtered by person, dates, words and document. */
@Path("/api/timeline")
@Produces(MediaType.APPLICATION_JSON)
public class TimelineResource {

    @Inject
    TimelineQueries queries;

    @Inject
    TimelineConfig config;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, TimelineExport.TIMELINEJS, TimelineExport.CSV, TimelineExport.ICS })
    public Response timeline(@QueryParam("person") String person, @QueryParam("year") String year,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("q") String q,
            @QueryParam("document") String document, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor, @QueryParam("format") String format, @Context HttpHeaders headers,
            @Context UriInfo uri) {
        String shape = format(format, headers);
        int defaultSize = shape.equals("json") ? config.limits().defaultPageSize() : config.limits().maxPageSize();
        int size = QueryParameters.limit(limit, defaultSize, config.limits().maxPageSize());
        CalendarDate fromPeriod = QueryParameters.period("from", from);
        CalendarDate toPeriod = QueryParameters.period("to", to);
        if (fromPeriod != null && toPeriod != null && fromPeriod.start().isAfter(toPeriod.end())) {
            throw ProblemException.badRequest("Parameter 'from' (" + from + ") is after 'to' (" + to + ").");
        }
        LocalDate start = fromPeriod == null ? null : fromPeriod.start();
        LocalDate end = toPeriod == null ? null : toPeriod.end();
        Integer y = QueryParameters.year(year);
        if (y != null) {
            start = QueryParameters.later(start, LocalDate.of(y, 1, 1));
            end = QueryParameters.earlier(end, LocalDate.of(y, 12, 31));
        }
        TimelineFilter filter = new TimelineFilter(QueryParameters.text(person), start, end, QueryParameters.words(q),
                QueryParameters.text(document));
        var page = queries.timeline(filter, QueryParameters.cursor(cursor), size);
        List<Views.EventView> events = Views.events(page.events());
        return switch (shape) {
            case "timelinejs" -> Response.ok(TimelineExport.timelineJs(title(person, year, from, to, q), events,
                    filter.person() == null), TimelineExport.TIMELINEJS).build();
            case "csv" -> Response.ok(TimelineExport.csv(events), TimelineExport.CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"timeline.csv\"").build();
            case "ics" -> Response.ok(TimelineExport.ics(events, uri.getBaseUri().getHost()),
                    TimelineExport.ICS + "; charset=UTF-8").build();
            default -> {
                Map<String, Long> counts = new LinkedHashMap<>();
                page.countsByYear().forEach((k, v) -> counts.put(Integer.toString(k), v));
                yield Response.ok(new Views.TimelineView(page.total(), counts, events,
                        page.next() == null ? null : page.next().encode()), MediaType.APPLICATION_JSON).build();
            }
        };
    }

    /** The shape asked for: {@code format=} first, then the Accept header; JSON by default. */
    private static String format(String format, HttpHeaders headers) {
        if (format != null) {
            String f = format.trim().toLowerCase(java.util.Locale.ROOT);
            if (List.of("json", "timelinejs", "csv", "ics").contains(f)) {
                return f;
            }
            throw ProblemException.badRequest("Parameter 'format' must be json, timelinejs, csv or ics, not '" + format + "'.");
        }
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            String type = accepted.getType() + "/" + accepted.getSubtype();
            switch (type) {
                case TimelineExport.TIMELINEJS:
                    return "timelinejs";
                case TimelineExport.CSV:
                    return "csv";
                case TimelineExport.ICS:
                    return "ics";
                case MediaType.APPLICATION_JSON, "*/*", "application/*":
                    return "json";
                default:
                    break;
            }
        }
        return "json";
    }

    private static String title(String person, String year, String from, String to, String q) {
        List<String> parts = new java.util.ArrayList<>();
        if (person != null && !person.isBlank()) {
            parts.add(person.trim());
        }
        if (year != null) {
            parts.add(year.trim());
        }
        if (from != null || to != null) {
            parts.add((from == null ? "…" : from.trim()) + " to " + (to == null ? "…" : to.trim()));
        }
        if (q != null && !q.isBlank()) {
            parts.add("“" + q.trim() + "”");
        }
        return parts.isEmpty() ? "Timeline" : "Timeline: " + String.join(", ", parts);
    }
}
