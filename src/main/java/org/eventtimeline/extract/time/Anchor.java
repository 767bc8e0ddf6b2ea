package org.eventtimeline.extract.time;

/** What a temporal expression's value was resolved against. */
public enum Anchor {
    /** The text itself says the full date ("June 30, 2008", "2005"). */
    ABSOLUTE,
    /** The article's publication date ("last year", "on Wednesday"). */
    PUBLICATION,
    /** The story's current time, set by earlier dates in the text ("on January 7" after "the start of 2008"). */
    NARRATIVE,
    /**
     * No publication date was given: the full date the text opens with on a line of its own, or after the place it
     * was filed from ("WASHINGTON, March 3, 2019 — ..."), stood in for it.
     */
    DATELINE,
    /**
     * No publication date was given: the end of the latest year the text names stood in for it (of those told as still
     * to come, the earliest, when it names no other).
     */
    ESTIMATED,
    /** Nothing to resolve against; the value keeps its unknown parts as X ("XXXX-06-30"). */
    UNRESOLVED,
    /** Durations, sets and vague references need no anchor ("P18M", "PRESENT_REF"). */
    NONE
}
