package org.eventtimeline.extract.people;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eventtimeline.extract.Cancellation;
import org.eventtimeline.extract.Resources;
import org.eventtimeline.extract.text.Sentence;

/**
 * Finds the places where a text names a person. A run of capitalised words is a name when something says so: a
 * title before it ("Lord", "Sir", "Dr"), a known given name at its start, a role before it ("oligarch Oleg
 * Deripaska"), an age after it ("Maxwell, 63"), a speech verb or a relative clause of "who" or "whose" after it.
 * Once a name is known, its surname alone is a mention wherever it appears. Organisations, places and titles of
 * things are stopped by {@code not-names.txt}.
 */
public final class PersonRecognizer {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:[-'’][\\p{L}\\p{M}]+)*\\.?");
    /** Initials and abbreviated titles keep their full stop ("J.", "Mr."); other words lose it ("said."). */
    private static final Pattern KEEPS_FULL_STOP = Pattern.compile("(?:\\p{Lu}\\.)+"
            + "|Rt\\.|Hon\\.|Mr\\.|Mrs\\.|Ms\\.|Dr\\.|St\\.|Gen\\.|Sen\\.|Rep\\.|Gov\\.|Prof\\.|Rev\\.|Col\\.|Capt\\.|Lt\\.|Sgt\\.");
    private static final Set<String> PARTICLES = PersonNames.PARTICLES;
    /**
     * What follows a person's name: an age, "who" or "whose", or a verb of saying with an auxiliary or not ("said",
     * "has said", "had told"); "posted" only of a message ("posted on X"), as a firm posts a profit.
     */
    private static final Pattern SPEECH_AFTER = Pattern.compile("^\\s*(?:,\\s*(?:now\\s+)?\\d{1,3}\\s*,|\\(\\d{1,3}\\)"
            + "|,\\s+who(?:se)?\\s|,?\\s+(?:(?:has|had)\\s+)?(?:said|says|told|wrote|writes|added|adds|asked|replied"
            + "|insisted|claimed|claims|denied|denies|argued|warned|admitted|explained|stated|recalled|tweeted"
            + "|posted(?=\\s+(?:on|online|to|that|a\\s+(?:message|video|photo|picture|statement|post))\\b))\\b)");

    /** A verb of a life's events after a name ("Kobe Bryant died"), from {@code life-verbs.txt}. */
    private static final Pattern LIFE_AFTER = Pattern.compile("\\s+(?:"
            + Resources.alternation("extract/people/life-verbs.txt") + ")\\b");

    private final Set<String> titles = words("titles.txt");
    private final Set<String> notNames = words("not-names.txt");
    private final Set<String> givenNames = words("first-names.txt");
    private final Set<String> organisationWords = words("organisation-words.txt");
    private final Set<String> verbRoles = lowerCase(words("verb-roles.txt"));
    private final Set<String> beforePlaces = words("before-places.txt");
    private final Set<String> placeNouns = words("place-nouns.txt");
    private final Set<String> beforeOrganisations = words("before-organisations.txt");
    private final Set<String> firmNames = words("firm-names.txt");
    private final int longestTitle = titles.stream().mapToInt(t -> t.split(" ").length).max().orElse(1);
    /** The first word of every title: most words start none, and need no longer look-up. */
    private final Set<String> titleFirstWords = titles.stream().map(t -> t.split(" ")[0])
            .collect(Collectors.toUnmodifiableSet());

    private record Token(String text, int start, int end) {
    }

    public List<PersonMention> find(String text, List<Sentence> sentences) {
        List<PersonMention> mentions = new ArrayList<>();
        List<List<Token>> tokensBySentence = new ArrayList<>(sentences.size());
        for (Sentence sentence : sentences) {
            Cancellation.checkpoint();
            List<Token> tokens = tokens(sentence);
            tokensBySentence.add(tokens);
            mentions.addAll(findInSentence(text, tokens));
        }
        mentions = trimmedToKnownNames(mentions);
        addRepeatedNames(text, tokensBySentence, mentions);
        mentions.sort(Comparator.comparingInt(PersonMention::start));
        return mentions;
    }

    private List<PersonMention> findInSentence(String text, List<Token> tokens) {
        List<PersonMention> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int titleLength = titleAt(tokens, i, text);
            int nameStart = i + titleLength;
            boolean roleInRun = false;
            Token role = null;
            if (titleLength == 0 && i + 1 < tokens.size() && adjacent(text, tokens.get(i), tokens.get(i + 1))
                    && (PersonNames.isRole(tokens.get(i).text())
                            || i == 0 && looksLikeRole(tokens, i, text))) {
                role = tokens.get(i);
                nameStart = i + 1; // "Novelist Arlo Penrose" at the start of a sentence: the role is not the name
                nameStart += titleAt(tokens, nameStart, text); // "Deputy Prime Minister Angela Rayner"
                roleInRun = true;
            }
            int nameEnd = nameEnd(tokens, nameStart, text);
            for (int k = nameEnd - 2; k >= nameStart; k--) {
                if (PersonNames.isRole(tokens.get(k).text())) {
                    role = tokens.get(k);
                    nameStart = k + 1; // "Majority Leader Chuck Schumer": the name starts after the role
                    roleInRun = true;
                    break;
                }
            }
            if (nameEnd == nameStart) {
                i += Math.max(1, titleLength);
                continue;
            }
            if (nameEnd - nameStart >= 2 && firmNames.contains(join(text, tokens.subList(nameStart, nameStart + 2)))) {
                i = nameEnd; // "Morgan Stanley said": a bank speaking; "Booz Allen Hamilton" is no Allen Hamilton
                continue;
            }
            if (titleLength == 0 && !roleInRun && !isGivenName(tokens.get(nameStart).text())) {
                for (int k = nameStart + 1; k < nameEnd - 1; k++) {
                    if (isGivenName(tokens.get(k).text())) {
                        nameStart = k; // "Secretary of State James Baker", "Secretary-General Javier Solana"
                        i = k;
                        break;
                    }
                }
            }
            int thingEnd = organisationWordAfter(tokens, nameEnd, text);
            if (thingEnd > 0) {
                // "Eastern Airlines", "Wang Laboratories", "Ronald Reagan Washington National Airport": a company's
                // or a place's name
                i = thingEnd;
                continue;
            }
            List<Token> name = tokens.subList(nameStart, nameEnd);
            int initials = leadingInitials(name);
            if (notNames.contains(join(text, name.subList(0, initials)))) {
                // "U.S. Steel said": a country's initials, not a person's; a title may follow ("U.S. Surgeon General")
                i = nameStart + initials;
                continue;
            }
            if (notNames.contains(join(text, name))) {
                i = nameEnd; // "Roland Garros": a whole name that names a place
                continue;
            }
            String title = titleLength == 0 ? null : join(text, tokens.subList(i, nameStart));
            if (roleInRun) {
                i = nameStart; // the mention starts at the name
            }
            Token before = nameStart > 0 ? tokens.get(nameStart - 1) : null;
            if (title == null && !roleInRun && before != null && before.text().equalsIgnoreCase("the")
                    && adjacent(text, before, name.get(0))) {
                i = nameEnd; // "the John F. Kennedy", a carrier; "the Donald Trump campaign": a thing named after someone
                continue;
            }
            // "Sue Park" is a person only where what follows or comes before says so, as "Victoria Park" is not
            boolean endsWithAPlacesWord = organisationWords.contains(name.get(name.size() - 1).text());
            boolean accepted = title != null || roleInRun && saysPerson(role, name)
                    || name.size() >= 2 + initials && isGivenName(name.get(initials).text())
                            && !endsWithAPlacesWord
                    || before != null && PersonNames.isRole(before.text())
                            && adjacent(text, before, name.get(0)) && saysPerson(before, name)
                    // ("to Han Kang, the novelist": a role's aside says a person even after a place's word)
                    || isGivenAndFamilyName(name) && (!afterPlaceWord(tokens, nameStart)
                            || roleAside(text, name.get(name.size() - 1).end()))
                            && !(before != null && beforeOrganisations.contains(before.text()))
                            && !beforeOrganisations.contains(name.get(0).text().toLowerCase(Locale.ROOT))
                            && (speechAfter(text, name.get(name.size() - 1).end())
                                    || lifeAfter(text, name.get(name.size() - 1).end())
                                    || familyNameAlone(text, name) && !endsWithAPlacesWord
                                    || speechBefore(text, name.get(0).start(), name.get(name.size() - 1).end())
                                    || roleAside(text, name.get(name.size() - 1).end())
                                    || appositiveOfRole(text, before, name)
                                    || pairedWithAPerson(text, found, tokens, nameStart));
            // "the summit of Ben Nevis", "the Office for National Statistics"
            accepted &= title != null || !ofAPlace(tokens, nameStart) && !ofAnOrganisation(tokens, nameStart);
            // "the St Louis Cardinals", "Saint Louis University": a saint's name makes a place's
            accepted &= before == null || !SAINT.matcher(before.text()).matches()
                    || !adjacent(text, before, name.get(0));
            if (accepted) {
                int start = tokens.get(i).start();
                int end = name.get(name.size() - 1).end();
                Token sharer = title == null && name.size() == 2 ? givenSharingTheName(text, tokens, nameStart) : null;
                if (sharer != null) {
                    found.add(new PersonMention(sharer.text(), sharer.start(), sharer.end(), null,
                            sharer.text() + " " + name.get(1).text()));
                }
                found.add(new PersonMention(text.substring(start, end), start, end, title, join(text, name)));
            }
            i = nameEnd;
        }
        return found;
    }

    /**
     * The given name before "and" that shares the family name after it: "Peter and Ann Holt" are Peter Holt and Ann
     * Holt; not the family name of someone named before ("Paul Simon and Art Garfunkel").
     */
    private Token givenSharingTheName(String text, List<Token> tokens, int nameStart) {
        if (nameStart < 2 || !tokens.get(nameStart - 1).text().equals("and")) {
            return null;
        }
        Token given = tokens.get(nameStart - 2);
        boolean named = nameStart >= 3 && isCapitalised(tokens.get(nameStart - 3).text())
                && adjacent(text, tokens.get(nameStart - 3), given);
        return isGivenName(given.text()) && !named && adjacent(text, given, tokens.get(nameStart - 1))
                && adjacent(text, tokens.get(nameStart - 1), tokens.get(nameStart)) ? given : null;
    }

    /**
     * A given and a family name, two plain words, whose family name the text uses alone as a person's, before what
     * follows a person's name: "a band formed by Mila Ortega ... Ortega has said", "Haruka Sato ... Sato, 58,"; a
     * firm or a place is seldom shortened to its last word. Not "Atlanta-based BellSouth" nor "Financiere de Paribas".
     */
    private static boolean familyNameAlone(String text, List<Token> name) {
        int initials = leadingInitials(name); // "H. Marshall Schwarz", "J.K. Rowling"
        long words = plainWords(name, PARTICLES::contains); // "Virgil van Dijk": a given and a family name
        if (!(words == 2 && name.get(initials).text().chars().allMatch(Character::isLetter)
                || words == 1 && initials > 0)) {
            return false;
        }
        String family = PersonNames.surnameOf(join(text, name.subList(initials, name.size())));
        // "van Dijk" opens a sentence as "Van Dijk"
        String opening = openingASentence(family);
        for (String written : opening.equals(family) ? List.of(family) : List.of(family, opening)) {
            if (usedAlone(text, written)) {
                return true;
            }
        }
        return false;
    }

    /** A name as a sentence opens with it: "van Dijk" -> "Van Dijk". */
    private static String openingASentence(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** Whether the text uses a family name as a person's: before a verb of saying, or opening a clause with a verb. */
    private static boolean usedAlone(String text, String family) {
        Matcher after = SPEECH_AFTER.matcher(text);
        Matcher verb = VERB_AFTER_SUBJECT.matcher(text);
        for (int at = text.indexOf(family); at >= 0; at = text.indexOf(family, at + 1)) {
            boolean wordStart = at == 0 || !Character.isLetter(text.charAt(at - 1)) && text.charAt(at - 1) != '-';
            if (wordStart && (after.region(at + family.length(), text.length()).lookingAt()
                    || (opensSentence(text, at) || afterOpeningPhrase(text, at))
                            && verb.region(at + family.length(), text.length()).lookingAt())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A verb right after a word that opens a sentence: "Djokovic had not lost at the club since 2017" uses the family
     * name of "Novak Djokovic" as a person's.
     */
    private static final Pattern VERB_AFTER_SUBJECT = Pattern.compile(
            "\\s+(?:had|has|was|is|will|" + Resources.alternation("extract/text/irregular-past.txt")
                    + "|\\p{Ll}{2,}ed)\\b");

    /** Whether the word at {@code at} opens a sentence: after a full stop, a line's start or the text's. */
    private static boolean opensSentence(String text, int at) {
        int k = at - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\u00A0')) {
            k--;
        }
        return k < 0 || text.charAt(k) == '\n' || k < at - 1 && ".!?".indexOf(text.charAt(k)) >= 0;
    }

    /** Whether the word at {@code at} follows a sentence's short opening and its comma: "That winter, | Osei". */
    private static boolean afterOpeningPhrase(String text, int at) {
        int comma = at - 2;
        if (comma < 1 || text.charAt(comma) != ',' || text.charAt(comma + 1) != ' ') {
            return false;
        }
        for (int k = comma - 1; k >= 0 && comma - k <= OPENING_PHRASE; k--) {
            char c = text.charAt(k);
            if (c == ',' || c == ';') {
                return false;
            }
            if (opensSentence(text, k) && Character.isUpperCase(c)) {
                return true;
            }
        }
        return false;
    }

    /** The longest opening phrase before a comma after which a family name counts as opening its clause. */
    private static final int OPENING_PHRASE = 30;

    /** A verb of saying right before a name, as news attributes a quotation: "says Neal Litvack, a vice president". */
    private static boolean speechBefore(String text, int nameStart, int nameEnd) {
        return SPEECH_BEFORE.matcher(text).region(Math.max(0, nameStart - 20), nameStart).find()
                && ATTRIBUTION_ENDS.matcher(text).region(nameEnd, text.length()).lookingAt();
    }

    /** The name ends the attribution, as a speaker's does: "said Ana Lind." or "said Ana Lind, of ..."; not "'s". */
    private static final Pattern ATTRIBUTION_ENDS = Pattern.compile("[ \\t]*(?:[,.;:!?]|$|\\s+(?:of|who)\\b)");

    private static final Pattern SPEECH_BEFORE = Pattern.compile("\\b(?:said|says|added|adds|wrote|writes|asked"
            + "|replied|recalled|according\\s+to)\\s+$");

    /** A verb of saying, or an age, right after a name: "Abba Tijani said", "Ana Souza, 42,", "Aldrin, now 89,". */
    private static boolean speechAfter(String text, int nameEnd) {
        return SPEECH_AFTER.matcher(text.substring(nameEnd, Math.min(text.length(), nameEnd + 40))).find();
    }

    private static boolean lifeAfter(String text, int nameEnd) {
        return LIFE_AFTER.matcher(text).region(nameEnd, text.length()).lookingAt();
    }

    /**
     * Two words, or more joined by particles or initials ("Abba Tijani", "Ana de Souza", "Abba T. Tijani"): the shape
     * of a name whose given name is unknown, where "Human Rights Watch" and "Los Angeles Lakers" are longer.
     */
    private static boolean isGivenAndFamilyName(List<Token> name) {
        long words = plainWords(name, w -> PARTICLES.contains(w.toLowerCase(Locale.ROOT)));
        // initials that open a name stand for its given name: "J.K. Rowling" (but "H. Marshall Schwarz" has one)
        return words == 2 || words == 1 && isInitial(name.get(0).text());
    }

    /**
     * The words of a name that are neither a particle, an initial nor its suffix: "Chesley B. Sullenberger III" has
     * two, a given and a family name.
     */
    private static long plainWords(List<Token> name, Predicate<String> particle) {
        long others = name.stream().filter(t -> particle.test(t.text()) || isInitial(t.text())).count();
        return name.size() - others - (PersonNames.isSuffix(name.get(name.size() - 1).text()) ? 1 : 0);
    }

    /** Whether a place's noun and "of" come right before the name: "the summit of | Ben Nevis". */
    private boolean ofAPlace(List<Token> tokens, int nameStart) {
        return nameStart >= 2 && tokens.get(nameStart - 1).text().equals("of")
                && placeNouns.contains(tokens.get(nameStart - 2).text());
    }

    /**
     * Whether a capitalised word for a kind of organisation and "of" or "for" come right before the name: "the Office
     * for | National Statistics", "the Institute of | Fiscal Studies".
     */
    private boolean ofAnOrganisation(List<Token> tokens, int nameStart) {
        if (nameStart < 2) {
            return false;
        }
        String link = tokens.get(nameStart - 1).text();
        String head = tokens.get(nameStart - 2).text();
        return (link.equals("of") || link.equals("for")) && Character.isUpperCase(head.charAt(0))
                && beforeOrganisations.contains(head.toLowerCase(Locale.ROOT));
    }

    /**
     * "in", "from", "to": what comes after is more likely a place ("Officials in Sri Lanka said"); not after a role
     * and "of" ("The grandmother of Elian Gonzalez said").
     */
    private boolean afterPlaceWord(List<Token> tokens, int nameStart) {
        if (nameStart < 1 || !beforePlaces.contains(tokens.get(nameStart - 1).text())) {
            return false;
        }
        return !(tokens.get(nameStart - 1).text().equals("of") && nameStart >= 2
                && PersonNames.isRole(tokens.get(nameStart - 2).text()));
    }

    /** A name set off by commas right after a role: "his third wife, Fabiana Flosi, in 2009", "the victim, Ana Lind." */
    private boolean appositiveOfRole(String text, Token before, List<Token> name) {
        return before != null && PersonNames.isRole(before.text())
                && COMMA_BETWEEN.matcher(text.substring(before.end(), name.get(0).start())).matches()
                && APPOSITIVE_ENDS.matcher(text).region(name.get(name.size() - 1).end(), text.length()).lookingAt();
    }

    /**
     * Whether the name comes after "and" and a person's name: "David Julius and | Ardem Patapoutian" are two people, as
     * the prize they shared says.
     */
    private static boolean pairedWithAPerson(String text, List<PersonMention> found, List<Token> tokens,
            int nameStart) {
        if (found.isEmpty() || nameStart < 2 || !tokens.get(nameStart - 1).text().equals("and")) {
            return false;
        }
        Token and = tokens.get(nameStart - 1);
        return found.get(found.size() - 1).end() == tokens.get(nameStart - 2).end()
                && adjacent(text, tokens.get(nameStart - 2), and) && adjacent(text, and, tokens.get(nameStart));
    }

    private static final Pattern COMMA_BETWEEN = Pattern.compile(",[ \\t]+");
    private static final Pattern APPOSITIVE_ENDS = Pattern.compile("[ \\t]*(?:[,.;)]|$)");

    /**
     * Whether an aside after a name is headed by a role: ", the head of", ", a former minister", ", its chief", ", the
     * conductor who", ", South Africa's last president,".
     */
    private boolean roleAside(String text, int nameEnd) {
        Matcher aside = ROLE_ASIDE.matcher(text).region(nameEnd, Math.min(text.length(), nameEnd + 60));
        return aside.lookingAt() && PersonNames.isRole(aside.group(1));
    }

    private static final Pattern ROLE_ASIDE = Pattern.compile(",\\s+(?:the|a|an|its|their"
            // or a place's possessive: ", South Africa's last apartheid-era president,"
            // (a role may be a title's word: ", the Queen of Soul,")
            // (its words may be a nation's: ", the South Korean novelist.")
            + "|\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2}['’]s)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?"
            + "(\\p{Ll}+|\\p{Lu}\\p{Ll}+(?=\\s+of\\s))"
            + "(?=\\s+(?:of|for|at|to|in|who|whose)\\b|[,.;)]|$)");

    /** Whether a role word before the name says it is a person's: "host" before one word may be a verb's object. */
    private boolean saysPerson(Token role, List<Token> name) {
        return role == null || name.size() >= 2 || !verbRoles.contains(role.text().toLowerCase(Locale.ROOT));
    }

    /**
     * A run that starts with a name found elsewhere and goes on in capitals is that name and other words: "Jeffrey
     * Epstein Spark Political" in a headline, "Harry Cole Saves the West" (a podcast).
     */
    private static List<PersonMention> trimmedToKnownNames(List<PersonMention> mentions) {
        Set<String> shorter = new HashSet<>();
        for (PersonMention m : mentions) {
            if (m.nameParts().length == 2) {
                shorter.add(m.name());
            }
        }
        List<PersonMention> result = new ArrayList<>();
        for (PersonMention m : mentions) {
            String[] parts = m.nameParts();
            // "Donald Trump Jr" is a name of its own, not "Donald Trump" and another word
            String firstTwo = parts.length > 2 && !(parts.length == 3 && m.suffix() != null) ? parts[0] + " " + parts[1]
                    : null;
            if (firstTwo != null && shorter.contains(firstTwo)) {
                int cut = m.text().indexOf(parts[1], m.text().indexOf(parts[0]) + parts[0].length()) + parts[1].length();
                result.add(new PersonMention(m.text().substring(0, cut), m.start(), m.start() + cut, m.title(), firstTwo));
            } else {
                result.add(m);
            }
        }
        return result;
    }

    /** Known surnames and full names found again anywhere in the text ("Mandelson" once "Peter Mandelson" is known). */
    private void addRepeatedNames(String text, List<List<Token>> tokensBySentence, List<PersonMention> mentions) {
        Set<String> known = new HashSet<>();
        java.util.Map<String, Set<String>> surnamesByGivenName = new java.util.HashMap<>();
        for (PersonMention m : mentions) {
            known.add(m.surname());
            known.add(m.name());
            known.addAll(PersonNames.middleNamesOf(m.name())); // "Lula" of "Luiz Inácio Lula da Silva"
            if (m.isFullName()) {
                surnamesByGivenName.computeIfAbsent(m.nameParts()[0], g -> new HashSet<>()).add(m.surname());
            }
        }
        // A given name alone ("Peter, Mr Big has a meeting") is a mention when one person known here has it.
        surnamesByGivenName.forEach((given, surnames) -> {
            if (surnames.size() == 1) {
                known.add(given);
            }
        });
        // the first words of known names of several words, where a run of them may start: "von" of "von der Leyen";
        // a family name's particle is capitalised where it opens a sentence ("Van Dijk said")
        Set<String> openers = new HashSet<>();
        for (String name : List.copyOf(known)) {
            int space = name.indexOf(' ');
            if (space > 0) {
                openers.add(name.substring(0, space));
                if (Character.isLowerCase(name.charAt(0))) {
                    known.add(openingASentence(name));
                    openers.add(openingASentence(name.substring(0, space)));
                }
            }
        }
        Set<Integer> covered = new HashSet<>();
        for (PersonMention m : mentions) {
            for (int p = m.start(); p < m.end(); p++) {
                covered.add(p);
            }
        }
        for (List<Token> tokens : tokensBySentence) {
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (covered.contains(t.start()) || !known.contains(t.text()) && !openers.contains(t.text())) {
                    continue;
                }
                // take the longest known run starting here: "Jeffrey Epstein" rather than "Jeffrey"
                int end = i + 1;
                while (end < tokens.size() && adjacent(text, tokens.get(end - 1), tokens.get(end))
                        && known.contains(join(text, tokens.subList(i, end + 1)))) {
                    end++;
                }
                if (end == i + 1 && i + 1 < tokens.size() && adjacent(text, t, tokens.get(i + 1))
                        && known.contains(tokens.get(i + 1).text()) && isCapitalised(tokens.get(i + 1).text())) {
                    end = i + 2; // an unknown given name before a known surname: "Jeffery Epstein"
                }
                if (end == i + 1 && !known.contains(t.text())) {
                    continue; // the first word of a known name, but not that name
                }
                if (organisationWordAfter(tokens, end, text) > 0) {
                    continue; // "the Nobel Prize", "the Kennedy Center": a thing named after the person
                }
                if (end == i + 1 && THING_AFTER.matcher(text).region(t.end(), text.length()).lookingAt()) {
                    continue; // "Ford cut its forecast", "Ford, which": the firm, not Bill Ford
                }
                if (end == i + 1 && MONTHS.contains(t.text()) && (DIGIT_AFTER.matcher(text).region(t.end(),
                        text.length()).lookingAt() || i > 0 && TIME_WORD_BEFORE.matcher(tokens.get(i - 1).text()).matches())) {
                    continue; // "in May", "May 3": Theresa May's surname is also the month
                }
                int start = t.start();
                int stop = tokens.get(end - 1).end();
                mentions.add(new PersonMention(text.substring(start, stop), start, stop, null, text.substring(start, stop)));
                for (int p = start; p < stop; p++) {
                    covered.add(p);
                }
                i = end - 1;
            }
        }
    }

    /**
     * What follows a name that is a thing's, not a person's: "| cut its forecast", "|, which"; not after a saying,
     * whose "its" may be another's ("Smith said its plan ...").
     */
    private static final Pattern THING_AFTER = Pattern.compile(",\\s+which\\b|\\s+(?:(?:has|had|will|also)\\s+)?"
            + "(?!(?:said|says|told|tells|added|adds|wrote|writes|claimed|argued|insisted|noted|stated)\\s)\\p{Ll}{2,}"
            + "(?:\\s+(?:on|last|this)\\s+\\p{Lu}\\p{Ll}+)?\\s+its\\b");

    private static final Pattern SAINT = Pattern.compile("St\\.?|Saint");
    private static final Pattern ROLE_ENDING = Pattern.compile("\\p{Lu}\\p{Ll}{2,}(?:or|er|ist|ian|ant|eer)");

    /** "Navigator Ines Holt said": a role-like word, then exactly two capitalised words, then a lower-case word. */
    private boolean looksLikeRole(List<Token> tokens, int i, String text) {
        if (i + 3 >= tokens.size() || !ROLE_ENDING.matcher(tokens.get(i).text()).matches()
                || notNames.contains(tokens.get(i).text()) || isGivenName(tokens.get(i).text())) {
            return false;
        }
        Token first = tokens.get(i + 1);
        Token second = tokens.get(i + 2);
        Token after = tokens.get(i + 3);
        return isCapitalised(first.text()) && isCapitalised(second.text()) && adjacent(text, first, second)
                && !isCapitalised(after.text()) && Character.isLowerCase(after.text().charAt(0));
    }

    /** How many tokens from {@code i} form a title ("Lord", "Prime Minister", "Rt. Hon."), 0 if none. */
    private int titleAt(List<Token> tokens, int i, String text) {
        if (!titleFirstWords.contains(tokens.get(i).text())) {
            return 0;
        }
        for (int n = Math.min(longestTitle, tokens.size() - i); n >= 1; n--) {
            List<Token> candidate = tokens.subList(i, i + n);
            if (titles.contains(join(text, candidate)) && i + n < tokens.size()
                    && adjacent(text, tokens.get(i + n - 1), tokens.get(i + n))) {
                return n;
            }
        }
        return 0;
    }

    /**
     * Where a name's run of capitalised words ends in a word that ends names of things, a few words on ("Ronald
     * Reagan | Washington National Airport"): the index after that word, or -1.
     */
    private int organisationWordAfter(List<Token> tokens, int nameEnd, String text) {
        for (int k = nameEnd; k < Math.min(tokens.size(), nameEnd + 4); k++) {
            Token t = tokens.get(k);
            if (!adjacent(text, tokens.get(k - 1), t)) {
                return -1;
            }
            if (organisationWords.contains(t.text())) {
                return k + 1;
            }
            if (!isCapitalised(t.text())) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The end of a run of capitalised name words starting at {@code i}: at most four words, besides particles and
     * initials inside ("Luiz Inacio Lula da Silva"). A title's word inside the run is a surname when no name follows
     * it ("Martin Luther King Jr.", "Billie Jean King said").
     */
    private static final Pattern MIDDLE_NAME_WORD = Pattern.compile("\\p{Lu}\\p{Ll}{3,}");

    private int nameEnd(List<Token> tokens, int i, String text) {
        int end = i;
        int joiners = 0;
        while (end < tokens.size() && end - i - joiners < 4) {
            Token t = tokens.get(end);
            if (end > i && PersonNames.isSuffix(t.text()) && adjacent(text, tokens.get(end - 1), t)) {
                end++; // "Charles III", "Donald Trump Jr.": the suffix ends the name
                break;
            }
            // "George HW Bush", "George W Bush": capitals without full stops, after a known given name
            boolean initial = isInitial(t.text()) || end == i + 1 && isGivenName(tokens.get(i).text())
                    && UNDOTTED_INITIALS.matcher(t.text()).matches();
            boolean joiner = end > i && PARTICLES.contains(t.text());
            // "Bashar al-Assad": a particle joined to a family name by a hyphen is the family name
            boolean joinedParticle = end > i && isJoinedParticle(t.text());
            if (!initial && !joiner && !joinedParticle && !isCapitalised(t.text())) {
                break; // most words: a lower-case word ends the run (titles and months are capitalised)
            }
            Token next = end + 1 < tokens.size() ? tokens.get(end + 1) : null;
            boolean nextAdjacent = next != null && adjacent(text, t, next);
            boolean nextCapitalised = nextAdjacent && isCapitalised(next.text());
            // "Ana de Souza", "Anne van der Berg", "George W. Bush"; a name may open with initials: "J.K. Rowling"
            // ("F.W. de Klerk": initials before a particle)
            boolean particle = joiner && (nextCapitalised || nextAdjacent && PARTICLES.contains(next.text()))
                    || initial && (nextCapitalised || nextAdjacent && (isInitial(next.text())
                            || PARTICLES.contains(next.text())));
            boolean surname = end > i && titles.contains(t.text())
                    && (!nextCapitalised || PersonNames.isSuffix(tokens.get(end + 1).text()));
            // "Theresa May", "Brian May": a month after a known given name is a surname, not "May 3"
            boolean monthSurname = end == i + 1 && isGivenName(tokens.get(i).text()) && MONTHS.contains(t.text())
                    && !DIGIT_AFTER.matcher(text).region(t.end(), text.length()).lookingAt();
            // "Sue Park said", "Jerry Hall, the model,": a place's or firm's word after a known given name, ending
            // the run, is a surname; only what follows a person's name accepts it
            boolean wordSurname = end == i + 1 && isGivenName(tokens.get(i).text())
                    && organisationWords.contains(t.text()) && !nextCapitalised;
            // "James Earl Jones": a title's word between a known given name and a family name is a middle name
            boolean middleName = end == i + 1 && isGivenName(tokens.get(i).text()) && titles.contains(t.text())
                    && MIDDLE_NAME_WORD.matcher(t.text()).matches() && nextCapitalised && !titles.contains(next.text());
            if (!particle && !surname && !monthSurname && !wordSurname && !middleName && !joinedParticle
                    && (!isCapitalised(t.text()) || notNames.contains(t.text()) || titles.contains(t.text())
                            || organisationWords.contains(t.text()))) {
                break;
            }
            if (end > i && !adjacent(text, tokens.get(end - 1), t)) {
                break;
            }
            joiners += particle ? 1 : 0;
            end++;
        }
        while (end > i && PARTICLES.contains(tokens.get(end - 1).text())) {
            end--;
        }
        return end;
    }

    private static final Pattern UNDOTTED_INITIALS = Pattern.compile("\\p{Lu}{1,2}");
    private static final Set<String> MONTHS = Arrays.stream(Month.values())
            .map(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).collect(Collectors.toUnmodifiableSet());
    /** Words before a month that make it the month: "in May", "since June", "last August". */
    private static final Pattern TIME_WORD_BEFORE = Pattern.compile("(?i)in|on|by|since|until|till|from|of|last|next"
            + "|this|early|late|mid|during|before|after|through|to|between|throughout");
    private static final Pattern DIGIT_AFTER = Pattern.compile("[ \\t,]*\\d");

    /** An initial, inside a name like a particle or opening it: "George W. Bush", "J.K. Rowling". */
    private static boolean isInitial(String word) {
        return word.length() == 2 && word.charAt(1) == '.' && Character.isUpperCase(word.charAt(0));
    }

    /** "al-Assad", "bin-Salman": a particle, a hyphen and a capitalised word. */
    private static boolean isJoinedParticle(String word) {
        int hyphen = word.indexOf('-');
        return hyphen > 0 && PARTICLES.contains(word.substring(0, hyphen)) && isCapitalised(word.substring(hyphen + 1));
    }

    private static boolean isCapitalised(String word) {
        if (word.length() < 2 || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        // all-capital words are acronyms (MI6, NATO), not names
        return word.chars().skip(1).anyMatch(Character::isLowerCase);
    }

    /** Only spaces between two tokens: a comma or a line break ends a name. */
    private static boolean adjacent(String text, Token a, Token b) {
        if (b.start() == a.end() && isInitial(a.text()) && Character.isUpperCase(b.text().charAt(0))) {
            return true; // "J.K."
        }
        if (b.start() <= a.end()) {
            return false;
        }
        for (int k = a.end(); k < b.start(); k++) {
            char c = text.charAt(k);
            if (c != ' ' && c != '\u00A0') {
                return false;
            }
        }
        return true;
    }

    /** An auxiliary that may open a question and is also a name: "Will", "May". */
    private static final Pattern QUESTION_AUXILIARY = Pattern.compile("Will|May|Can|Did|Does|Should|Would|Could");
    /** A sentence that asks: it ends with a question mark, maybe inside a quotation. */
    private static final Pattern QUESTION = Pattern.compile("\\?[\"”’')]*\\s*$");

    private static List<Token> tokens(Sentence sentence) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(sentence.text());
        while (m.find()) {
            String word = m.group();
            int end = m.end();
            if (word.endsWith("’s") || word.endsWith("'s")) {
                word = word.substring(0, word.length() - 2);
                end -= 2;
            } else if (word.endsWith(".") && !KEEPS_FULL_STOP.matcher(word).matches()) {
                word = word.substring(0, word.length() - 1);
                end -= 1;
            }
            if (tokens.isEmpty() && QUESTION_AUXILIARY.matcher(word).matches() && QUESTION.matcher(sentence.text())
                    .find()) {
                word = word.toLowerCase(Locale.ROOT); // "Will Trump run again?": the verb, not a given name
            }
            if (!word.isEmpty()) {
                tokens.add(new Token(word, sentence.start() + m.start(), sentence.start() + end));
            }
        }
        return tokens;
    }

    /** How many initials a name opens with: two in "J.K. Rowling", none in "Ana Lind". */
    private static int leadingInitials(List<Token> name) {
        int k = 0;
        while (k < name.size() && isInitial(name.get(k).text())) {
            k++;
        }
        return k;
    }

    private static String join(String text, List<Token> tokens) {
        StringBuilder sb = new StringBuilder();
        Token previous = null;
        for (Token t : tokens) {
            if (previous != null && t.start() > previous.end()) {
                sb.append(' '); // initials written together stay together: "J.K. Rowling"
            }
            sb.append(t.text());
            previous = t;
        }
        return sb.toString();
    }

    /** A known given name, written with its accents or without: "Noël" is "Noel", "José" is "Jose". */
    private boolean isGivenName(String word) {
        return givenNames.contains(word)
                || !ASCII.matcher(word).matches() && givenNames.contains(PersonNames.withoutAccents(word));
    }

    private static final Pattern ASCII = Pattern.compile("\\p{ASCII}*");

    private static Set<String> words(String file) {
        return new HashSet<>(Resources.entries("extract/people/" + file));
    }

    private static Set<String> lowerCase(Set<String> words) {
        Set<String> set = new HashSet<>();
        words.forEach(w -> set.add(w.toLowerCase(Locale.ROOT)));
        return set;
    }
}
