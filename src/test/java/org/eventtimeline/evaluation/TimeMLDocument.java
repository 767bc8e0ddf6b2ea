package org.eventtimeline.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TimeML document read exactly as the TempEval-3 scorer reads it ({@code ../shared/tools/timex_score.py}): the
 * raw content of {@code <TEXT>} with every tag removed and character references decoded, its TIMEX3 spans as
 * offsets into that text, and the creation time.
 */
record TimeMLDocument(String name, String text, List<Timex> timexes, String creationTime) {

    /** A TIMEX3 span, end exclusive. */
    record Timex(int start, int end, String type, String value, String text) {
    }

    /** The creation time's day, or null where the document gives none as a plain date. */
    LocalDate creationDate() {
        return creationTime != null && creationTime.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(creationTime)
                : null;
    }

    private static final Pattern TAG_OR_REF = Pattern.compile(
            "<!--.*?-->|<\\?.*?\\?>|<!\\[CDATA\\[(.*?)\\]\\]>|<[^>]*>|&(#x[0-9A-Fa-f]+|#[0-9]+|lt|gt|amp|quot|apos);",
            Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z_:][-\\w:.]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern TIMEX_TAG = Pattern.compile("<\\s*(/?)\\s*TIMEX3\\b");
    private static final Pattern TEXT_START = Pattern.compile("<TEXT(\\s[^>]*)?>");

    static TimeMLDocument read(Path file) throws IOException {
        String raw = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        if (raw.startsWith("\uFEFF")) {
            raw = raw.substring(1);
        }
        raw = raw.replace("\r\n", "\n").replace('\r', '\n');
        Matcher start = TEXT_START.matcher(raw);
        if (!start.find()) {
            throw new IOException(file + " has no <TEXT>");
        }
        int end = raw.indexOf("</TEXT>", start.end());
        String fragment = raw.substring(start.end(), end);

        StringBuilder text = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        List<Map<String, String>> attributes = new ArrayList<>();
        Deque<Object[]> open = new ArrayDeque<>();
        Matcher m = TAG_OR_REF.matcher(fragment);
        int pos = 0;
        while (m.find()) {
            text.append(fragment, pos, m.start());
            pos = m.end();
            String token = m.group();
            if (token.startsWith("&")) {
                text.append(unescape(token));
            } else if (token.startsWith("<![CDATA[")) {
                text.append(m.group(1));
            } else {
                Matcher timex = TIMEX_TAG.matcher(token);
                if (!timex.lookingAt()) {
                    continue;
                }
                if (!timex.group(1).isEmpty()) {
                    if (!open.isEmpty()) {
                        Object[] o = open.pop();
                        spans.add(new int[] { (Integer) o[1], text.length() });
                        @SuppressWarnings("unchecked")
                        Map<String, String> a = (Map<String, String>) o[0];
                        attributes.add(a);
                    }
                } else if (token.stripTrailing().endsWith("/>")) {
                    spans.add(new int[] { text.length(), text.length() });
                    attributes.add(attributes(token));
                } else {
                    open.push(new Object[] { attributes(token), text.length() });
                }
            }
        }
        text.append(fragment.substring(pos));
        String content = text.toString();

        List<Timex> timexes = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            Map<String, String> a = attributes.get(i);
            if ("CREATION_TIME".equals(a.get("functionInDocument"))) {
                continue;
            }
            int s = spans.get(i)[0];
            int e = spans.get(i)[1];
            while (s < e && Character.isWhitespace(content.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(content.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                timexes.add(new Timex(s, e, a.getOrDefault("type", "").strip(), a.getOrDefault("value", "").strip(),
                        content.substring(s, e)));
            }
        }
        timexes.sort(Comparator.comparingInt(Timex::start).thenComparingInt(Timex::end));
        return new TimeMLDocument(file.getFileName().toString(), content, timexes, creationTime(raw));
    }

    private static String creationTime(String raw) {
        Matcher tag = Pattern.compile("<TIMEX3\\b[^>]*>").matcher(raw);
        while (tag.find()) {
            Map<String, String> a = attributes(tag.group());
            if ("CREATION_TIME".equals(a.get("functionInDocument"))) {
                String value = a.get("value");
                return value != null && value.matches("\\d{4}-\\d{2}-\\d{2}.*") ? value.substring(0, 10) : value;
            }
        }
        return null;
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> a = new HashMap<>();
        Matcher m = ATTRIBUTE.matcher(tag);
        while (m.find()) {
            a.put(m.group(1), unescapeAll(m.group(2) != null ? m.group(2) : m.group(3)));
        }
        return a;
    }

    private static String unescapeAll(String s) {
        Matcher m = Pattern.compile("&(#x[0-9A-Fa-f]+|#[0-9]+|lt|gt|amp|quot|apos);").matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(unescape(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String unescape(String ref) {
        String r = ref.substring(1, ref.length() - 1);
        return switch (r) {
            case "lt" -> "<";
            case "gt" -> ">";
            case "amp" -> "&";
            case "quot" -> "\"";
            case "apos" -> "'";
            default -> r.startsWith("#x") || r.startsWith("#X") ? Character.toString(Integer.parseInt(r.substring(2), 16))
                    : Character.toString(Integer.parseInt(r.substring(1)));
        };
    }
}
