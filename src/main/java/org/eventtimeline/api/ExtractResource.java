package org.eventtimeline.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eventtimeline.config.TimelineConfig;
import org.eventtimeline.extract.Extraction;
import org.eventtimeline.store.NewDocument;

/** Extraction without storing: what the service would find in an article. */
@Path("/api/extract")
@Produces(MediaType.APPLICATION_JSON)
public class ExtractResource {

    @Inject
    BoundedExtraction extractor;

    @Inject
    TimelineConfig config;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Views.ExtractionView extract(DocumentRequest request) {
        if (request == null) {
            throw ProblemException.badRequest("The body must be a JSON object with at least a 'text' field.");
        }
        return extract(request.validated(config.limits()));
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    public Views.ExtractionView extractText(String text, @QueryParam("publishedAt") String publishedAt) {
        return extract(new DocumentRequest(text, null, null, publishedAt, null).validated(config.limits()));
    }

    private Views.ExtractionView extract(NewDocument document) {
        Extraction x = extractor.extract(document.text(), document.publishedAt());
        return new Views.ExtractionView(x.events().stream().map(Views::extracted).toList(),
                x.temporalExpressions().stream().map(Views::expression).toList(),
                x.people().stream().map(Views::personRef).toList());
    }
}
