package org.eventtimeline.store;

import java.util.List;

/**
 * An article as the store holds it after a save: the document and the events it reports, in timeline order;
 * {@code created} tells a new article from one that was already stored.
 */
public record StoredArticle(DocumentEntity document, List<EventEntity> events, boolean created) {
}
