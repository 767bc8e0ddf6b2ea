package org.eventtimeline.extract.time;

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
        boolean open = false;
        int straight = 0;
        for (int i = Math.max(0, position - LOOK_BACK); i < position && i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c == '‘' || c == '“') {
                open = true;
            } else if (c == '”' || c == '’' && (i + 1 >= sentence.length() || !Character.isLetter(sentence.charAt(i + 1)))) {
                open = false;
            } else if (c == '"') {
                straight++;
            }
        }
        return open || straight % 2 == 1;
    }
}
