package org.eventtimeline.store;

import java.util.List;

/** An article as just stored: the document and the events it reports, in timeline order. */
public record StoredArticle(DocumentEntity document, List<EventEntity> events) {
}
