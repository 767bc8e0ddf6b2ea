package org.eventtimeline.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eventtimeline.config.TimelineConfig;
import org.eventtimeline.store.TimelineQueries;

/** The people named in stored articles, with their aliases and the span of their events. */
@Path("/api/people")
@Produces(MediaType.APPLICATION_JSON)
public class PeopleResource {

    @Inject
    TimelineQueries queries;

    @Inject
    TimelineConfig config;

    @GET
    public Views.PeopleView list(@QueryParam("q") String q, @QueryParam("limit") String limit) {
        int size = QueryParameters.limit(limit, config.limits().maxPageSize(), config.limits().maxPageSize());
        return new Views.PeopleView(queries.people(QueryParameters.text(q), size).stream().map(Views::person).toList());
    }

    @GET
    @Path("{id}")
    public Views.PersonView get(@PathParam("id") String id) {
        return queries.person(String.valueOf(QueryParameters.text(id))).map(Views::person)
                .orElseThrow(() -> ProblemException.notFound("No person has id " + id + "."));
    }
}
