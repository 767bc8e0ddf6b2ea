package org.eventtimeline.extract.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eventtimeline.extract.InTextOrder;
import org.eventtimeline.extract.Resources;
import org.eventtimeline.extract.people.Person;
import org.eventtimeline.extract.people.PersonMention;
import org.eventtimeline.extract.people.PersonNames;
import org.eventtimeline.extract.text.Sentence;

/**
 * Who a statement is about, read as a careful reader would: the people its clause names, then the people its words
 * point back to. "He", "his" or "the former ambassador" is the subject of the last sentence that had one, unless the
 * clause names someone before it ("Johnson said he had no regrets"); "they" or "the two" are everyone the last
 * statement named; "This was in January 2008" is about what came before; "(pictured with ...)" is about the person
 * just named; a sentence inside a quotation also involves its speaker.
 */
final class Context {

    private static final Pattern SINGULAR = Pattern.compile("\\b(?:he|him|his|she|her|hers)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLURAL = Pattern.compile("\\b(?:they|them|their|both|the two|the pair|the couple)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Words that point back past a sentence to a group: "the two men", "both", or "They" opening a clause. */
    private static final Pattern GROUP_BACK = Pattern.compile("\\b(?:both|the two|the pair|the couple)\\b"
            + "|^[\\W_]*(?:they|their)\\b", Pattern.CASE_INSENSITIVE);
    /** Sentences after it in which "They" opening a statement may still mean a group named before. */
    private static final int GROUP_SENTENCES = 2;
    private static final Pattern OBJECT_PLURAL = Pattern.compile("their|them", Pattern.CASE_INSENSITIVE);
    /** "This was in 2008", "It happened two days later": a time given for what came before, not a new subject. */
    private static final Pattern ABOUT_BEFORE = Pattern.compile("^(?:This|That|It)\\s+(?:happened|came|occurred"
            + "|(?:was|is)\\s+(?:(?:just|only|back|around|about|nearly|almost|then)\\s+)?(?:in|on|at|during|before|after"
            + "|when|until|\\d|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|some|many|few)\\s+\\w+\\s+"
            + "(?:ago|later|earlier|before|after)))\\b");
    private static final Pattern DESCRIPTION = description();
    /**
     * "The 20-year-old Spaniard, who won ...", "The 37-year-old said": a person described by age at the start of a
     * sentence, someone named before; not a thing's age ("The 158-year-old bank collapsed").
     */
    private static final Pattern AGE_EPITHET = Pattern.compile("[\\W_]*The\\s+[\\w-]{1,20}-year-old(?:\\s+(?:\\p{Lu}\\p{Ll}+"
            + "|(?i:" + Resources.alternation("extract/people/person-nouns.txt") + "|"
            + Resources.alternation("extract/people/roles.txt") + ")))?(?=\\s*,|\\s+(?:who|has|had|was|is|will|would"
            + "|could|said|says|\\p{Ll}+ed|" + Resources.alternation("extract/text/irregular-past.txt") + ")\\b)");
    /** Where a clause ends and another with a subject of its own begins: ", and", "; but", "; ". */
    private static final Pattern COORDINATED_CLAUSE_AFTER = Pattern.compile("\\s*(?:[,;]\\s*(?:and|but|while|whereas)"
            + "|;)\\s");
    /** How many earlier subjects a pronoun can point back to, passing over those of the other sex. */
    private static final int SUBJECTS_REMEMBERED = 3;
    /** How far into a sentence a person can stand and still be its subject. */
    private static final int SUBJECT_REACH = 60;

    private final String text;
    private final List<PersonMention> mentions;
    private final Map<PersonMention, Person> personOf;
    /** The subjects of the last sentences that had one, the latest first. */
    private final List<Person> recentSubjects = new ArrayList<>();
    private List<Person> lastNamed = List.of();
    /** Of those, the ones named only in a "who" aside about someone else: who a pronoun is last of all. */
    private List<Person> lastNamedAside = List.of();
    /** The people of the last statement that named more than one, for "they" a sentence later, and its sentence. */
    private List<Person> lastGroup = List.of();
    private int lastGroupIn = -1;
    private Person quoteSpeaker;
    /** Who spoke the quotation of the last sentence that named its speaker, and where that sentence ended. */
    private Person lastQuoted;
    private int lastQuotedIn = -1;
    private int lastQuotedEnd;
    /** The people of the whole sentence last asked for, and its index: what its clauses without a name fall back on. */
    private List<Person> wholeSentence = List.of();
    private int wholeSentenceIn = -1;

    Context(String text, List<PersonMention> mentions, Map<PersonMention, Person> personOf) {
        this.text = text;
        this.mentions = mentions; // in text order: a range of them is found by halving
        this.personOf = personOf;
    }

    List<Person> peopleOf(Sentence sentence, int clauseStart, int clauseEnd) {
        boolean whole = clauseStart == sentence.start() && clauseEnd == sentence.end();
        if (whole && wholeSentenceIn == sentence.index()) {
            return wholeSentence; // asked again for each clause that names no one: read once, not once a clause
        }
        List<Person> found = peopleOfClause(sentence, clauseStart, clauseEnd);
        if (whole) {
            wholeSentence = found;
            wholeSentenceIn = sentence.index();
        }
        return found;
    }

    private List<Person> peopleOfClause(Sentence sentence, int clauseStart, int clauseEnd) {
        Set<Person> people = new LinkedHashSet<>(named(clauseStart, clauseEnd));
        String clause = text.substring(clauseStart, clauseEnd).strip();
        if (clause.startsWith("(")) {
            Person before = lastNamedBefore(clauseStart, sentence.start());
            if (before != null) {
                people.add(before); // "Deripaska (pictured with Putin in 2017)"
            }
        }
        int lead = clauseStart;
        while (lead < clauseEnd && (text.charAt(lead) == ',' || Character.isWhitespace(text.charAt(lead)))) {
            lead++;
        }
        PersonMention relative = text.startsWith("who ", lead)
                ? namedRightBefore(text, lead, startingIn(lead - 200, lead)) : null;
        if (people.isEmpty() && relative != null && personOf.containsKey(relative)) {
            people.add(personOf.get(relative)); // "from Walter Beck, | who had run it since 1987": Beck alone
        }
        Matcher epithet = AGE_EPITHET.matcher(text).region(sentence.start(), sentence.end());
        Person byAge = epithet.lookingAt() && !recentSubjects.isEmpty() && named(sentence.start(), clauseStart)
                .isEmpty() ? pointedAt(null, null) : null;
        if (people.isEmpty() && byAge != null && text.startsWith("who ", lead)
                && COMMA_BETWEEN.matcher(text).region(epithet.end(), lead).matches()) {
            people.add(byAge); // "The 20-year-old Spaniard, | who won the US Open last year": Alcaraz alone
        }
        boolean fromTheSentence = false;
        if (people.isEmpty() && (clauseStart > sentence.start() || clauseEnd < sentence.end())
                && !OPENING_PHRASE.matcher(text).region(sentence.start(), clauseStart).matches()) {
            String sex = pronounSex(clauseStart, clauseEnd);
            boolean back = pointsBack(clauseStart, clauseEnd);
            List<Person> namedBefore = back ? named(sentence.start(), clauseStart) : List.of();
            Person pointed = back ? onlyOneOfSex(sex, namedBefore) : null;
            boolean backBeforeTheSentence = back && namedBefore.isEmpty();
            // "The House resumed the count that evening, | and Mike Pence confirmed ...": a clause of its own before
            // anyone is named is no part of the next one's statement
            boolean ownClauseFirst = !back && named(sentence.start(), clauseStart).isEmpty()
                    && COORDINATED_CLAUSE_AFTER.matcher(text).region(clauseEnd, sentence.end()).lookingAt();
            if (pointed != null) {
                people.add(pointed); // "Ana Lind married Paul Ek in 1961; he died in 2015": Ek alone
            } else if (!backBeforeTheSentence && !ownClauseFirst) {
                people.addAll(peopleOf(sentence, sentence.start(), sentence.end())); // the clause is part of a statement
            }
            // else "In May he celebrated his centenary; in July he met Xi Jinping": "he" is someone named before
            fromTheSentence = people.stream().anyMatch(p -> !PersonNames.otherSex(sex, sexOf(p)));
        }
        if (people.isEmpty() && ABOUT_BEFORE.matcher(clause).find()) {
            people.addAll(lastNamed);
        }
        Matcher plural = PLURAL.matcher(clause);
        boolean groupRecent = lastGroupIn >= 0 && sentence.index() - lastGroupIn <= GROUP_SENTENCES;
        List<Person> group = lastNamed.size() > 1 ? lastNamed
                : groupRecent && GROUP_BACK.matcher(clause).find() ? lastGroup : List.of();
        if (plural.find() && !group.isEmpty() && !(OBJECT_PLURAL.matcher(plural.group()).matches()
                && !named(clauseStart, clauseEnd).isEmpty())) {
            // "they" are the people last named, not one person ("shares lost their value"), or those of the statement
            // before ("Ruiz and Boal worked together. Boal wrote it. Their last film ..."); but after a name of its
            // own, "their" or "them" is more likely a thing's ("Biden ordered their release")
            people.addAll(group);
        }
        MatchResult description = unnamedDescription(clauseStart, clauseEnd);
        Person described = description == null ? null : described(description, clauseStart);
        // "the health secretary" is an office's holder, someone the text gave that office, not whoever came before
        MatchResult role = description != null && !namesAnOffice(description) ? description : null;
        if (described != null) {
            people.add(described); // "the prime minister's birthday", after "Prime Minister Boris Johnson"
        } else if ((role != null || description == null && !fromTheSentence && pointsBack(clauseStart, clauseEnd))
                && !recentSubjects.isEmpty() && !startsWithName(clauseStart, clauseEnd)) {
            // a pronoun in a clause whose sentence names someone it can be ("McCain, who won in February, | will
            // suspend his campaign") points at no one before it
            Person earlier = role != null ? pointedAt(null, role.group(1))
                    : pointedAt(pronounSex(clauseStart, clauseEnd), null);
            if (earlier != null) {
                people.add(earlier);
            }
        }
        if (byAge != null) {
            people.add(byAge); // "The 37-year-old | will retire in October"
        }
        Matcher subjectPronoun = SUBJECT_PRONOUN.matcher(text).region(clauseStart, clauseEnd);
        if (!people.isEmpty() && !recentSubjects.isEmpty() && subjectPronoun.find()) {
            // "Appointed by Bill Clinton in 1993, she was the second woman ...": "she" is no one the clause names
            String sex = sexOfPronoun(subjectPronoun.group());
            // nor one named after it when it opens the clause: "He was Al Gore's running mate in 2000"
            boolean opens = subjectPronoun.start() == lead && sentence.start() == clauseStart;
            Person earlier = people.stream().allMatch(p -> PersonNames.otherSex(sex, sexOf(p))) || opens
                    ? pointedAt(sex, null) : null;
            if (earlier != null) {
                people.add(earlier);
            }
        }
        if (quoteSpeaker != null && opensInsideQuote(sentence)) {
            people.add(quoteSpeaker);
        }
        if (people.isEmpty() && quotesOnFrom(sentence)) {
            people.add(lastQuoted); // "'It helped us,' Geremek said. | 'Today is our day.'": still Geremek's words
        }
        PersonMention subject = subjectOfTheVerbAfterAnAside(sentence, lead);
        if (subject != null && personOf.containsKey(subject)) {
            people.add(personOf.get(subject)); // "Lula, who began his term in 2023, | invited Xi to Brasília"
        }
        return List.copyOf(people);
    }

    /** Remembers the sentence's subject, the people it named and who is speaking if it leaves a quotation open. */
    void finished(Sentence sentence) {
        if (BYLINE.matcher(sentence.text()).matches()) {
            return; // "By Jane Smith, Political Correspondent": who wrote it, no one the story goes on about
        }
        List<Person> named = named(sentence.start(), sentence.end());
        List<Person> involved = peopleOf(sentence, sentence.start(), sentence.end());
        Person subject = subject(sentence);
        if (subject != null) {
            recentSubjects.remove(subject);
            recentSubjects.add(0, subject);
            if (recentSubjects.size() > SUBJECTS_REMEMBERED) {
                recentSubjects.remove(SUBJECTS_REMEMBERED);
            }
        }
        if (!involved.isEmpty()) {
            lastNamed = involved;
            lastNamedAside = namedOnlyInAsides(sentence, involved);
        }
        if (involved.size() > 1) {
            lastGroup = involved;
            lastGroupIn = sentence.index();
        }
        if (QUOTE_MARK.matcher(sentence.text()).find() && (!named.isEmpty() || quotesOnFrom(sentence))) {
            lastQuoted = named.isEmpty() ? lastQuoted : subject != null && named.contains(subject) ? subject
                    : named.get(named.size() - 1);
            lastQuotedIn = sentence.index();
            lastQuotedEnd = sentence.end();
        }
        if (leavesQuoteOpen(sentence.text())) {
            quoteSpeaker = subject != null ? subject : named.isEmpty() ? quoteSpeaker : named.get(0);
        } else if (!opensInsideQuote(sentence) || closesQuote(sentence.text())) {
            quoteSpeaker = null;
        }
        wholeSentenceIn = -1; // what was remembered changes what a sentence's people are
    }

    /**
     * Of {@code people}, those whose names in {@code sentence} {@code headline} repeats, else those it names by any
     * name the text gave them; all if it names none.
     */
    List<Person> namedIn(String headline, Sentence sentence, List<Person> people) {
        List<Person> named = repeatedIn(headline, sentence, people);
        if (named.isEmpty()) {
            // "He was nominated by Gerald Ford in 1975 and retired in 2010": "Stevens retired", a pronoun named
            named = people.stream().filter(p -> heads(headline, p)).toList();
        }
        return named.isEmpty() ? people : named;
    }

    /** The people {@code sentence} names only from {@code from} on: its main clause's, after an aside. */
    List<Person> namedOnlyFrom(Sentence sentence, int from) {
        List<Person> before = named(sentence.start(), from);
        return named(from, sentence.end()).stream().filter(p -> !before.contains(p)).toList();
    }

    /** Of {@code people}, those whose names in {@code sentence} {@code headline} repeats. */
    List<Person> repeatedIn(String headline, Sentence sentence, List<Person> people) {
        List<Person> named = new ArrayList<>();
        for (PersonMention m : startingIn(sentence.start(), sentence.end())) {
            Person p = personOf.get(m);
            if (m.end() <= sentence.end() && people.contains(p) && !named.contains(p)
                    && holdsWord(headline, m.text())) {
                named.add(p);
            }
        }
        return named;
    }

    /**
     * The people involved, with whom the headline opens when the sentence names them: "Boris Johnson was elected
     * leader on Tuesday and | will become prime minister on Wednesday" is headed by Johnson, whose clause it is.
     */
    List<Person> withWhomItOpens(String headline, Sentence sentence, List<Person> people) {
        for (Person p : named(sentence.start(), sentence.end())) {
            if (!people.contains(p) && (opensWith(headline, p.name())
                    || p.aliases().stream().anyMatch(a -> opensWith(headline, a)))) {
                List<Person> with = new ArrayList<>(people.size() + 1);
                with.add(p);
                with.addAll(people);
                return with;
            }
        }
        return people;
    }

    private static boolean opensWith(String headline, String name) {
        return headline.startsWith(name)
                && (headline.length() == name.length() || !Character.isLetterOrDigit(headline.charAt(name.length())));
    }

    /** Whether a headline names the person, by name or by any name the text gave them. */
    static boolean heads(String headline, Person p) {
        return holdsWord(headline, p.name()) || p.aliases().stream().anyMatch(a -> holdsWord(headline, a));
    }

    /** Whether {@code words} stand in {@code text} as whole words. */
    private static boolean holdsWord(String text, String words) {
        for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
            int end = at + words.length();
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** The mentions that start from {@code from} up to {@code to}, found by halving, not by reading them all. */
    private List<PersonMention> startingIn(int from, int to) {
        int low = InTextOrder.firstFrom(mentions, PersonMention::start, from);
        int high = InTextOrder.firstFrom(mentions, PersonMention::start, to);
        return low < high ? mentions.subList(low, high) : List.of();
    }

    List<Person> named(int start, int end) {
        Set<Person> people = new LinkedHashSet<>();
        for (PersonMention m : startingIn(start, end)) {
            if (m.end() <= end && personOf.containsKey(m)) {
                people.add(personOf.get(m));
            }
        }
        return new ArrayList<>(people);
    }

    /**
     * The person the sentence opens with as its subject, when no one else is named between them and {@code position}:
     * whom a later "he" or "she" of the sentence is ("Sam Altman will return ..., days after | he was fired"). Null
     * when the sentence opens otherwise, or with a possessive ("Smith's lawyer said he ...").
     */
    Person openingSubjectBefore(Sentence sentence, int position) {
        List<PersonMention> first = startingIn(sentence.start(), Math.min(position, sentence.start() + SUBJECT_REACH));
        if (first.isEmpty() || !TITLES_BEFORE.matcher(text).region(sentence.start(), first.get(0).start()).matches()) {
            return null;
        }
        PersonMention m = first.get(0);
        boolean alone = startingIn(m.end(), position).isEmpty();
        return alone && m.end() < position && !POSSESSIVE.matcher(text).region(m.end(), position).lookingAt()
                ? personOf.get(m) : null;
    }

    /** What may open a sentence before its subject's name: its titles ("Former Prime Minister | Ana Lind"). */
    private static final Pattern TITLES_BEFORE = Pattern.compile("[\\W_]*(?:\\p{Lu}[\\p{L}.-]*\\s+){0,3}");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?\\b");

    private Person subject(Sentence sentence) {
        // a sentence that opens with a quotation is its speaker's: "'It took a decade,' said the author, Ann Lee."
        Matcher quoted = OPENING_QUOTATION.matcher(sentence.text());
        int from = sentence.start() + (quoted.lookingAt() ? quoted.end() : 0);
        Matcher opening = OPENING_PHRASE.matcher(text).region(from, sentence.end());
        Matcher after = opening.lookingAt() ? SUBJECT_PRONOUN.matcher(text).region(opening.end(), sentence.end())
                : null;
        if (AGE_EPITHET.matcher(text).region(from, sentence.end()).lookingAt() && !recentSubjects.isEmpty()) {
            return pointedAt(null, null); // "The 20-year-old Spaniard, who won the US Open last year, ..."
        }
        if (after != null && after.lookingAt() && !recentSubjects.isEmpty()) {
            // "After losing to Ronald Reagan four years later, he founded ...": not Reagan, whoever "he" was
            return pointedAt(sexOfPronoun(after.group()), null);
        }
        for (PersonMention m : startingIn(from, from + SUBJECT_REACH)) {
            if (m.end() <= sentence.end()) {
                // "She had appointed Liz Truss as prime minister": the subject is whom "she" points back to
                Matcher pronoun = SUBJECT_PRONOUN.matcher(text).region(from, m.start());
                return pronoun.find() && !recentSubjects.isEmpty() ? pointedAt(sexOfPronoun(pronoun.group()), null)
                        : personOf.get(m);
            }
        }
        return null;
    }

    /**
     * A phrase that opens a sentence before its subject, up to its comma: "After losing to Ronald Reagan in 1980, |".
     * The people it names are not whom the subject's pronoun points to.
     */
    private static final Pattern OPENING_PHRASE = Pattern.compile("[\\W_]*(?:After|Before|Since|While|When|Having"
            + "|Following|Despite|Unlike|Like|Upon)\\b[^,;:]{1,120}(?:,\\s*)?");

    private static final Pattern BYLINE = Pattern.compile("\\s*By\\s+\\p{Lu}[^\\n.!?]{0,80}\\s*");

    /** A pronoun that is a clause's subject ("he", "she"; not "his" or "her"). */
    private static final Pattern SUBJECT_PRONOUN = Pattern.compile("\\b(?:he|she)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern OPENING_QUOTATION = Pattern.compile("[\"“‘][^\"”’]{1,400}[\"”’]|``.{1,400}?''");

    private boolean startsWithName(int start, int end) {
        if (!startingIn(start, Math.min(end, start + 12)).isEmpty()) {
            return true;
        }
        return false;
    }

    /**
     * Who a pronoun of this sex points back to: the latest subject, else someone else the last statement named, else
     * an earlier subject, the first who can be of that sex. "He", after "Madeleine Albright has invited Bronislaw
     * Geremek", is Geremek; "She", after "Her husband, Lionel Harcourt, died", the woman the text was about. A person
     * whose sex nothing says can be either; but "she" is first someone known to be a woman (news names more men
     * without a given name: "President Trump nominated her. Her hearing ..."). A role ("the minister") passes over
     * people the text gave another role.
     * Null when no one fits.
     */
    private Person pointedAt(String sex, String role) {
        // "Kamala Harris, who replaced Joe Biden in July, conceded. He will be sworn in": the aside's Biden comes last
        List<Person> candidates = new ArrayList<>(recentSubjects.subList(0, 1));
        lastNamed.stream().filter(p -> !lastNamedAside.contains(p)).forEach(candidates::add);
        candidates.addAll(recentSubjects);
        candidates.addAll(lastNamedAside);
        for (Person p : candidates) {
            if ("f".equals(sex) && sex.equals(sexOf(p)) && !otherRole(role, p)) {
                return p; // "President Trump nominated her. Her hearing was held ...": the one known to be a woman
            }
        }
        for (Person p : candidates) {
            if (!PersonNames.otherSex(sex, sexOf(p)) && !otherRole(role, p)) {
                return p;
            }
        }
        return null; // "he" after only women, "the minister" after only a chef: someone not named
    }

    /** The person named right before a comma that ends at {@code position} ("Walter Beck, | who"), or null. */
    static PersonMention namedRightBefore(String text, int position, List<PersonMention> mentions) {
        for (PersonMention m : mentions) {
            if (m.end() < position && position - m.end() <= 40 && COMMA_BETWEEN.matcher(text.substring(m.end(),
                    position)).matches()) {
                return m;
            }
        }
        return null;
    }

    /**
     * The person named right before {@code position} or before a role that describes them there: "Jon Corzine, a
     * former governor of New Jersey | who led ..."; null when there is none.
     */
    static PersonMention namedOrDescribedBefore(String text, int position, List<PersonMention> mentions) {
        PersonMention named = namedRightBefore(text, position, mentions);
        for (int i = 0; named == null && i < mentions.size(); i++) {
            PersonMention m = mentions.get(i);
            if (m.end() < position && position - m.end() <= ROLE_REACH
                    && ROLE_BETWEEN.matcher(text).region(m.end(), position).matches()) {
                named = m;
            }
        }
        return named;
    }

    private static final int ROLE_REACH = 80;
    /** A role set after a name, with its article: ", a former governor of New Jersey ". */
    static final String ROLE_AFTER_NAME = ",\\s+(?:a|an|the)\\s+[^,;:()]{1,60}?\\s+";
    private static final Pattern ROLE_BETWEEN = Pattern.compile(ROLE_AFTER_NAME);

    /**
     * The person named right before a date and its preposition ("after Andrew Johnson | in 1868"), or null: in a list
     * of such pairs each date is its own person's.
     */
    Person namedRightBeforeDate(int dateStart) {
        for (PersonMention m : startingIn(dateStart - 200, dateStart)) {
            if (m.end() < dateStart && dateStart - m.end() <= 5 && personOf.containsKey(m)
                    && NAME_THEN_DATE.matcher(text).region(m.end(), dateStart).matches()) {
                return personOf.get(m);
            }
        }
        return null;
    }

    private static final Pattern NAME_THEN_DATE = Pattern.compile("\\s+(?:in|on)\\s+");

    /** The person whose "who" aside ends right before a clause that opens with a verb in lower case; else null. */
    private PersonMention subjectOfTheVerbAfterAnAside(Sentence sentence, int clauseStart) {
        if (clauseStart >= text.length() || !Character.isLowerCase(text.charAt(clauseStart))
                || text.startsWith("who ", clauseStart)) {
            return null;
        }
        // the last name before the clause, or one before it when that one is the aside's own ("Kamala Harris, who
        // replaced Joe Biden in July, | called ...")
        List<PersonMention> before = startingIn(sentence.start(), clauseStart);
        for (int i = before.size() - 1; i >= 0; i--) {
            PersonMention m = before.get(i);
            if (m.end() <= clauseStart && WHO_ASIDE_BEFORE.matcher(text).region(m.end(), clauseStart).matches()) {
                return m;
            }
        }
        return null;
    }

    /** Of {@code involved}, those the sentence names only inside a "who" aside ("Harris, who replaced Biden, ..."). */
    private List<Person> namedOnlyInAsides(Sentence sentence, List<Person> involved) {
        Set<Person> outside = new LinkedHashSet<>();
        Set<Person> inside = new LinkedHashSet<>();
        Matcher aside = WHO_ASIDE.matcher(text).region(sentence.start(), sentence.end());
        int asideStart = aside.find() ? aside.start() : Integer.MAX_VALUE;
        int asideEnd = asideStart == Integer.MAX_VALUE ? -1 : aside.end();
        for (PersonMention m : startingIn(sentence.start(), sentence.end())) {
            while (asideEnd >= 0 && m.start() >= asideEnd) {
                asideStart = aside.find() ? aside.start() : Integer.MAX_VALUE;
                asideEnd = asideStart == Integer.MAX_VALUE ? -1 : aside.end();
            }
            if (personOf.containsKey(m)) {
                (m.start() >= asideStart && m.end() <= asideEnd ? inside : outside).add(personOf.get(m));
            }
        }
        inside.removeAll(outside);
        return involved.stream().filter(inside::contains).toList();
    }

    private static final Pattern WHO_ASIDE = Pattern.compile(",\\s+who\\s[^,;:]{1,120},");

    /** A comma, after a parenthesis of the name's own if any: "Diego Rivera (1886–1957), | who married in 1929". */
    private static final Pattern COMMA_BETWEEN = Pattern.compile("(?:\\s*\\([^()]{1,30}\\))?,\\s+");
    private static final Pattern WHO_ASIDE_BEFORE = Pattern.compile(COMMA_BETWEEN.pattern() + "who\\s[^,;:]{1,120},\\s*");

    /** The one person of those named who can be of this sex, when the others cannot; else null. */
    private static Person onlyOneOfSex(String sex, List<Person> named) {
        List<Person> fit = named.stream().filter(p -> !PersonNames.otherSex(sex, sexOf(p))).toList();
        return fit.size() == 1 && named.size() > 1 ? fit.get(0) : null;
    }

    /**
     * How a headline calls a person: by surname, as the press does ("Okafor"), unless someone else in the text has
     * it too; by the whole name when that is all the text gave ("Mrs Alexander"), or when the surname is no name the
     * person goes by ("John Paul II" is not "Paul").
     */
    String shortName(Person p) {
        String surname = p.surname();
        if (!PersonNames.hasGivenName(p.name()) || !p.aliases().contains(surname)) {
            return p.name();
        }
        boolean shared = personOf.values().stream().distinct()
                .anyMatch(other -> other != p && other.surname().equals(surname));
        return shared ? p.name() : surname;
    }

    static String sexOf(Person p) {
        List<String> names = new ArrayList<>(p.aliases());
        names.add(p.name());
        return PersonNames.sexOfNames(names);
    }

    /**
     * Whether the text gave a person only roles other than this one: "Chef Marta Ilves" is not "the minister"; a
     * person named with no role, or with this one, may be.
     */
    private boolean otherRole(String role, Person p) {
        if (role == null) {
            return false;
        }
        Set<String> roles = new LinkedHashSet<>();
        for (PersonMention m : mentions) {
            if (p.equals(personOf.get(m))) {
                Matcher before = ROLE_BEFORE.matcher(text).region(Math.max(0, m.start() - 40), m.start());
                if (before.find() && PersonNames.isRole(before.group(1))) {
                    roles.add(before.group(1).toLowerCase(Locale.ROOT));
                }
                if (m.title() != null && PersonNames.isRole(m.title())) {
                    roles.add(m.title().toLowerCase(Locale.ROOT)); // "Superintendent Mark Ellis"
                }
            }
        }
        return !roles.isEmpty() && !roles.contains(role.toLowerCase(Locale.ROOT));
    }

    /**
     * The word right before a name: "chef" in "Chef Marta Ilves", "minister" in "Foreign Minister Ana Lee", "chair" in
     * "The company's chair, Anne Whitby".
     */
    private static final Pattern ROLE_BEFORE = Pattern.compile("(\\p{L}+),?\\s+$");

    /** "m" for a first "he", "him" or "his" in the clause, "f" for "she" or "her", else null. */
    private String pronounSex(int clauseStart, int clauseEnd) {
        Matcher pronoun = SINGULAR.matcher(text).region(clauseStart, clauseEnd);
        if (!pronoun.find()) {
            return null;
        }
        return sexOfPronoun(pronoun.group());
    }

    /** "f" for "she", "her" or "hers", "m" for "he", "him" or "his". */
    private static String sexOfPronoun(String pronoun) {
        String word = pronoun.toLowerCase(Locale.ROOT);
        return word.startsWith("s") || word.startsWith("her") ? "f" : "m";
    }

    /** A "he" or "his" with no one named before it in the clause: in "Johnson said he had", he is Johnson. */
    private boolean pointsBack(int clauseStart, int clauseEnd) {
        Matcher pronoun = SINGULAR.matcher(text).region(clauseStart, clauseEnd);
        return pronoun.find() && named(clauseStart, pronoun.start()).isEmpty();
    }

    /** A role description that is not followed by the name it describes ("the chairman, Tomas Weller"), or null. */
    private MatchResult unnamedDescription(int clauseStart, int clauseEnd) {
        java.util.regex.Matcher d = DESCRIPTION.matcher(text).region(clauseStart, clauseEnd);
        while (d.find()) {
            int after = d.end();
            boolean named = !startingIn(after, after + 4).isEmpty();
            if (!named) {
                return d.toMatchResult();
            }
        }
        return null;
    }

    /**
     * The one person named earlier with the role a description gives as their title: "the prime minister" after
     * "Prime Minister Boris Johnson". Null when no one, or more than one, was.
     */
    private Person described(MatchResult d, int clauseStart) {
        String title = d.group(1).toLowerCase(Locale.ROOT) + " ";
        Set<Person> titled = new LinkedHashSet<>();
        for (PersonMention m : mentions) {
            Person p = personOf.get(m);
            if (m.start() < clauseStart && p != null
                    && p.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).startsWith(title))) {
                titled.add(p);
            }
        }
        return titled.size() == 1 ? titled.iterator().next() : null;
    }

    private Person lastNamedBefore(int position, int notBefore) {
        Person last = null;
        for (PersonMention m : startingIn(notBefore, position)) {
            if (m.end() <= position) {
                last = personOf.get(m);
            }
        }
        return last;
    }

    /**
     * A sentence that is a quotation naming no one, right after one whose quotation had a speaker in the same
     * paragraph: the speaker goes on.
     */
    private boolean quotesOnFrom(Sentence sentence) {
        if (lastQuoted == null || lastQuotedIn != sentence.index() - 1
                || !OPENING_QUOTE.matcher(sentence.text()).lookingAt()) {
            return false;
        }
        int lineEnd = text.indexOf('\n', lastQuotedEnd);
        return (lineEnd < 0 || lineEnd >= sentence.start()) && named(sentence.start(), sentence.end()).isEmpty();
    }

    private static final Pattern QUOTE_MARK = Pattern.compile("[\"“”‘]|``|''");
    private static final Pattern OPENING_QUOTE = Pattern.compile("[\"“‘]|``");

    private boolean opensInsideQuote(Sentence sentence) {
        char first = sentence.text().charAt(0);
        return quoteSpeaker != null && first != '‘' && first != '“';
    }

    private static boolean leavesQuoteOpen(String sentence) {
        int open = Math.max(sentence.lastIndexOf('‘'), sentence.lastIndexOf('“'));
        return open >= 0 && !closesAfter(sentence, open);
    }

    private static boolean closesQuote(String sentence) {
        return closesAfter(sentence, -1);
    }

    private static boolean closesAfter(String sentence, int from) {
        for (int i = from + 1; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c == '”' || c == '’' && (i + 1 == sentence.length() || !Character.isLetter(sentence.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    private boolean namesAnOffice(MatchResult description) {
        return OFFICE.matcher(text).region(description.start(), description.start(1)).find();
    }

    /** A department before a role: "the health secretary", "the foreign minister". */
    private static final Pattern OFFICE = Pattern.compile("\\b(?:" + Resources.alternation(
            "extract/people/portfolios.txt") + ")\\s+$", Pattern.CASE_INSENSITIVE);

    /** "the now-ex British ambassador", "The PM": a person described by role rather than named. */
    private static Pattern description() {
        String roles = Resources.alternation("extract/people/roles.txt");
        return Pattern.compile("(?:^|(?<=[,;:]\\s))[Tt]he\\s+(?:[\\w’'-]+\\s+){0,3}?(" + roles
                + "|PM|prime minister)\\b(?!\\s+[A-Z])");
    }
}
