package org.eventtimeline.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** Ids of stored articles and events. */
final class Ids {

    private Ids() {
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }

    /**
     * The time it was stored, in milliseconds as 11 hexadecimal digits, then the start of its text's hash: ids in
     * the order articles arrive, so that each write adds to the end of every index keyed by document or event id
     * instead of a page somewhere in the middle (the same article stored twice is found by its hash, not its id).
     */
    static String documentId(String textSha256, Instant stored) {
        return String.format("%011x", stored.toEpochMilli()) + textSha256.substring(0, 9);
    }

    /**
     * An event's id starts with the id of the article that first reported it, so that an article's events sit side
     * by side in every index keyed by event id and a write updates a few index pages instead of one per event.
     */
    static String eventId(String documentId, int start, String dateValue) {
        return documentId + sha256(start + ":" + dateValue).substring(0, 12);
    }
}
