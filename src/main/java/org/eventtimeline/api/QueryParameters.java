package org.eventtimeline.api;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.eventtimeline.extract.time.CalendarDate;
import org.eventtimeline.store.TimelineCursor;

/** Reads query parameters; a malformed one is a 400 that names it. */
final class QueryParameters {

    private QueryParameters() {
    }

    static int limit(String value, int defaultLimit, int max) {
        if (value == null) {
            return defaultLimit;
        }
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.badRequest("Parameter 'limit' must be a whole number from 1 to " + max + ", not '" + value + "'.");
    }

    static Integer year(String value) {
        if (value == null) {
            return null;
        }
        if (value.trim().matches("\\d{1,4}")) {
            int year = Integer.parseInt(value.trim());
            if (year >= 1) {
                return year;
            }
        }
        throw ProblemException.badRequest("Parameter 'year' must be a year from 1 to 9999, such as 2008, not '" + value + "'.");
    }

    /** A partial ISO date ({@code 2008}, {@code 2008-06}, {@code 2008-06-30}) as the period it names. */
    static CalendarDate period(String name, String value) {
        if (value == null) {
            return null;
        }
        return CalendarDate.parse(value)
                .filter(d -> d.precision() == org.eventtimeline.extract.time.Precision.DAY
                        || d.precision() == org.eventtimeline.extract.time.Precision.MONTH
                        || d.precision() == org.eventtimeline.extract.time.Precision.YEAR)
                .orElseThrow(() -> ProblemException.badRequest("Parameter '" + name
                        + "' must be a date such as 2008, 2008-06 or 2008-06-30, not '" + value + "'."));
    }

    static TimelineCursor cursor(String value) {
        if (value == null) {
            return null;
        }
        return TimelineCursor.decode(value).orElseThrow(() -> ProblemException.badRequest(
                "Parameter 'cursor' is not a cursor this service gave out; use the nextCursor of a previous answer."));
    }

    static int offsetCursor(String value) {
        if (value == null) {
            return 0;
        }
        try {
            int offset = Integer.parseInt(new String(java.util.Base64.getUrlDecoder().decode(value)));
            if (offset >= 0) {
                return offset;
            }
        } catch (RuntimeException e) {
            // answered below
        }
        throw ProblemException.badRequest(
                "Parameter 'cursor' is not a cursor this service gave out; use the nextCursor of a previous answer.");
    }

    static String offsetCursorFor(int offset) {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(Integer.toString(offset).getBytes());
    }

    static List<String> words(String q) {
        String clean = text(q);
        if (clean == null) {
            return List.of();
        }
        return Arrays.stream(clean.split("[\\s,]+")).filter(w -> !w.isEmpty()).toList();
    }

    /**
     * Text from a client as the store can hold it: without control characters (PostgreSQL refuses a NUL) and
     * trimmed; null when nothing is left.
     */
    static String text(String value) {
        if (value == null) {
            return null;
        }
        String clean = value.replaceAll("\\p{Cntrl}", "").trim();
        return clean.isEmpty() ? null : clean;
    }

    static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }
}
