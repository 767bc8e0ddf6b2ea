package org.eventtimeline.extract.time;

import java.util.BitSet;

/** Tells whether a position in a sentence is inside quoted speech. */
final class Quotes {

    /** Quotes in news run a few sentences at most; looking further back only costs time. */
    private static final int LOOK_BACK = 600;

    private Quotes() {
    }

    /**
     * True when an opening quote (‘ “ ` or a straight double quote) comes before {@code position} and is not closed
     * before it. A ’ followed by a letter is an apostrophe (Mandelson’s), not a closing quote.
     */
    static boolean isQuoted(String sentence, int position) {
        return isQuoted(sentence, Math.max(0, position - LOOK_BACK), position);
    }

    /**
     * The positions of a whole text that are inside quoted speech, read as {@link #isQuoted} reads a sentence but from
     * each paragraph's start: a quotation may run over several sentences ("'We first met in March 2019. By Christmas
     * we were engaged,' she said"), but in news not past a paragraph's end.
     */
    static BitSet quotedInParagraphs(String text) {
        BitSet quoted = new BitSet(text.length());
        Reader reader = new Reader();
        for (int i = 0; i < text.length(); i++) {
            if (reader.inside()) {
                quoted.set(i);
            }
            if (text.charAt(i) == '\n') {
                reader = new Reader();
            } else {
                reader.read(text, i);
            }
        }
        return quoted;
    }

    private static boolean isQuoted(String sentence, int from, int position) {
        Reader reader = new Reader();
        for (int i = from; i < position && i < sentence.length(); i++) {
            reader.read(sentence, i);
        }
        return reader.inside();
    }

    /** Quotes read so far: a curly one open, and how many straight double quotes. */
    private static final class Reader {
        private boolean open;
        private int straight;

        void read(String text, int i) {
            char c = text.charAt(i);
            if (c == '‘' || c == '“' || c == '`') {
                open = true; // the wires' ``...'' too
            } else if (c == '”' || c == '’' && (i + 1 >= text.length() || !Character.isLetter(text.charAt(i + 1)))
                    || c == '\'' && i > 0 && text.charAt(i - 1) == '\'') {
                open = false; // a ’ followed by a letter is an apostrophe
            } else if (c == '"') {
                straight++;
            }
        }

        boolean inside() {
            return open || straight % 2 == 1;
        }
    }
}
