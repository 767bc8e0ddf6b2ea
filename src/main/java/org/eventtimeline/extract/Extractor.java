package org.eventtimeline.extract;

import java.time.LocalDate;

/** Text in, temporal expressions, people and dated events out. Implementations are thread-safe. */
public interface Extractor {

    /**
     * @param text        the article's plain text
     * @param publishedAt its publication date, or null when unknown
     */
    Extraction extract(String text, LocalDate publishedAt);
}
