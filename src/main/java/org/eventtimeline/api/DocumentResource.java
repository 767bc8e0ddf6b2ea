package org.eventtimeline.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eventtimeline.config.TimelineConfig;
import org.eventtimeline.extract.Extraction;
import org.eventtimeline.extract.text.TextNormalizer;
import org.eventtimeline.store.DocumentEntity;
import org.eventtimeline.store.NewDocument;
import org.eventtimeline.store.StoredArticle;
import org.eventtimeline.store.TimelineQueries;
import org.eventtimeline.store.TimelineStore;

/** Articles: stored with their events in one go, listed, read and deleted. */
@Path("/api/documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

    @Inject
    BoundedExtraction extractor;

    @Inject
    TimelineStore store;

    @Inject
    TimelineQueries queries;

    @Inject
    TimelineConfig config;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response ingest(DocumentRequest request, UriInfo uri) {
        if (request == null) {
            throw ProblemException.badRequest("The body must be a JSON object with at least a 'text' field.");
        }
        return ingest(normalized(request.validated(config.limits())), uri);
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    public Response ingestText(String text, @QueryParam("title") String title, @QueryParam("url") String url,
            @QueryParam("publishedAt") String publishedAt, @QueryParam("externalId") String externalId, UriInfo uri) {
        return ingest(normalized(new DocumentRequest(text, title, url, publishedAt, externalId).validated(config.limits())),
                uri);
    }

    @GET
    public Views.DocumentPage list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        int size = QueryParameters.limit(limit, config.limits().defaultPageSize(), config.limits().maxPageSize());
        int offset = QueryParameters.offsetCursor(cursor);
        List<DocumentEntity> page = queries.documents(offset, size);
        long total = queries.documentCount();
        Map<String, Long> counts = queries.eventCounts(page.stream().map(d -> d.id).toList());
        String next = offset + page.size() < total ? QueryParameters.offsetCursorFor(offset + page.size()) : null;
        return new Views.DocumentPage(total,
                page.stream().map(d -> Views.document(d, counts.getOrDefault(d.id, 0L))).toList(), next);
    }

    @GET
    @Path("{id}")
    public Views.DocumentDetail get(@PathParam("id") String id) {
        DocumentEntity d = named(id);
        List<Views.EventView> events = Views.events(queries.eventsOf(d.id));
        return new Views.DocumentDetail(Views.document(d, events.size()), d.body, events);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        store.delete(named(id).id);
        return Response.noContent().build();
    }

    /** The document a path names by id or external id (control characters dropped, as in every parameter), or 404. */
    private DocumentEntity named(String id) {
        return queries.document(String.valueOf(QueryParameters.text(id)))
                .orElseThrow(() -> ProblemException.notFound("No document has id " + id + "."));
    }

    /** The article in the form it is stored and extracted in (NFC, "\n" line ends, no control characters). */
    private static NewDocument normalized(NewDocument d) {
        String text = TextNormalizer.normalize(d.text());
        if (text.isBlank()) {
            throw ProblemException.badRequest("Field 'text' holds nothing but control characters.");
        }
        return new NewDocument(text, d.title(), d.url(), d.publishedAt(), d.externalId());
    }

    private Response ingest(NewDocument document, UriInfo uri) {
        // extracted before the transaction, and not at all when the article is already stored
        Extraction extraction = store.findExisting(document).isPresent() ? null : extract(document);
        Answer answer = null;
        for (int attempt = 1; answer == null; attempt++) {
            try {
                // the answer is read from what was just written, in the transaction that writes it
                answer = QuarkusTransaction.joiningExisting().call(() -> answer(
                        store.saveAll(List.of(document), d -> extraction != null ? extraction : extract(d)).get(0)));
            } catch (RuntimeException e) {
                if (!isConflict(e)) {
                    throw e;
                }
                if (attempt == SAVE_ATTEMPTS) {
                    throw new ProblemException(503, "The article could not be stored: other writes to the same people"
                            + " or events won " + SAVE_ATTEMPTS + " times. Nothing was stored; try again.");
                }
                // another request stored the same article, or one of its people, first: the next attempt finds it
            }
        }
        if (!answer.created()) {
            return Response.ok(answer.body()).build();
        }
        URI location = uri.getBaseUriBuilder().path("api/documents").path(answer.body().document().id()).build();
        return Response.created(location).entity(answer.body()).build();
    }

    private Extraction extract(NewDocument d) {
        return extractor.extract(d.text(), d.publishedAt());
    }

    private record Answer(boolean created, Views.StoredDocument body) {
    }

    private static Answer answer(StoredArticle article) {
        List<Views.EventView> events = Views.events(article.events());
        return new Answer(article.created(),
                new Views.StoredDocument(Views.document(article.document(), events.size()), events));
    }

    private static final int SAVE_ATTEMPTS = 4;

    /** A write that lost a race to a unique key (the same article or person stored meanwhile). */
    private static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PersistenceException || t instanceof java.sql.SQLException
                    || t instanceof jakarta.transaction.RollbackException) {
                return true;
            }
        }
        return false;
    }
}
