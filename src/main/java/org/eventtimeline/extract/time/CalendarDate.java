package org.eventtimeline.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one date model: a TIMEX3 calendar value ("2008-06-30", "2008-06", "2025-W37", "2008-Q3", "2008-SU",
 * "2008", "199", "19") with its precision and the first and last day it covers (both inclusive).
 */
public record CalendarDate(String value, Precision precision, LocalDate start, LocalDate end) {

    public static final int MIN_YEAR = 1;
    public static final int MAX_YEAR = 9999;

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})(?:-(?:(\\d{2})(?:-(\\d{2}))?|W(\\d{2})|Q([1-4])|H([12])|(SP|SU|FA|WI)))?|(\\d{3})|(\\d{2})");

    public static CalendarDate day(LocalDate day) {
        return new CalendarDate(day.toString(), Precision.DAY, day, day);
    }

    /** The ISO week that contains the given day. */
    public static CalendarDate week(LocalDate anyDay) {
        int weekYear = anyDay.get(IsoFields.WEEK_BASED_YEAR);
        int week = anyDay.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        LocalDate monday = anyDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new CalendarDate(String.format("%04d-W%02d", weekYear, week), Precision.WEEK, monday, monday.plusDays(6));
    }

    public static CalendarDate month(int year, int month) {
        YearMonth ym = YearMonth.of(year, month);
        return new CalendarDate(String.format("%04d-%02d", year, month), Precision.MONTH, ym.atDay(1), ym.atEndOfMonth());
    }

    public static CalendarDate quarter(int year, int quarter) {
        LocalDate first = LocalDate.of(year, quarter * 3 - 2, 1);
        return new CalendarDate(String.format("%04d-Q%d", year, quarter), Precision.QUARTER, first,
                first.plusMonths(3).minusDays(1));
    }

    public static CalendarDate half(int year, int half) {
        LocalDate first = LocalDate.of(year, half == 1 ? 1 : 7, 1);
        return new CalendarDate(String.format("%04d-H%d", year, half), Precision.HALF, first, first.plusMonths(6).minusDays(1));
    }

    /** Meteorological seasons; winter of a year is the December before it to the end of its February. */
    public static CalendarDate season(int year, String code) {
        LocalDate first = switch (code) {
            case "SP" -> LocalDate.of(year, 3, 1);
            case "SU" -> LocalDate.of(year, 6, 1);
            case "FA" -> LocalDate.of(year, 9, 1);
            case "WI" -> LocalDate.of(year - 1, 12, 1);
            default -> throw new IllegalArgumentException("unknown season " + code);
        };
        return new CalendarDate(String.format("%04d-%s", year, code), Precision.SEASON, first, first.plusMonths(3).minusDays(1));
    }

    public static CalendarDate year(int year) {
        return new CalendarDate(String.format("%04d", year), Precision.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * The time from one date to another of the same precision, an ISO 8601 interval: "1994/2007" covers 1994 to 2007,
     * "2008-06-03/2008-06-10" a week of days.
     */
    public static CalendarDate range(CalendarDate from, CalendarDate to) {
        return new CalendarDate(from.value() + "/" + to.value(), from.precision(), from.start(), to.end());
    }

    /** The decade that starts with the given year: 1990 gives "199" (the 1990s). */
    public static CalendarDate decade(int firstYear) {
        int start = firstYear - Math.floorMod(firstYear, 10);
        return new CalendarDate(String.format("%03d", start / 10), Precision.DECADE, LocalDate.of(start, 1, 1),
                LocalDate.of(start + 9, 12, 31));
    }

    /** TIMEX3 centuries count hundreds: the 20th century (1900s) is "19". */
    public static CalendarDate century(int hundreds) {
        int start = Math.max(hundreds * 100, MIN_YEAR);
        return new CalendarDate(String.format("%02d", hundreds), Precision.CENTURY, LocalDate.of(start, 1, 1),
                LocalDate.of(hundreds * 100 + 99, 12, 31));
    }

    /**
     * Reads a calendar value as written in TIMEX3 or in a query: {@code 2008}, {@code 2008-06}, {@code 2008-06-30},
     * {@code 2025-W37}, {@code 2008-Q3}, {@code 2008-H1}, {@code 2008-SU}, {@code 199}, {@code 19}. Anything else,
     * including impossible days such as {@code 2008-02-30}, is empty.
     */
    public static Optional<CalendarDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            if (m.group(8) != null) {
                return Optional.of(decade(Integer.parseInt(m.group(8)) * 10));
            }
            if (m.group(9) != null) {
                return Optional.of(century(Integer.parseInt(m.group(9))));
            }
            int year = Integer.parseInt(m.group(1));
            if (year < MIN_YEAR) {
                return Optional.empty();
            }
            if (m.group(3) != null) {
                return Optional.of(day(LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))));
            }
            if (m.group(2) != null) {
                return Optional.of(month(year, Integer.parseInt(m.group(2))));
            }
            if (m.group(4) != null) {
                int week = Integer.parseInt(m.group(4));
                LocalDate firstWeek = LocalDate.of(year, 1, 4);
                if (week < 1 || week > firstWeek.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
                    return Optional.empty();
                }
                return Optional.of(week(firstWeek.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)));
            }
            if (m.group(5) != null) {
                return Optional.of(quarter(year, Integer.parseInt(m.group(5))));
            }
            if (m.group(6) != null) {
                return Optional.of(half(year, Integer.parseInt(m.group(6))));
            }
            if (m.group(7) != null) {
                return Optional.of(season(year, m.group(7)));
            }
            return Optional.of(year(year));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** True when the two ranges share at least one day. */
    public boolean overlaps(CalendarDate other) {
        return !start.isAfter(other.end) && !other.start.isAfter(end);
    }

    /** The same period {@code years} years later (earlier when negative): the same month, quarter, week number, day. */
    public CalendarDate plusYears(int years) {
        return switch (precision) {
            case DAY -> day(start.plusYears(years));
            case WEEK -> week(start.with(IsoFields.WEEK_BASED_YEAR, start.get(IsoFields.WEEK_BASED_YEAR) + years));
            case MONTH -> plus(12L * years);
            case QUARTER -> plus(4L * years);
            case HALF -> plus(2L * years);
            case SEASON, YEAR -> plus(years);
            case DECADE, CENTURY -> this;
        };
    }

    /** The same period shifted by whole units of its own precision: next month, the previous year, two weeks later. */
    public CalendarDate plus(long amount) {
        return switch (precision) {
            case DAY -> day(start.plusDays(amount));
            case WEEK -> week(start.plusWeeks(amount));
            case MONTH -> {
                LocalDate d = start.plusMonths(amount);
                yield month(d.getYear(), d.getMonthValue());
            }
            case QUARTER -> {
                LocalDate d = start.plusMonths(3 * amount);
                yield quarter(d.getYear(), (d.getMonthValue() + 2) / 3);
            }
            case HALF -> {
                LocalDate d = start.plusMonths(6 * amount);
                yield half(d.getYear(), d.getMonthValue() <= 6 ? 1 : 2);
            }
            case SEASON -> season(Integer.parseInt(value.substring(0, 4)) + (int) amount, value.substring(5));
            case YEAR -> year(start.getYear() + (int) amount);
            case DECADE -> decade(start.getYear() + 10 * (int) amount);
            case CENTURY -> century(Integer.parseInt(value) + (int) amount);
        };
    }
}
