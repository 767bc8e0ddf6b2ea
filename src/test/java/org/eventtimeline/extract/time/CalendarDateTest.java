package org.eventtimeline.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CalendarDateTest {

    @Test
    void readsPartialIsoDatesAsTheRangeTheyCover() {
        CalendarDate june = CalendarDate.parse("2008-06").orElseThrow();
        assertEquals(Precision.MONTH, june.precision());
        assertEquals(LocalDate.of(2008, 6, 1), june.start());
        assertEquals(LocalDate.of(2008, 6, 30), june.end());
        assertEquals(LocalDate.of(2008, 12, 31), CalendarDate.parse("2008").orElseThrow().end());
        assertEquals(LocalDate.of(2008, 6, 30), CalendarDate.parse("2008-06-30").orElseThrow().start());
    }

    @Test
    void readsWeeksQuartersSeasonsDecadesAndCenturies() {
        assertEquals(LocalDate.of(2025, 9, 8), CalendarDate.parse("2025-W37").orElseThrow().start());
        assertEquals(LocalDate.of(2008, 9, 30), CalendarDate.parse("2008-Q3").orElseThrow().end());
        assertEquals(LocalDate.of(2008, 6, 1), CalendarDate.parse("2008-SU").orElseThrow().start());
        assertEquals(LocalDate.of(1999, 12, 31), CalendarDate.parse("199").orElseThrow().end());
        assertEquals(LocalDate.of(1900, 1, 1), CalendarDate.parse("19").orElseThrow().start());
    }

    @Test
    void refusesWhatIsNotADate() {
        assertTrue(CalendarDate.parse("2008-02-30").isEmpty());
        assertTrue(CalendarDate.parse("2008-13").isEmpty());
        assertTrue(CalendarDate.parse("June 2008").isEmpty());
        assertTrue(CalendarDate.parse("2025-W60").isEmpty());
        assertTrue(CalendarDate.parse("").isEmpty());
        assertTrue(CalendarDate.parse(null).isEmpty());
    }

    @Test
    void weeksAreIsoWeeks() {
        assertEquals("2025-W37", CalendarDate.week(LocalDate.of(2025, 9, 11)).value());
        assertEquals("2020-W53", CalendarDate.week(LocalDate.of(2021, 1, 3)).value());
    }

    @Test
    void shiftsByItsOwnUnit() {
        assertEquals("2008-05", CalendarDate.month(2008, 6).plus(-1).value());
        assertEquals("2025-W38", CalendarDate.week(LocalDate.of(2025, 9, 11)).plus(1).value());
        assertEquals("2009-Q1", CalendarDate.quarter(2008, 4).plus(1).value());
    }

    @Test
    void overlapsWhenTheRangesShareADay() {
        assertTrue(CalendarDate.year(2008).overlaps(CalendarDate.day(LocalDate.of(2008, 12, 31))));
        assertFalse(CalendarDate.year(2008).overlaps(CalendarDate.day(LocalDate.of(2009, 1, 1))));
    }
}
