package org.eventtimeline.api;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
    public Views.TimelineView timeline(@QueryParam("person") String person, @QueryParam("year") String year,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("q") String q,
            @QueryParam("document") String document, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        int size = QueryParameters.limit(limit, config.limits().defaultPageSize(), config.limits().maxPageSize());
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
        TimelineFilter filter = new TimelineFilter(blankToNull(person), start, end, QueryParameters.words(q),
                blankToNull(document));
        var page = queries.timeline(filter, QueryParameters.cursor(cursor), size);
        Map<String, Long> counts = new LinkedHashMap<>();
        page.countsByYear().forEach((k, v) -> counts.put(Integer.toString(k), v));
        return new Views.TimelineView(page.total(), counts, Views.events(page.events()),
                page.next() == null ? null : page.next().encode());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
