package org.eventtimeline.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Ids derived from content, so that the same article or statement gets the same id on every instance. */
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

    static String documentId(String textSha256) {
        return textSha256.substring(0, 16);
    }

    /**
     * An event's id starts with the id of the article that first reported it, so that an article's events sit side
     * by side in every index keyed by event id and a write updates a few index pages instead of one per event.
     */
    static String eventId(String documentId, int start, String dateValue) {
        return documentId + sha256(start + ":" + dateValue).substring(0, 12);
    }
}
