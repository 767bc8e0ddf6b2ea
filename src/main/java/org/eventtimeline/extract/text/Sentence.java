package org.eventtimeline.extract.text;

/** A sentence of a text: its index in reading order, its words and where they stand (end exclusive). */
public record Sentence(int index, int start, int end, String text) {

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
