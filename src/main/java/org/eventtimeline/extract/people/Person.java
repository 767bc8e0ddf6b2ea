package org.eventtimeline.extract.people;

import java.util.List;
import java.util.Locale;

/**
 * A person as one article names them: the fullest name seen ("Peter Mandelson") and every other form
 * ("Lord Mandelson", "Mr Mandelson", "Mandelson").
 */
public record Person(String name, List<String> aliases) {

    /** A stable id from the name: "Peter Mandelson" gives "peter-mandelson". */
    public String slug() {
        return slug(name);
    }

    public static String slug(String name) {
        String ascii = PersonNames.withoutAccents(name);
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "person" : slug;
    }

    public String surname() {
        return PersonNames.surnameOf(name);
    }
}
