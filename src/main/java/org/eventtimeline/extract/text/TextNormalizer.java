package org.eventtimeline.extract.text;

import java.text.Normalizer;

/**
 * The form an article is stored in: Unicode NFC, line ends as "\n", no control characters but tab and line feed.
 * Offsets of everything extracted from a stored article refer to this form, which is the text the service returns.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (c == '\n' || c == '\t' || !Character.isISOControl(c) && !isLoneSurrogate(nfc, i)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Half of a surrogate pair without its other half cannot be stored as UTF-8. */
    private static boolean isLoneSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return false;
    }
}
