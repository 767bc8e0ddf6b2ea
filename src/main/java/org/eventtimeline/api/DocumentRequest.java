package org.eventtimeline.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.eventtimeline.config.TimelineConfig;
import org.eventtimeline.store.NewDocument;

/** The body of {@code POST /api/documents} and {@code POST /api/extract}. Only the text is required. */
public record DocumentRequest(String text, String title, String url, String publishedAt, String externalId) {

    static final int MAX_TITLE = 1000;
    static final int MAX_URL = 2048;
    static final int MAX_EXTERNAL_ID = 512;

    /** Checks the request against the limits and reads its publication date; a client's mistake is a problem. */
    NewDocument validated(TimelineConfig.Limits limits) {
        if (text == null || text.isBlank()) {
            throw ProblemException.badRequest("Field 'text' is required and must not be empty.");
        }
        if (text.length() > limits.maxTextLength()) {
            throw new ProblemException(413, "Field 'text' has " + text.length() + " characters; the limit is "
                    + limits.maxTextLength() + ".");
        }
        check("title", title, MAX_TITLE);
        check("url", url, MAX_URL);
        check("externalId", externalId, MAX_EXTERNAL_ID);
        return new NewDocument(text, QueryParameters.text(title), QueryParameters.text(url), publicationDate(),
                QueryParameters.text(externalId));
    }

    private LocalDate publicationDate() {
        if (publishedAt == null || publishedAt.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(publishedAt.trim());
        } catch (DateTimeParseException notADay) {
            try {
                return OffsetDateTime.parse(publishedAt.trim()).toLocalDate();
            } catch (DateTimeParseException e) {
                throw ProblemException.badRequest("Field 'publishedAt' must be an ISO date such as 2025-09-11 (or a date-time"
                        + " such as 2025-09-11T08:30:00Z), not '" + publishedAt + "'.");
            }
        }
    }

    private static void check(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw ProblemException.badRequest("Field '" + field + "' is longer than " + max + " characters.");
        }
    }
}
