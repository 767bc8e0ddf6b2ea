package org.eventtimeline.api;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eventtimeline.api.Views.EventView;
import org.eventtimeline.api.Views.SourceView;

/** The timeline in other shapes: Knight Lab TimelineJS3 JSON, CSV for spreadsheets, iCalendar for calendars. */
final class TimelineExport {

    static final String TIMELINEJS = "application/vnd.timelinejs+json";
    static final String CSV = "text/csv";
    static final String ICS = "text/calendar";

    private TimelineExport() {
    }

    /**
     * TimelineJS3's JSON: a date gives only the parts its precision allows (a year-precision event has a year
     * alone), approximate dates carry a display_date, text fields are HTML made from escaped article text, and
     * events are grouped by person when the timeline is not one person's.
     */
    static Map<String, Object> timelineJs(String title, List<EventView> events, boolean groupByPerson) {
        List<Map<String, Object>> slides = new ArrayList<>();
        for (EventView e : events) {
            Map<String, Object> slide = new LinkedHashMap<>();
            slide.put("unique_id", e.id());
            slide.put("start_date", dateParts(e.date().start(), e.date().precision()));
            boolean lasts = isRange(e.date().precision()) || e.date().value().contains("/"); // "1994/2007"
            if (!e.date().start().equals(e.date().end()) && lasts) {
                slide.put("end_date", dateParts(e.date().end(), e.date().precision()));
            }
            String display = displayDate(e.date().value(), e.date().precision(), e.date().start());
            if (display != null) {
                slide.put("display_date", display);
            }
            slide.put("text", Map.of("headline", html(e.title()), "text", body(e)));
            if (groupByPerson && !e.people().isEmpty()) {
                slide.put("group", e.people().get(0).name());
            }
            slides.add(slide);
        }
        Map<String, Object> timeline = new LinkedHashMap<>();
        timeline.put("title", Map.of("text", Map.of("headline", html(title),
                "text", events.size() + (events.size() == 1 ? " event" : " events"))));
        timeline.put("events", slides);
        return timeline;
    }

    static String csv(List<EventView> events) {
        StringBuilder out = new StringBuilder("id,date,precision,start,end,title,people,sentence,sources\r\n");
        for (EventView e : events) {
            out.append(String.join(",", cell(e.id()), cell(e.date().value()), cell(e.date().precision()),
                    cell(e.date().start().toString()), cell(e.date().end().toString()), cell(e.title()),
                    cell(e.people().stream().map(Views.PersonRef::name).collect(Collectors.joining("; "))),
                    cell(e.sentence()),
                    cell(e.sources().stream().map(s -> s.externalId() != null ? s.externalId() : s.documentId())
                            .distinct().collect(Collectors.joining("; ")))))
                    .append("\r\n");
        }
        return out.toString();
    }

    /** Day-precision events as all-day VEVENTs; coarser dates have no place on a calendar and are left out. */
    static String ics(List<EventView> events, String host) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Event Timeline//EN");
        line(out, "CALSCALE:GREGORIAN");
        DateTimeFormatter day = DateTimeFormatter.BASIC_ISO_DATE;
        String stamp = java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC)
                .format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
        for (EventView e : events) {
            if (!"DAY".equals(e.date().precision())) {
                continue;
            }
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + e.id() + "@" + host);
            line(out, "DTSTAMP:" + stamp);
            line(out, "DTSTART;VALUE=DATE:" + e.date().start().format(day));
            line(out, "DTEND;VALUE=DATE:" + e.date().end().plusDays(1).format(day)); // exclusive: the day after
            line(out, "SUMMARY:" + icsText(e.title()));
            line(out, "DESCRIPTION:" + icsText(e.sentence()));
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static boolean isRange(String precision) {
        return !precision.equals("DAY") && !precision.equals("MONTH") && !precision.equals("YEAR");
    }

    private static Map<String, Object> dateParts(LocalDate date, String precision) {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("year", date.getYear());
        if (!precision.equals("YEAR") && !precision.equals("DECADE") && !precision.equals("CENTURY")) {
            parts.put("month", date.getMonthValue());
            if (precision.equals("DAY") || precision.equals("WEEK")) {
                parts.put("day", date.getDayOfMonth());
            }
        }
        return parts;
    }

    /** How to show a date TimelineJS would otherwise show too precisely ("Week 37, 2025", "Q3 2008", "1990s"). */
    private static String displayDate(String value, String precision, LocalDate start) {
        return switch (precision) {
            case "WEEK" -> "Week " + value.substring(value.indexOf('W') + 1, value.indexOf('W') + 3) + ", " + value.substring(0, 4);
            case "QUARTER" -> value.substring(5) + " " + value.substring(0, 4);
            case "HALF" -> (value.endsWith("1") ? "First" : "Second") + " half of " + value.substring(0, 4);
            case "SEASON" -> switch (value.substring(5)) {
                case "SP" -> "Spring";
                case "SU" -> "Summer";
                case "FA" -> "Autumn";
                default -> "Winter";
            } + " " + value.substring(0, 4);
            case "DECADE" -> start.getYear() + "s";
            case "CENTURY" -> (start.getYear() / 100 + 1) + "th century";
            case "MONTH" -> start.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + start.getYear();
            default -> null;
        };
    }

    private static String body(EventView e) {
        StringBuilder html = new StringBuilder("<p>").append(html(e.sentence())).append("</p>");
        if (!e.people().isEmpty()) {
            html.append("<p class=\"people\">").append(html(e.people().stream().map(Views.PersonRef::name)
                    .collect(Collectors.joining(", ")))).append("</p>");
        }
        html.append("<p class=\"sources\">Sources: ");
        String sep = "";
        for (SourceView s : e.sources()) {
            String label = s.title() != null ? s.title() : s.externalId() != null ? s.externalId() : s.documentId();
            html.append(sep).append("<a href=\"/api/documents/").append(html(s.documentId())).append("\" title=\"")
                    .append(html(s.quote())).append("\">").append(html(label)).append("</a>");
            sep = ", ";
        }
        return html.append("</p>").toString();
    }

    /** Article text made safe for HTML: a quote containing {@code <script>} shows as text. */
    static String html(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = value.matches("^[=+\\-@\\t\\r].*") ? "'" + value : value; // no formulas in spreadsheets
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    private static String icsText(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r", "").replace("\n", "\\n");
    }

    /** RFC 5545 lines end with CRLF and fold at 75 octets. */
    private static void line(StringBuilder out, String line) {
        byte[] bytes = line.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int start = 0;
        boolean first = true;
        while (start < line.length()) {
            int end = start;
            int octets = 0;
            int limit = first ? 75 : 74;
            while (end < line.length()) {
                int size = String.valueOf(line.charAt(end)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
                if (octets + size > limit || Character.isLowSurrogate(line.charAt(end)) && octets + size > limit - 1) {
                    break;
                }
                octets += size;
                end++;
            }
            if (end < line.length() && Character.isLowSurrogate(line.charAt(end))) {
                end--; // never split a surrogate pair
            }
            out.append(first ? "" : " ").append(line, start, end).append("\r\n");
            start = end;
            first = false;
        }
        if (bytes.length == 0) {
            out.append("\r\n");
        }
    }
}
