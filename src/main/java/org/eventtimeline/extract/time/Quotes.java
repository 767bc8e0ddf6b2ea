package org.eventtimeline.extract.time;

import java.util.BitSet;

/** Tells whether a position in a sentence is inside quoted speech. */
final class Quotes {

    /** Quotes in news run a few sentences at most; looking further back only costs time. */
    private static final int LOOK_BACK = 600;

    private Quotes() {
    }

    /**
     * True when an opening quote (‘ “ or a straight double quote) comes before {@code position} and is not closed
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
        boolean open = false;
        int straight = 0;
        for (int i = 0; i < text.length(); i++) {
            if (open || straight % 2 == 1) {
                quoted.set(i);
            }
            char c = text.charAt(i);
            if (c == '\n') {
                open = false;
                straight = 0;
            } else if (c == '‘' || c == '“') {
                open = true;
            } else if (closes(text, i)) {
                open = false;
            } else if (c == '"') {
                straight++;
            }
        }
        return quoted;
    }

    private static boolean isQuoted(String sentence, int from, int position) {
        boolean open = false;
        int straight = 0;
        for (int i = from; i < position && i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c == '‘' || c == '“') {
                open = true;
            } else if (closes(sentence, i)) {
                open = false;
            } else if (c == '"') {
                straight++;
            }
        }
        return open || straight % 2 == 1;
    }

    /** A closing quote: ” or a ’ that no letter follows. */
    private static boolean closes(String text, int i) {
        char c = text.charAt(i);
        return c == '”' || c == '’' && (i + 1 >= text.length() || !Character.isLetter(text.charAt(i + 1)));
    }
}
