package org.eventtimeline.extract.event;

/** Where an article states an event: the quote and its offsets in the article's text (end exclusive). */
public record Source(int start, int end, String quote) {
}
