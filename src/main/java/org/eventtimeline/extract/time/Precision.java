package org.eventtimeline.extract.time;

/** How much of a calendar date a temporal expression pins down, finest first. */
public enum Precision {
    DAY, WEEK, MONTH, QUARTER, SEASON, HALF, YEAR, DECADE, CENTURY
}
