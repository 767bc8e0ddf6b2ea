package org.eventtimeline.extract.people;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.eventtimeline.extract.Resources;

/** When two written names are the same person's. Shared by the article-level and the store-level resolution. */
public final class PersonNames {

    private static final Set<String> TITLES = new HashSet<>(Resources.entries("extract/people/titles.txt"));
    private static final Set<String> SUFFIXES = new HashSet<>(Resources.entries("extract/people/suffixes.txt"));
    private static final Set<String> ROLES = new HashSet<>(Resources.entries("extract/people/roles.txt").stream()
            .map(r -> r.toLowerCase(Locale.ROOT)).toList());
    private static final Map<String, String> SEX = sexes();
    /** Family names written first, with the fewest words a name must have for it to be read so (2 or 3). */
    private static final Map<String, Integer> FAMILY_FIRST = familyNamesFirst();
    /** Compiled once: names are split on every look-up, on ingest too, and String.split would compile it each time. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private PersonNames() {
    }

    /** The name without its accents: "Noël" is "Noel", "José Martí" "Jose Marti". */
    static String withoutAccents(String name) {
        return ACCENTS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    }

    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

    /**
     * Whether a name gives the person's given name: "Peter Mandelson" does; "Mandelson" and "Lord Mandelson" (a
     * person one article knew only by title and surname) do not.
     */
    public static boolean hasGivenName(String name) {
        String trimmed = name.trim();
        int lastSpace = trimmed.lastIndexOf(' ');
        return lastSpace > 0 && !TITLES.contains(SPACES.matcher(trimmed.substring(0, lastSpace)).replaceAll(" "))
                && !surnameOf(trimmed).equals(trimmed); // "van Dijk" is a family name alone
    }

    /** "m" or "f" when a title or given name says whether its bearer is a man or a woman ("Mrs.", "Michelle"). */
    public static String sexOf(String titleOrGivenName) {
        return titleOrGivenName == null ? null : SEX.get(titleOrGivenName);
    }

    /** Whether two sexes are both known and differ. */
    public static boolean otherSex(String a, String b) {
        return a != null && b != null && !a.equals(b);
    }

    /**
     * "m" or "f" when the first word of one of these names of two words or more says it ("Mrs. Obama", "Michelle
     * Obama") and none says the other; otherwise null.
     */
    public static String sexOfNames(Collection<String> names) {
        String found = null;
        for (String name : names) {
            String[] words = words(name);
            // a name of one word is a family name ("Franklin" is Aretha Franklin's, whatever Franklin Roosevelt's is)
            String sex = words.length > 1 ? sexOf(words[0]) : null;
            if (sex != null && found != null && !sex.equals(found)) {
                return null;
            }
            found = sex != null ? sex : found;
        }
        return found;
    }

    private static Map<String, String> sexes() {
        Map<String, String> sexes = new HashMap<>();
        for (String line : Resources.entries("extract/people/genders.tsv")) {
            String[] parts = line.split("\t");
            sexes.put(parts[0].trim(), parts[1].trim());
        }
        return sexes;
    }

    private static Map<String, Integer> familyNamesFirst() {
        Map<String, Integer> names = new HashMap<>();
        for (String line : Resources.entries("extract/people/family-names-first.txt")) {
            String[] parts = line.split("\t");
            names.put(parts[0].trim(), parts.length > 1 ? Integer.parseInt(parts[1].trim()) : 2);
        }
        return names;
    }

    /**
     * The surname of a name, after any generational suffix: "Trump" in "Donald Trump Jr."; the first word of a name
     * whose family name comes first: "Xi" in "Xi Jinping".
     */
    public static String surnameOf(String name) {
        String[] parts = words(name);
        if (familyNameFirst(parts)) {
            return parts[0];
        }
        int last = parts.length > 1 && suffixOf(name) != null ? parts.length - 2 : parts.length - 1;
        int first = last;
        while (first > 1 && isParticle(parts[first - 1])) {
            first--; // "Ursula von der Leyen": the particles after a given name are the family name's
        }
        if (first == 1 && PARTICLES.contains(parts[0])) {
            first = 0; // "van Dijk", "bin Laden": a family name alone
        }
        return first == last ? parts[last] : String.join(" ", Arrays.asList(parts).subList(first, last + 1));
    }

    /**
     * The capitalised words between the given name and the surname of a name of three words or more, by which the press
     * may call the person alone: "Lula" of "Luiz Inácio Lula da Silva", "Sánchez" of "Pedro Sánchez Pérez-Castejón".
     * None for a name written family name first ("Kim Jong Un") or an initial ("George W. Bush").
     */
    public static List<String> middleNamesOf(String name) {
        String[] parts = words(name);
        if (parts.length < 3 || familyNameFirst(parts)) {
            return List.of();
        }
        int last = suffixOf(name) != null ? parts.length - 2 : parts.length - 1;
        List<String> middles = new ArrayList<>();
        for (int i = 1; i < last; i++) {
            if (MIDDLE_NAME.matcher(parts[i]).matches() && !PARTICLES.contains(parts[i].toLowerCase(Locale.ROOT))) {
                middles.add(parts[i]);
            }
        }
        return middles;
    }

    /**
     * Whether a name is written family name first: "Xi Jinping"; "Kim Jong Un", and "Moon Jae-in", whose given name is
     * written as one word with a hyphen, but not "Kim Kardashian".
     */
    private static boolean familyNameFirst(String[] parts) {
        Integer fewest = FAMILY_FIRST.get(parts[0]);
        return fewest != null && (parts.length >= fewest
                || parts.length == 2 && HYPHENATED_GIVEN_NAME.matcher(parts[1]).matches());
    }

    /** A Korean given name as English-language news writes it: "Jae-in", "Suk-yeol". */
    private static final Pattern HYPHENATED_GIVEN_NAME = Pattern.compile("\\p{Lu}\\p{Ll}+-\\p{Ll}+");

    /** Words that join the parts of a name, in lower case: "da", "van", "bin" (name-particles.txt). */
    static final Set<String> PARTICLES = Set.copyOf(Resources.entries("extract/people/name-particles.txt"));

    /** Whether a word joins the parts of a name: "de" in "Rio de Janeiro", "van" in "Vincent van Gogh". */
    public static boolean isParticle(String word) {
        return PARTICLES.contains(word.toLowerCase(Locale.ROOT));
    }

    private static final Pattern MIDDLE_NAME = Pattern.compile("\\p{Lu}\\p{Ll}[\\p{L}'’-]+");

    /** Whether a word, in any case, says what a person is or does ("minister", "Chef": roles.txt). */
    public static boolean isRole(String word) {
        return ROLES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a word is a generational suffix ("Jr", "III"). */
    public static boolean isSuffix(String word) {
        return SUFFIXES.contains(withoutFullStop(word));
    }

    private static String withoutFullStop(String word) {
        return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    }

    private static String[] words(String name) {
        return SPACES.split(name.trim());
    }

    /** The generational suffix a name ends with, without its full stop ("Jr"), or null. */
    public static String suffixOf(String name) {
        String[] parts = words(name);
        String last = withoutFullStop(parts[parts.length - 1]);
        return parts.length > 1 && SUFFIXES.contains(last) ? last : null;
    }

    /**
     * Two full names name the same person when the surnames and any generational suffixes agree and the given names
     * are equal, one is short for the other ("Jeff", "Jeffrey"), or they differ by a slip of the pen ("Jeffery").
     */
    public static boolean sameFullName(String a, String b) {
        if (!surnameOf(a).equalsIgnoreCase(surnameOf(b)) || !Objects.equals(suffixOf(a), suffixOf(b))) {
            return false;
        }
        if (!hasGivenName(a) || !hasGivenName(b)) {
            return true;
        }
        return sameGivenName(givenNameOf(a), givenNameOf(b));
    }

    /** The first given name: "Donald" in "Donald Trump", "Jinping" in "Xi Jinping". */
    private static String givenNameOf(String name) {
        String[] parts = words(name);
        return parts.length > 1 && parts[0].equals(surnameOf(name)) ? parts[1] : parts[0];
    }

    public static boolean sameGivenName(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        return x.equals(y) || x.startsWith(y) || y.startsWith(x)
                || x.charAt(0) == y.charAt(0) && Math.min(x.length(), y.length()) >= 5 && editDistance(x, y) <= allowedSlips(x, y);
    }

    /** A misspelling is one slip in a short name, two in a long one: Martin and Marine are two people. */
    private static int allowedSlips(String x, String y) {
        return Math.min(x.length(), y.length()) >= 8 ? 2 : 1;
    }

    /** Levenshtein distance counting a swap of neighbours as one edit (Jeffery / Jeffrey is 1). */
    static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
