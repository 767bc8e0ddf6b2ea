package org.eventtimeline.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

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

    /**
     * Several articles in one request and one transaction: all are stored or, when one is refused, none. Each is
     * checked and extracted before anything is written, within the per-article limits; the body size bounds the batch.
     */
    @POST
    @Path("batch")
    @Consumes(MediaType.APPLICATION_JSON)
    public Views.BatchResult ingestBatch(List<DocumentRequest> requests) {
        int max = config.limits().maxDocumentsPerRequest();
        if (requests == null || requests.isEmpty()) {
            throw ProblemException.badRequest("The body must be a JSON array of 1 to " + max + " documents.");
        }
        if (requests.size() > max) {
            throw new ProblemException(413, "The batch holds " + requests.size() + " documents; the limit is " + max
                    + " (timeline.limits.max-documents-per-request). Nothing was stored.");
        }
        List<NewDocument> documents = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            DocumentRequest request = requests.get(i);
            int index = i;
            documents.add(inBatch(index, () -> {
                if (request == null) {
                    throw ProblemException.badRequest("A document must be a JSON object, not null.");
                }
                return normalized(request.validated(config.limits()));
            }));
        }
        // every document checked before any is extracted: a mistake in the last one costs no extraction
        Map<NewDocument, Extraction> extractions = new HashMap<>();
        Set<NewDocument> stored = store.findExisting(documents).keySet();
        for (int i = 0; i < documents.size(); i++) {
            NewDocument document = documents.get(i);
            if (!extractions.containsKey(document) && !stored.contains(document)) {
                extractions.put(document, inBatch(i, () -> extract(document)));
            }
        }
        List<Answer> answers = save(documents, extractions);
        return new Views.BatchResult(answers.stream().filter(Answer::created).count(),
                answers.stream().map(a -> new Views.BatchItem(a.created(), a.body().document())).toList());
    }

    /** A problem with one document of a batch, saying which one and that none was stored. */
    private static <T> T inBatch(int index, Supplier<T> step) {
        try {
            return step.get();
        } catch (ProblemException e) {
            throw new ProblemException(e.status(), "Document " + index + " of the batch (counted from 0): "
                    + e.getMessage() + " No document of the batch was stored.");
        }
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
        Map<NewDocument, Extraction> extractions = new HashMap<>();
        if (store.findExisting(document).isEmpty()) {
            extractions.put(document, extract(document));
        }
        Answer answer = save(List.of(document), extractions).get(0);
        if (!answer.created()) {
            return Response.ok(answer.body()).build();
        }
        URI location = uri.getBaseUriBuilder().path("api/documents").path(answer.body().document().id()).build();
        return Response.created(location).entity(answer.body()).build();
    }

    /**
     * Stores the articles in one transaction, trying again when a concurrent write won a race to a unique key. An
     * article found stored before is not in {@code extractions}; one stored meanwhile is then extracted late.
     */
    private List<Answer> save(List<NewDocument> documents, Map<NewDocument, Extraction> extractions) {
        for (int attempt = 1;; attempt++) {
            writer.lock();
            try {
                // the answers are read from what was just written, in the transaction that writes it
                return QuarkusTransaction.joiningExisting().call(() -> store.saveAll(documents,
                        d -> extractions.computeIfAbsent(d, this::extract), DocumentResource::answer));
            } catch (RuntimeException e) {
                if (!isConflict(e)) {
                    throw e;
                }
                if (attempt == SAVE_ATTEMPTS) {
                    throw new ProblemException(503, "Nothing was stored: other writes to the same people or events won "
                            + SAVE_ATTEMPTS + " times. Try again.");
                }
                // another request stored the same article, or one of its people, first: the next attempt finds it
            } finally {
                writer.unlock();
            }
        }
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

    /**
     * One write transaction at a time in this instance, in arrival order; extraction still runs side by side. Batch
     * transactions running together waited on each other's rows until H2 gave up (four clients posting 50 articles
     * at a time: half the batches failed four times), and single articles went no faster for it.
     */
    private static final ReentrantLock writer = new ReentrantLock(true);

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
