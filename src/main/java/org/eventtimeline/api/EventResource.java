package org.eventtimeline.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eventtimeline.store.TimelineQueries;

/** One event by its id. */
@Path("/api/events")
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {

    @Inject
    TimelineQueries queries;

    @GET
    @Path("{id}")
    public Views.EventView get(@PathParam("id") String id) {
        return queries.event(String.valueOf(QueryParameters.text(id))).map(Views::event)
                .orElseThrow(() -> ProblemException.notFound("No event has id " + id + "."));
    }
}
