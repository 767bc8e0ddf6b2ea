package org.eventtimeline.store;

import java.time.LocalDate;

/** An article to store: its text and what the client told about it (all but the text may be null). */
public record NewDocument(String text, String title, String url, LocalDate publishedAt, String externalId) {
}
