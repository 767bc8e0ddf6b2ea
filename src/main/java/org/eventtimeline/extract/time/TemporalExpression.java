package org.eventtimeline.extract.time;

/**
 * One temporal expression found in a text, TIMEX3-style.
 *
 * @param text   the words as written
 * @param start  index of the first character in the text (Java String index)
 * @param end    index after the last character
 * @param type   TIMEX3 type
 * @param value  TIMEX3 value: "2008-06-30", "2025-W37", "P18M", "PRESENT_REF", "XXXX-06-30" when unresolved
 * @param mod    TIMEX3 mod ("START", "MID", "END", "APPROX"...), or null
 * @param date   the calendar period of a DATE or TIME value, or null when there is none (durations, sets,
 *               vague or unresolved references)
 * @param anchor what the value was resolved against
 */
public record TemporalExpression(String text, int start, int end, TimexType type, String value, String mod,
        CalendarDate date, Anchor anchor) {

    /** The same words read as another date: "the week of March 6" is the week, not the day. */
    public TemporalExpression withDate(CalendarDate newDate) {
        return withDate(newDate, anchor);
    }

    /**
     * The same words read as another date, found another way: "the Jan. 6 riot" given its year by the text. A time
     * keeps its hour or part of the day ("2" in "between 2 and 4 a.m." moved to another day is still 02:00).
     */
    public TemporalExpression withDate(CalendarDate newDate, Anchor newAnchor) {
        int time = type == TimexType.TIME ? value.indexOf('T') : -1;
        return new TemporalExpression(text, start, end, type, newDate.value() + (time < 0 ? "" : value.substring(time)),
                mod, newDate, newAnchor);
    }

    /** Only resolved DATE and TIME expressions can say when an event happened. */
    public boolean canAnchorEvent() {
        return type.isPointInTime() && date != null;
    }
}
