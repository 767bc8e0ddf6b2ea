package org.eventtimeline.extract.people;

import java.util.regex.Pattern;

/**
 * A place where a text names a person: "Lord Mandelson" at 120..134.
 *
 * @param text    the words as written, title included
 * @param start   first character (Java String index)
 * @param end     after the last character
 * @param title   the title before the name ("Lord", "Sir"), or null
 * @param name    the name without the title ("Mandelson", "Keir Starmer")
 */
public record PersonMention(String text, int start, int end, String title, String name) {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    public String[] nameParts() {
        return WHITESPACE.split(name);
    }

    public String surname() {
        return PersonNames.surnameOf(name);
    }

    /** "Jr" for "Donald Trump Jr.", or null. */
    public String suffix() {
        return PersonNames.suffixOf(name);
    }

    /** A given name and a family name: "Keir Starmer"; not "Starmer" nor "van Dijk". */
    public boolean isFullName() {
        return nameParts().length >= 2 && !name.equals(surname());
    }
}
