package org.eventtimeline.extract.time;

/** How a rule's match is turned into a TIMEX3 value; see rules.txt. */
public enum RuleKind {
    /** A calendar date, complete or partial: "June 30, 2008", "in February", "last year", "Wednesday morning". */
    DATE,
    /** An amount of time before or after a reference: "two years ago", "a week later". */
    OFFSET,
    /** A day counted from a named day, read by Natty: "two weeks from Monday", "the Tuesday after next". */
    NATTY,
    /** A day named relative to the publication date: "today", "yesterday morning", "tonight". */
    DAYWORD,
    /** A clock time: "3 p.m.", "18:30", "noon". */
    TIME,
    /** How long: "18-month", "for four years". */
    DURATION,
    /** How often: "every year", "weekly". */
    SET,
    /** The present, past or future without a date: "now", "recently". */
    VAGUE,
    /** A name that holds a date's word and is no date: "the Sunday Times", "Super Tuesday", "the Class of 2020". */
    NAME
}
