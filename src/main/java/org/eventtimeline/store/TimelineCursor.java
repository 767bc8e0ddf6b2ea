package org.eventtimeline.store;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;

/** Where a timeline page ended, in the timeline's order (start date, end date, id); opaque to clients. */
public record TimelineCursor(LocalDate start, LocalDate end, String id) {

    public String encode() {
        String raw = start + "|" + end + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Empty when the text is not a cursor this service made. */
    public static Optional<TimelineCursor> decode(String text) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\|", -1);
            if (parts.length != 3 || parts[2].isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new TimelineCursor(LocalDate.parse(parts[0]), LocalDate.parse(parts[1]), parts[2]));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
