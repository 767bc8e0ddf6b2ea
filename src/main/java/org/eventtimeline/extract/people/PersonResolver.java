package org.eventtimeline.extract.people;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;


/**
 * Groups one article's person mentions into people: "Peter Mandelson", "Lord Mandelson", "Mr Mandelson" and
 * "Mandelson" are one person, named by the fullest form. Full names are grouped first (same surname and the same or
 * a near-identical given name: "Jeffery" is "Jeffrey"; "Donald Trump Jr." is not Donald Trump), then a surname
 * alone joins the person with that surname (see {@link #closer}), a title with a given name ("Sir Keir") joins
 * the person with that given name, and a middle name the person of a long name ("Lula" for Luiz Inácio Lula da Silva).
 */
public final class PersonResolver {

    /** The people of an article and which of them each mention names. */
    public record Resolution(List<Person> people, Map<PersonMention, Person> byMention) {
    }

    private static final Pattern ROMAN = Pattern.compile("[IVX]+");

    private static final class Group {
        final List<PersonMention> mentions = new ArrayList<>();
        /** The mentions of a name the person was born with ("Born Jorge Mario Bergoglio"). */
        final List<PersonMention> birthNames = new ArrayList<>();
        String given;
        String surname;
        String suffix;
        String fullest;
        List<String> middles = List.of();
        int lastSeen;

        Group(PersonMention first) {
            add(first);
        }

        void add(PersonMention m) {
            mentions.add(m);
            String[] parts = m.nameParts();
            if (fullest == null || parts.length > fullest.split(" ").length) {
                fullest = m.name();
                middles = PersonNames.middleNamesOf(fullest);
                surname = m.surname();
                suffix = m.suffix();
                given = parts.length > 1 ? parts[0] : given;
            }
            lastSeen = Math.max(lastSeen, m.start());
        }

        /** Takes in the mentions of a name the person was born with: they are aliases, not the person's name. */
        void addBirthNames(Group born) {
            birthNames.addAll(born.mentions);
            birthNames.addAll(born.birthNames);
        }

        Person toPerson() {
            Set<String> aliases = new LinkedHashSet<>();
            birthNames.forEach(m -> aliases.add(m.name()));
            for (PersonMention m : mentions) {
                if (m.title() == null && m.name().equals(given)) {
                    continue; // "Peter" alone names them here, but is no name to look them up by
                }
                aliases.add(m.name());
                if (m.title() != null) {
                    aliases.add(m.title() + " " + m.name());
                }
            }
            // a monarch's or pope's one name and number, "Charles III": no one else in the article is "King Charles"
            // or "Charles"
            boolean regnal = suffix != null && fullest.split(" ").length == 2 && ROMAN.matcher(suffix).matches();
            if (suffix == null || regnal) {
                aliases.add(surname); // "Trump" alone is not Donald Trump Jr.
                // "Van Dijk" opening a sentence is "van Dijk"
                aliases.removeIf(a -> !a.equals(surname) && a.equalsIgnoreCase(surname));
            }
            if (regnal) {
                mentions.stream().filter(m -> m.title() != null).forEach(m -> aliases.add(m.title() + " " + surname));
            }
            String name = fullest;
            if (!fullest.contains(" ")) {
                // Known by one word only: the title belongs to the name ("Prince Andrew", "Lord Glasman")
                name = mentions.stream().filter(m -> m.title() != null).map(m -> m.title() + " " + m.name()).findFirst()
                        .orElse(fullest);
            }
            aliases.remove(name);
            return new Person(name, List.copyOf(aliases));
        }
    }

    public Resolution resolve(List<PersonMention> mentions) {
        return resolve(mentions, null);
    }

    /**
     * As above, with the text the mentions are in: a name the person before it was born with ("Pope Francis ... Born
     * Jorge Mario Bergoglio in Buenos Aires", "Bob Dylan, born Robert Zimmerman,") is theirs.
     */
    public Resolution resolve(List<PersonMention> mentions, String text) {
        List<Group> groups = new ArrayList<>();
        Map<PersonMention, Group> groupOf = new IdentityHashMap<>();
        // a family name of several words, written alone, opens a sentence in capitals: "Van Dijk said" after "Virgil
        // van Dijk"; it is that family name, not a given name and another
        Set<String> longSurnames = new HashSet<>();
        for (PersonMention m : mentions) {
            if (m.isFullName() && m.surname().contains(" ")) {
                longSurnames.add(m.surname().toLowerCase(Locale.ROOT));
            }
        }
        Set<PersonMention> fullNames = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PersonMention m : mentions) {
            if (m.isFullName() && !longSurnames.contains(m.name().toLowerCase(Locale.ROOT))) {
                fullNames.add(m);
            }
        }
        for (PersonMention m : mentions) {
            if (fullNames.contains(m)) {
                Group g = groups.stream().filter(x -> sameFullName(x, m)).findFirst().orElse(null);
                if (g == null) {
                    g = new Group(m);
                    groups.add(g);
                } else {
                    g.add(m);
                }
                groupOf.put(m, g);
            }
        }
        for (PersonMention m : mentions) {
            if (fullNames.contains(m)) {
                continue;
            }
            boolean someoneHasThisSurname = groups.stream().anyMatch(g -> g.surname.equalsIgnoreCase(m.name()));
            boolean someoneUnsuffixedHasIt = groups.stream()
                    .anyMatch(g -> g.suffix == null && g.surname.equalsIgnoreCase(m.name()));
            Group best = null;
            for (Group g : groups) {
                if (otherSex(g, m)) {
                    continue; // "Mr. Obama" is not Michelle Obama
                }
                boolean bySurname = g.surname.equalsIgnoreCase(m.name())
                        && (g.suffix == null || !someoneUnsuffixedHasIt);
                boolean byGiven = (m.title() != null || !someoneHasThisSurname) && g.given != null
                        && g.given.equalsIgnoreCase(m.name());
                boolean byMiddle = !someoneHasThisSurname && g.middles.contains(m.name());
                if ((bySurname || byGiven || byMiddle) && (best == null || closer(g, best, m))) {
                    best = g;
                }
            }
            if (best == null) {
                best = new Group(m);
                groups.add(best);
            } else {
                best.add(m);
            }
            groupOf.put(m, best);
        }
        if (text != null) {
            takeInBirthNames(text, mentions, groups, groupOf);
        }
        Map<Group, Person> people = new IdentityHashMap<>();
        List<Person> result = new ArrayList<>();
        for (Group g : groups) {
            Person p = g.toPerson();
            people.put(g, p);
            result.add(p);
        }
        Map<PersonMention, Person> byMention = new IdentityHashMap<>();
        groupOf.forEach((m, g) -> byMention.put(m, people.get(g)));
        return new Resolution(result, byMention);
    }

    /**
     * "Born" opening a sentence or an aside, or "was born", right before a name ("was born Anna Mae Bullock"); or a
     * name taken ("taking the name Leo XIV").
     */
    private static final Pattern BORN_BEFORE = Pattern.compile("(?:(?:^|[.!?]\\s+|,\\s+|\\s(?:was|is)\\s+)[bB]orn"
            + "|\\b(?:taking|took|takes|take)\\s+the\\s+name)\\s+$");

    private static void takeInBirthNames(String text, List<PersonMention> mentions, List<Group> groups,
            Map<PersonMention, Group> groupOf) {
        for (int i = 1; i < mentions.size(); i++) {
            PersonMention born = mentions.get(i);
            Group own = groupOf.get(born);
            Group before = groupOf.get(mentions.get(i - 1));
            if (own != before && groups.contains(own) && own.mentions.get(0) == born && BORN_BEFORE.matcher(text)
                    .region(Math.max(0, born.start() - 20), born.start()).find()) {
                before.addBirthNames(own);
                groups.remove(own);
                groupOf.replaceAll((m, g) -> g == own ? before : g);
            }
        }
    }

    /** Whether the mention's title says a man and the person's given name a woman, or the other way round. */
    private static boolean otherSex(Group g, PersonMention m) {
        return PersonNames.otherSex(PersonNames.sexOf(m.title()), PersonNames.sexOf(g.given));
    }

    /**
     * Of two people sharing a surname, the one the article already calls by it ("Mr Johnson" for Boris Johnson, while
     * Carrie Johnson keeps her full name), else the one it named first, its main subject as news style has it ("Donald
     * Trump ... his son Eric Trump ... Trump said" is Donald Trump).
     */
    private static boolean closer(Group a, Group b, PersonMention m) {
        boolean aBySurname = calledBySurnameBefore(a, m.start());
        if (aBySurname != calledBySurnameBefore(b, m.start())) {
            return aBySurname;
        }
        int da = firstBefore(a, m.start());
        int db = firstBefore(b, m.start());
        return da >= 0 && (db < 0 || da < db);
    }

    private static int firstBefore(Group g, int position) {
        return g.mentions.stream().filter(x -> x.start() < position).mapToInt(PersonMention::start).min().orElse(-1);
    }

    private static boolean calledBySurnameBefore(Group g, int position) {
        return g.mentions.stream().anyMatch(x -> x.start() < position && !x.isFullName()
                && x.name().equalsIgnoreCase(g.surname));
    }

    private static boolean sameFullName(Group g, PersonMention m) {
        return g.given != null && PersonNames.sameFullName(g.fullest, m.name());
    }
}
