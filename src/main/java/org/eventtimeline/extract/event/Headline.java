package org.eventtimeline.extract.event;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eventtimeline.extract.Resources;
import org.eventtimeline.extract.people.Person;
import org.eventtimeline.extract.people.PersonMention;
import org.eventtimeline.extract.people.PersonNames;
import org.eventtimeline.extract.text.SentenceSplitter;
import org.eventtimeline.extract.time.RuleBook;
import org.eventtimeline.extract.time.TemporalExpression;

/**
 * A timeline card's headline: who did what, in the clause's own words. It starts at the person who acts — a name
 * that opens a clause and is followed by its verb ("..., Epstein pleaded guilty in a Florida court") — leaves out
 * a date that only sets the scene ("In 2010, ", "At the start of 2008, "), and stops at the end of the clause or at
 * a comma past the middle of the limit; only a clause too long for that is cut at a word, with "…".
 */
final class Headline {

    static final int MAX_LENGTH = 100;

    /**
     * The characters of a clause: up to a comma, semicolon or colon, but not the comma of "£21,000" or of
     * "April 15, 1912".
     */
    private static final String CLAUSE_WORDS = "(?:[^,;:]|,(?=\\d{3})"
            + "|(?<=\\s\\d{1,2}),(?=\\s(?:1\\d|20)\\d\\d(?!\\d)))";

    private static final Pattern OPENS_CLAUSE = Pattern.compile(
            "(?:^|[,;:–—(‘“]\\s*|\\b(?:when|that|and|while|then|but|where)\\s+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern VERB_AFTER = Pattern.compile(
            "^\\s+(?!(?:and|or|of|to|in|on|at|as|by|for|from|with|through|over|into|about|after|before|the|a|an|who|"
                    + "which|whose|whom)\\b)\\p{Ll}");
    /** "Last winter, by contrast, | was the driest in a decade": the date is the subject, and the clause its news. */
    private static final Pattern DATE_AS_SUBJECT = Pattern.compile(
            ",\\s+(?:\\p{Ll}+\\s+){0,2}\\p{Ll}+,\\s+(?:was|were|is|are|has|had|saw|brought)\\b");
    private static final Pattern SCENE_SETTING = Pattern.compile(
            // perhaps after the label of a list of dates: "Key dates: | March 23, 2020: lockdown begins", or a list's
            // mark: "- | Jan. 8: Protests erupt", "• | March 15: ..."
            "^(?:(?-i:\\p{Lu})[\\p{L} ]{0,20}:\\s+)?(?:[-–—•*·]\\s*)?"
                    + "(?:then\\s+|and\\s+|but\\s+|also\\s+|earlier\\s+|later\\s+)?(?:(?:in|on|at|by|since|during|from"
                    + "|as early as|until)\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    /**
     * A time before or after a thing, where no verb follows: "ahead of | the league restart on Jan. 10"; or the "with"
     * of a thing told with its time: "with | most results due overnight".
     */
    private static final Pattern TIME_BEFORE_A_THING = Pattern.compile("(?i:ahead\\s+of|in\\s+the\\s+run-up\\s+to|before"
            + "|after|following)\\s+(?=(?i:the|a|an|its|his|her|their)\\s)"
            // or what stands with a time, where no verb follows: "with | most results due overnight"
            + "|(?i:with)\\s+(?=(?i:the|a|an|its|his|her|their|most|some|all|many|more|up\\s+to|\\d)[\\s\\d]"
            + "|\\p{Ll}+\\s+(?:possible|likely|expected|due|forecast)\\b)");
    /** Words a headline does not open with; "A:" is an interview's answer ("A: The changes take effect on 1 June"). */
    private static final Pattern LEADING_FILLER = Pattern.compile(
            "^(?:(?:then|and|but|however|meanwhile|separately|yet|so(?!\\s+far\\b))\\b,?\\s*"
                    + "|according to [^,]{1,60},\\s*|(?-i:[QA]):\\s+)+",
            Pattern.CASE_INSENSITIVE);

    /**
     * A person who is the subject of a clause of background to the date's: "around 7:15 p.m., after the victim, Linda
     * Sanders, had finished", "before Smith left"; not "On June 30, after long talks, Ortiz signed the deal". Nor one
     * in what is reported: "Meridian said on Thursday that its finance chief, Ruth Okafor, would step down in March"
     * is the saying on Thursday.
     */
    private static final Pattern SUBORDINATE_SUBJECT = Pattern.compile("\\b(?:after|before|because|although|though"
            + "|until|since|once|unless|that)\\s+(?:(?:the|a|an|his|her|their|its)\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,2},"
            + "\\s*)?$", Pattern.CASE_INSENSITIVE);
    /** A date a cleft sets apart, its "that" clause the news: "It was not until Tuesday that Castro revealed ...". */
    private static final Pattern CLEFT_BEFORE = Pattern.compile("\\bit\\s+(?:was|is)\\s+(?:not\\s+|only\\s+)?"
            + "(?:until|on|in|at)?\\s*$", Pattern.CASE_INSENSITIVE);

    private static final Pattern QUOTE_CLOSED = Pattern.compile("[”\"]|''");

    /**
     * "In July 2020, when Ecclestone was 89": a "when" clause that says what someone was then, not what they did
     * ("when Ortiz flew to Oslo", "when he was arrested" head their dates); nor what was done then, after a comma and
     * a clause with its own verb ("Argentina won the title in 1986, when Maradona led the team" is Argentina's win,
     * where "killed, most recently last October when Dr. Slepian was gunned down" is the doctor's death).
     */
    private static final Pattern WHEN_BEFORE = Pattern.compile("\\bwhen\\s+(?:(?:his|her|their|its|the|a)\\s+"
            + "\\p{Ll}+(?:\\s+\\p{Ll}+)?,\\s+)?$"); // "when | her father, | King George VI, died"
    private static final Pattern STATE_AFTER = Pattern.compile(
            "\\s+(?:was|were)\\s+(?!(?:\\p{Ll}+(?:ed|en)|born|being|shot|hit|hurt|put|set|cut|held|led|made|sent|told)\\b)");

    /**
     * Verbs of saying, irregular past forms and the participles news uses in the passive, each file read once for the
     * patterns that look for one (the participles for {@link EventBuilder}'s too).
     */
    private static final String REPORTING_VERBS = Resources.alternation("extract/event/reporting-verbs.txt");
    static final String PASSIVE_PARTICIPLE_WORDS = Resources.alternation("extract/event/passive-participles.txt");
    /** A verb of saying right after a name: ", President Trump said" attributes the clause before it. */
    private static final Pattern SAID_NEXT = Pattern.compile("\\s+(?:" + REPORTING_VERBS + ")\\b");
    private static final String SAYING_OR_PAST = REPORTING_VERBS + "|"
            + Resources.alternation("extract/text/irregular-past.txt");
    /** A name that owns what follows it: "IBM's", "Nokia's". */
    private static final String OWNERS_NAME = "\\p{Lu}[\\p{L}.&-]*['’]s";
    /** A verb of saying or in the past, regular ("-ed") or not. */
    private static final String VERB_IN_PAST = "(?:" + SAYING_OR_PAST + "|\\p{Ll}{2,}ed)";
    private static final Pattern BEGINNING_VERB = Pattern.compile("\\b(?:"
            + Resources.alternation("extract/event/beginning-verbs.txt") + ")\\b");
    /** Verbs whose past reads as their present ("cut", "hit"): a past only where a verb is known to follow. */
    private static final String SAME_FORM_PAST = Resources.alternation("extract/text/same-form-past.txt");
    /** A past, or a verb whose past reads as its present, right after "that" or "who". */
    private static final String PAST_OR_SAME_FORM = "(?:" + VERB_IN_PAST + "|" + SAME_FORM_PAST + ")";
    /** A subject a sentence may open with before its "that" or "who" clause: "The company", "Wildfires". */
    private static final String OPENING_SUBJECT = "(?:The|A|An)\\s+(?:[\\p{L}'’-]+\\s+){0,2}?[\\p{L}'’-]+"
            + "|\\p{Lu}\\p{Ll}{2,}s";
    /** An adverb that may come before a participle: "first announced", "later renamed", "best known". */
    private static final String ADVERB = "(?:first|last|later|also|since|initially|originally|best|well|\\p{Ll}+ly)";
    /** Verbs that may share a modal, or tell in the present what is to come (extract/event/verbs-after-modal.txt). */
    static final String VERBS_TO_COME = Resources.alternation("extract/event/verbs-after-modal.txt");
    /** An adverb between "and" and the verb of a clause that shares the subject: "but only confirmed it". */
    static final String ADVERB_BEFORE_VERB = "(?:" + Resources.alternation("extract/event/adverbs-before-verb.txt")
            + ")";
    private static final Pattern LEADING_ADVERB = Pattern.compile(ADVERB_BEFORE_VERB + "\\s+");
    static final String ASIDE_ADVERB = "(?:first|originally|initially|previously|only|already)";
    private static final Pattern SUBJECTS_ADVERB = Pattern.compile(
            "(?<=[\\p{L},])\\s+(?:first|later|then|also|initially|originally|previously|subsequently|once|recently)$");

    private Headline() {
    }

    /** A participle's clause whose object is a "that" clause: "raising hopes that", "fuelling speculation that". */
    private static final Pattern PARTICIPLE_THAT = Pattern.compile("\\s*\\p{Ll}{3,}ing\\s+(?:(?!(?:a|an|the)\\s)"
            + "[\\p{Ll}'’-]+\\s+){1,2}?that\\s+(?=(?:the|a|an|he|she|it|they|we|his|her|its|their|this|there)\\s"
            + "|\\p{Lu})");

    /** A verb of saying, up to three words of its object and the date it dates: "told his Cabinet on | Sunday". */
    static final Pattern REPORT_DATED = Pattern.compile("\\b(?:" + REPORTING_VERBS
            + ")(?:\\s+[\\p{L}'’]+){0,3}?\\s+(?:on\\s+|late\\s+|early\\s+)?$");

    /**
     * What was said headed by who said it when it opens with a pronoun that can only be them: "Hewlett announced last
     * week that it planned to ship ..." gives "Hewlett planned to ship ...", "Albright said on Tuesday that she was
     * heartened" "Albright was heartened"; {@code title} as it is when the pronoun may be someone else's ("Police
     * said he ..."), or is no one's ("... said it was too early").
     *
     * @param from      where the speaker's clause starts
     * @param reportDay where the date of the saying starts
     */
    static String withSpeaker(String title, String text, int from, int reportDay, List<PersonMention> mentions) {
        Matcher report = REPORT_DATED.matcher(text).region(from, reportDay);
        return report.find() ? withSpeakerBefore(title, text, from, report.start(), mentions) : title;
    }

    /**
     * As {@link #withSpeaker}, for a clause that shares the reported clause's subject: "The airline said it would cut
     * 1,200 jobs by 2030 and | retire its oldest jets next year" is "The airline would retire ...".
     */
    private static String withSpeakerOfAttribution(String title, String text, int from, int clauseStart,
            List<PersonMention> mentions) {
        Matcher attribution = ATTRIBUTION.matcher(text).region(from, clauseStart);
        if (!attribution.lookingAt()) {
            return title;
        }
        Matcher verb = REPORTING_VERB.matcher(text).region(from, attribution.end());
        int verbStart = -1;
        while (verb.find()) {
            verbStart = verb.start();
        }
        return verbStart > from ? withSpeakerBefore(title, text, from, verbStart, mentions) : title;
    }

    private static final Pattern REPORTING_VERB = Pattern.compile("\\b(?:" + REPORTING_VERBS + ")\\s");

    /**
     * Where {@code words} last start in {@code text} at or before {@code from}, but not before {@code notBefore}; -1 if
     * they do not: a clause's words, not a long text's read back to its start for each date.
     */
    static int lastIndexOf(String text, String words, int from, int notBefore) {
        for (int at = Math.min(from, text.length() - words.length()); at >= Math.max(0, notBefore); at--) {
            if (text.startsWith(words, at)) {
                return at;
            }
        }
        return -1;
    }

    /** Where {@code words} first start in {@code text} at or after {@code from} and before {@code before}; else -1. */
    static int indexOf(String text, String words, int from, int before) {
        for (int at = Math.max(0, from); at < Math.min(before, text.length() - words.length() + 1); at++) {
            if (text.startsWith(words, at)) {
                return at;
            }
        }
        return -1;
    }

    /**
     * Who does what a second infinitive starting at {@code start} goes on from: "The company expects" in "The company
     * expects to seek approval this month and | to have doses ready by June"; null when there is no such first one.
     */
    private static String sharedInfinitive(String text, int start) {
        int sentenceStart = sentenceStartBefore(text, start);
        Matcher first = FIRST_INFINITIVE.matcher(text).region(afterAttribution(text, sentenceStart, start), start);
        return first.matches() ? first.group(1).strip() : null;
    }

    private static final Pattern FIRST_INFINITIVE = Pattern.compile("([^,;:]*?\\s\\p{Ll}{2,})\\s+to\\s+\\p{Ll}{2,}\\b"
            + "[^,;:]*?\\s+and\\s+");

    /** The title with its leading pronoun replaced by the speaker before {@code verbStart}, if it can only be them. */
    /** The longest aside between a speaker and their verb read past: "Kennedy, the court's swing vote, said". */
    private static final int ASIDE_LENGTH = 80;

    private static String withSpeakerBefore(String title, String text, int from, int verbStart,
            List<PersonMention> mentions) {
        Matcher pronoun = LEADING_PRONOUN.matcher(title);
        if (!pronoun.lookingAt()) {
            return title;
        }
        int comma = lastIndexOf(text, ",", verbStart, from);
        int speakerEnd = verbStart;
        if (comma > from && text.substring(comma + 1, verbStart).isBlank()) {
            // "Anthony Kennedy, the court's swing vote for a decade, announced": the speaker before their aside
            speakerEnd = lastIndexOf(text, ",", comma - 1, Math.max(from, comma - ASIDE_LENGTH));
            comma = speakerEnd < 0 ? -1 : lastIndexOf(text, ",", speakerEnd - 1, from);
        }
        int speakerStart = Math.max(from, comma + 1);
        int end = speakerEnd;
        String speaker = end > speakerStart ? text.substring(speakerStart, end).strip() : "";
        if (!SPEAKER.matcher(speaker).matches()) {
            return title;
        }
        List<PersonMention> named = mentions.stream()
                .filter(m -> m.start() >= speakerStart && m.end() <= end).toList();
        String word = pronoun.group(1).toLowerCase(Locale.ROOT);
        boolean plural = PLURAL_SPEAKER.matcher(speaker).find();
        boolean theirs = switch (word) {
            case "he", "his" -> named.size() == 1 && !"f".equals(sexOf(named.get(0)));
            case "she", "her" -> named.size() == 1 && !"m".equals(sexOf(named.get(0)));
            case "it", "its" -> named.isEmpty() && !plural && !NO_ONES_IT.matcher(title).lookingAt();
            default -> named.isEmpty() && plural; // they
        };
        if (!theirs) {
            return title;
        }
        boolean cut = title.endsWith("…");
        String said = (word.equals("his") || word.equals("her") || word.equals("its") ? possessive(speaker) : speaker)
                + title.substring(pronoun.end(1), cut ? title.length() - 1 : title.length());
        String headed = finished(said);
        return cut && !headed.endsWith("…") ? headed + "…" : headed;
    }

    /**
     * A headline that opens with "He" or "She" headed by whom it points to, when the statement involves one person
     * the sentence does not name and the pronoun can be them: "She resigned in March" is "Okafor resigned in March"
     * on a timeline read without its article. Only a pronoun that opens its sentence, which points back past it, and
     * not inside a quotation, whose pronoun may be no one named.
     */
    static String withPronounNamed(String title, Set<String> opening, List<Person> involved,
            Supplier<List<Person>> named, Function<Person, String> shortName) {
        Matcher pronoun = SUBJECT_PRONOUN.matcher(title);
        Matcher afterPhrase = PHRASE_THEN_PRONOUN.matcher(title);
        if (!pronoun.lookingAt()) {
            pronoun = afterPhrase; // "In 1959 | he won a competition"
        }
        if (!pronoun.lookingAt() || !opening.contains(capitalised(pronoun.group(1)))) {
            return title;
        }
        List<Person> sentenceNames = named.get();
        List<Person> unnamed = involved.stream().filter(p -> !sentenceNames.contains(p)).toList();
        return unnamed.size() != 1 ? title : withPronounAs(title, pronoun, unnamed.get(0), shortName);
    }

    /**
     * A headline that opens with "He" or "She" headed by the sentence's subject, when the pronoun can be them: "Sam
     * Altman will return as chief executive, days after he was fired on Friday" is "Altman was fired on Friday".
     */
    static String withSubjectNamed(String title, Person subject, Function<Person, String> shortName) {
        Matcher pronoun = SUBJECT_PRONOUN.matcher(title);
        return subject == null || !pronoun.lookingAt() ? title : withPronounAs(title, pronoun, subject, shortName);
    }

    /** The headline with the pronoun {@code pronoun} found replaced by the person's name, when it can be them. */
    private static String withPronounAs(String title, Matcher pronoun, Person person,
            Function<Person, String> shortName) {
        String sex = pronoun.group(1).equalsIgnoreCase("He") ? "m" : "f";
        if (PersonNames.otherSex(sex, Context.sexOf(person))) {
            return title;
        }
        String name = shortName.apply(person);
        return title.substring(0, pronoun.start(1)) + (pronoun.start(1) == 0 ? capitalised(name) : name)
                + title.substring(pronoun.end(1)); // "Da Silva was president"
    }

    static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /**
     * The pronouns ("He", "She") that open the sentence, or a clause of it after a colon ("It was his fifth attempt:
     * he won ..."): those {@link #withPronounNamed} may name; none in a sentence with a quotation. Read once for the
     * sentence, not once for each of its headlines.
     */
    static Set<String> openingPronouns(String sentence) {
        if (QUOTATION_MARK.matcher(sentence).find()) {
            return Set.of();
        }
        Set<String> opening = new HashSet<>();
        Matcher first = SUBJECT_PRONOUN.matcher(sentence);
        Matcher afterPhrase = PHRASE_THEN_PRONOUN.matcher(sentence);
        if (first.lookingAt() || (first = afterPhrase).lookingAt()) {
            opening.add(capitalised(first.group(1))); // "He won", "In 1959 he won", "Born in Leeds in 1932, she"
        }
        Matcher afterAnd = AND_THEN_PRONOUN.matcher(sentence);
        while (afterAnd.find()) {
            opening.add(capitalised(afterAnd.group(1))); // "..., and by 1975 she was flying cargo planes"
        }
        Matcher thingsAside = THING_THEN_WHICH_PRONOUN.matcher(sentence);
        if (thingsAside.lookingAt()) {
            opening.add(capitalised(thingsAside.group(1))); // "The company, which she founded in 2003,"
        }
        Matcher afterColon = COLON_PRONOUN.matcher(sentence);
        while (afterColon.find()) {
            opening.add(afterColon.group(1).equals("he") ? "He" : "She");
        }
        return opening;
    }

    private static final Pattern SUBJECT_PRONOUN = Pattern.compile("(He|She)\\s+(?=\\p{Ll})");
    /** A thing that opens the sentence, then an aside of what a pronoun did to it: "The company, which | she". */
    private static final Pattern THING_THEN_WHICH_PRONOUN = Pattern.compile("(?:The|Its|His|Her|Their)\\s"
            + "[^,;:\"“”]{1,60},\\s+(?:which|that)\\s+(he|she)\\s+(?=\\p{Ll})");
    /** A phrase of time or a participle's opening the sentence, then its subject: "In 1959 | he", "Born ..., | she". */
    private static final Pattern PHRASE_THEN_PRONOUN = Pattern.compile("(?:(?:In|On|At|By|During|After|Before|Since"
            + "|Until|Later|Then)\\s[^,;:\"“”]{1,40}?,?|(?:Born|\\p{Lu}\\p{Ll}{2,}ed)\\s[^,;:\"“”]{1,80},)\\s"
            + "(he|she)\\s+(?=\\p{Ll})");
    private static final Pattern AND_THEN_PRONOUN = Pattern.compile(",\\s+and\\s+(?:(?i:in|on|at|by|during|after"
            + "|before|since|until)\\s[^,;:\"“”]{1,40}?,?\\s)?(he|she)\\s+(?=\\p{Ll})");
    /** A clause of its own after a colon or a semicolon: "His health declined; | he was diagnosed ...". */
    private static final Pattern COLON_PRONOUN = Pattern.compile("[:;]\\s(he|she)\\s+(?=\\p{Ll})");
    private static final Pattern QUOTATION_MARK = Pattern.compile("[\"“”‘]|``|''");

    private static String sexOf(PersonMention m) {
        String byTitle = PersonNames.sexOf(m.title());
        return byTitle != null ? byTitle : PersonNames.sexOf(m.nameParts()[0]);
    }

    private static final Pattern LEADING_PRONOUN = Pattern.compile("(He|She|It|They|His|Her|Its)\\s");
    /** One to eight words without quotation marks or brackets: "The Organization of African Unity". */
    private static final Pattern SPEAKER = Pattern.compile("\\p{L}[^\\s\"“”‘’'`()\\[\\]]*"
            + "(?:\\s+[^\\s\"“”‘’'`()\\[\\]]+){0,7}");
    private static final Pattern PLURAL_SPEAKER = Pattern.compile("(?:(?<![su'’])s|\\b(?:police|people|staff))$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FIRST_TIME_AFTER = Pattern.compile("\\s+for\\s+the\\s+first\\s+time$");

    /**
     * What was done again on a date, with the verb left out: "A judge struck down the package, worth $56 billion, in
     * January 2024, and | again in December that year" is headed "A judge struck down the package again in December
     * that year"; null for any other clause.
     */
    private static String doneAgain(String text, int start, int end) {
        if (AGAIN.matcher(text).region(start, end).lookingAt()) {
            Matcher done = DONE_BEFORE.matcher(text).region(sentenceStartBefore(text, start), start);
            // (what is done again is no longer done for the first time: "cut rates for the first time in four years
            // in August, and | again in November")
            return done.matches() ? FIRST_TIME_AFTER.matcher(done.group(1)).replaceFirst("") + " "
                    + text.substring(start, end).strip() : null;
        }
        Matcher to = THEN_TO.matcher(text).region(start, end);
        if (to.lookingAt()) {
            // "was pushed back to September 2026 in January 2024, and then | to 2027 last year"; "was extended
            // twice, first | to April 12"
            Matcher moved = (to.group(1) == null ? MOVED_BEFORE : MOVED_FIRST).matcher(text)
                    .region(sentenceStartBefore(text, start), to.start(2));
            return moved.matches()
                    ? withoutDatedAsides(moved.group(1)) + " " + text.substring(to.start(2), end).strip()
                    : null;
        }
        return null;
    }

    private static final Pattern THEN_TO = Pattern.compile("(?:then\\s+|(first|initially)\\s+)?(to)\\s");
    /** How often something was moved, said between its verb and its first "to": "extended twice, first". */
    private static final String TIMES_MOVED = "(?:,?\\s+(?:twice|again|once|three\\s+times|several\\s+times))?";
    /** A clause up to its "to", what follows it and ", and then" or ", then": what "to" moves once more. */
    private static final Pattern MOVED_BEFORE = Pattern.compile("\\s*(\\p{Lu}.+?)" + TIMES_MOVED
            + "(?:,?\\s+(?:first|initially))?\\s+to\\s[^,]*?(?:,?\\s+and\\s+(?:then\\s+)?|,\\s+then\\s+)");
    /** A clause and the first of the dates it moves something to: "The vote was postponed twice, first | to". */
    private static final Pattern MOVED_FIRST = Pattern.compile("\\s*(\\p{Lu}.+?)" + TIMES_MOVED
            + ",?\\s+(?:first|initially)\\s+");

    /** A clause without its asides that hold a date: "The deadline, first set for March 29, was extended". */
    private static String withoutDatedAsides(String clause) {
        return withoutAsides(clause, c -> true, (c, aside) -> DIGIT.matcher(aside.group()).find());
    }

    private static final Pattern DIGIT = Pattern.compile("\\d");

    private static final Pattern AGAIN = Pattern.compile("again\\s+(?:in|on|at|during|last|this|earlier|later|from"
            + "|between|until|since|by)\\b");
    /**
     * A clause, an aside of its object, its date, an aside of the date and ", and": what "again" does once more ("He
     * returned in 2014, when an avalanche killed 16 Sherpas, and | again in 2019").
     */
    private static final Pattern DONE_BEFORE = Pattern.compile("\\s*(\\p{Lu}.+?)(?:,\\s+[^,]+,)?\\s+(?:in|on|at|during"
            + "|last|this|earlier|from|between|until|since|by)\\s[^,]*(?:,\\s+[^,]+)?,?\\s+and\\s+");

    /** An amount of time and "after" or "before" that open a clause: "| 27 years after |", "| two days before |". */
    private static final Pattern COUNTED_FROM_OPENING = Pattern.compile("(?:(?:just|only|some|about|almost|nearly"
            + "|exactly|more\\s+than|less\\s+than)\\s+)?(?:\\d[\\d,.]*|an?|one|two|three|four|five|six|seven|eight|nine"
            + "|ten|eleven|twelve|\\p{L}+(?:teen|ty)(?:-\\p{L}+)?|several|a\\s+few|a\\s+hundred)\\s+"
            + "(?:and\\s+a\\s+half\\s+)?"
            + "(?:years?|months?|weeks?|days?|decades?|centuries|century)\\s+(?:after|before)\\s+",
            Pattern.CASE_INSENSITIVE);

    /** "It was too early to say", "It is unclear": an "it" that stands for no one. */
    private static final Pattern NO_ONES_IT = Pattern.compile("It\\s+(?:is|was|'s|’s|would be|will be|may be|might be"
            + "|could be|seems|seemed|appears|appeared|remains|remained)\\b");

    static String of(String text, int start, int end, TemporalExpression date, List<PersonMention> mentions) {
        String gapped = gapped(text, start, end, date);
        if (gapped != null) {
            return finished(gapped, date.text());
        }
        Matcher hopes = PARTICIPLE_THAT.matcher(text).region(start, end);
        if (hopes.lookingAt() && hopes.end() <= date.start()) {
            start = hopes.end(); // "raising hopes that | the bank will cut rates next month": what is hoped is when
        }
        Matcher counted = COUNTED_FROM_OPENING.matcher(text).region(start, Math.max(start, date.start()));
        if (counted.lookingAt() && counted.end() < date.start()
                && text.substring(counted.end(), date.start()).indexOf(',') < 0) {
            start = counted.end(); // "27 years after | its first passenger service in January 1976": the service
        }
        Matcher subordinate = OPENING_SUBORDINATE.matcher(text).region(start, Math.max(start, date.start()));
        if (subordinate.lookingAt() && text.substring(subordinate.end(), date.start()).indexOf(',') < 0) {
            // "Although sales fell, | the company raised its forecast on Tuesday"; not where a comma still comes
            // before the date (an aside of the opening's or of the subject's: "When asked if the father, Juan, was")
            start = subordinate.end();
        }
        Matcher semicolon = CLAUSE_SEMICOLON.matcher(text).region(Math.min(date.end(), end), end);
        if (semicolon.find()) {
            end = semicolon.start(); // "The company files for bankruptcy in November; Carlsson steps down"
        }
        Matcher next = NEXT_CLAUSE.matcher(text).region(Math.min(date.end(), end), end);
        if (next.find()) {
            end = next.start(); // "In March he sent two envoys, and on the anniversary he plans ..."
        }
        Matcher modal = EventBuilder.AND_MODAL.matcher(text).region(Math.min(date.end(), end), end);
        if (modal.find()) {
            end = modal.start(); // "announced their engagement in November | and will not go on honeymoon"
        }
        Matcher now = AND_NOW.matcher(text).region(Math.min(date.end(), end), end);
        if (now.find() && PAST_VERB_WORD.matcher(text).region(start, Math.max(start, date.start())).find()) {
            end = now.start(); // "was relegated in 2002 | and has spent 22 seasons outside the top flight"
        }
        Matcher aside = WHO.matcher(text).region(Math.min(date.end(), end), end);
        if (aside.find()) {
            end = aside.start(); // "In 1962 she married Tom Reilly, who later ran the shop": about him, not then
        }
        Matcher with = WITH_PARTICIPLE.matcher(text).region(start, end);
        if (with.lookingAt() && with.start(2) < date.start()) {
            // ", with | results from the last councils declared on Sunday evening": what was done to them then
            String done = passive(with.group(1), text.substring(with.start(2), end).strip());
            return finished(Character.toUpperCase(done.charAt(0)) + done.substring(1));
        }
        Matcher withDoing = WITH_DOING.matcher(text).region(start, end);
        if (withDoing.lookingAt() && withDoing.end() <= date.start()
                && text.substring(withDoing.end(), date.start()).indexOf(',') < 0) {
            // ", with | gusts reaching 90mph on Monday morning": what the noun did then, told as the text tells it
            // (not a "with" that opens the sentence before its clause: "With ... drawing more people in, | the rate")
            return finished(capitalised(text.substring(withDoing.start(1), end).strip()));
        }
        String again = doneAgain(text, start, end);
        if (again != null) {
            return finished(again); // "struck it down in January 2024, and | again in December that year"
        }
        String told = participleAside(text, start, end, date);
        if (told != null) {
            return finished(told);
        }
        String done = doneToTheThing(text, start, end, date);
        if (done != null) {
            return finished(done);
        }
        // "Born in Oslo on 4 March 1934, Maria Olsen moved to Switzerland": the date is the participle's, told of the
        // person right after it ("Maria Olsen was born in Oslo on 4 March 1934"), not of what she did next
        int comma = participleComma(text, start, date);
        String born = comma >= 0 && comma < end ? subjectAfterParticiple(text, start, comma, mentions) : null;
        if (born != null) {
            String participle = text.substring(start, comma).trim();
            return finished(born + " was " + Character.toLowerCase(participle.charAt(0)) + participle.substring(1));
        }
        // "After losing to Ronald Reagan in 1980, he founded ...": what the subject after the comma did then
        Matcher doing = openingDoing(text, start, Math.max(start, date.start()));
        int doingEnd = doing != null ? indexOf(text, ", ", date.end(), date.end() + ACTOR_REACH) : -1;
        String doer = doingEnd >= 0 ? subjectAfterComma(text, doingEnd, mentions) : null;
        if (doer != null) {
            return finished(ofNonFinite(doer, text.substring(doing.start(1), doingEnd).strip()));
        }
        String since = roleSince(text, date, mentions);
        if (since != null) {
            return finished(since); // "Modi, prime minister since 2014," -> "Modi has been prime minister since 2014"
        }
        String relative = appositiveObjectGap(text, start, end, date);
        if (relative == null) {
            relative = contactClause(text, start, end, date);
        }
        if (relative == null) {
            relative = whoseAside(text, start, end, date, mentions);
        }
        if (relative == null) {
            relative = thatClause(text, start, end, date); // the innermost clause that holds the date first
        }
        if (relative == null) {
            relative = subjectsRelativeClause(text, start, end, date);
        }
        if (relative == null) {
            relative = reducedRelative(text, start, end, date);
        }
        if (relative == null) {
            relative = relativeClauseOfPerson(text, start, end, date, mentions);
        }
        if (relative == null) {
            relative = whereClause(text, start, end, date, mentions);
        }
        if (relative == null) {
            relative = someOfWhichClause(text, start, end, date);
        }
        if (relative == null) {
            relative = relativeClauseOfThing(text, start, end, date);
        }
        if (relative != null) {
            return finished(relative);
        }
        // The actor nearest before the date, else the first after it; within a clause's reach of it (a sentence of
        // a thousand clauses is not read again for each of its dates)
        PersonMention actor = null;
        for (PersonMention m : mentions) {
            if (m.start() < Math.max(start, date.start() - ACTOR_REACH) || m.end() >= end) {
                continue;
            }
            if (m.start() > date.end() + ACTOR_REACH) {
                break;
            }
            String rest = appositive(text, m, text.substring(m.end(), Math.min(end, m.end() + ACTOR_REACH)));
            boolean opens = OPENS_CLAUSE.matcher(text.substring(Math.max(start, m.start() - 12), m.start())).find()
                    || WHO.matcher(rest).lookingAt(); // "Sir Keir Starmer, who appointed ..."
            // after the date, a person in a clause of background ("after the victim, ...") or past a semicolon (a
            // chronology's "November 2024 – The company files ...; Carlsson steps down") is not the date's actor
            // nor, after a quotation that holds the date, its speaker's "who" clause ("'…since May,' said Ann Lee,
            // who runs a shop"), nor the speaker a comma puts after the clause ("... on Friday, President Trump said")
            // nor a person whose "-ing" adds a detail after the comma ("beat Serbia on Sunday night, Jude Bellingham
            // heading the winner"), nor one who opens a clause of his own after ", and" when the date's clause has
            // its own verb ("Rebels took Damascus on Sunday, and President Assad fled", with or without the comma)
            boolean otherClause = m.start() > date.end() && (text.substring(date.end(), m.start()).contains(";")
                    || AND_THEN_SUBJECT.matcher(text).region(date.end(), m.start()).matches()
                            && MAIN_VERB.matcher(text).region(start, date.start()).find()
                    || text.substring(date.end(), m.start()).contains(",")
                            && (SAID_NEXT.matcher(text).region(m.end(), end).lookingAt()
                                    || DOING_NEXT.matcher(text).region(m.end(), end).lookingAt())
                    || WHO.matcher(rest).lookingAt() && QUOTE_CLOSED.matcher(text).region(date.end(), m.start()).find()
                    || SUBORDINATE_SUBJECT.matcher(text).region(date.end(), m.start()).find()
                            && !CLEFT_BEFORE.matcher(text).region(Math.max(start, date.start() - 30), date.start()).find()
                    || WHEN_BEFORE.matcher(text).region(date.end(), m.start()).find() && (STATE_AFTER.matcher(rest)
                            .lookingAt() || text.substring(date.end(), m.start()).contains(",")
                                    && MAIN_VERB.matcher(text).region(start, Math.max(start, date.start())).find()
                                    && !BEGINNING_VERB.matcher(text).region(start, Math.max(start, date.start()))
                                            .find()));
            // (or a description that holds the date, where the clause was cut before the verb: "Ross Perot, the
            // billionaire who has led the firm since 1991|, won ...")
            if (opens && !otherClause && (VERB_AFTER.matcher(withoutAside(rest)).find()
                    || describedThen(rest, m.end(), date) != null)) {
                if (m.start() <= date.start() || actor == null) {
                    actor = m;
                }
                if (m.start() > date.start()) {
                    break;
                }
            }
        }
        if (actor != null && saidOnlyWhen(text, start, end, actor, date)) {
            // "Apple will switch to Intel chips, | Steve Jobs told developers on Monday": what was said is the news
            return finished(text.substring(start, end), date.text());
        }
        // "Jensen Huang, who co-founded it in 1993, | unveiled the chip in March": the clause's subject is before it
        PersonMention subject = actor == null ? subjectBeforeAside(text, start, mentions) : null;
        int from = actor == null ? start : actor.start();
        int own = ownClause(text, start, date.start());
        if (actor == null && own >= 0) {
            from = own; // "when she won the competition; it opened in September 1983": the date's own clause
        }
        String clause = text.substring(from, end);
        String rest = actor == null ? null : appositive(text, actor, text.substring(actor.end(), end));
        // a name found as an appositive heads its clause, not an aside of a thing's after it: "Its chairman, Asil
        // Nadir, echoed the view of the accord, which was announced Friday" is headed by the accord's aside
        boolean appositive = rest != null && rest.length() < end - actor.end();
        // ("Sean Baker won four awards for the film, which premiered at Cannes last May" too)
        String thingsAside = actor != null && date.start() > actor.end() ? thingsAside(text, start, end, date) : null;
        if (thingsAside != null) {
            return finished(thingsAside);
        }
        if (actor != null) {
            Matcher who = WHO_CLAUSE.matcher(rest);
            if (who.lookingAt() && date.start() >= actor.end() + who.start(1)
                    && date.end() <= actor.end() + who.end(1)) {
                // the date is the aside's, whatever the sentence's own verb: "Sunak, who was appointed chancellor in
                // February 2020, apologised" and "Chief executive Helena Brandt, who took over in January, said" are
                // headed "Sunak was appointed chancellor in February 2020" and "Helena Brandt took over in January"
                clause = actor.text() + " " + dateVerbOf(text, actor.end() + who.start(1), actor.end() + who.end(1),
                        date);
            } else if (who.lookingAt() && date.start() >= actor.end() + who.end()
                    && MAIN_VERB.matcher(rest).region(who.end(), rest.length()).lookingAt()) {
                // "Fauci, who led the pandemic response, said on Thursday ..." -> "Fauci said on Thursday ..."
                clause = actor.text() + rest.substring(who.end());
            } else {
                String described = describedThen(rest, actor.end(), date);
                clause = described != null ? actor.text() + described
                        : coordinated(text, actor, start, mentions) + actor.text() + withoutAside(rest);
            }
        }
        String thing = actor == null && subject == null ? thingBeforeAside(text, start) : null;
        String shared = actor == null && subject == null && thing == null && from == start
                && !dateThenItsSubject(text, start, date) ? sharedSubject(text, start, date) : null;
        if (subject != null) {
            clause = subject.text() + " " + clause;
        } else if (thing != null) {
            clause = thing + " " + clause; // "The trial, which began in January, | is expected to end next month"
        } else if (shared != null) {
            int asideEnd = openWhichAside(text, start) >= 0 ? indexOf(clause, ",", date.end() - from, clause.length())
                    : -1;
            if (asideEnd > 0) {
                clause = clause.substring(0, asideEnd); // "which began on 19 April and | ended on 1 June|, was ..."
            }
            Matcher asideGoesOn = PARTICIPLES_ASIDE_GOES_ON.matcher(clause);
            if (asideGoesOn.lookingAt() && from + asideGoesOn.end() <= date.start()) {
                // "The wing, first proposed in 2015 and | delayed by the pandemic, | finally opened on Saturday": the
                // aside's second participle is not what the subject did
                clause = clause.substring(asideGoesOn.end());
            }
            // "The airline said it would cut 1,200 jobs by 2030 and | retire its oldest jets next year": the speaker's
            String named = withSpeakerOfAttribution(Character.toUpperCase(shared.charAt(0)) + shared.substring(1)
                    + " ", text, sentenceStartBefore(text, start), start, mentions);
            clause = named.strip() + " " + clause; // "The plant opened in 1962, and | was closed in 2001"
        } else if (actor == null) {
            clause = clauseNoOneOpens(text, start, end, from, clause, date, mentions);
        }
        return finished(withoutAsidesIfLong(clause, date.text()), date.text());
    }

    /**
     * Whether {@code actor} after a comma only says, on the date that ends the clause, what the clause before the
     * comma tells: "Prices will rise, | chief executive John Smith told reporters on Monday".
     */
    private static boolean saidOnlyWhen(String text, int start, int end, PersonMention actor,
            TemporalExpression date) {
        int comma = lastIndexOf(text, ", ", actor.start() - 2, Math.max(start, actor.start() - 40));
        return comma > start && comma - start <= ACTOR_REACH && actor.end() <= date.start()
                && SPEAKERS_ROLE.matcher(text).region(comma + 2, actor.start()).matches()
                && SAYS_ON.matcher(text).region(actor.end(), date.start()).matches()
                && CLAUSE_ENDS.matcher(text).region(date.end(), end).matches()
                && MAIN_VERB.matcher(text).region(start, comma).find();
    }

    /** What may stand between a comma and a speaker's name: "chief executive", "the company's founder". */
    private static final Pattern SPEAKERS_ROLE = Pattern.compile("(?:[\\p{L}'’-]+\\s+){0,4}");
    /** A verb of saying, up to four words of its object or place and the date's preposition: "told developers on". */
    private static final Pattern SAYS_ON = Pattern.compile("\\s+(?:" + REPORTING_VERBS
            + ")(?:\\s+[\\p{L}'’]+){0,4}?\\s+(?:(?:on|late|early|in|at)\\s+)?");
    /** Nothing but a sentence's end. */
    private static final Pattern CLAUSE_ENDS = Pattern.compile("[\\s.!?\"”]*");

    /**
     * A clause too long for a headline loses its asides that do not hold the date before it is cut: "The chain
     * Hartwell's, founded at the turn of the century, will close 40 stores by the end of next week" keeps its verb.
     */
    private static String withoutAsidesIfLong(String clause, String dateText) {
        return withoutAsides(clause, c -> c.strip().length() > MAX_LENGTH, (c, aside) -> !aside.group()
                .contains(dateText) && !SPEAKER_BEFORE.matcher(c.substring(0, aside.start())).find());
    }

    /** {@code clause} without the asides {@code drop} picks, one at a time, while {@code more} holds of the rest. */
    private static String withoutAsides(String clause, Predicate<String> more, BiPredicate<String, MatchResult> drop) {
        Matcher aside = DROPPABLE_ASIDE.matcher(clause);
        int from = 0;
        while (more.test(clause) && aside.find(from)) {
            if (!drop.test(clause, aside)) {
                from = aside.end();
            } else {
                clause = clause.substring(0, aside.start()) + clause.substring(aside.end() - 1).replaceFirst("^,", "");
                aside = DROPPABLE_ASIDE.matcher(clause);
                from = 0;
            }
        }
        return clause;
    }

    /**
     * What follows a full name set off by commas after a description of its bearer, without the second comma, when
     * a verb comes next: in "since the previous ambassador, William Hagerty, resigned in July 2018", "resigned in July 2018"
     * is the name's; otherwise {@code rest} as it is.
     */
    private static String appositive(String text, PersonMention m, String rest) {
        return m.start() >= 2 && text.startsWith(", ", m.start() - 2) && m.text().contains(" ")
                && APPOSITIVE_VERB.matcher(rest).lookingAt() ? rest.substring(1) : rest;
    }

    private static final Pattern APPOSITIVE_VERB = Pattern.compile(",\\s+(?=(?:" + SAYING_OR_PAST
            + "|\\p{Ll}+ed|was|were|is|are|has|had|have|will|would)\\b)");

    /**
     * The thing whose aside ends where a clause without a subject starts: in "The trial of the former minister,
     * which began in January, is expected to end next month", the subject of "is expected to end next month".
     */
    private static String thingBeforeAside(String text, int start) {
        if (start >= text.length() || !Character.isLowerCase(text.charAt(start))
                || SUBJECT_NEXT.matcher(text).region(start, text.length()).lookingAt()) {
            return null; // (nor one with a subject of its own: "According to the report, published on Friday, | the
            // company knew ...")
        }
        int comma = start;
        while (comma > 0 && Character.isWhitespace(text.charAt(comma - 1))) {
            comma--;
        }
        if (comma == 0 || text.charAt(comma - 1) != ',') {
            return null; // no aside ends just before the clause
        }
        int from = Math.max(sentenceStartBefore(text, start), start - ASIDE_REACH); // (not the whole of a long one)
        for (Pattern asides : mayHoldFigure(text, from, start) ? ASIDES_AND_FIGURES : ASIDES) {
            Matcher aside = asides.matcher(text).region(from, start);
            while (aside.find()) {
                // (an aside may end in a place and its region: "which began in Glendale, Arizona, | became")
                if (text.startsWith(",", aside.end()) && (text.substring(aside.end() + 1, start).isBlank()
                        || PLACES_REGION.matcher(text).region(aside.end(), start).matches())) {
                    // "The board said in its annual report, published on Friday, | that the move ...": what is
                    // said goes on from the words before the aside, the saying and all
                    return THAT_NEXT.matcher(text).region(start, text.length()).lookingAt()
                            ? text.substring(from, aside.end(1)).strip() : withoutReporter(aside.group(1));
                }
            }
        }
        return null;
    }

    private static final Pattern THAT_NEXT = Pattern.compile("that\\s");
    /** The region after a place that ends an aside: ", Arizona, ", ", New South Wales, ". */
    private static final Pattern PLACES_REGION = Pattern.compile(",\\s+\\p{Lu}[\\p{L}.'’-]*"
            + "(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2},\\s*");
    /** How far before a clause or a date a thing and its aside are looked for. */
    private static final int ASIDE_REACH = 300;

    /**
     * The headline of a date in an aside that tells what someone did to the thing before it: "The company, which she
     * founded in 2003 at the age of 19," is headed "She founded the company in 2003 at the age of 19".
     */
    private static String doneToTheThing(String text, int start, int end, TemporalExpression date) {
        // (within reach of the date: a sentence of a thousand asides is not read again from its start for each date)
        int from = Math.max(sentenceStartBefore(text, start), date.start() - ASIDE_REACH);
        if (indexOf(text, ", which ", from, date.start()) < 0 && indexOf(text, ", that ", from, date.start()) < 0) {
            return null; // looked for before the costlier pattern
        }
        Matcher aside = THINGS_OBJECT_ASIDE.matcher(text).region(from, Math.max(end, date.end()));
        while (aside.find()) {
            if (aside.start(3) <= date.start() && date.end() <= aside.end(3)) {
                String thing = aside.group(1);
                thing = ARTICLE_OR_POSSESSIVE.matcher(thing).lookingAt() ? Character.toLowerCase(thing.charAt(0))
                        + thing.substring(1) : thing;
                return capitalised(aside.group(2)) + " " + aside.group(3).replaceFirst("\\s", " " + thing + " ");
            }
        }
        return null;
    }

    private static final Pattern ARTICLE_OR_POSSESSIVE = Pattern.compile("(?:The|A|An|Its|Their|His|Her)\\s");

    /** The thing without who said what of it: "The governor said that inflation" -> "inflation". */
    private static String withoutReporter(String thing) {
        return REPORTER.matcher(thing).replaceFirst("");
    }

    private static final Pattern REPORTER = Pattern.compile("^.*\\b(?:that|said|says|warned|noted)\\s+");

    /**
     * A plural noun a phrase of the thing belongs to: "services to" in "services to the islands, suspended ...", "Roads
     * to" opening a sentence.
     */
    private static final String PLURAL_NOUN_OF = "\\p{L}\\p{Ll}{2,}(?<![su'’])s\\s+(?:of|to|in|on|at|from|for|with)\\s+";
    private static final String PLURAL_HEAD = "(?:" + PLURAL_NOUN_OF + ")?";
    /** What follows a participle told with its time rather than an object: "held | over four days last month". */
    private static final String TIME_OR_PREPOSITION = "(?:in|on|at|by|over|during|late|early|last|earlier|after|before"
            + "|under|with|this|(?-i:\\p{Lu}))";
    /** A name's possessive, which opens a thing's words as "the" does: "Prince Andrew's | interview". */
    private static final String NAMES = "(?:\\p{Lu}[\\p{L}-]+\\s+)?\\p{Lu}[\\p{L}-]+['’]s";
    /** A thing and a participle's aside of it: "the Eastgate bridge, opened in 1998" (before ", would close"). */
    private static final Pattern THINGS_PARTICIPLE_ASIDE = Pattern.compile("\\b(" + PLURAL_HEAD
            + "(?:(?i:the|a|an|its|their|his|her)|" + NAMES + ")"
            + "(?:\\s+[\\p{L}'’-]+){1,4}),\\s+(?:" + ADVERB + "\\s+)?(?:"
            + PASSIVE_PARTICIPLE_WORDS + "|due" // "Her album, due out next month,"
            // any participle with a time or a preposition after it, no object: "The agreement, reached late Tuesday,"
            + "|\\p{Ll}{3,}ed(?=\\s+" + TIME_OR_PREPOSITION + "\\b))\\b" + CLAUSE_WORDS + "*");

    /** Where the sentence holding {@code start} begins, looking back at most 200 characters. */
    private static int sentenceStartBefore(String text, int start) {
        int from = start;
        while (from > 0 && start - from < 200 && !(text.charAt(from - 1) == '\n'
                || SentenceSplitter.endsSentenceAt(text, from - 1))) {
            from--; // "6.08pm" and "Feb. 27" end no sentence
        }
        return from;
    }

    /** Whether the clause opens with its date and then a subject of its own: "and | next year it will become housing". */
    private static boolean dateThenItsSubject(String text, int start, TemporalExpression date) {
        if (!text.substring(start, Math.max(start, date.start())).isBlank()) {
            return false;
        }
        int at = date.end();
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == ',')) {
            at++;
        }
        Matcher word = FIRST_WORD.matcher(text).region(at, text.length());
        return word.lookingAt() && NOT_A_VERB.matcher(word.group()).matches();
    }

    /** An indefinite article after a comma: "an" in ", an engineer". */
    private static final Pattern INDEFINITE = Pattern.compile("\\s*an?\\s");

    /**
     * The subject a clause without one shares with the clause before it: "The shop" for "will close" in "The shop
     * has been open since 1998, but will close at the end of the year", and for "was sold" in "The company, founded
     * in 1987, was sold in 2015" and "The blast, at 6.08pm, | was caused by ...". Null when the clause has a subject
     * of its own or the one before is not short.
     */
    private static String sharedSubject(String text, int start, TemporalExpression date) {
        if (text.startsWith("to ", start)) {
            return sharedInfinitive(text, start);
        }
        Matcher leading = LEADING_ADVERB.matcher(text).region(start, text.length());
        Matcher first = FIRST_WORD.matcher(text).region(leading.lookingAt() ? leading.end() : start, text.length());
        if (!first.lookingAt() || NOT_A_VERB.matcher(first.group()).matches()
                || DESCRIBED_NOUN_AND_VERB.matcher(text).region(start, text.length()).lookingAt()
                || PHRASE_THEN_AUXILIARY.matcher(text).region(first.end(), text.length()).lookingAt()
                || !AUXILIARY_OR_PAST.matcher(first.group()).matches()
                        && (MAIN_VERB.matcher(text).region(first.end(), text.length()).lookingAt()
                                || PLURAL_AND_VERB.matcher(text).region(start, text.length()).lookingAt()
                                || NOUNS_AND_VERB.matcher(text).region(start, text.length()).lookingAt()
                                || GERUND_AND_VERB.matcher(text).region(start, text.length()).lookingAt())) {
            // "but burglaries were up", "and markets expect", "but fire officials warned": a noun with its own verb
            return null;
        }
        // "Prosecutors said | Lyle shot him and | drove ...": the reported clause's subject, not the speaker's; after
        // a comma ("The government said the bid fell short, and gave ...") the verb is more likely the speaker's
        int sentenceStart = sentenceStartBefore(text, start);
        int reported = afterAttribution(text, sentenceStart, start);
        // (but "had" after a clause in the past perfect goes on with what was said: "Police said the suspect had been
        // watched for months, and | had travelled to Syria twice in 2019")
        String said = text.substring(reported, start);
        boolean perfectGoesOn = first.group().equals("had") && HAD.matcher(said).find();
        // (an aside's pair of commas is no such comma: "Prosecutors said the defendant, then 19, bought ...")
        boolean saidAfterComma = ASIDE_PAIR.matcher(said).replaceAll(" ").contains(", ");
        int from = saidAfterComma && !perfectGoesOn ? sentenceStart : reported; // not "1,200"
        // "It was his fifth attempt: | he won bronze in 2008 and | lost ...": the clause's own subject (so after a
        // semicolon: "Four years ago he was a senator; | he entered the Senate in 2005 and | announced ...")
        if (COLON_CLAUSE.matcher(text).region(from, start).find()) {
            from = Math.max(from, ownClause(text, from, start));
        }
        // "waited for the observatory, which was first proposed in 1996 and | was meant to fly in 2007": the thing the
        // open "which" aside is about
        int which = openWhichAside(text, start);
        if (which >= 0 && which >= from) {
            return antecedentBefore(text, which + 2); // or none: not the words that open the sentence
        }
        // "The poet, who died on Saturday aged 91, was born in 1932 and | moved ...": the subject without its aside
        String before = SUBJECT_AND_RELATIVE.matcher(text.substring(from, start).stripLeading()).replaceFirst("$1");
        Matcher aside = SUBJECT_AND_ASIDE.matcher(before);
        if (aside.matches()) {
            return aside.group(1).strip();
        }
        // "It opened in 1889, | grew rapidly in the 1920s": a series of verbs in the past, not "followed by"; but a
        // passive's series may go on "to" or "with": "The tax was introduced in 1990, | raised to 15% in 1995"
        Matcher by = BY_AFTER.matcher(text).region(first.end(), text.length());
        boolean series = BARE_COMMA_AFTER.matcher(before).find() && PAST_VERB.matcher(first.group()).matches()
                && (!by.lookingAt() || !by.group().strip().equals("by") && PASSIVE.matcher(before).find());
        if (!series && !COORDINATOR_AFTER.matcher(before).find()) {
            return null;
        }
        Matcher verb = MAIN_VERB.matcher(before);
        if (!verb.find() && !(verb = PRESENT_AFTER_SUBJECT.matcher(before)).find()
                && !(verb = PLURAL_PRESENT_AFTER_SUBJECT.matcher(before)).find()) {
            return null;
        }
        // without an age after the name: "Ana Lind, 66,"
        String subject = AGE_AFTER.matcher(before.substring(0, verb.start()).strip()).replaceFirst("");
        // nor the adverb of the first verb: "The rival first approached the board ... and | raised its offer"
        subject = SUBJECTS_ADVERB.matcher(subject).replaceFirst("");
        Matcher inner = SUBJECT_OF_CONJUNCTION.matcher(before);
        while (inner.find()) {
            if (before.indexOf(',', inner.end()) < 0) { // not an aside: "last season, when Benfica won the title, and"
                subject = inner.group(1); // "Shares plunged after | the company cut its forecast and | warned ..."
            }
        }
        // "In 2011, the shop" -> "the shop"; "His best-known work, the City Library," -> "the City Library"
        subject = subject.endsWith(",") ? subject.substring(0, subject.length() - 1) : subject;
        subject = DATE_ASIDE_AFTER.matcher(subject).replaceFirst(""); // "The last review, in 2022" -> "The last review"
        int comma = subject.lastIndexOf(',');
        // but a description with "a" leaves the name it describes: "Mr Skripal, a former officer," -> "Mr Skripal"
        // (and one with "her" the thing: "The novel, her first in a decade,")
        boolean described = comma > 0 && subject.lastIndexOf(',', comma - 1) < 0
                && (INDEFINITE.matcher(subject).region(comma + 1, subject.length()).lookingAt()
                        || POSSESSIVE_DESCRIPTION.matcher(subject).region(comma + 1, subject.length()).lookingAt()
                                && NO_OPENING_PHRASE.matcher(subject).lookingAt());
        subject = described ? subject.substring(0, comma).strip()
                : comma >= 0 ? subject.substring(comma + 1).strip() : subject;
        if (!SHORT_SUBJECT.matcher(subject).matches() || series && RELATIVE_SUBJECT.matcher(subject).lookingAt()) {
            return null;
        }
        Matcher passive = PASSIVE.matcher(before).region(verb.start(), before.length());
        Matcher modal = SHARED_MODAL.matcher(before).region(verb.start(), before.length());
        Matcher adverb = ADVERB_THEN_WORD.matcher(text).region(start, text.length());
        boolean adverbFirst = adverb.lookingAt();
        String verbWord = adverbFirst ? adverb.group(1) : first.group(); // "and | later jailed in 2012"
        int afterVerb = adverbFirst ? adverb.end() : first.end();
        // "He was arrested on Monday, and | charged on Tuesday": the auxiliary is shared too, and so is a modal ("The
        // council will close the road on Monday and | reopen it on Friday")
        // but not to a verb with an object of its own ("was first proposed ... and | passed the lower house")
        boolean objectAfter = OBJECT_AFTER.matcher(text).region(afterVerb, text.length()).lookingAt();
        // a participle not known to be passive shares the auxiliary when a preposition, not an object, follows it
        // ("was first identified in Botswana ... and | reported to the WHO"; not "reported sales of ...")
        // ("broken" is no verb's past: "was set in 1968 ... and | broken last summer")
        boolean passiveHere = PASSIVE_PARTICIPLES.contains(verbWord) || IRREGULAR_PARTICIPLE.matcher(verbWord).matches()
                || verbWord.endsWith("ed")
                && !ACTIVE_PAST_VERBS.contains(verbWord)
                && PREPOSITION_AFTER.matcher(text).region(afterVerb, text.length()).lookingAt();
        if (series && !adverbFirst && DONE_BY.matcher(text).region(start, text.length()).lookingAt()) {
            // "The first quake struck on Monday, | followed nine hours later by a second": done to it, by another
            return passive(subject, "").stripTrailing();
        }
        Matcher participles = PARTICIPLES_ASIDE.matcher(before);
        if (!passive.lookingAt() && passiveHere && !objectAfter
                && participles.region(Math.min(before.length(), subject.length()), before.length()).lookingAt()
                // (not where the date is the main verb's, after the aside: "and delayed by the pandemic, | finally
                // opened on Saturday")
                && !(PARTICIPLES_ASIDE_GOES_ON.matcher(text).region(start, text.length()).lookingAt()
                        && text.indexOf(',', start) < date.start())) {
            // "The runway, | approved by ministers in 2018 but | blocked by the courts in 2020": done to it too
            return subject + (PLURAL_SUBJECT.matcher(subject).find() ? " were" : " was");
        }
        return passive.lookingAt() && passiveHere && !objectAfter
                ? subject + " " + passive.group(1)
                : modal.lookingAt() && !PAST_VERB.matcher(verbWord).matches()
                        && !AUXILIARY_OR_PAST.matcher(verbWord).matches() ? subject + " " + modal.group(1)
                        : subject;
    }

    /** What may open a clause's subject after an opening's comma: a determiner, a pronoun or a capital. */
    private static final String SUBJECT_AHEAD = "(?=(?:the|a|an|his|her|its|their|he|she|it|they|we)\\s|\\p{Lu}"
            // (or a bare plural and its verb: "With ballots still to count, | officials said ...")
            + "|\\p{Ll}{3,}(?<![su'’])s\\s+(?:said|say|says|warned|were|are|have|had|will|would)\\b)";
    private static final Pattern SUBJECT_NEXT = Pattern.compile(SUBJECT_AHEAD);
    /**
     * A noun's phrase, then its verb: "and footfall | on Easter Sunday had been strong"; not a clause of its own with
     * its subject ("and declared | on television that night that they had taken power").
     */
    private static final Pattern PHRASE_THEN_AUXILIARY = Pattern.compile("\\s+(?:on|in|at|of|for|from|during|over"
            + "|across)\\s+(?:(?!\\b(?:and|that|which|who|he|she|it|they|we)\\s)[^,;:.!?]){1,40}?\\s+"
            + "(?:had|has|have|was|were|is|are|will|would|could)\\s");
    /**
     * A subordinate clause that opens the sentence before its main clause's subject, the date not in it: "Although
     * sales fell, ", "Meanwhile, as our correspondent reports, ", "As expected, ".
     */
    private static final Pattern OPENING_SUBORDINATE = Pattern.compile("(?:(?:Meanwhile|However|But|And),\\s+)?"
            + "(?i:although|though|even\\s+though|while|whereas|as|because|since|if|unless|when|after|before|once)\\s+"
            + "[^,;:]{1,120}?,[\"”’]?\\s+" + SUBJECT_AHEAD);
    /** A phrase that opens a clause, up to its comma, before the clause's subject: "In a joint statement, ". */
    private static final Pattern OPENING_PHRASE_COMMA = Pattern.compile("(?:In|At|On|During|With|After|Before|For"
            + "|Under|Amid|Following|Despite|According\\s+to)\\s[^,;:]{1,90},\\s+" + SUBJECT_AHEAD);

    /**
     * A phrase that opens a clause, perhaps in two parts, up to the comma before a subject and its verb in the past:
     * "On its previous flight, from Bali to Jakarta on Sunday night, | pilots had reported".
     */
    private static final Pattern OPENING_AROUND_DATE = Pattern.compile("(?:In|At|On|During|After|Before|Following)"
            + "\\s[^,;:]{1,90}(?:,\\s+[^,;:]{1,60})?,\\s+(?=(?:[\\p{L}'’-]+\\s+){0,3}?[\\p{L}'’-]+\\s+(?:had|has|have"
            + "|was|were|" + VERB_IN_PAST + ")\\b)");
    /** The preposition that ends the words before a date: "from Bali to Jakarta | on". */
    private static final Pattern PREPOSITION_ENDS = Pattern.compile("\\b((?:(?:early|late)\\s+)?(?:on|in|at|during"
            + "|by)|early|late)\\s+$");

    /** How far from its date a clause's actor may be named, and what is read after the name. */
    private static final int ACTOR_REACH = 400;
    /** A verb in "-ing" right after a name: "Jude Bellingham | heading the winner". */
    private static final Pattern DOING_NEXT = Pattern.compile("\\s+\\p{Ll}{2,}ing\\b");
    /** The end of a clause and the conjunction of the next, up to its subject: "early on Sunday, and ". */
    /** "and" and the titles before a subject's name: ", and | President | Assad fled", " and | Assad fled". */
    private static final Pattern AND_THEN_SUBJECT = Pattern.compile("[^,;:]{0,40}?,?\\s+(?:and|but)\\s+"
            + "(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}");
    private static final Pattern COLON_CLAUSE = Pattern.compile("[:;]\\s+(?:he|she|they|it|we)\\s");
    private static final Pattern HAD = Pattern.compile("\\bhad\\s");
    /** A short aside between commas: ", then 19,", ", a former teacher,". */
    private static final Pattern ASIDE_PAIR = Pattern.compile(",\\s+(?!\\d{4}\\b)[^,;:]{1,40},\\s"); // not "1974,"

    /** A date set off after a subject: ", in 2022" in "The last review, in 2022, was delayed". */
    private static final Pattern DATE_ASIDE_AFTER = Pattern.compile(
            "(?<=\\p{L}),\\s+(?:in|on|at|during)\\s+[^,]{1,40}$");

    /** A preposition right after a participle: "reported | to the WHO". */
    private static final Pattern PREPOSITION_AFTER = Pattern.compile(
            "\\s+(?:to|by|in|into|on|at|from|with|for|during)\\s");
    /** A verb's object: a determiner that is not the start of a time ("a week later"). */
    private static final Pattern OBJECT_AFTER = Pattern.compile("\\s+(?:the|its|their|his|her|our)\\s+"
            + "(?!(?:next|following|same|previous|day|week|month|year)\\b)");

    /**
     * A clause that is a subject and a participle's aside holding the date, cut from the verb that follows: "The plan,
     * unveiled in March" is headed "The plan was unveiled in March". Null for any other clause.
     */
    private static String participleAside(String text, int start, int end, TemporalExpression date) {
        Matcher aside = PARTICIPLE_ASIDE.matcher(text).region(start, end);
        if (aside.matches() && date.start() >= aside.start(2)) {
            return passive(aside.group(1), aside.group(2));
        }
        if (date.start() < start || date.end() > end) {
            return null;
        }
        // "ruled that the law, passed in 2019, violated ...": the date is in the aside of the noun before its comma
        int comma = lastIndexOf(text, ",", date.start() - 1, start - 2);
        int from = comma >= Math.max(0, start - 2) ? comma + 1 : start;
        while (from < date.start() && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        Matcher noun = NOUN_BEFORE.matcher(text).region(Math.max(sentenceStartBefore(text, from), from - 60), from);
        // or a name that opens the sentence: "Camp Mystic, | founded in 1926, lost ..."
        Matcher name = NAME_OPENING.matcher(text).region(sentenceStartBefore(text, from), from);
        boolean nounBefore = noun.find();
        String thing = nounBefore ? noun.group(1) : name.matches() ? name.group(1) : null;
        // the thing without the year that named one of it: "the 2025 fair, | first held in 1972" is the fair's; but
        // words that end with their clause's year are no thing ("moved to its present site in 1883, | admitted girls
        // in 1976": a series of verbs)
        thing = thing == null || YEAR_ENDS.matcher(thing).find() ? null
                : YEAR_AFTER_DETERMINER.matcher(thing).replaceFirst("$1");
        // (an aside within reach: a long clause with no comma is no aside, and is not read to its end for each date)
        int to = Math.min(end, from + ACTOR_REACH);
        Matcher participle = PARTICIPLE_TO_COMMA.matcher(text).region(from, to).useAnchoringBounds(to == end);
        // "The tower, the tallest in Europe, | opened in 2012.": a verb that ends a sentence with no verb before it is
        // the sentence's own, not a participle's aside
        boolean toTheEnd = participle.lookingAt()
                && SENTENCE_ENDS.matcher(text).region(participle.end(), text.length()).lookingAt();
        boolean verbBefore = VERB_BEFORE.matcher(text).region(sentenceStartBefore(text, from), from).find();
        boolean ownVerb = toTheEnd && !verbBefore
                // "The Tokyo Olympics, postponed last year because of the pandemic, | opened on Friday": the noun
                // ends the subject's own aside, whose comma the main verb follows
                || comma >= 0 && SUBJECTS_PARTICIPLE_ASIDE.matcher(text).region(sentenceStartBefore(text, from),
                        comma).matches()
                // or its "who" or "which" aside: "The MP, who was elected in 2019 with a majority of 12,000, |
                // announced on Saturday ..."
                || comma >= 0 && SUBJECTS_RELATIVE_ASIDE.matcher(text).region(sentenceStartBefore(text, from),
                        comma).matches();
        if (!ownVerb && thing != null && participle.lookingAt() && (PASSIVE_PARTICIPLES.contains(participle.group(2))
                // "The race, first held in 1911, was not run ...": a participle after "first" is the thing's
                || FIRST_ADVERB.matcher(participle.group(1)).lookingAt()
                        && PAST_VERB.matcher(participle.group(2)).matches()
                // "The actor, a star of the 1970s, has died", "The actor, famous for a drama in the 1970s, has
                // died": what the aside says the thing was
                || (WHAT_IT_WAS_ALONE.matcher(participle.group(1)).matches()
                        || ASIDE_ADJECTIVE.matcher(participle.group(2)).matches()
                        || DESCRIPTION_THEN_PARTICIPLE.matcher(participle.group(1)).lookingAt())
                        && text.startsWith(",", participle.end())
                // "The election, held over four days last month, was ...": any participle told with its time, no
                // object, between commas before the main verb
                || PAST_VERB.matcher(participle.group(2)).matches()
                        && TIME_OR_PREPOSITION_NEXT.matcher(text).region(participle.end(2), end).lookingAt()
                        && (text.startsWith(",", participle.end())
                                && MAIN_VERB_NEXT.matcher(text).region(participle.end() + 1, text.length()).lookingAt()
                                // or the object's, to the sentence's end: "unveiled the first image of a black hole,
                                // | captured in April 2017 by a network of telescopes"
                                || toTheEnd && verbBefore && nounBefore && DONE_BY.matcher(text)
                                        .region(participle.start(2), participle.end()).lookingAt()))
                && date.end() <= participle.end()) {
            // "Acme, a chipmaker founded in 1986," is headed "Acme was founded in 1986"; "Perot, a captain who has
            // served since 1991," "Perot has served since 1991"
            Matcher who = WHO_IN_DESCRIPTION.matcher(participle.group(1));
            if (who.find() && date.start() >= participle.start(1) + who.start(1)) {
                return thing + " " + who.group(1);
            }
            Matcher described = DESCRIPTION_THEN_PARTICIPLE.matcher(participle.group(1));
            Matcher named = NAME_OF_THE_THING.matcher(thing);
            if (described.lookingAt() && named.find()) {
                thing = named.group(1); // "The photograph of Alan Kurdi, a boy found dead": the boy is Alan Kurdi
            }
            return passive(thing, described.lookingAt() ? participle.group(1).substring(described.start(1))
                    : participle.group(1));
        }
        return null;
    }

    /** A subject, then its aside of "who" or "which": "The MP, who was elected in 2019 with a majority of 12,000". */
    private static final Pattern SUBJECTS_RELATIVE_ASIDE = Pattern.compile("\\s*[^,]{1,80},\\s+(?:who|which)\\s+"
            + "(?:[^,]|(?<=\\d),(?=\\d))*");
    /** A subject, then an aside that opens with a participle: "The Tokyo Olympics, postponed last year". */
    private static final Pattern SUBJECTS_PARTICIPLE_ASIDE = Pattern.compile("\\s*[^,]{1,80},\\s+(?:" + ADVERB
            + "\\s+)?(?:" + VERB_IN_PAST + ")\\b[^,]*");

    /** The name a thing's words end with after "of", which a description after it is of: "the mayor of | Paris". */
    private static final Pattern NAME_OF_THE_THING = Pattern.compile("\\sof\\s+(\\p{Lu}[\\p{L}'’-]*"
            + "(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3})$");

    /** What a thing was, then the participle of its date: "a chipmaker | founded in 1986". */
    private static final Pattern DESCRIPTION_THEN_PARTICIPLE = Pattern.compile("an?\\s+(?:[\\p{L}'’-]+\\s+){1,3}?((?:"
            + ADVERB + "\\s+)?(?:" + PASSIVE_PARTICIPLE_WORDS + ")\\b)");

    private static final Pattern SENTENCE_ENDS = Pattern.compile("\\s*(?:[.!?]|$)");
    private static final Pattern TIME_OR_PREPOSITION_NEXT = Pattern.compile("\\s+" + TIME_OR_PREPOSITION + "\\b");
    /** Adjectives that open an aside saying what a thing was: "famous for", "notorious for" (data). */
    private static final String ASIDE_ADJECTIVE_WORDS = Resources.alternation("extract/event/aside-adjectives.txt");
    private static final Pattern ASIDE_ADJECTIVE = Pattern.compile(ASIDE_ADJECTIVE_WORDS);
    /**
     * An aside that says what a thing was, a noun of its own or an adjective: "a star of the 1970s", "popular with
     * tourists since 1932"; not the next item of a list ("his brother, a dozen classmates and some adults ...").
     */
    private static final String WHAT_IT_WAS = "(?:(?:\\p{Ll}+ly\\s+)?an?\\s+(?-i:\\p{Ll})" // "traditionally a rest day"
            + "|the\\s+\\p{L}+['’]s\\s+(?-i:\\p{Ll})|(?:" + ASIDE_ADJECTIVE_WORDS + ")\\b)" // "the club's home"
            + "(?:(?!\\sand\\s)" + CLAUSE_WORDS + "){0,60}";
    private static final Pattern WHAT_IT_WAS_ALONE = Pattern.compile(WHAT_IT_WAS);
    private static final Pattern VERB_BEFORE = Pattern.compile("\\b(?:" + VERB_IN_PAST + "|is|are|has|have|had|will|would"
            + "|must|can|could|should|may|might|shall|says)\\b");

    /**
     * The headline of one of a clause's dates when a participle and its date follow the subject before the main verb:
     * "Drought restrictions imposed in July | will stay in place until the end of October" is headed "Drought
     * restrictions were imposed in July" for July and "Drought restrictions will stay in place until the end of
     * October" for October. Null for any other clause.
     */
    static String ofParticipleAfterSubject(String text, int start, int end, List<TemporalExpression> dates, int k) {
        return ofSubjectsOwnDate(text, start, end, dates, k, SUBJECT_PARTICIPLE_DATE, MAIN_VERB_NEXT,
                participle -> passive(participle.group(1), participle.group(2)) + " "
                        + text.substring(participle.start(3), dates.get(0).end()));
    }

    /**
     * The headline of one of a clause's dates when the subject's own relative clause holds the first and the main verb
     * follows it: "A man who received a pig kidney in March | died in May" is headed "A man received a pig kidney in
     * March" for March and "A man died in May" for May. Null for any other clause.
     */
    static String ofRelativeAfterSubject(String text, int start, int end, List<TemporalExpression> dates, int k) {
        return ofSubjectsOwnDate(text, start, end, dates, k, SUBJECT_RELATIVE_DATE, MAIN_VERB_AFTER_ITS_DATE,
                relative -> relative.group(1) + " " + text.substring(relative.start(2), dates.get(0).end()));
    }

    /**
     * The two headlines above: where {@code subjectThenDate} (the subject in group 1) runs up to the first date and
     * {@code mainVerb} follows it, the first date's is what {@code firstHeadline} makes of the match, a later one's the
     * subject and the words after the first date.
     */
    private static String ofSubjectsOwnDate(String text, int start, int end, List<TemporalExpression> dates, int k,
            Pattern subjectThenDate, Pattern mainVerb, Function<Matcher, String> firstHeadline) {
        if (dates.size() < 2) {
            return null;
        }
        TemporalExpression first = dates.get(0);
        Matcher subject = subjectThenDate.matcher(text).region(start, Math.max(start, first.start()));
        if (!subject.matches() || !mainVerb.matcher(text).region(first.end(), end).lookingAt()) {
            return null;
        }
        return k == 0 ? finished(firstHeadline.apply(subject))
                : finished(subject.group(1) + text.substring(first.end(), end), dates.get(k).text());
    }

    /** A subject of up to six words, "who", "that" or "which", and its verb's words up to the first date. */
    private static final Pattern SUBJECT_RELATIVE_DATE = Pattern.compile("\\s*((?i:the|a|an|its|his|her|their)\\s+"
            + "[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+){0,4}?)\\s+(?:who|that|which)\\s+((?:had\\s+)?(?:" + VERB_IN_PAST
            + ")\\b[^,;:]*?\\s(?:in|on|at|during|last|this|earlier)\\s+)");
    /** The main verb right after the relative clause's date: an auxiliary or a verb in the past. */
    private static final Pattern MAIN_VERB_AFTER_ITS_DATE = Pattern.compile("\\s+(?:will|would|was|were|has|have|had"
            + "|" + VERB_IN_PAST + ")\\b");

    /**
     * The headlines of a clause's dates when its last date belongs to a participle after a thing the clause names:
     * "Voters went to the polls yesterday in a snap election | called in April" is headed "A snap election was called
     * in April" for April and "Voters went to the polls yesterday in a snap election" for yesterday. Null for any other
     * clause, and for a subject after an opening's comma ("In 2011, the shop opened in May").
     */
    static String ofParticipleAfterObject(String text, int start, int end, List<TemporalExpression> dates, int k) {
        if (dates.size() < 2) {
            return null;
        }
        TemporalExpression last = dates.get(dates.size() - 1);
        Matcher thing = OBJECT_PARTICIPLE_DATE.matcher(text).region(dates.get(dates.size() - 2).end(),
                Math.max(dates.get(dates.size() - 2).end(), last.start()));
        if (last.end() > end || !thing.find()
                || SUBJECT_AFTER_DATE.matcher(text).region(thing.regionStart(), thing.start()).matches()) {
            return null; // "In 2011, | the shop opened in May": the subject of its own verb, right after a date
        }
        return k == dates.size() - 1
                ? finished(passive(thing.group(1), thing.group(2)) + " " + text.substring(thing.start(3), last.end()))
                : finished(text.substring(start, thing.end(1)), dates.get(k).text());
    }

    /**
     * A thing of up to five words, a participle of what was done to it and the preposition of its date; not a verb's
     * own participle ("the pier had been closed in").
     */
    private static final Pattern SUBJECT_AFTER_DATE = Pattern.compile("[\\s,;:]*");
    private static final Pattern OBJECT_PARTICIPLE_DATE = Pattern.compile("\\b((?i:a|an|the|its|their|his|her)"
            + "(?:\\s+(?!(?:in|on|at|to|for|by|with|from|and|or|but|that|which|who|had|has|have|having|been|being|be"
            + "|was|were|is|are|will|would|could|should|may|might|must|can|not)\\b)[\\p{L}'’-]+){1,4})\\s+("
            + PASSIVE_PARTICIPLE_WORDS + ")\\s+((?:in|on|at|during|last|this|earlier)\\s+)$");

    /** A subject of up to six words, a participle and the preposition of its date: "Drought restrictions imposed in". */
    private static final Pattern SUBJECT_PARTICIPLE_DATE = Pattern.compile("\\s*((?:(?i:the|a|an|its|his|her|their)"
            + "\\s+)?[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+){0,4}?)\\s+(" + PASSIVE_PARTICIPLE_WORDS + ")\\s+((?:in|on|at"
            + "|during|last|this|earlier)\\s+)");
    /** The main verb right after a participle's date: an auxiliary, a modal or a verb in the present ("takes"). */
    private static final Pattern MAIN_VERB_NEXT = Pattern.compile("\\s+(?:will|would|is|are|was|were|has|have|had|can"
            + "|could|must|may|might|remained|stayed|\\p{Ll}{3,}(?<![su'’])s)\\b");

    private static String passive(String subject, String participle) {
        // the head before its phrase says it: "A valuation of 47 billion dollars was", "Roads to the region were"
        Matcher head = HEAD_THEN_PHRASE.matcher(subject);
        boolean plural = isPlural(head.find() ? head.group(1) : subject);
        if (SINCE_AFTER_PARTICIPLE.matcher(participle).lookingAt()) {
            // "cars had been sold since 2009", "The museum had been closed for renovation since 2019" ("were ...
            // since" is wrong)
            return subject + " had been " + participle;
        }
        return subject + (plural ? " were " : " was ") + participle; // "Roads to the region were closed"
    }

    private static final Pattern SINCE_AFTER_PARTICIPLE = Pattern.compile("\\p{Ll}+\\s+(?:\\p{Ll}+\\s+){0,3}?since\\b");

    /** A subject's head noun and the phrase after it: "A valuation | of 47 billion dollars". */
    private static final Pattern HEAD_THEN_PHRASE = Pattern.compile("^(\\S+(?:\\s+\\S+){0,3}?)\\s+"
            + "(?:of|to|in|on|at|from|for|with|over|about|against)\\s");
    private static final Pattern IRREGULAR_PLURAL = Pattern.compile("\\b(?:"
            + Resources.alternation("extract/text/irregular-plurals.txt") + ")$");

    private static final Pattern PARTICIPLE_ASIDE = Pattern.compile("((?:The|This|That|These|Those|Its|His|Her|Their"
            + "|(?!(?:In|On|At|By|For|From|With|After|Before|Since|During|Until|Last|Next|Earlier|Later|When|While|As|But"
            + "|And|Yet|So|Then|If|Although|Though|Once|Over|Under|Despite|According)\\b)\\p{Lu}\\p{Ll}+)"
            + "(?:\\s+[\\p{L}\\d'’-]+){1,4}),\\s+((?:(?:" + ADVERB + "\\s+)?(?:\\p{Ll}+(?:ed|en|wn)|born|"
            + SAYING_OR_PAST
            // or the date it once had: "The deadline, originally March 29,"
            + ")\\b|(?:originally|initially|first|previously)\\s+(?=\\p{Lu}|\\d))" + CLAUSE_WORDS + "*?)[\\s,]*");
    /**
     * The same aside after a noun inside the clause, with a participle news uses in the passive: "ruled that the law,
     * passed in 2019, violated ...".
     */
    private static final Pattern NOUN_BEFORE = Pattern.compile("\\b"
            // not the object of an aside's preposition: "Peter Holt, who is in his sixties, set out" set out nothing
            + "(?<!,\\s(?:\\p{Ll}{1,8}\\s)?(?:\\p{Ll}{1,8}\\s)?(?:in|of|at|on|for|from|with|by|to)\\s)("
            + PLURAL_HEAD
            // (a year may name which: "the 2025 event, | first held in 1972")
            + "(?:(?i:the|a|an|this|these|those|its|his|her|their)(?:\\s+\\d{4})?|" + NAMES + ")"
            // a noun's words, not a verb's: "The board said in its annual report, published ..." is the report's
            + "(?:\\s+(?!(?:" + SAYING_OR_PAST + "|was|were|is|are|has|had|have)\\b)[\\p{L}'’-]+){1,3}"
            // a sum may be among them: "a valuation of $47 billion, | set in January"; a clause of "that" may not
            // ("ruled on Friday that the sentence, | imposed in 2017,")
            + "(?:\\s+(?:over|of|on|in|for|with|about|against)(?:\\s+(?:(?!(?:that|which|who)\\b)[\\p{L}'’-]+"
            + "|[$£€]?\\d(?:[\\d,.]*\\d)?)){1,4}){0,2}),\\s*$");
    /** A determiner and the year that names one of a thing: "the 2025 | event". */
    private static final Pattern YEAR_AFTER_DETERMINER = Pattern.compile("\\b((?i:the|a|an|this|these|those|its|his"
            + "|her|their))\\s+\\d{4}\\b");
    /** Words that end with their clause's year: "its present site in 1883". */
    private static final Pattern YEAR_ENDS = Pattern.compile("\\b(?:in|on|since|during|by)\\s+\\d{4}$");
    /** An adverb that tells a participle is a thing's: "The race, first held in 1911,". */
    private static final Pattern FIRST_ADVERB = Pattern.compile("(?:first|originally|initially)\\s");
    /** A participle up to its clause's end; not a verb with an object ("closed it", "closed the site"). */
    private static final Pattern PARTICIPLE_TO_COMMA = Pattern.compile("((?:" + ADVERB + "\\s+)?(\\p{Ll}+)\\b"
            // (nor a measure it took: "Lytton, a village in British Columbia, recorded 49.6C")
            + "(?!\\s+(?:(?:it|them|him|her|us|me|the|a|an|its|his|their|our|this|that|these|those)\\b"
            + "|\\d[\\d,.]*(?:\\p{L}{1,2}\\b|%)))"
            + CLAUSE_WORDS + "*?)"
            + "\\s*(?=[,;:]|[.!?]?\\s*$)");
    /** A plural head noun: "talks", "the plans"; not "the bus", "the crisis". */
    private static final Pattern PLURAL = Pattern.compile("(?<![su'’])s$");
    /** Nouns in "s" that are singular: "series", "crisis" (data). */
    private static final Pattern SINGULAR_IN_S = Pattern.compile("(?i)\\b(?:"
            + Resources.alternation("extract/text/singular-in-s.txt") + ")$");

    /** Whether a noun phrase ends in a plural: "Roads to the region" is told of roads; "The series" is one. */
    private static boolean isPlural(String words) {
        return PLURAL.matcher(words).find() && !SINGULAR_IN_S.matcher(words).find()
                || IRREGULAR_PLURAL.matcher(words).find();
    }

    private static final Pattern PASSIVE = Pattern.compile("\\s+((?:had|has|have)\\s+been|was|were|is|are)\\s+"
            + "(?:\\p{Ll}+\\s+)?(?:\\p{Ll}+(?:ed|en|wn)|" + Resources.alternation("extract/text/irregular-past.txt")
            + ")\\b"); // "was struck"
    /** An irregular verb's participle that is not its past: "taken", "broken" (irregular-participles.txt). */
    static final String IRREGULAR_PARTICIPLES = Resources.alternation("extract/text/irregular-participles.txt");
    private static final Pattern IRREGULAR_PARTICIPLE = Pattern.compile(IRREGULAR_PARTICIPLES);
    /** A subject's aside that opens with a participle: "|, approved by ministers in 2018 but ". */
    private static final Pattern PARTICIPLES_ASIDE = Pattern.compile(",\\s+(?:" + ADVERB + "\\s+)?(?:\\p{Ll}{2,}ed|"
            + IRREGULAR_PARTICIPLES + ")\\s+(?:by|in|on|at|for|from|with)\\s");
    private static final Pattern PLURAL_SUBJECT = Pattern.compile("\\p{Ll}(?<![su'’])s$");
    /** "with", a noun and a participle: "with | results from the last councils | declared". */
    private static final Pattern WITH_PARTICIPLE = Pattern.compile("(?i:with)\\s+((?:(?:the|its|his|her|their)\\s+)?"
            + "(?-i:\\p{Ll})[\\p{L}'’-]*(?:\\s+[\\p{L}'’-]+){0,5}?)(?<!\\b(?i:a|an|the|its|his|her|their|of))"
            + "\\s+((?:\\p{Ll}{3,}ed|" + IRREGULAR_PARTICIPLES + ")\\s)");
    /** "with", a noun and a verb in "-ing": "with | gusts | reaching", "with | no trains | running". */
    private static final Pattern WITH_DOING = Pattern.compile("(?i:with)\\s+((?:(?:the|its|his|her|their|no)\\s+)?"
            + "(?-i:\\p{Ll})[\\p{L}'’-]*(?:\\s+[\\p{L}'’-]+){0,3}?)(?<!\\b(?i:a|an|the|its|his|her|their|of|no))"
            + "\\s+(?!(?:during|morning|evening|nothing|something|anything|everything)\\b)\\p{Ll}{3,}ing\\s");
    private static final Set<String> PASSIVE_PARTICIPLES = Set.copyOf(
            Resources.entries("extract/event/passive-participles.txt"));
    /** Past forms in -ed that a shared "was" does not make passive: "was ousted in 1985 and | returned in 1997". */
    private static final Set<String> ACTIVE_PAST_VERBS = Set.copyOf(
            Resources.entries("extract/event/active-past-verbs.txt"));

    private static final Pattern FIRST_WORD = Pattern.compile("\\p{Ll}+(?:-\\p{Ll}+)?");
    /** Words that open a clause with a subject of its own, or that are no verb. */
    private static final Pattern NOT_A_VERB = Pattern.compile("the|a|an|this|that|these|those|his|her|its|their|our|my"
            + "|he|she|it|they|we|i|you|there|one|some|many|most|all|both|no|each|every|in|on|at|by|for|from|with|as"
            + "|after|before|since|until|when|while|if|so|then|now|not|about|around|nearly|almost|roughly|approximately"
            + "|only|just|more|fewer|less|over|under|up|down"
            // an adjective's ending: "and legislative elections follow in June" has a subject of its own
            + "|\\p{Ll}{3,}(?:tive|sive|ous|ical|ful|ional|ary)|\\p{Ll}{4,}ic");
    private static final Pattern RELATIVE_SUBJECT = Pattern.compile("(?i)(?:whose|which|who|that)\\b");
    private static final Pattern BARE_COMMA_AFTER = Pattern.compile(",\\s*$");
    private static final Pattern PAST_VERB = Pattern.compile(VERB_IN_PAST);
    private static final Pattern PAST_VERB_WORD = Pattern.compile("\\b(?:was|were|" + VERB_IN_PAST + ")\\b");
    /** "and" before a clause told in the present or its perfect: "and | has spent 22 seasons ...". */
    private static final Pattern AND_NOW = Pattern.compile("\\s+and\\s+(?=(?:has|have|is|are)\\s)");
    /**
     * A plural and a verb in the present: "markets expect", "investors fear"; not a verb and its object ("sells them",
     * "offers a discount", "expects profits").
     */
    private static final Pattern PLURAL_AND_VERB = Pattern.compile("\\p{Ll}{3,}(?<![su'’])s\\s+(?!(?:the|a|an|this|that"
            + "|these|those|his|her|its|their|our|my|your|it|them|him|us|me|to|in|on|at|for|with|from|by|of|up|out|off"
            + "|down|over|into|and|or|but|as|than|more|less|all|some|most|about)\\b)\\p{Ll}{3,}(?<!s|ed|ing|ly)\\b");
    /** A noun in "-ing", a few words and a verb: "but flooding last winter set the project back". */
    private static final Pattern GERUND_AND_VERB = Pattern.compile("\\p{Ll}{3,}ing\\s+(?:[^\\s,;:.!?]+\\s+){0,4}?"
            + "(?:" + VERB_IN_PAST + "|was|were|is|are|has|had|have|will|would|could)\\b");
    /** A noun before a plural one, then a verb: "fire officials warned", "bank shares were", "flood warnings stay". */
    private static final Pattern NOUNS_AND_VERB = Pattern.compile("\\p{Ll}{3,}\\s+\\p{Ll}{3,}(?<![su'’])s\\s+(?:"
            + VERB_IN_PAST + "|were|are|have|had|will|would|could|may|might|remain|continue|stay|say|expect|warn)\\b");
    /** "and | bottled water was handed out": a word in -ed before a noun and its verb describes the noun. */
    private static final Pattern DESCRIBED_NOUN_AND_VERB = Pattern.compile("\\p{Ll}{2,}ed\\s+\\p{Ll}{3,}\\s+(?:was|were"
            + "|is|are|has|have|had)\\b");
    /** A first word that may come before a verb of the same clause: an auxiliary, a verb or an adverb ("later"). */
    private static final Pattern AUXILIARY_OR_PAST = Pattern.compile("was|were|is|are|has|had|have|will|would|can"
            + "|could|may|might|must|should|did|does|later|also|again|soon|never|once|still|\\p{Ll}+ly|" + VERB_IN_PAST);
    /** An age before a comma: "Julien Moreau, 52| ,". */
    private static final Pattern AGE_BEFORE_COMMA = Pattern.compile(",\\s\\d{1,3}$");
    /** An age after a subject's name: "Ana Lind, 66,". */
    private static final Pattern AGE_AFTER = Pattern.compile(",\\s*(?:(?:then|now|aged)\\s+)?\\d{1,3}\\s*,$");
    /** A verb after an adverb: "later jailed". */
    private static final Pattern ADVERB_THEN_WORD = Pattern.compile(ADVERB + "\\s+(\\p{Ll}+)");
    /**
     * A modal and its verb, which a clause sharing the subject shares: "will close ... and | reopen", "will be sworn in
     * ... and | deliver"; not a perfect ("may have been responsible for ... and | partly responsible for").
     */
    private static final Pattern SHARED_MODAL = Pattern.compile("\\s+(will|would|could|can|may|might|should|must"
            // or what is due, set or expected to be done: "is due to reach the Moon on Thursday and | return ..."
            + "|(?:is|are|was|were)\\s+(?:due|set|expected|scheduled|likely|going)\\s+to)\\s+(?!have\\b)\\p{Ll}+");
    /** A participle's preposition: "followed by", "compared with", "linked to". */
    private static final Pattern BY_AFTER = Pattern.compile("\\s+(?:by|with|to)\\b");
    private static final Pattern COORDINATOR_AFTER = Pattern.compile(
            "(?:,\\s*)?\\b(?:and|but|yet)\\s+(?:then\\s+|later\\s+)?$|,\\s*then\\s+$");
    /** A subject and its relative clause set off by commas: "The poet|, who died on Saturday aged 91,". */
    private static final Pattern SUBJECT_AND_RELATIVE = Pattern.compile(
            "^([^,;:]{1,60}),\\s+(?:who|which)\\s+[^,;:]{1,80},");
    private static final Pattern SUBJECT_AND_ASIDE = Pattern.compile("(\\p{Lu}[\\p{L}'’-]*(?:\\s+[\\p{L}'’-]+){0,5}),"
            + "\\s+(?:(?:" + ADVERB + "\\s+)?(?:\\p{Ll}+(?:ed|en|wn)|" + SAYING_OR_PAST + ")|at|on|in|during"
            // "The body of the climber, missing since ...,", "Acme, a chipmaker founded in 1986,", "Narendra Modi,
            // prime minister since 2014,", "The summit, due to end on Friday,"
            + "|missing|aged|an?(?=\\s+\\p{Ll})|(?:\\p{Ll}+\\s+){1,3}since|" + ASIDE_ADJECTIVE_WORDS + ")\\b"
            + CLAUSE_WORDS + "*,\\s*");
    /** A subordinate clause's subject and verb: "after | the company | cut", the nearer clause to share a verb with. */
    private static final Pattern SUBJECT_OF_CONJUNCTION = Pattern.compile("\\b(?:after|when|because|as|while|since"
            + "|before|until|once)\\s+((?:the|a|an|its|his|her|their)\\s+[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+)?"
            + "|\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?)(?=\\s+(?:" + SAYING_OR_PAST + "|\\p{Ll}+ed|"
            + SAME_FORM_PAST + ")\\b)");
    /** A subject of up to seven words, one of them a name's number: "The meeting", "Apollo 11", not "In 2011 the". */
    private static final Pattern SHORT_SUBJECT = Pattern.compile("[\\p{L}'’-]+\\.?(?:\\s+(?:[\\p{L}'’.-]+"
            + "|(?<=\\p{Lu}[\\p{L}'’-]{1,20}\\s)\\d{1,3}(?!\\d)\\p{L}*)){0,6}");

    /**
     * The date's clause when it is a person's "whose" aside: "teacher Omar Said, whose killing last May set off
     * protests" is headed "Omar Said's killing last May set off protests", whatever the sentence's own verb; so is a
     * clause that starts at the aside ("George Floyd, | whose killing ...") or holds one after its subject
     * ("Southgate, whose contract runs until December, said ...").
     */
    private static String whoseAside(String text, int start, int end, TemporalExpression date,
            List<PersonMention> mentions) {
        int from = text.regionMatches(start, "whose ", 0, 6) ? Math.max(0, text.lastIndexOf(',', start)) : start;
        Matcher aside = WHOSE_ASIDE.matcher(text).region(from, end);
        while (lastIndexOf(text, "whose", date.start(), from) >= 0 && aside.find()) { // looked for first: cheaper
            if (date.start() >= aside.start(1) && date.end() <= aside.end(1)) {
                for (PersonMention m : mentions) {
                    if (m.end() == aside.start()) {
                        return possessive(m.text()) + " " + aside.group(1);
                    }
                }
            }
        }
        // without commas, after a verb's or a preposition's noun: "apologised to the mothers whose babies were taken
        // in 1965" is about them (not a subject's: "A man whose house was a bomb factory was arrested last year")
        int near = Math.max(start, date.start() - MAX_LENGTH); // a headline's length around the date
        if (lastIndexOf(text, "whose", date.start(), near) < 0) {
            return null; // looked for before the costlier pattern
        }
        Matcher whose = WHOSE_CLAUSE.matcher(text).region(near, Math.min(end, date.end() + MAX_LENGTH));
        while (whose.find()) {
            if (date.start() >= whose.start(2) && date.end() <= whose.end(2)
                    && WORD_BEFORE.matcher(text).region(start, whose.start(1)).find()) {
                return possessive(whose.group(1)) + " " + whose.group(2);
            }
        }
        return null;
    }

    /** What follows a date that only sets the scene: its comma, or a chronology's colon or dash. */
    private static final Pattern SCENE_THEN_CLAUSE = Pattern.compile("\\s*(?:,|:\\s|[–—]\\s|-\\s)");
    /** A word right before, not a comma or the clause's start. */
    private static final Pattern WORD_BEFORE = Pattern.compile("\\p{L}\\s+$");
    /** A noun of up to four words, then a "whose" clause of its own, up to its comma or the end. */
    private static final Pattern WHOSE_CLAUSE = Pattern.compile("\\b(?!(?:to|of|for|with|from|by|on|in|at|and|or|as"
            + "|that)\\s)((?:(?i:the|a|an)\\s+|\\d[\\d,]*\\s+)?(?:[\\p{Ll}'’-]+\\s+){0,3}?[\\p{Ll}'’-]+)"
            + "\\s+whose\\s+(\\p{Ll}" + CLAUSE_WORDS + "*?)\\s*(?:,|[.!?]?$)");

    /**
     * A clause that starts at a person's "who" aside is that person's: "from its co-founder, Walter Beck, | who had run
     * it since 1987" is headed "Walter Beck had run it since 1987".
     */
    private static String relativeClauseOfPerson(String text, int start, int end, TemporalExpression date,
            List<PersonMention> mentions) {
        Matcher who = RELATIVE_WHO.matcher(text).region(start, end);
        if (!who.lookingAt()) {
            return null;
        }
        PersonMention named = Context.namedOrDescribedBefore(text, start, mentions);
        return named == null ? null : named.text() + " " + dateVerbOf(text, who.start(1), who.end(1), date);
    }

    /**
     * The words of a relative clause from {@code from} to {@code to}, or of the one of its two verbs that "and" joins
     * which holds the date: "Jobs, who co-founded Apple in 1976 and returned to save it in 1997," is headed "Jobs
     * co-founded Apple in 1976" and "Jobs returned to save it in 1997".
     */
    private static String dateVerbOf(String text, int from, int to, TemporalExpression date) {
        Matcher and = AND_PAST_VERB.matcher(text).region(from, to);
        if (!and.find() || date.start() < from || date.end() > to) {
            return text.substring(from, to);
        }
        if (date.start() < and.start()) {
            return text.substring(from, and.start());
        }
        // the auxiliary both verbs share: "who was arrested in 2010 and | released in 2012", "who had lived in Paris
        // and | moved"; a passive's only before a verb news tells in the passive ("was born in Prague and | fled")
        Matcher auxiliary = SHARED_AUXILIARY.matcher(text).region(from, and.start());
        String second = text.substring(and.start(1), to);
        Matcher verb = FIRST_WORD.matcher(second);
        boolean shared = auxiliary.lookingAt() && (auxiliary.group(1) == null
                || verb.lookingAt() && PASSIVE_PARTICIPLES.contains(verb.group()));
        return (shared ? auxiliary.group() : "") + second;
    }

    /** An auxiliary, a passive's ("had been", "was") in group 1: "had been", "was", "had". */
    private static final Pattern SHARED_AUXILIARY = Pattern.compile("(?:((?:had|has|have)\\s+been|was|were)|had|has"
            + "|have)\\s+");

    private static final Pattern RELATIVE_WHO = Pattern.compile("who\\s+(\\p{Ll}" + CLAUSE_WORDS + "*)");

    /**
     * A "where" clause told of the place before it: "spent her life in Mexico City, where she moved in 1942" is headed
     * "Finch moved to Mexico City in 1942" (the pronoun is the person the sentence named before, when one fits), "in
     * Geneva, where the talks began in 2019" "The talks began in Geneva in 2019". Null for any other clause.
     */
    private static String whereClause(String text, int start, int end, TemporalExpression date,
            List<PersonMention> mentions) {
        int comma = lastIndexOf(text, ", where ", date.start(), start);
        int clause = comma >= start ? comma + 2 : start; // "He grew up in Leeds, | where he joined the police in 1975"
        Matcher where = WHERE_CLAUSE.matcher(text).region(clause, end);
        Matcher place = PLACE_BEFORE.matcher(text).region(Math.max(0, clause - 60), clause);
        if (!where.lookingAt() || date.start() < where.start(2) || date.end() > where.end(2) || !place.find()) {
            return null;
        }
        String pronoun = where.group(1);
        String subject = pronoun;
        if (pronoun.equals("he") || pronoun.equals("she")) {
            int from = sentenceStartBefore(text, clause);
            String otherSex = pronoun.equals("he") ? "f" : "m";
            List<PersonMention> named = mentions.stream().filter(m -> m.start() >= from && m.end() <= clause)
                    .filter(m -> !otherSex.equals(sexOf(m))).toList();
            boolean onePerson = !named.isEmpty() && named.stream().allMatch(m -> m.name().equals(named.get(0).name())
                    || PersonNames.surnameOf(named.get(0).name()).equals(m.name()));
            subject = onePerson ? named.get(0).text() : pronoun;
        }
        // the place goes before the date's preposition: "moved | in 1942", "the talks began | on Monday"
        Matcher preposition = PREPOSITION_BEFORE.matcher(text).region(where.start(2), date.start());
        int at = preposition.find() ? preposition.start() : date.start();
        String verb = where.group(3);
        String to = MOVES_TO.matcher(verb).matches() ? "to " : "in ";
        return subject + " " + text.substring(where.start(2), at).strip() + " " + to + place.group(1) + " "
                + text.substring(at, where.end(2)).strip();
    }

    private static final Pattern WHERE_CLAUSE = Pattern.compile("where\\s+(he|she|they"
            + "|(?:the|his|her|their|its)\\s+[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+)?|\\p{Lu}[\\p{L}'’-]+"
            // a bare noun: "in China, where demand recovered after May"
            + "|(?!(?:it|we|you|there|this|that|these|those)\\b)\\p{Ll}[\\p{L}'’-]{2,})"
            // the verb perhaps after "had" or "has": "where he had lived since June 2012"
            + "\\s+((?:(?:had|has|have)\\s+)?(" + VERB_IN_PAST + "|was|were|been)\\b" + CLAUSE_WORDS + "*)");
    /** A place a comma closes after a preposition: "in Mexico City, ", "to the Netherlands, ", "to Lyon in 2019, ". */
    private static final Pattern PLACE_BEFORE = Pattern.compile("\\b(?:in|to|at|from|into)\\s+((?:the\\s+)?\\p{Lu}"
            + "[\\p{L}'’.-]*(?:\\s+(?:of\\s+)?\\p{Lu}[\\p{L}'’.-]*){0,3})"
            // and the date of going there: "moved to Lyon in 2019, | where their son was born in 2021"
            + "(?:\\s+(?:in|on)\\s+(?:\\d{4}|\\p{Lu}\\p{Ll}+(?:\\s+\\d{1,2})?(?:,?\\s+\\d{4})?))?,\\s*$");
    private static final Pattern PREPOSITION_BEFORE = Pattern.compile("\\b(?:in|on|at|during|by|until|since|after"
            + "|before|between|from|through|over)\\s+"
            + "(?:(?:the|early|late|mid)[\\s-]+)?$");
    /** Verbs of going somewhere, after which the place is where they went: "moved to Mexico City". */
    private static final Pattern MOVES_TO = Pattern.compile("moved|returned|fled|emigrated|went|came|travelled"
            + "|traveled|relocated|escaped|retired|sailed|flew");

    /** "Omar Said's", "James Ross'". */
    private static String possessive(String name) {
        return name + (name.endsWith("s") ? "'" : "'s");
    }

    private static final Pattern WHOSE_ASIDE = Pattern.compile(",\\s+whose\\s+(\\p{Ll}" + CLAUSE_WORDS
            + "*?)\\s*(?:,|[.!?]?$)");

    /**
     * "and" before a noun and its "was", "were", "had" or modal: "... through Christmas Day | and the fire was put
     * out", "will return on Tuesday | and the withdrawal bill could be passed before Christmas".
     */
    static final String AND_NEW_SUBJECT = "(?<!\\b(?:he|she|we|they|He|She|We|They))" // not "he and his daughter died"
            + "\\s+and\\s+(?=(?:the|its|his|her|their)\\s+(?:\\p{Ll}+\\s+){0,2}?"
            + "\\p{Ll}+\\s+(?:was|were|had|will|would|could|may|might|should|must|" + VERB_IN_PAST + ")\\s)";
    /**
     * ", and" or ", but" before a clause with a subject or a time of its own, after the date's clause; or
     * {@link #AND_NEW_SUBJECT}.
     */
    private static final Pattern NEXT_CLAUSE = Pattern.compile(
            ",\\s+(?:and|but)\\s+(?=(?:he|she|they|it|we|I|on|in|at|during|after|before|last|this)\\s"
                    // "..., and Finch spent his later years ...", "..., and President Ashraf Ghani fled ...", "..., and
                    // the firm moved ...": a subject and its verb
                    + "|(?:\\p{Lu}[\\p{L}'’-]+\\.?(?:\\s+(?:\\p{Ll}{1,3}-)?\\p{Lu}[\\p{L}'’-]+){0,2}" // "al-Assad"
                    + "|(?:the|his|her|its|their)\\s+\\p{Ll}+)\\s+" + VERB_IN_PAST + "\\b"
                    // (or with an aside of its name: "..., and its star, Mikey Madison, was named")
                    + "|(?:the|his|her|its|their)\\s+\\p{Ll}+,\\s+[^,;:]{1,40},\\s+(?:was|were|had|" + VERB_IN_PAST
                    + ")\\b)"
                    + "|" + AND_NEW_SUBJECT);

    /** A semicolon between clauses, not the end of a character entity ("&amp;"). */
    private static final Pattern CLAUSE_SEMICOLON = Pattern.compile(";(?<!&[a-zA-Z]{1,8};|&#\\d{1,6};)");

    /** The people named with the actor as one subject: "Peter Carlsson and " before "Paolo Cerruti found ...". */
    private static String coordinated(String text, PersonMention actor, int start, List<PersonMention> mentions) {
        if (WHO.matcher(text).region(actor.end(), text.length()).lookingAt()) {
            return ""; // "Havel and Lech Walesa, who was then president": the aside is Walesa's alone
        }
        int from = actor.start();
        StringBuilder before = new StringBuilder();
        for (int i = mentions.size() - 1; i >= 0; i--) {
            PersonMention m = mentions.get(i);
            if (m.end() >= from) {
                continue;
            }
            if (m.start() < start || from - m.end() > 100) {
                break; // mentions are in text order: none before this one is joined to the actor
            }
            Matcher and = AND_BETWEEN.matcher(text).region(m.end(), from);
            if (and.matches()) {
                // the names and what joins them, without an age or a role between ("Bigelow, 74, and Boal")
                before.insert(0, m.text() + (and.group(1) == null && and.group(2) == null ? and.group() : " and "));
                from = m.start();
            }
        }
        return before.toString();
    }

    /** "and", after an age ("Bigelow, 74, and"), before a role set off by commas ("and her producer, Mark Boal"). */
    private static final Pattern AND_BETWEEN = Pattern.compile("(,\\s+\\d{1,3},)?,?\\s+and\\s+((?:his|her|their|its"
            + "|the)\\s+(?:[\\p{Ll}-]+\\s+){0,3}?[\\p{Ll}-]+,\\s+)?");

    /** The words tidied and cut to a headline's length: "a 2004 robbery" -> "A 2004 robbery". */
    static String ofPhrase(String text, int start, int end) {
        return finished(text.substring(start, end));
    }

    /** The clause tidied and cut to a headline's length. */
    private static String finished(String clause) {
        return finished(clause, null);
    }

    /**
     * A clause of only phrases after "and", which borrows the clause before up to where the same kind of phrase
     * starts there: in "The device will go on sale in the US in June, and | in Europe in the fourth quarter", "The
     * device will go on sale in Europe in the fourth quarter". Null for any other clause.
     */
    private static String gapped(String text, int start, int end, TemporalExpression date) {
        Matcher phrase = GAPPED_PHRASE.matcher(text).region(start, end);
        Matcher and = AND_BEFORE.matcher(text).region(Math.max(0, start - 8), start);
        if (!phrase.lookingAt() || !and.find() || MAIN_VERB.matcher(text).region(start, end).find()) {
            return null;
        }
        // "promised in 2020, | then in 2024, and finally in 2025": the phrase of the date, without its adverb
        int comma = date.end() <= end ? indexOf(text, ",", date.end(), end) : -1;
        end = comma < 0 ? end : comma;
        start = phrase.start(1);
        int from = sentenceStartBefore(text, and.start());
        Matcher verb = MAIN_VERB.matcher(text).region(from, and.start());
        if (!verb.find()) {
            return null;
        }
        int same = indexOf(text, " " + phrase.group(1) + " ", verb.end(), and.start());
        return same < 0 ? null : text.substring(from, same) + " " + text.substring(start, end).strip();
    }

    private static final Pattern GAPPED_PHRASE = Pattern.compile("(?:(?:then|later|finally|also)\\s+)?"
            + "(in|on|at|by|from|to|for|during)\\s");

    /**
     * "Andrew Johnson was impeached in 1868 and | Bill Clinton | in 1998": a second subject and its date after "and"
     * that share the verb of the clause before, when that verb takes no object (it runs straight into the first
     * date's preposition), or a second object after "and" or a list's comma, when it does ("bought the firm in 2001
     * and the bank in 2005"). The headline of the second date, "Bill Clinton was impeached in 1998", "Acme bought the
     * bank in 2005"; null for any other pair of dates.
     */
    static String ofGappedSubject(String text, int clauseStart, TemporalExpression first, TemporalExpression second) {
        Matcher gap = GAPPED_SUBJECT.matcher(text).region(first.end(), second.start());
        if (!gap.matches() || MAIN_VERB.matcher(gap.group(1)).find()) {
            return null;
        }
        Matcher preposition = GAPPED_PREPOSITION.matcher(text).region(Math.max(clauseStart, first.start() - 12),
                first.start());
        if (!preposition.find()) {
            return null;
        }
        Matcher verb = MAIN_VERB.matcher(text).region(clauseStart, preposition.start());
        int verbStart = -1;
        int verbEnd = -1;
        String last = "";
        while (verb.find()) {
            verbStart = verbStart < 0 ? verb.start() : verbStart;
            verbEnd = verb.end();
            last = verb.group().strip();
        }
        // "was born | in 1950", "will (be) ship(ped) | in April": a participle or plain verb after an auxiliary is
        // part of the verb
        boolean participle = verbEnd >= 0 && AUXILIARY.matcher(last).matches()
                && PARTICIPLE_THEN_GAP.matcher(text).region(verbEnd, preposition.start()).matches();
        if (verbStart <= clauseStart || text.substring(clauseStart, verbStart).indexOf(',') >= 0) {
            return null;
        }
        if (verbEnd != preposition.start() && !participle && ONE_OF_THEM.matcher(gap.group(1)).matches()) {
            // "Two earthquakes struck southern Turkey on Monday, | the first | at 4.17am": one of the subjects
            return finished(capitalised(gap.group(1)) + agreeing(gap.group(1), text.substring(verbStart, verbEnd))
                    + " " + gap.group(2) + text.substring(second.start(), second.end()), second.text());
        }
        if (verbEnd != preposition.start() && !participle) {
            // "Apple launched the iPod in 2001, | the iPhone | in 2007 and | the iPad | in 2010": a verb with an
            // object of its own gaps the object, when the next is a noun with its determiner ("Ford bought Jaguar in
            // 1989 and Land Rover in 2000" may be either)
            return AUXILIARY.matcher(last).matches() || !DETERMINER_FIRST.matcher(gap.group(1)).lookingAt() ? null
                    : finished(text.substring(clauseStart, verbEnd) + " " + gap.group(1) + " " + gap.group(2)
                            + text.substring(second.start(), second.end()), second.text());
        }
        return finished(gap.group(1) + agreeing(gap.group(1), text.substring(verbStart, preposition.start())) + " "
                + gap.group(2) + text.substring(second.start(), second.end()), second.text());
    }

    /** Whether the words between two dates are a noun and a preposition alone: "in 1998|, and Spain in |2010". */
    static boolean gapsItsVerb(String text, TemporalExpression first, TemporalExpression second) {
        Matcher gap = GAPPED_SUBJECT.matcher(text).region(first.end(), second.start());
        return gap.matches() && !MAIN_VERB.matcher(gap.group(1)).find();
    }

    /** A verb made to agree with a gapped subject: "cases were confirmed in January, and | the first death | was". */
    private static String agreeing(String subject, String verb) {
        Matcher auxiliary = NUMBERED_AUXILIARY.matcher(verb);
        if (!auxiliary.lookingAt()) {
            return verb;
        }
        boolean plural = isPlural(subject);
        String form = switch (auxiliary.group(1)) {
            case "was", "were" -> plural ? "were" : "was";
            case "is", "are" -> plural ? "are" : "is";
            default -> plural ? "have" : "has";
        };
        return verb.substring(0, auxiliary.start(1)) + form + verb.substring(auxiliary.end(1));
    }

    private static final Pattern NUMBERED_AUXILIARY = Pattern.compile("\\s*(was|were|is|are|has|have)\\b");

    /** What opens a gapped noun: "the iPhone", "his brother". */
    private static final String GAP_DETERMINER = "(?:the|his|her|their|its)";
    /** A gapped noun that is one of the clause's subjects, not its object: "the first", "the second one". */
    private static final Pattern ONE_OF_THEM = Pattern.compile("the\\s+(?:first|second|third|fourth|fifth|last|latter"
            + "|former|other)(?:\\s+one)?");
    private static final Pattern DETERMINER_FIRST = Pattern.compile(GAP_DETERMINER + "\\s");

    /**
     * ", and the north tower | at" before a date: a subject without a verb of its own, and its preposition; a bare
     * plural only after "and" ("Shops will reopen on April 12, and pubs | on May 17").
     */
    private static final Pattern GAPPED_SUBJECT = Pattern.compile("(?:,?\\s+and\\s+"
            + "|,\\s+(?=" + GAP_DETERMINER + "\\s))(" + GAP_DETERMINER
            + "(?:\\s+[\\p{L}\\d][\\p{L}\\d-]*){1,3}"
            + "|\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}"
            + "|(?:\\p{Ll}+-\\p{Ll}+\\s+)?\\p{Ll}{3,}(?<![su'’])s)\\s+((?:in|on|at|during)\\s+)");
    private static final Pattern AUXILIARY = Pattern.compile("was|were|is|are|has|had|have|been|will|would|can|could"
            + "|may|might|must|should");
    private static final Pattern PARTICIPLE_THEN_GAP = Pattern.compile("(?:\\s+(?:be|been|being))?\\s+\\p{Ll}+");
    private static final Pattern GAPPED_PREPOSITION = Pattern.compile("\\s+(?:in|on|at|during)\\s+$");
    private static final Pattern AND_BEFORE = Pattern.compile("(?:,?\\s+(?:and|but|or)|,\\s+then)\\s+$");

    /** A clause of the text as a headline, as it stands: "an appeals court upheld his death sentence". */
    static String ofClause(String text, int start, int end) {
        return finished(text.substring(start, end));
    }

    /** As {@link #finished(String)}, but a cut at a comma keeps the date's words: not "…near Port Arthur, Texas". */
    private static String finished(String clause, String dateText) {
        String headline = shortened(clause, dateText);
        Matcher subordinate = SUBORDINATE_OPENING.matcher(headline);
        if (!subordinate.lookingAt()) {
            subordinate = SUBORDINATE_WITH_SUBJECT.matcher(headline); // "After | factories shut in late March"
        }
        if (subordinate.lookingAt() && headline.length() > subordinate.end() && !headline.contains(", ")) {
            // "While | there was no profit this year": a subordinate clause that is all the headline, said alone
            String rest = headline.substring(subordinate.end());
            return Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
        }
        return headline;
    }

    /** A conjunction that makes its clause subordinate; not "When asked ...", whose clause has no subject. */
    private static final Pattern SUBORDINATE_OPENING = Pattern.compile("(?:Though|Although|Whereas|While"
            + "|When(?!\\s+(?:\\p{Ll}+ing|told|shown|given)\\b"
            + "|\\s+\\p{Ll}+ed\\s+(?:if|whether|about|on|by|for|to|why|how|what|at)\\b))\\s+(?=\\p{L})");

    /**
     * A conjunction that may also open a phrase, where a subject and its verb follow: "After | factories shut", "Since
     * | the company was founded"; not "After the election in May".
     */
    private static final Pattern SUBORDINATE_WITH_SUBJECT = Pattern.compile("(?:After|Before|Because|Since|Until"
            + "|Once)\\s+(?=(?:(?:the|a|an|his|her|its|their)\\s+[\\p{L}'’-]+|he|she|it|they|we"
            + "|\\p{Ll}{3,}(?<![su'’])s)"
            + "\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:" + PAST_OR_SAME_FORM + "|was|were|had|has|have|is|are)\\b)");

    /** Words with a verb of their own that opens no relative clause: "the weapon was unearthed", "net was". */
    private static final Pattern OWN_CLAUSE = Pattern.compile("(?!(?:who|which|whose|where|\\p{Ll}+\\s+of\\s+which)"
            + "\\b)[^,]*?\\b(?:was|were|is|are|has|had|have|will|would|can|could|may|might|must|should|did|does)\\b");

    /** The rest of a list after its first comma: " Supreme Court and presidential palace ". */
    private static final Pattern LIST_END = Pattern.compile("(?:[^,]+,)*[^,]+\\s(?:and|or)\\s[^,]+");

    private static String shortened(String clause, String dateText) {
        clause = LEADING_FILLER.matcher(SPACES.matcher(clause).replaceAll(" ").trim()).replaceFirst("");
        Matcher before = TIME_BEFORE_A_THING.matcher(clause);
        if (before.lookingAt() && !MAIN_VERB.matcher(clause).find(before.end())
                && !clause.substring(before.end()).contains(", ")) { // the phrase alone, no clause after its comma
            clause = clause.substring(before.end()); // "…, ahead of | the league restart on Jan. 10": the restart
        }
        clause = TRAILING_PUNCTUATION.matcher(clause).replaceAll("");
        clause = balanceQuotes(clause);
        int first = clause.startsWith("\"") || clause.startsWith("“") ? 1 : 0; // "\"Our daughter was born\""
        if (clause.length() > first) {
            clause = clause.substring(0, first) + Character.toUpperCase(clause.charAt(first))
                    + clause.substring(first + 1);
        }
        if (clause.length() <= MAX_LENGTH) {
            return clause;
        }
        int comma = clause.lastIndexOf(", ", MAX_LENGTH);
        // not inside a date ("a trial date of January 11, 2027") nor after an age ("after Julien Moreau, 52, was")
        while (comma > 0 && (comma + 2 < clause.length() && Character.isDigit(clause.charAt(comma + 2))
                || AGE_BEFORE_COMMA.matcher(clause).region(0, comma).find())) {
            comma = clause.lastIndexOf(", ", comma - 1);
        }
        int date = dateText == null ? -1 : clause.indexOf(dateText);
        Matcher opening = OPENING_PHRASE_COMMA.matcher(clause);
        if (date >= 0 && opening.lookingAt() && opening.end() <= date
                && clause.length() - opening.end() <= MAX_LENGTH) {
            // "In a joint statement with Tourism Minister Andrew Thomson, | the airline said two new flights would
            // leave Bombay on Monday": too long with its opening phrase, whole without it
            String rest = clause.substring(opening.end());
            return Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
        }
        Matcher around = OPENING_AROUND_DATE.matcher(clause);
        if (date >= 0 && around.lookingAt() && date + dateText.length() < around.end()) {
            // "On its previous flight, from Bali to Jakarta on Sunday night, | pilots had reported a problem with an
            // airspeed indicator": too long with its opening, which holds the date, the clause and the date's words
            Matcher preposition = PREPOSITION_ENDS.matcher(clause).region(0, date);
            String when = (preposition.find() ? preposition.group(1) + " " : "") + dateText;
            String main = clause.substring(around.end());
            if (main.length() + when.length() < MAX_LENGTH) {
                return Character.toUpperCase(main.charAt(0)) + main.substring(1) + " " + when;
            }
        }
        int open = comma > 0 ? clause.lastIndexOf(", ", comma - 1) : -1;
        if (open > 0 && date > comma && clause.lastIndexOf(',', open - 1) < 0
                && clause.length() - (comma + 1 - open) <= MAX_LENGTH
                && Character.isLowerCase(clause.charAt(Math.min(clause.length() - 1, comma + 2)))
                && !OWN_CLAUSE.matcher(clause).region(open + 2, comma).lookingAt()) {
            // "The signal, from two black holes colliding 1.3 billion years ago, | reached Earth on September 14":
            // too long with the subject's aside, whole without it (not where the aside is the clause: "Buried a
            // foot deep, the weapon was found ..., four-acre area Thursday")
            return clause.substring(0, open) + clause.substring(comma + 1);
        }
        boolean dateAfterComma = date >= 0 && date + dateText.length() > comma
                && date + dateText.length() < MAX_LENGTH - 1; // a cut at a word can keep it
        if (comma > MAX_LENGTH / 2 && !dateAfterComma) {
            Matcher preposition = PREPOSITION_ENDS.matcher(clause).region(comma, Math.max(comma, date));
            if (date > comma && date + dateText.length() == clause.length() && preposition.find()
                    && LIST_END.matcher(clause).region(comma + 1, preposition.start()).matches()
                    && !MAIN_VERB.matcher(clause).region(comma, preposition.start()).find()
                    && comma + preposition.group(1).length() + dateText.length() + 2 <= MAX_LENGTH) {
                // "stormed Brazil's Congress, | Supreme Court and presidential palace on Sunday": the cut keeps the
                // words before the list's comma and the date's ("stormed Brazil's Congress on Sunday")
                return balanceQuotes(clause.substring(0, comma)) + " " + preposition.group(1) + " " + dateText;
            }
            return balanceQuotes(clause.substring(0, comma));
        }
        int space = clause.lastIndexOf(' ', MAX_LENGTH - 1);
        String cut = clause.substring(0, space > MAX_LENGTH / 2 ? space : MAX_LENGTH - 1);
        return balanceQuotes(TRAILING_COMMAS_AND_DASHES.matcher(cut).replaceAll("")) + "…";
    }

    /**
     * A semicolon, or ", but" before a subject of its own ("but negotiations broke off", not "but said Friday"), or
     * ", and" before a pronoun, a time or a subject and its verb ("..., and in 2003 he gave up film work", "..., and
     * forecasters warned that ..."; not "and later sold it", nor "and the father of four", a list).
     */
    private static final Pattern CLAUSE_OPENS = Pattern.compile(";\\s+"
            + "|:\\s+(?=(?:he|she|they|it|we)\\s)" // "It was his fifth attempt: | he won bronze in 2008"
            + "|,\\s+(?:but|though|although|whereas)\\s+(?!(?:"
            + Resources.alternation("extract/event/reporting-verbs.txt") + "|\\p{Ll}+ed|was|were|is|are|has|had|have"
            + "|did|does|do|would|will|could|can|may|might|should|must|also|still|then|not|never|only)\\b)"
            + "|,\\s+and\\s+(?=(?:in|on|at|during|after|before|last|this|he|she|they|it|we)\\s)"
            // ", and forecasters warned that ...", ", and the company said ...": a subject of its own and its verb
            + "|,\\s+and\\s+(?=(?:the\\s+|a\\s+|an\\s+)?(?!(?:" + ADVERB + "|then|was|were|is|are|has|had|have|be"
            + "|been|will|would|could|can|may|might|must|should|did|does|do|" + VERB_IN_PAST
            + ")\\b)\\p{Ll}[\\p{L}'’-]+\\s+(?:"
            + VERB_IN_PAST + "|is|are|has|have|will|would|could|may|might)\\b)"
            // ", and an 18-month programme of works will begin ...", ", and the rise in corporation tax to 25% will go
            // ahead on April 1": a longer subject after an article (not "was": "Kopp vanished, and the car was found
            // abandoned in December" is told of Kopp)
            + "|,\\s+and\\s+(?=(?:the|a|an)\\s+(?:[\\p{L}\\d'’%-]+\\s+){1,6}?(?:is|are|has|have|will|would|could"
            + "|may|might)\\s)");

    /**
     * Where the last clause of its own before the date starts, after a semicolon or ", but": "the government
     * introduced a code, but a 2017 audit found ..." is headed from "a 2017 audit"; -1 when there is none.
     */
    static int ownClause(String text, int start, int dateStart) {
        Matcher opens = CLAUSE_OPENS.matcher(text).region(start, Math.max(start, dateStart));
        int own = -1;
        while (opens.find()) {
            own = opens.end();
        }
        return own;
    }

    /**
     * The headline of a clause that no one named opens: the person an opening participle is about, a thing's aside
     * that holds the date, or the clause without a date that only sets its scene.
     */
    private static String clauseNoOneOpens(String text, int start, int end, int from, String clause,
            TemporalExpression date, List<PersonMention> mentions) {
        String described = subjectAfterParticiple(text, start, end, mentions);
        if (described != null) {
            return described + " was " + Character.toLowerCase(clause.charAt(0)) + clause.substring(1);
        }
        String aside = thingsAside(text, start, end, date);
        if (aside != null) {
            return aside;
        }
        if (date.start() >= from && date.end() <= end) {
            String before = clause.substring(0, date.start() - from);
            String after = clause.substring(date.end() - from);
            // "In 2010, the firm moved ..." -> "The firm moved ..."; a chronology's "July 2021 – The company ..." and
            // "March 12: The company ..." too
            if (SCENE_SETTING.matcher(before).matches() && SCENE_THEN_CLAUSE.matcher(after).lookingAt()
                    && !(before.isBlank() && DATE_AS_SUBJECT.matcher(after).lookingAt())) {
                // and without what the date was: "On Sunday, the last day of the festival, | organisers counted"
                return APPOSED_DAY.matcher(after.replaceFirst("^\\s*[,:–—-]\\s*", "")).replaceFirst("");
            }
        }
        String withoutRelative = from == start ? withoutSubjectsRelative(text, from, end, date) : null;
        if (withoutRelative != null) {
            return withoutRelative;
        }
        String occasion = sayingOccasion(text, end, clause);
        if (occasion != null) {
            return occasion;
        }
        String done = havingDone(text, start, clause);
        done = done != null ? done : doingAfter(text, start, clause);
        done = done != null ? done : onlyToAfter(text, start, clause);
        return done != null ? done : clause;
    }

    /**
     * What the main clause's subject did next, told after ", only to": "Trump had called off the summit on May 24, |
     * only to revive it a day later" is headed "Trump revived it a day later"; "only to be" is "was".
     */
    private static String onlyToAfter(String text, int start, String clause) {
        Matcher only = ONLY_TO.matcher(clause);
        if (!only.lookingAt()) {
            return null;
        }
        String subject = subjectBeforeComma(text, start);
        String verb = only.group(1).equals("be") ? "was" : pastOf(only.group(1) + "ing");
        return subject != null ? subject + " " + verb + clause.substring(only.end(1)) : null;
    }

    private static final Pattern ONLY_TO = Pattern.compile("(?i:only|just)\\s+to\\s+(\\p{Ll}{2,})\\s");

    /**
     * A perfect participle's clause after a comma, told of the sentence's subject: "The retailer will close 40 stores
     * by the summer, | having shut 25 last year" is headed "The retailer had shut 25 last year".
     */
    private static String havingDone(String text, int start, String clause) {
        Matcher having = HAVING.matcher(clause);
        String subject = having.lookingAt() ? subjectBeforeComma(text, start) : null;
        return subject != null ? subject + " had " + clause.substring(having.end()) : null;
    }

    /**
     * A clause opened by a verb in "-ing" after the main clause's comma, told in the past of its subject: "He
     * returned to power in 2001 and again in 2008, | resigning in November 2011" is headed "He resigned in November
     * 2011", "They have gained 37% this year, | after falling 29% in 2022" "They fell 29% in 2022"
     * (extract/event/irregular-verbs.txt).
     */
    private static String doingAfter(String text, int start, String clause) {
        Matcher doing = DOING.matcher(clause);
        if (!doing.lookingAt() || NOT_VERBS_ING.contains(doing.group(1))) {
            return null;
        }
        String subject = subjectBeforeComma(text, start);
        if (subject != null && doing.start(1) == 0
                && WILL_BEFORE.matcher(text).region(sentenceStartBefore(text, start), start).find()) {
            // "will make their first tour in the autumn, | visiting Australia in October": still to come
            return subject + " will be " + clause;
        }
        // (", after being cancelled in 2020" is "The festival was cancelled in 2020")
        return subject != null ? ofNonFinite(subject, clause.substring(doing.start(1))) : null;
    }

    private static final Pattern WILL_BEFORE = Pattern.compile("\\b(?:will|shall)\\s");

    /** Whether a verb in "-ing" opens the words at {@code at}: "reaching Lyon at 11 p.m.". */
    static boolean opensWithDoing(String text, int at) {
        Matcher doing = DOING.matcher(text).region(at, text.length());
        return doing.lookingAt() && doing.start(1) == at && !NOT_VERBS_ING.contains(doing.group(1));
    }

    /** A participle in -ed and, in its clause, who did it: "followed nine hours later by". */
    private static final Pattern DONE_BY = Pattern.compile("\\p{Ll}{3,}ed\\s+(?:[^,;:]{0,60}?\\s)?by\\s");

    /** The subject of the main clause before the comma right before {@code start}, when it is short. */
    private static String subjectBeforeComma(String text, int start) {
        if (start < 2 || !text.startsWith(", ", start - 2)) {
            return null;
        }
        int sentenceStart = sentenceStartBefore(text, start);
        Matcher verb = MAIN_VERB.matcher(text).region(sentenceStart, start);
        Matcher sameForm = SUBJECT_THEN_SAME_FORM.matcher(text).region(sentenceStart, start);
        int verbStart = verb.find() ? verb.start() : sameForm.lookingAt() ? sameForm.start(1) : -1;
        if (verbStart < 0) {
            return null;
        }
        String subject = text.substring(sentenceStart, verbStart).strip();
        // "Then came another sister, ...": a verb before its subject leaves no subject before it
        return SHORT_SUBJECT.matcher(subject).matches() && !NO_SUBJECT.matcher(subject).matches() ? subject : null;
    }

    /** A verb whose past reads as its present, right after its subject and before its object: "The storm | hit the". */
    private static final Pattern SUBJECT_THEN_SAME_FORM = Pattern.compile("(?:" + OPENING_SUBJECT + ")(\\s+(?:"
            + SAME_FORM_PAST + "))\\s+(?:the|a|an|its|his|her|their|\\d)");
    private static final Pattern NO_SUBJECT = Pattern.compile("(?i)then|there|here|so|and|but|yet|also|now|thus");

    /**
     * The headline of a clause with no verb of its own, told of {@code subject}: "Being diagnosed with cancer in 2013"
     * is "He was diagnosed with cancer in 2013", "Having spent ..." "He had spent ...", "Serving as mayor since 2003"
     * "She served as mayor since 2003".
     */
    static String ofNonFinite(String subject, String clause) {
        Matcher verb = NON_FINITE_VERB.matcher(clause);
        if (!verb.lookingAt()) {
            return clause;
        }
        String rest = clause.substring(verb.end());
        String doing = verb.group(1).toLowerCase(Locale.ROOT);
        boolean named = NAME.matcher(subject).matches(); // "Jobs" is one man
        return switch (doing) {
            case "being" -> named ? subject + " was " + rest : passive(subject, rest);
            case "having" -> subject + " had " + rest;
            default -> subject + " " + pastOf(doing) + " " + rest;
        };
    }

    private static final Pattern NON_FINITE_VERB = Pattern.compile("(\\p{L}{2,}ing)\\s+");
    /** A name, not a noun with its article: "Jobs", "Ana Lind". */
    private static final Pattern NAME = Pattern.compile("(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}\\p{Lu}[\\p{L}'’.-]*");

    /** The past of a verb from its form in "-ing": "resigning" -> "resigned", "leaving" -> "left". */
    static String pastOf(String doing) {
        String stem = doing.substring(0, doing.length() - 3);
        String doubled = stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                ? stem.substring(0, stem.length() - 1) : null;
        for (String plain : new String[] { stem, stem + "e", doubled, stem.endsWith("y") ? stem.substring(0,
                stem.length() - 1) + "ie" : null }) {
            if (plain != null && IRREGULAR_PAST.containsKey(plain)) {
                return IRREGULAR_PAST.get(plain);
            }
        }
        if (stem.endsWith("e")) {
            return stem + "d"; // "agreeing"
        }
        return CONSONANT_Y.matcher(stem).find() ? stem.substring(0, stem.length() - 1) + "ied" : stem + "ed";
    }

    private static final Pattern CONSONANT_Y = Pattern.compile("[^aeiou]y$");

    /** A verb in -ing that opens a clause, perhaps after "after" or "before": "after falling 29% in 2022". */
    private static final Pattern DOING = Pattern.compile("(?i:(?:after|before)\\s+)?(\\p{Ll}{2,}ing)\\s");
    private static final Set<String> NOT_VERBS_ING = Set.copyOf(
            Resources.entries("extract/event/ing-words-not-verbs.txt"));
    private static final Map<String, String> IRREGULAR_PAST = Resources.entries("extract/event/irregular-verbs.txt")
            .stream().map(line -> line.split("\\s+")).collect(Collectors.toMap(pair -> pair[0], pair -> pair[1]));

    private static final Pattern HAVING = Pattern.compile("having\\s+(?=\\p{Ll})");
    /** What a day set off after it was: "the last day of the festival,", "his 70th birthday,", "New Year's Eve,". */
    private static final Pattern APPOSED_DAY = Pattern.compile("^(?:(?:the|a|an|his|her|its|their|our)\\s+"
            + "(?:[\\p{L}\\d'’-]+\\s+){0,5}?(?:day|birthday|anniversary|eve|night|deadline|holiday)"
            + "(?:\\s+(?:of|for|after|before)\\s+[^,;:]{1,40})?|(?:\\p{Lu}[\\p{L}'’]*\\s+){1,3}(?:Day|Eve))"
            + ",\\s+(?=\\p{L})");

    /**
     * An opening that dates a saying, told by the speaker after it: "In a statement released late Wednesday, | the
     * ministry said ..." is headed "The ministry said in a statement released late Wednesday".
     */
    private static String sayingOccasion(String text, int end, String clause) {
        Matcher speaker = SPEAKER_NEXT.matcher(text).region(end, text.length());
        if (!SAYING_OCCASION.matcher(clause).lookingAt() || !speaker.lookingAt()) {
            return null;
        }
        return speaker.group(1) + " " + speaker.group(2) + " " + Character.toLowerCase(clause.charAt(0))
                + clause.substring(1);
    }

    private static final Pattern SAYING_OCCASION = Pattern.compile("(?:In|At|During)\\s+(?:a|an|the|his|her|its"
            + "|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:" + Resources.alternation("extract/event/saying-occasions.txt")
            + ")\\b");
    private static final Pattern SPEAKER_NEXT = Pattern.compile(",\\s+((?:the\\s+)?[\\p{L}'’.-]+(?:\\s+[\\p{L}'’.-]+)"
            + "{0,4}?)\\s+(" + REPORTING_VERBS + ")\\b");

    /**
     * The sentence without its subject's relative clause when the date is the main verb's: "Wildfires that began on
     * July 28 had burned 40,000 hectares by Sunday" is headed "Wildfires had burned 40,000 hectares by Sunday". The
     * main verb is found only as an auxiliary or a verb of saying, which no relative clause's object can be.
     */
    private static String withoutSubjectsRelative(String text, int from, int end, TemporalExpression date) {
        Matcher relative = SUBJECTS_RELATIVE.matcher(text).region(from, end);
        if (!relativeBefore(relative, date)) {
            return null;
        }
        Matcher main = MAIN_VERB_AFTER_RELATIVE.matcher(text).useTransparentBounds(true)
                .region(relative.end(), date.start());
        return main.lookingAt() ? relative.group(1) + text.substring(main.start(1), end) : null;
    }

    /**
     * The subject's relative clause when it holds the date, the main verb after it: "The heat dome that has baked the
     * Pacific Northwest since Friday is forecast to break on Wednesday" is headed "The heat dome has baked the Pacific
     * Northwest since Friday" for Friday, "The man who attacked the guard on Monday was charged ..." "The man attacked
     * the guard on Monday".
     */
    private static String subjectsRelativeClause(String text, int from, int end, TemporalExpression date) {
        Matcher relative = SUBJECTS_RELATIVE_VERB.matcher(text).region(from, end);
        if (!relativeBefore(relative, date)
                || MAIN_VERB_AFTER_RELATIVE.matcher(text).region(relative.end(), date.start()).find()) {
            return null;
        }
        Matcher main = MAIN_VERB_AFTER_RELATIVE.matcher(text).region(date.end(), end);
        return main.lookingAt() && text.substring(relative.start(2), main.start(1)).indexOf(',') < 0
                ? relative.group(1) + " " + text.substring(relative.start(2), main.start(1)).strip() : null;
    }

    /** Whether a subject's relative clause opens the words and its verb comes before the date; the subject short. */
    private static boolean relativeBefore(Matcher relative, TemporalExpression date) {
        return relative.lookingAt() && relative.end() <= date.start()
                && Arrays.stream(relative.group(1).split("\\s+")).skip(1)
                        .noneMatch(w -> STOP_WORD.matcher(w).matches());
    }

    /** A sentence's opening subject and its "that" or "who" (group 1: the subject). */
    private static final String SUBJECT_THEN_RELATIVE = "(" + OPENING_SUBJECT + ")\\s+(?:that|who)\\s+";
    /** As {@link #SUBJECTS_RELATIVE}, in the past or the perfect alone, its verb group 2. */
    private static final Pattern SUBJECTS_RELATIVE_VERB = Pattern.compile(SUBJECT_THEN_RELATIVE
            + "((?:(?:has|have|had)\\s+(?:been\\s+)?)?(?:" + ADVERB + "\\s+)?" + PAST_OR_SAME_FORM + ")\\b");
    private static final Pattern SUBJECTS_RELATIVE = Pattern.compile(SUBJECT_THEN_RELATIVE
            + "(?:(?:had|has|have|was|were|is|are|been)\\s+)*(?:" + ADVERB + "\\s+)?" + PAST_OR_SAME_FORM + "\\b");
    private static final Pattern MAIN_VERB_AFTER_RELATIVE = Pattern.compile(CLAUSE_WORDS + "*?(\\s+(?:had|has|have"
            + "|was|were|is|are|will|would|could|can|may|might|must|should|" + REPORTING_VERBS + ")\\b)");

    /**
     * The person whose relative clause ends where a clause without a subject starts: in "Jensen Huang, who co-founded
     * the company in 1993, unveiled the chip in March", the subject of "unveiled the chip in March"; so in "Macron,
     * whose term ends in 2027, has pushed for a fund since last year".
     */
    private static PersonMention subjectBeforeAside(String text, int start, List<PersonMention> mentions) {
        if (start >= text.length() || !Character.isLowerCase(text.charAt(start))) {
            return null;
        }
        for (PersonMention m : mentions) {
            if (m.end() < start && start - m.end() < 200) {
                Matcher who = WHO_OR_WHOSE_CLAUSE.matcher(text).region(m.end(), start);
                if (who.lookingAt() && text.substring(who.end(), start).isBlank()) {
                    return m;
                }
            }
        }
        return null;
    }

    private static final Pattern PARTICIPLE_OPENING = Pattern.compile("(?i:"
            + Resources.alternation("extract/event/participles.txt") + ")\\s");

    private static final Pattern PRONOUN_SUBJECT = Pattern.compile(",\\s+(he|she|they|it)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A thing named after a participle's comma, before its verb: "Built in 1904, | the theatre | was bombed". */
    private static final Pattern THING_AFTER_PARTICIPLE = Pattern.compile(",\\s+((?i:the)\\s+"
            + "(?:[\\p{Ll}'’-]+\\s+){0,2}?\\p{Ll}[\\p{L}'’-]*)\\s+(?:was|were|is|are|has|had|have|will|would"
            + "|\\p{Ll}{2,}ed)\\b");

    /**
     * "Born in Leeds on 3 April 1933, Ashdown joined the BBC": the person a participle opening is about, as the text
     * names them after its comma ("Ashdown", or "She" in "Born in 1932, she ..."), or the thing ("Built in 1904, the
     * theatre was bombed": "The theatre"; "It"); null when it opens with none.
     */
    private static String subjectAfterParticiple(String text, int start, int end, List<PersonMention> mentions) {
        return PARTICIPLE_OPENING.matcher(text).region(start, end).lookingAt() ? subjectAfterComma(text, end, mentions)
                : null;
    }

    /** The subject right after the comma at {@code end}: a pronoun, a thing with "the" or a person's name. */
    private static String subjectAfterComma(String text, int end, List<PersonMention> mentions) {
        Matcher pronoun = PRONOUN_SUBJECT.matcher(text).region(end, text.length());
        if (pronoun.lookingAt()) {
            return Character.toUpperCase(pronoun.group(1).charAt(0)) + pronoun.group(1).substring(1).toLowerCase(Locale.ROOT);
        }
        Matcher thing = THING_AFTER_PARTICIPLE.matcher(text).region(end, text.length());
        if (thing.lookingAt()) {
            return Character.toUpperCase(thing.group(1).charAt(0)) + thing.group(1).substring(1);
        }
        for (PersonMention m : mentions) {
            if (m.start() >= end) {
                return text.substring(end, m.start()).matches(",\\s+") ? m.text() : null;
            }
        }
        return null;
    }

    /**
     * Where the reported clause starts after an attribution that opens the words from {@code from} ("Prosecutors said
     * | Lyle shot ..."), else {@code from}. A verb of saying with no verb after it before {@code to} reports no clause
     * but a thing: "The firm reported a loss in 2025 | and returned to profit in 2026".
     */
    static int afterAttribution(String text, int from, int to) {
        Matcher m = ATTRIBUTION.matcher(text).region(from, to);
        return m.lookingAt() && VERB_BEFORE.matcher(text).region(m.end(), to).find() ? m.end() : from;
    }

    /** When it was said, between the saying and its "that": "said | on Monday | that", "said last week that". */
    private static final String SAID_WHEN = "(?:(?:on|last|this|late|early)\\s+)?(?:\\p{Lu}\\p{Ll}{2,5}day|week|month"
            + "|year|morning|afternoon|evening|night)|yesterday|today";
    /** Who said it, perhaps with an aside of them: "The report, the panel's first since 2014, says | ...". */
    private static final Pattern ATTRIBUTION = Pattern.compile("\\s*[^,;:\"“”]{0,60}?"
            + "(?:,\\s[^,;:\"“”]{1,60},\\s+)?\\b(?:" + REPORTING_VERBS + ")\\s+"
            + "(?:(?:" + SAID_WHEN + ")\\s+(?=that\\s))?"
            + "(?:that\\s+)?(?=\\p{L})");

    /**
     * Where the clause after a participle opening starts when the opening holds {@code date} ("Born in Leeds in 1932,
     * | she published ..."); otherwise {@code start}.
     */
    static int afterParticipleOpening(String text, int start, TemporalExpression date) {
        int comma = participleComma(text, start, date);
        return comma < 0 ? start : comma + 2;
    }

    /** The comma that ends a participle opening at {@code start} holding {@code date}, or -1 when there is none. */
    private static int participleComma(String text, int start, TemporalExpression date) {
        int comma = indexOf(text, ", ", date.end(), date.end() + ACTOR_REACH);
        return date.start() >= start && comma > start
                && PARTICIPLE_OPENING.matcher(text).region(start, comma).lookingAt() ? comma : -1;
    }

    /**
     * Where the subject after a clause opened by a preposition and a verb in "-ing" ends ("After losing to Reagan in
     * 1980, | he"), the clause running from {@code start} to the comma at {@code end}; -1 for any other clause.
     */
    static int doersEnd(String text, int start, int end) {
        Matcher doer = DOER_AFTER_COMMA.matcher(text).region(end, text.length());
        return openingDoing(text, start, end) != null && doer.lookingAt() ? doer.end() : -1;
    }

    /** A preposition and a verb in "-ing" that open the words from {@code start}, the verb its group 1; or null. */
    private static Matcher openingDoing(String text, int start, int end) {
        Matcher doing = OPENING_DOING.matcher(text).region(start, end);
        return doing.lookingAt() && !NOT_VERBS_ING.contains(doing.group(1)) ? doing : null;
    }

    /** A pronoun or a name right after a comma: ", he", ", Jimmy Carter". */
    private static final Pattern DOER_AFTER_COMMA = Pattern.compile(",\\s+(?:(?i:he|she|they)\\b"
            + "|\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,3})");

    /** A preposition and a verb in "-ing" that open a clause before its subject: "After | losing". */
    private static final Pattern OPENING_DOING = Pattern.compile("\\s*(?:After|Before|Since|While|Upon|On)\\s+"
            + "(\\p{Ll}{2,}ing)\\s(?!for\\b)"); // not a reckoning: "After adjusting for inflation"

    /** A preposition that opens a sentence, no part of its subject: "During Ramadan, which ...". */
    private static final String OPENING_PREPOSITION = "(?:During|In|On|At|After|Before|Since|Until|Throughout|Amid)\\b";
    /** A name that opens its sentence, then its aside's comma: "Camp Mystic, " (not "Then, "). */
    private static final Pattern NAME_OPENING = Pattern.compile("\\s*((?!(?:" + OPENING_PREPOSITION + "|"
            + Resources.alternation("extract/text/sentence-openers.txt") + ")\\b)"
            + "\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\d'’-]*|\\d+)){0,3}),\\s*"); // "Windows 10, | released"

    /** A thing an aside of it may follow: see {@link #THINGS_ASIDE}. */
    private static final String THING_SUBJECT = "(?:(?i:the|a|an)|" + OWNERS_NAME + ")\\s+" // "IBM's first PC"
            // (no verb between the words of the noun: "The firm | sold | the computer, which")
            + "(?:(?!(?<!\\b(?i:the|a|an)\\s)(?:" + SAYING_OR_PAST + ")\\b)[\\p{L}'’-]+\\s+){0,3}?"
            + "[\\p{L}'’-]+(?:\\s+of\\s+(?:(?i:the|a|an)\\s+)?(?:[\\p{L}'’-]+\\s+){0,2}?[\\p{L}'’-]+(?=,))?"
            + "|(?i:its|their|his|her)\\s+"
            + "(?:(?!(?:in|of|on|at|for|to|with|from|by)\\s)[\\p{L}'’-]+\\s+){0,3}?"
            + "[\\p{L}'’-]+"
            // a bare noun after a verb of saying or a conjunction: "if | inflation, which rose to 3.8% in September,"
            + "|(?<=\\b(?:said|says|that|warned|noted|if|unless|because|while|although)\\s)"
            + "(?!(?:he|she|it|they|we|i|you)\\b)\\p{Ll}[\\p{L}'’-]+"
            + "(?:\\s+\\p{Ll}[\\p{L}'’-]+)?"
            + "|(?<=^\\s{0,3})(?!" + OPENING_PREPOSITION + ")\\p{Lu}\\p{Ll}[\\p{L}'’-]*"
            // a name after the preposition that opens the sentence: "During | Ramadan, which begins next week,"
            + "|(?<=^\\s{0,3}" + OPENING_PREPOSITION + "\\s)\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,3}"
            // or a longer subject without a verb that opens the sentence: "The club's hearing over breaches of rules"
            + "|(?<=^\\s{0,3})(?!" + OPENING_PREPOSITION + ")(?:The|A|An|\\p{Lu}[\\p{L}'’]+)"
            + "(?:\\s+(?!(?:who|that|which|is|are|has|have|says|will"
            + "|would)\\b|(?-i:\\p{Ll}{3,}(?<![su'’])s)\\s+(?:a|an|the|his|her|its|their)\\s" // "triggers | a"
            + "|(?<!\\b(?:the|a|an|its|their|of|over|for|in|on|about|into|with|\\d{1,9})\\s)"
            + VERB_IN_PAST + "\\b)[\\p{L}\\p{N}'’-]+){1,10}";

    /**
     * "the plant, which opened in 2023", "the trial of the former minister, which began in January", "its second
     * quarter, which ended on Aug. 31" (not "their stakes in X"), a bare noun after what someone said: "said
     * inflation, which peaked in October 2022", and one word that opens the sentence: "Campaigners, who handed in a
     * petition on Friday, plan to protest".
     */
    /** A name after a preposition that joins it to a thing, which an aside after it is of: "a vision for | NATO". */
    private static final Pattern NAME_AFTER_PREPOSITION = Pattern.compile("\\s(?:for|to|with|against)\\s+"
            + "((?:the\\s+)?\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3})$");
    /** An age may come between the name and "who": "Li Wen, 52, who". */
    private static final String AGE_THEN_COMMA = "(?:,\\s+\\d{1,3})?,";
    /** A plural noun and a verb in the past: "astronauts | fixed", a doer with no article. */
    private static final String PLURAL_DOER = "\\p{Ll}{3,}(?<![su'’])s\\s+(?:had\\s+)?(?:" + VERB_IN_PAST + ")\\b";
    private static final Pattern THINGS_ASIDE = Pattern.compile("\\b(" + THING_SUBJECT + ")"
            + AGE_THEN_COMMA + "\\s+(?:who|which|whose)\\s+"
            + "(?!(?:it|he|she|they|we|I|you|the|a|an|his|her|its|their)\\b|" + PLURAL_DOER + ")"
            + "(\\p{Ll}" + CLAUSE_WORDS + "*)");

    /**
     * A thing and an aside of what someone did to it: "The company, which | she | founded in 2003", "a flaw in its
     * mirror, which | astronauts | fixed in December 1993".
     */
    private static final Pattern THINGS_OBJECT_ASIDE = Pattern.compile("\\b(" + THING_SUBJECT + "),\\s+(?:which|that)"
            + "\\s+(he|she|they|we|I|(?=" + PLURAL_DOER + ")\\p{Ll}+)\\s+((?:had\\s+)?" + VERB_IN_PAST + "\\b"
            + CLAUSE_WORDS + "*)");

    /** A thing and a clause of its own of what happened there: "Climbers on Everest, where an avalanche killed". */
    private static final Pattern THINGS_WHERE_ASIDE = Pattern.compile("\\b(" + THING_SUBJECT + "),\\s+where\\s+"
            + "((?:the|a|an|his|her|its|their|\\p{Lu}[\\p{L}'’-]*|\\d[\\d,.]*)\\s" + CLAUSE_WORDS + "*)");

    /** What every figure's aside holds, looked for before the costlier pattern: ", at 2.8%", ", up from 3.9%". */
    private static final Pattern FIGURE_AFTER_COMMA = Pattern.compile(",\\s+(?:at|up|down)\\s");

    private static boolean mayHoldFigure(String text, int from, int to) {
        return FIGURE_AFTER_COMMA.matcher(text).region(from, to).find();
    }

    /**
     * A thing and an aside of its figure: "inflation, at 2.8% in October," "The jobless rate, up from 4.1% in May,".
     * The date in the aside is the figure's ("Inflation was at 2.8% in October"); a date after it is the thing's.
     */
    private static final Pattern FIGURE_ASIDE = Pattern.compile("\\b(" + THING_SUBJECT + "),\\s+((?:at|up|down)\\s+"
            + "(?:from\\s+|to\\s+)?(?:about\\s+|around\\s+|nearly\\s+|almost\\s+|just\\s+(?:over|under)\\s+)?[$€£]?\\d"
            + CLAUSE_WORDS + "*)");
    /** A thing named with its determiner and the comma of its aside: "The bridge,", "services to the islands,". */
    private static final String THING_AND_COMMA = "\\b(" + PLURAL_HEAD
            + "(?i:the|its|their|his|her)(?:\\s+[\\p{L}'’-]+){1,4}),\\s+";
    /** A thing and an aside that says what it was: "The bridge, a landmark since 1932," (before ", was closed"). */
    private static final Pattern THINGS_NOUN_ASIDE = Pattern.compile(THING_AND_COMMA + WHAT_IT_WAS);
    /** A thing and an aside of the date it once had: "The deadline, originally March 29," (before ", was moved"). */
    private static final Pattern THINGS_OLD_DATE_ASIDE = Pattern.compile(THING_AND_COMMA
            + "(?:originally|initially|first|previously)\\s+(?:(?:set\\s+)?(?:for|on|in|at)\\s+)?(?-i:\\p{Lu}|\\d)"
            + "[^,;:]{1,40}");
    /** The asides a thing before a clause may have, with a figure's where one may be there. */
    private static final Pattern[] ASIDES = { THINGS_ASIDE, THINGS_PARTICIPLE_ASIDE, THINGS_NOUN_ASIDE,
        THINGS_OLD_DATE_ASIDE, THINGS_WHERE_ASIDE, THINGS_OBJECT_ASIDE };
    private static final Pattern[] ASIDES_AND_FIGURES = { THINGS_ASIDE, THINGS_PARTICIPLE_ASIDE, THINGS_NOUN_ASIDE,
        THINGS_OLD_DATE_ASIDE, THINGS_WHERE_ASIDE, THINGS_OBJECT_ASIDE, FIGURE_ASIDE };

    /**
     * The date's clause when it is an aside about a thing, told by its own verb: in "She said she would help the
     * standards commissioner, who opened an inquiry on 14 November", the date is the commissioner's, and the headline
     * "The standards commissioner opened an inquiry on 14 November". Not an aside whose own subject follows its
     * "which" ("the unit, which it bought in 2019,"): that names a thing, not what happened.
     */
    private static String thingsAside(String text, int start, int end, TemporalExpression date) {
        // the thing may stand just before a clause that the aside opens: "its second quarter, | which ended on Aug. 31"
        int from = start;
        while (from > 0 && start - from < 80 && ".!?\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        if (lastIndexOf(text, ",", date.start(), from) < 0) {
            return null; // every aside opens with a comma before its date
        }
        Matcher aside = THINGS_ASIDE.matcher(text).region(from, end);
        while (aside.find()) {
            if (aside.start(2) <= date.start() && date.end() <= aside.end(2) && !(TIME_NOUN.matcher(aside.group(1)).find()
                    && MODAL.matcher(aside.group(2)).lookingAt())) {
                // "The singer, whose debut album topped the charts in 1985," -> "The singer's debut album ...";
                // "the introduction of the Cabbage Patch dolls, whose sales hit ..." -> "the Cabbage Patch dolls'"
                String thing = aside.group(1);
                Matcher named = NAME_AFTER_PREPOSITION.matcher(thing);
                if (text.substring(aside.end(1), aside.start(2)).contains("whose")) {
                    int of = thing.lastIndexOf(" of ");
                    thing = possessive(of < 0 ? thing : thing.substring(of + " of ".length()));
                } else if (named.find()) {
                    thing = named.group(1); // "a vision for | NATO, which will celebrate its 50th anniversary"
                }
                return thing + " " + aside.group(2);
            }
        }
        int whereAt = indexOf(text, ", where ", from, end); // looked for before the costlier pattern
        Matcher where = THINGS_WHERE_ASIDE.matcher(text).region(from, end);
        while (whereAt >= 0 && where.find()) {
            if (where.start(2) <= date.start() && date.end() <= where.end(2)) {
                // "Climbers on Everest, where an avalanche killed at least 18 people on Saturday," -> the aside's own
                String told = where.group(2);
                return Character.toUpperCase(told.charAt(0)) + told.substring(1);
            }
        }
        if (!mayHoldFigure(text, from, end)) {
            return null;
        }
        Matcher figure = FIGURE_ASIDE.matcher(text).region(from, end);
        while (figure.find()) {
            if (figure.start(2) <= date.start() && date.end() <= figure.end(2) && text.startsWith(",", figure.end())) {
                // "Inflation was at 2.8% in October"; "the rate, up from 3.9% in April," was 3.9% in April
                return passive(withoutReporter(figure.group(1)),
                        figure.group(2).replaceFirst("^(?:up|down)\\s+from\\s+", ""));
            }
        }
        return null;
    }

    /** Nouns of a time, no thing: "the spring", "that autumn", "the period". */
    static final String TIME_NOUNS = "spring|summer|autumn|fall|winter|year|month|week|weekend|day|quarter|half|decade"
            + "|century|morning|afternoon|evening|night|season|period|time|moment|hour|era";
    /**
     * A time is no thing that could do what its aside says: in "inflation will fall in the spring, which could help
     * shoppers later this year", "which" is the fall of inflation (but "its quarter, which ended on Aug. 31" is the
     * quarter's).
     */
    private static final Pattern TIME_NOUN = Pattern.compile("(?i)\\b(?:" + TIME_NOUNS + ")$");
    private static final Pattern MODAL = Pattern.compile("(?:could|would|may|might|will|should|can|must)\\b");

    /** A part of what was just named, the clause's subject: ", | the first of which | is due to open in 2028". */
    private static final Pattern SOME_OF_WHICH = Pattern.compile(",\\s+((?:the\\s+)?(?:first|second|third|last|most|many"
            + "|some|several|all|none|each|both|half|one|two|three|four|five|six|seven|eight|nine|ten|\\d+)"
            + "(?:\\s+(?:\\p{Ll}+est|more|others))?)\\s+of\\s+(?:which|whom)\\s+(?=\\p{Ll})");

    /**
     * A clause of a part of what was just named, which holds the date: "14 new schools, the first of which is
     * scheduled to open in fall 2028" is headed "The first of 14 new schools is scheduled to open in fall 2028", "injuring
     * 12 people, three of whom were taken to hospital on Sunday" "Three of 12 people were ...". What was named is
     * "them" where the words before the comma end in a time ("over the next decade, the first of which").
     */
    private static String someOfWhichClause(String text, int start, int end, TemporalExpression date) {
        if (date.start() <= start || date.end() > end) {
            return null;
        }
        Matcher some = SOME_OF_WHICH.matcher(text).region(start, date.start());
        int at = -1;
        while (some.find()) {
            at = some.start();
        }
        if (at < 0 || !some.find(at) || text.substring(some.end(), date.start()).matches("(?s).*[,;:].*")) {
            return null;
        }
        String whole = antecedentBefore(text, some.start(1));
        String of = whole == null || TIME_NOUN.matcher(whole).find() ? "them" : whole.substring(0, 1).toLowerCase(
                Locale.ROOT) + whole.substring(1);
        String part = some.group(1);
        Matcher closes = ASIDE_CLOSES.matcher(text).region(some.end(), end);
        int to = closes.find() && closes.start() >= date.end() ? closes.start() : end;
        return Character.toUpperCase(part.charAt(0)) + part.substring(1) + " of " + of + " "
                + text.substring(some.end(), to).strip();
    }

    /**
     * A clause that opens with "which" or "who", told of what it is said of: "his Files site, | which was the focus of a
     * trial" is headed "His Files site was the focus of a trial", "the company, | which is 61%-owned by Murphy Oil, had
     * a net loss" (the aside closed before the main verb) "The company had a net loss". Null when the words before
     * name no such thing.
     */
    private static String relativeClauseOfThing(String text, int start, int end, TemporalExpression date) {
        Matcher relative = RELATIVE.matcher(text).region(start, end);
        int which = lastIndexOf(text, ", which ", date.start(), start);
        if (!relative.lookingAt() && which > start && text.substring(which + 2, date.start()).matches("[^,;:]*")
                && (!WHICH_HAS_A_SUBJECT.matcher(text).region(which + 2, end).lookingAt()
                        || OBJECT_GAP.matcher(text).region(which + ", which ".length(), end).lookingAt())
                && thingsAside(text, start, end, date) == null) {
            start = which + 2; // "challenging the state's ban on phones in schools, | which took effect in 2024"
            relative = RELATIVE.matcher(text).region(start, end);
        }
        if (!relative.lookingAt()) {
            return null;
        }
        String antecedent = antecedentBefore(text, start);
        if (antecedent == null) {
            return null;
        }
        Matcher closes = ASIDE_CLOSES.matcher(text).region(relative.end(), end);
        int from = relative.end();
        if (closes.find()) {
            if (date.start() >= closes.end()) {
                from = closes.end();
            } else {
                end = closes.start(); // "the quarter, which ended on Nov. 1, | fell 2%": the aside's own clause
            }
        }
        Matcher gap = OBJECT_GAP.matcher(text).region(from, end);
        if (from == relative.end() && gap.lookingAt() && gap.end() <= date.start()) {
            // "another asteroid, Apophis, | which it will reach in 2029": what the aside's own subject does is done
            // to the thing ("The spacecraft will reach Apophis in 2029")
            int sentence = sentenceStart(text, start);
            int comma = lastIndexOf(text, ",", from, sentence);
            Matcher object = GAP_OBJECT.matcher(text).region(sentence, Math.max(sentence, comma));
            if (comma < 0 || !object.find()) {
                return null;
            }
            String thing = object.group();
            thing = Character.isUpperCase(thing.charAt(0)) && DETERMINER.matcher(thing.split("\\s")[0]).matches()
                    ? Character.toLowerCase(thing.charAt(0)) + thing.substring(1) : thing;
            int asideEnd = indexOf(text, ",", date.end(), end); // "which it bought in 2019, | to a rival"
            return doer(gap.group(1), text, sentence, from) + " " + gap.group(2) + " " + thing + " "
                    + text.substring(gap.end(), asideEnd < 0 ? end : asideEnd).strip();
        }
        return antecedent + " " + text.substring(from, end).strip();
    }

    /** A verb group whose object is left out: "will reach", "bought", "has sold". */
    private static final String GAPPED_VERB = "((?:(?:will|would|could|can|may|might|must|should|had|has|have|did|does"
            + "|do)\\s+(?:" + ADVERB + "\\s+)?)+(?:have\\s+)?\\p{Ll}{2,}|(?:" + ADVERB + "\\s+)?" + PAST_OR_SAME_FORM
            + ")(?=\\s)";
    /** A pronoun subject and its verb group, the object left out: "it will reach", "they bought", "he has sold". */
    /** The pronouns that may be a gapped clause's subject. */
    private static final String GAP_PRONOUNS = "it|he|she|they|we";
    private static final String GAP = "(" + GAP_PRONOUNS + ")\\s+" + GAPPED_VERB;
    /** The same in a "which" aside, whose subject may be a plural noun's: "which | astronauts fixed". */
    private static final Pattern OBJECT_GAP = Pattern.compile("(" + GAP_PRONOUNS + "|(?:the\\s+)?\\p{Ll}{3,}(?<![su'’])s)"
            + "\\s+" + GAPPED_VERB);
    /**
     * A word of a noun phrase: no verb ("The company | sold | the unit" is a clause), and no preposition a verb takes
     * ("sold the brand | to | Brandt").
     */
    private static final String NOUN_WORD = "(?!(?:" + PAST_OR_SAME_FORM + "|to|from|for|with|by|into|on|at|about"
            + "|against|over|and|or)\\b)[\\p{L}'’-]+";
    /** The thing the sentence opens with, for an "it" later in it: "The spacecraft, launched in 2016, is ...". */
    private static final Pattern OPENING_THING = Pattern.compile("(?:The|This|That)\\s+(?:" + NOUN_WORD + "\\s+){0,3}?"
            + NOUN_WORD + "(?=,|\\s+(?:" + ADVERB + "\\s+)?(?:is|was|has|had|will|would|" + PAST_OR_SAME_FORM
            + ")\\b)");
    /** What an object-gap aside is of, right before its comma: "the unit", "the plant in Ohio", "Apophis". */
    private static final Pattern GAP_OBJECT = Pattern.compile("(?<=^|[\\s,])(?:(?:the|a|an|its|his|her|their|this"
            + "|that|another)\\s+(?:" + NOUN_WORD + "\\s+){0,3}?" + NOUN_WORD
            + "|\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3})$");

    /** A person's role set after the name with the date it has been held since: "Modi, | prime minister | since". */
    private static final Pattern ROLE_SINCE = Pattern.compile(",\\s+((?:the\\s+|its\\s+|their\\s+"
            + "|" + OWNERS_NAME + "\\s+)?" // "Elop, | Nokia's chief executive | since"
            + "(?:\\p{Ll}+\\s+){0,2}?"
            + "(\\p{Ll}+))\\s+since\\s+$");

    /** A second description of the person after the first one's date: "since September | and a former ...". */
    private static final Pattern SECOND_DESCRIPTION = Pattern.compile("\\s+and\\s+(?:a|an|the)\\s");

    /**
     * The date's aside when it tells since when a person named right before has held a role: "Sundar Pichai, chief
     * executive since 2015, said ..." is headed "Sundar Pichai has been chief executive since 2015". Null for any
     * other.
     */
    private static String roleSince(String text, TemporalExpression date, List<PersonMention> mentions) {
        Matcher role = ROLE_SINCE.matcher(text).region(Math.max(0, date.start() - 60), date.start());
        if (!role.find() || !PersonNames.isRole(role.group(2))
                || date.end() < text.length() && ",.;".indexOf(text.charAt(date.end())) < 0
                        && !SECOND_DESCRIPTION.matcher(text).region(date.end(), text.length()).lookingAt()) {
            return null;
        }
        for (PersonMention named : mentions) {
            if (named.end() == role.start()) {
                return named.text() + " has been " + role.group(1) + " since " + date.text();
            }
        }
        return null;
    }

    /** A noun set after a name with what someone did to it: "Spirit AeroSystems, | the supplier it spun off". */
    private static final Pattern APPOSITIVE_GAP = Pattern.compile(",\\s+(?:the|a|an|its|his|her|their)\\s+(?:"
            + NOUN_WORD + "\\s+){0,3}?(?:that\\s+)?" + GAP);

    /**
     * The date's clause when it tells what someone did to a thing set after a name: "talks to buy back Spirit
     * AeroSystems, the supplier it spun off in 2005" is headed "It spun Spirit AeroSystems off in 2005". Null for any
     * other.
     */
    private static String appositiveObjectGap(String text, int start, int end, TemporalExpression date) {
        // the clause may start after the comma: the noun set after the name is its own clause
        int comma = lastIndexOf(text, ", ", date.start(), Math.max(start - 2, date.start() - ACTOR_REACH));
        Matcher gap = comma < 0 ? null : APPOSITIVE_GAP.matcher(text).region(comma, date.start());
        if (gap == null || !gap.lookingAt() || indexOf(text, ",", gap.end(), date.start()) >= 0) {
            return null;
        }
        int sentence = sentenceStart(text, start);
        Matcher object = GAP_OBJECT.matcher(text).region(sentence, Math.max(sentence, comma));
        if (comma < sentence || !object.find()) {
            return null;
        }
        int asideEnd = indexOf(text, ",", date.end(), end);
        return doer(gap.group(1), text, sentence, comma) + " " + gap.group(2) + " " + object.group() + " "
                + text.substring(gap.end(), asideEnd < 0 ? end : asideEnd).strip();
    }

    /**
     * A noun and a clause that does something to it without "which" or "that", the date in it: "below the range it
     * gave in July" is headed "The company gave the range in July", "the house she bought in 1990" "She bought the
     * house in 1990". Null for any other clause.
     */
    private static String contactClause(String text, int start, int end, TemporalExpression date) {
        int from = Math.max(start, date.start() - ACTOR_REACH);
        if (from >= date.start()) {
            return null; // a date before the clause
        }
        Matcher contact = CONTACT_CLAUSE.matcher(text).region(from, date.start());
        while (contact.find()) {
            int g = contact.group(1) != null ? 0 : 3; // the pronoun's groups, or the name's
            String noun = contact.group(1 + g);
            String[] words = noun.split("\\s+");
            // not a time ("at the same time it reported"), nor a noun with "a", often a rate ("16 cents a share it
            // reported")
            boolean time = TIME_HEAD.matcher(words[words.length - 1]).matches();
            boolean indefinite = words[0].equalsIgnoreCase("a") || words[0].equalsIgnoreCase("an");
            // nor a speaker's "we" ("the best signing we made in 1995")
            boolean speakers = contact.group(2 + g).equals("we");
            if (!time && !indefinite && !speakers
                    && GAP_TO_DATE.matcher(text).region(contact.end(), date.start()).matches()) {
                int sentence = sentenceStart(text, start);
                String thing = Character.toLowerCase(noun.charAt(0)) + noun.substring(1);
                return doer(contact.group(2 + g), text, sentence, contact.start()) + " " + contact.group(3 + g) + " "
                        + thing + " " + text.substring(contact.end(), date.end()).strip();
            }
        }
        return null;
    }

    /**
     * A noun with its determiner (group 1), then a pronoun or a name (2) and its verb (3): "the range | it | gave",
     * "the record | Roger Maris | set".
     */
    private static final Pattern CONTACT_CLAUSE = Pattern.compile("\\b((?i:the|a|an|its|his|her|their)\\s+(?:"
            + NOUN_WORD + "\\s+){0,2}?" + NOUN_WORD + ")\\s+" + GAP
            // (a person's name of two or three words after a noun of lower-case words, and a verb in the past)
            + "|\\b((?i:the|its|his|her|their)\\s+(?:\\p{Ll}[\\p{L}'’-]*\\s+){0,2}?\\p{Ll}[\\p{L}'’-]*)\\s+"
            + "(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){1,2})\\s+(" + PAST_OR_SAME_FORM + ")(?=\\s)");
    private static final Pattern TIME_HEAD = Pattern.compile("(?i)(?:" + TIME_NOUNS + "|way|reason)s?");
    /** What may stand between a gapped clause's verb and its date: a particle and the date's preposition. */
    private static final Pattern GAP_TO_DATE = Pattern.compile("(?:\\s+(?:up|off|out|back|down))?"
            + "(?:\\s+(?:in|on|at|during|early|late|last|this))?\\s+");

    /** Where the "which" aside still open at {@code at} opens, in its sentence: ", which began on 19 April and |". */
    private static int openWhichAside(String text, int at) {
        int which = lastIndexOf(text, ", which ", at, sentenceStartBefore(text, at));
        return which >= 0 && indexOf(text, ",", which + 1, at) < 0 ? which : -1;
    }

    /**
     * Who an object-gap clause's pronoun is: "it" the thing or the firm the sentence opens with ("Boeing said ... which
     * it spun off"), "they" the things ("The ministers agreed on the treaty, which they will sign"); else the pronoun.
     */
    private static String doer(String pronoun, String text, int sentence, int before) {
        if (!GAP_PRONOUN.matcher(pronoun).matches()) {
            return capitalised(pronoun); // "which | astronauts | fixed in 1993": the plural noun is the doer
        }
        boolean plural = pronoun.equals("they");
        Matcher opening = OPENING_THING.matcher(text).region(sentence, before);
        if (opening.lookingAt() && (pronoun.equals("it") || plural) && opening.group().endsWith("s") == plural) {
            return opening.group();
        }
        Matcher name = OPENING_NAME.matcher(text).region(sentence, before);
        if (!name.lookingAt()) {
            return capitalised(pronoun);
        }
        String[] words = name.group().split("\\s");
        boolean person = PersonNames.hasGivenName(name.group());
        // "Ana Lind sold the house she bought in 1990": she is the person the sentence opens with
        boolean sameSex = (pronoun.equals("he") || pronoun.equals("she"))
                && !PersonNames.otherSex(pronoun.equals("he") ? "m" : "f", PersonNames.sexOf(words[0]));
        // (not a plural that opens the sentence only by its capital: "Shares fell after the warning it issued")
        boolean plainPlural = words.length == 1 && PLURAL_WORD.matcher(words[0]).matches();
        return pronoun.equals("it") && !person && !plainPlural && !PersonNames.isRole(words[0]) || person && sameSex
                ? name.group() : capitalised(pronoun);
    }

    private static final Pattern PLURAL_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+(?<![su'’])s");
    private static final Pattern GAP_PRONOUN = Pattern.compile(GAP_PRONOUNS);

    /** A name the sentence opens with, no person's title, then its verb: "Boeing | said". */
    private static final Pattern OPENING_NAME = Pattern.compile("(?!(?:It|He|She|They|We|You|I|The|A|An|This|That|Mr"
            + "|Mrs|Ms|Dr|Sir|Lord|Lady|Dame)\\b)\\p{Lu}[\\p{L}&'’.-]*(?:\\s+\\p{Lu}[\\p{L}&'’.-]*){0,3}(?=\\s+(?:"
            + ADVERB + "\\s+)?" + PAST_OR_SAME_FORM + "\\b)");

    /** Where the sentence around {@code at} starts ({@link #sentenceStartBefore}), past its spaces. */
    private static int sentenceStart(String text, int at) {
        int from = sentenceStartBefore(text, at);
        while (from < at && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        return from;
    }

    /**
     * A thing's "that" or "which" clause with its own verb in the past that holds the date, after a preposition: "after
     * a trial that began in March 2013, was jailed" is headed "A trial began in March 2013", "lying about losses that
     * ballooned in 2022" "Losses ballooned in 2022", "replacing a retailer that was delisted in May" "A retailer was
     * delisted in May". Null for any other.
     */
    private static String thatClause(String text, int start, int end, TemporalExpression date) {
        // within reach of the date, and no further than it: a later clause cannot hold it
        int from = Math.max(start, date.start() - ACTOR_REACH);
        if (date.start() < from || !THAT_OR_WHICH.matcher(text).region(from, date.start()).find()) {
            return null; // looked for before the costlier pattern
        }
        Matcher clause = THAT_CLAUSE.matcher(text).useTransparentBounds(true);
        // a phrase refused is looked past by a word at most: "a series of | recalls that began last autumn"
        for (int at = from; at < end && clause.region(at, end).find() && clause.start(2) <= date.start();
                at = clause.start(1) + 1) {
            boolean nounPhrase = Arrays.stream(clause.group(1).split("\\s+")).skip(1)
                    .noneMatch(w -> STOP_WORD.matcher(w).matches());
            // a capital opens the sentence's subject: "Wildfires that began late on July 28 | had burned ..."
            boolean opensSentence = text.substring(start, clause.start(1)).isBlank();
            if (date.end() > clause.end(2) || !nounPhrase
                    || Character.isUpperCase(clause.group(1).charAt(0)) && !opensSentence) {
                continue;
            }
            if (IN_OR_AT.matcher(text).region(Math.max(start, clause.start(1) - 8), clause.start(1)).find()
                    && A_HAPPENING.matcher(clause.group(1)).find()
                    && ITS_TIME.matcher(clause.group("verb")).matches()) {
                // "won a fifth term in | an election that ended on Sunday": the clause says only when the happening
                // was, and what was done in it was done then
                return null;
            }
            if (NOUN_AT_A_PLACE.matcher(text).region(Math.max(start, clause.start(1) - 40), clause.start(1)).find()
                    && HAPPENING_RELATIVE.matcher(text).region(clause.end(1) + 1, clause.end(2)).lookingAt()) {
                return null; // "the strike at | the port, which began on February 3": the strike began, not the port
            }
            // the clause ends where the sentence's own verb goes on: "that brought him to power in 1959 | gathered"
            // (after a passive's participle: "that was delisted | in May")
            int verbEnd = clause.end("verb");
            Matcher next = NEXT_PAST_VERB.matcher(text).region(verbEnd, clause.end(2));
            boolean found = next.find();
            if (found && LEAVING.matcher(clause.group("verb")).matches() && next.start() - verbEnd < 40) {
                found = next.find(); // "that left two people | injured": what it left them, not another verb
            }
            int clauseEnd = found ? next.start() : clause.end(2);
            Matcher auxiliary = NEXT_AUXILIARY.matcher(text).useTransparentBounds(true)
                    .region(verbEnd, clauseEnd);
            clauseEnd = auxiliary.find() ? auxiliary.start() : clauseEnd; // "that began on July 28 | had burned"
            if (date.end() <= clauseEnd) {
                return clause.group(1) + " " + text.substring(clause.start(2), clauseEnd);
            }
        }
        return null;
    }

    /**
     * A thing after a preposition and the participle that says what was done to it then, without a comma: "demand for
     * the Blackwell chips launched in March 2024 remained high" is headed "The Blackwell chips were launched in March
     * 2024" (after a preposition the participle cannot be the thing's own verb). Null for any other.
     */
    private static String reducedRelative(String text, int start, int end, TemporalExpression date) {
        // (the thing and its participle within a few words of the date: a long clause is not read again for each date)
        int from = Math.max(start, date.start() - MAX_LENGTH);
        int to = Math.min(end, date.end() + ACTOR_REACH);
        if (from > to) {
            return null; // a date far before the clause
        }
        Matcher clause = REDUCED_RELATIVE.matcher(text).region(from, to).useTransparentBounds(true);
        while (clause.find()) {
            if (clause.start(2) > date.start() || date.end() > clause.end(2)) {
                continue;
            }
            int verbEnd = clause.start(2) + clause.group(2).split("\\s", 2)[0].length();
            Matcher next = NEXT_PAST_VERB.matcher(text).region(Math.max(verbEnd, date.end()), clause.end(2));
            boolean verbAfter = next.find();
            Matcher joined = JOINED_CLAUSE.matcher(text).region(Math.max(verbEnd, date.end()), clause.end(2));
            boolean ownVerbAfter = verbAfter && !(joined.find() && joined.start() < next.start());
            boolean apposed = NAME_THEN_COMMA.matcher(text).region(Math.max(0, clause.start(1) - 40),
                    clause.start(1)).find(); // "to win Euro 2020, | the tournament postponed last year"
            if (!ownVerbAfter && !apposed && !VERB_BEFORE_THING.matcher(text).region(start, clause.start(1)).find()) {
                continue; // "The trial of the minister | opened on Monday": the subject's own verb, with none other
            }
            int clauseEnd = verbAfter ? next.start() : clause.end(2);
            // "made with RAAC, a concrete used from the 1950s": what the name is, the name was
            Matcher name = NAME_BEFORE_A_DESCRIPTION.matcher(text).region(Math.max(0, clause.start(1) - 40),
                    clause.start(1));
            String thing = apposed && INDEFINITE.matcher(clause.group(1)).lookingAt() && name.find() ? name.group(1)
                    : clause.group(1);
            return passive(thing, text.substring(clause.start(2), clauseEnd).strip());
        }
        return null;
    }

    /** A verb of the clause before the thing: "demand rose for | the chips launched ...". */
    private static final Pattern VERB_BEFORE_THING = Pattern.compile("\\b(?:" + VERB_IN_PAST + "|was|were|is|are|has"
            + "|have|had|will|would|can|could|may|might|must|should|says)\\b");
    /** A name or a noun and its comma, not an opening phrase's ("In 2011, the shop opened in May"). */
    private static final Pattern NAME_THEN_COMMA = Pattern.compile("(?<!\\b(?i:in|on|at|by|since|from|until|during"
            + "|after|before|for|of|to|last|this|next)\\s)\\b[\\p{L}\\d]+,\\s$");
    /** A name and the comma before what it is: "made with | RAAC|, a lightweight concrete". */
    private static final Pattern NAME_BEFORE_A_DESCRIPTION = Pattern.compile(
            "(?<![\\p{L}\\d'’.-])(\\p{Lu}[\\p{L}\\d'’.&-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\d'’.&-]*|\\d+)){0,3}),\\s$");
    /** A description that opens with its owner: ", | her first in a decade". */
    private static final Pattern POSSESSIVE_DESCRIPTION = Pattern.compile("\\s*(?:his|her|its|their)\\s");
    /** A subject that is no opening phrase: "The novel", not "In 2011". */
    private static final Pattern NO_OPENING_PHRASE = Pattern.compile("(?!(?:In|On|At|By|After|Before|Since|During|Last"
            + "|Next|Earlier|Later|From|For|Until|When|While|As|But|And|Then|Now)\\b)\\p{Lu}");
    /** The rest of a subject's aside of participles, to its comma before the main verb: "delayed by the pandemic, ". */
    private static final Pattern PARTICIPLES_ASIDE_GOES_ON = Pattern.compile("(?:\\p{Ll}{2,}ed|" + IRREGULAR_PARTICIPLES
            + ")\\s+(?:by|in|on|at|for|from|with|to)\\s[^,;:]{1,60},\\s+(?=(?:\\p{Ll}+ly\\s+)?\\p{Ll}{2,})");
    /** A conjunction that joins another verb to the participle's: "opened on Monday | and is expected". */
    private static final Pattern JOINED_CLAUSE = Pattern.compile("\\s(?:and|or|but)\\s");
    private static final Pattern REDUCED_RELATIVE = Pattern.compile("\\b(?<=\\b(?:for|of|on|about|with|from|over"
            + "|against|into|to)\\s|[\\p{L}\\d],\\s)" // or after a name's comma: "Euro 2020, | the tournament postponed"
            + "((?:the|a|an|its|their|his|her)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?[\\p{L}'’-]+"
            + "|\\p{Ll}{3,}(?<![su'’])s" // or a bare plural: "according to results released on Monday"
            + "|\\d[\\d,.]*\\s+(?:\\p{Ll}+\\s+){0,2}?\\p{Ll}{3,}(?<![su'’])s)\\s+" // "on 482,000 diesel cars sold"
            // not the thing's own verb: "The body of a missing hiker | was found on Wednesday"
            + "(?<!\\s(?:was|were|is|are|has|have|had|been|be)\\s)"
            + "((?:" + ADVERB + "\\s+)?(?:" + PASSIVE_PARTICIPLE_WORDS
            + ")\\s+(?:in|on|at|during|since|from|between|until|last|this|early|late)\\b"
            + CLAUSE_WORDS + "*)");

    // the article first and the preposition (or a participle: "ending a pause that began in April 2025") looked behind
    // it, so that the search does not look behind every character;
    // or a plural without one ("lying about losses that ballooned in the spring of 2022")
    // or, after a comma, a "which" aside of a thing a time or a place names ("throughout the trial, which opened in
    // April"; not "the inquiry into the crash, which": of the inquiry, maybe)
    // or the subject a sentence opens with ("Protests that began in May have spread")
    private static final Pattern THAT_CLAUSE = Pattern.compile("\\b((?:a|an|the)(?<=\\b(?:after|before|since|during|in"
            + "|of|from|by|about|over|for|to|into|on|at|with|against|\\p{Ll}{2,20}ing)\\s(?:a|an|the))\\s+"
            + "(?:[\\p{L}'’-]+\\s+){0,2}?"
            + "[\\p{L}'’-]+(?=\\s)|\\p{Ll}{2,}s(?<=\\b(?:about|over|for|of|from|by|after|since|in|to|into|on|at|with"
            + "|against)\\s\\p{Ll}{2,40})(?=\\s)"
            + "|(?:a|an|the)(?<=\\b(?:after|before|since|during|throughout|amid|following|in|at)\\s(?:a|an|the))\\s+"
            + "(?:[\\p{L}'’-]+\\s+){0,2}?[\\p{L}'’-]+(?=,\\s+which\\s)"
            + "|(?:" + OPENING_SUBJECT + ")(?=\\s+that\\s))"
            + ",?\\s+(?:that|which)\\s+((?:(?:was|were|had\\s+been|had)\\s+)?(?<verb>" + PAST_OR_SAME_FORM + ")\\b"
            + CLAUSE_WORDS + "*)");

    private static final Pattern THAT_OR_WHICH = Pattern.compile("\\s(?:that|which)\\s");

    /**
     * The next verb in the past, which ends a clause, with its adverb ("| deliberately flew"); not one joined to it by
     * "and" ("lost power and struck").
     */
    private static final Pattern NEXT_PAST_VERB = Pattern.compile("(?<!\\b(?:and|or))\\s+(?=(?:\\p{Ll}{2,}ly\\s+)?"
            + VERB_IN_PAST + "\\b)");
    /** Verbs whose object a participle may follow: "left two people injured", "kept the road closed". */
    private static final Pattern LEAVING = Pattern.compile("left|kept|found");
    private static final Pattern NEXT_AUXILIARY = Pattern.compile("\\s+(?=(?:had|has|have|was|were|is|are|will|would"
            + "|could|can|may|might|must|should)\\s)");

    private static final Pattern RELATIVE = Pattern.compile("(?:which|who)\\s+(?=\\p{Ll})");
    /** "which it bought in 2019": a thing named by what was done to it, not what it did. */
    private static final Pattern WHICH_HAS_A_SUBJECT = Pattern.compile("which\\s+(?:it|he|she|they|we|I|you|the|a|an|his"
            + "|her|its|their)\\b");

    /** A year written out: "fiscal 2025, which ...". */
    private static final Pattern A_YEAR = Pattern.compile("(?:1[89]|20)\\d\\d");

    private static final Pattern FISCAL = Pattern.compile("(?i)fiscal|financial");

    /**
     * The noun phrase right before a comma at {@code at}: up to six words back to a preposition, a conjunction or a
     * verb, from a determiner ("his father") or all in capitals ("Thermo Electron"); quotation marks dropped.
     */
    private static String antecedentBefore(String text, int at) {
        Matcher comma = COMMA_BEFORE.matcher(text).region(Math.max(0, at - 120), at);
        if (!comma.find()) {
            return null;
        }
        String[] words = comma.group(1).replaceAll("(?<!s)[`'‘’\"“”]{1,2}(?=\\s|$)|(?<=^|\\s)[`'‘’\"“”]{1,2}", "").trim()
                .split("\\s+");
        if (words.length > 2 && DATE_PREPOSITION.matcher(words[words.length - 2]).matches()
                && isDayOrMonth(words[words.length - 1])) {
            // "issued an alert on Friday, which runs until Wednesday": the alert runs, not the Friday
            words = Arrays.copyOf(words, words.length - 2);
        }
        int n = words.length;
        if (n >= 2 && FISCAL.matcher(words[n - 2]).matches() && A_YEAR.matcher(words[n - 1]).matches()) {
            // "raised its forecast for fiscal 2013, which ends in June": the year ends, not the forecast
            return Character.toUpperCase(words[n - 2].charAt(0)) + words[n - 2].substring(1) + " " + words[n - 1];
        }
        int first = words.length;
        // not past a stop word, but past "and" between names: "The British and Irish governments"
        while (first > 0 && words.length - first < 6 && (!STOP_WORD.matcher(words[first - 1]).matches()
                || words[first - 1].equals("and") && first < words.length
                        && CAPITALISED.matcher(words[first]).matches())) {
            first--;
        }
        for (int i = first; i < words.length; i++) {
            List<String> phrase = List.of(words).subList(i, words.length);
            if (DETERMINER.matcher(phrase.get(0)).matches() && phrase.size() > 1 && !verbBeforeAName(phrase)
                    || allOfAName(phrase)
                    || phrase.size() == 1 && BARE_PLURAL.matcher(phrase.get(0)).matches() // "agreed to talks, which"
                    || phrase.size() == 2 && CAPITALISED.matcher(phrase.get(0)).matches()
                            && BARE_PLURAL.matcher(phrase.get(1)).matches() // "Williams shares, which"
                    || phrase.size() <= 2 && A_YEAR.matcher(phrase.get(phrase.size() - 1)).matches() // "fiscal 2025"
                    || phrase.size() > 1 && phrase.size() <= 3 && A_COUNT.matcher(phrase.get(0)).matches()
                            && BARE_PLURAL.matcher(phrase.get(phrase.size() - 1)).matches()) { // "14 novels, the"
                // "the inquiry into | the crash, which opened in May": the aside is of the whole, the inquiry; but a
                // name after any other preposition is its own ("a government for Northern Ireland, which has been",
                // "face the Blue Jays in the World Series, which starts on Friday")
                List<String> named = phrase.size() > 1 && phrase.get(0).equalsIgnoreCase("the")
                        ? phrase.subList(1, phrase.size()) : phrase;
                // (unless the aside's verb is plural and the name is not: "the talks in Glasgow, which were due")
                boolean name = i >= 1 && allOfAName(named)
                        && !words[i - 1].matches("(?i)of|into")
                        && !(PLURAL_RELATIVE.matcher(text).region(at, Math.min(text.length(), at + 30)).lookingAt()
                                && !BARE_PLURAL.matcher(words[words.length - 1]).matches());
                int head = i >= 2 && !name && OF_A_THING.matcher(words[i - 1]).matches() ? headBefore(words, i - 1)
                        : -1;
                if (head >= 0) {
                    phrase = List.of(words).subList(head, words.length);
                }
                String np = String.join(" ", phrase);
                return Character.toUpperCase(np.charAt(0)) + np.substring(1);
            }
        }
        return null;
    }

    /**
     * Whether a phrase ends in a name after a verb in the present: "a new virus causes | Sars, which": the name is the
     * verb's object, and the aside is of it.
     */
    private static boolean verbBeforeAName(List<String> phrase) {
        int name = phrase.size();
        while (name > 0 && CAPITALISED.matcher(phrase.get(name - 1)).matches()) {
            name--;
        }
        return name >= 3 && name < phrase.size() && BARE_PLURAL.matcher(phrase.get(name - 1)).matches();
    }

    /** Whether the words are all a name's: capitalised, or a particle between two ("Rio de Janeiro"). */
    private static boolean allOfAName(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (!CAPITALISED.matcher(words.get(i)).matches()
                    && (i == 0 || i == words.size() - 1 || !PersonNames.isParticle(words.get(i)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where a phrase with a determiner, of at most four words, ends right before {@code end}, or one of at most eight
     * with phrases of its own ("the state's ban on mobile phones | in schools"); -1 when none does.
     */
    private static int headBefore(String[] words, int end) {
        boolean phrases = false;
        for (int j = end - 1; j >= 0 && end - j <= 8; j--) {
            if (OF_A_THING.matcher(words[j]).matches() && j < end - 1) {
                phrases = true; // "the state's ban on | mobile phones"
            } else if (STOP_WORD.matcher(words[j]).matches()) {
                return -1;
            } else if (DETERMINER.matcher(words[j]).matches() && j < end - 1) {
                return phrases || end - j <= 4 ? j : -1;
            }
        }
        return -1;
    }

    private static boolean isDayOrMonth(String word) {
        RuleBook book = RuleBook.standard();
        return book.words("weekday").values(word).isPresent() || book.words("month").values(word).isPresent();
    }

    private static final Pattern DATE_PREPOSITION = Pattern.compile("(?i)on|in|at|by|during|until|since");
    private static final Pattern PLURAL_RELATIVE = Pattern.compile("\\s*(?:which|that)\\s+(?:were|are|have)\\b");
    private static final Pattern OF_A_THING = Pattern.compile("(?i)of|into|over|about|on|for|against|in");
    /** A noun with its determiner and a preposition of place before a noun: "the strike at | the port". */
    private static final Pattern NOUN_AT_A_PLACE = Pattern.compile("\\b(?i:the|a|an|its|his|her|their)\\s+\\p{Ll}+"
            + "\\s+(?i:at|in|near|outside)\\s+$");
    private static final Pattern IN_OR_AT = Pattern.compile("\\b(?:in|at|during)\\s+$");
    /** A verb that tells only when a happening was: "ended", "was held", "took (place)". */
    private static final Pattern ITS_TIME = Pattern.compile("began|begun|started|ended|finished|closed|opened|lasted"
            + "|concluded|held|took");
    /** A noun of a happening that ends a thing's words: "an | election". */
    private static final Pattern A_HAPPENING = Pattern.compile("\\b(?i:"
            + Resources.alternation("extract/event/happenings.txt") + ")$");
    /** A relative clause whose verb only a happening has: "which began", "which had lasted". */
    private static final Pattern HAPPENING_RELATIVE = Pattern.compile("\\s*which\\s+(?:(?:had|has|first|only)\\s+)?"
            + "(?:began|begun|started|ended|lasted|continued|resumed|broke\\s+out|erupted)\\b");

    private static final Pattern A_COUNT = Pattern.compile("\\d{1,3}(?:,\\d{3})*|(?i:two|three|four|five|six|seven"
            + "|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)");
    private static final Pattern BARE_PLURAL = Pattern.compile("\\p{Ll}{3,}(?<![su'’])s");
    private static final Pattern COMMA_BEFORE = Pattern.compile("([^,;:.!?()]+?)\\s*,\\s*$");
    private static final Pattern STOP_WORD = Pattern.compile("(?i)in|of|for|to|from|with|by|on|at|into|about|than|and"
            + "|or|but|that|as|said|says|told|is|are|was|were|has|have|had|will|would|\\p{Ll}+ed");
    private static final Pattern DETERMINER = Pattern.compile(
            "(?i)the|a|an|another|his|her|its|their|our|this|these|those");
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}.&'’-]*"); // "FY2024"

    /** A verb right after an aside, which shows the aside has ended: "..., who led the response, | said". */
    private static final Pattern MAIN_VERB = Pattern.compile("\\s+(?<!\\b(?i:the|an?|its|his|her|their|our)\\s)(?:(?:"
            + SAYING_OR_PAST
            + ")|(?:\\p{Ll}+-)?\\p{Ll}+ed|was|were|is|are|has|had|have|will|would|can|could|may|might|must|should|did"
            + "|does)\\b"); // "co-founded"

    /** A verb in the present right after a short subject that opens its clause: "The show | runs until 4 January". */
    private static final Pattern PRESENT_AFTER_SUBJECT = Pattern.compile("(?<=^(?:It|He|She|This|That|(?:The|A|An|Its"
            + "|His|Her|Their|Our)\\s\\p{Ll}{1,20}|(?!(?:The|An?|Its|His|Her|Their|Our)\\b)\\p{Lu}\\p{Ll}{1,20}))"
            + "\\s+\\p{Ll}{2,}s\\b"); // (not "The | polls")
    /** A plural subject and a verb that tells what is to come: "Lawmakers leave", "The Games open". */
    private static final Pattern PLURAL_PRESENT_AFTER_SUBJECT = Pattern.compile("(?<=^(?:They|We|(?:The|Its|His|Her"
            + "|Their|Our)\\s\\p{L}\\p{Ll}{0,19}s|\\p{Lu}\\p{Ll}{1,20}s))\\s+(?:" + VERBS_TO_COME + ")\\b");

    /** The comma that closes an aside before the main verb: "which is 61%-owned by Murphy Oil Corp.|, had a loss". */
    private static final Pattern ASIDE_CLOSES = Pattern.compile(",(?=" + MAIN_VERB.pattern() + ")");

    /** "The advertisement, said Kelli Conlin, | the executive director ...,": the speaker's aside, not the subject's. */
    private static final Pattern SPEAKER_BEFORE = Pattern.compile(",\\s+(?:said|says)\\s[^,]*$");

    /**
     * An aside between commas before the clause goes on, its verb next: a relative clause (", who ...,", ", where
     * ...,"), a participle that says where or when a thing began or what was done to it (", founded in 1998,",
     * ", opened in 1998,") or a description after a name or its age (", a computer maker,", ", 57, a former
     * pilot,"), a list it ends with included; not a main clause after an opening ("Buried a foot deep, the weapon
     * was found ..."), nor a list.
     */
    /** Not a list's item but a clause's subject: ", | it expects revenue of between $85bn and $89bn". */
    private static final String NOT_A_PRONOUN = "(?!(?:it|he|she|they|we|I)\\s)";
    private static final Pattern DROPPABLE_ASIDE = Pattern.compile("(?:,\\s+(?:(?:who|which|whose|where)\\s|(?:"
            + ASIDE_ADVERB + "\\s+)?(?:based"
            + "|born|formed|known|created|established|headquartered|owned|expected|made|speaking|writing|"
            + PASSIVE_PARTICIPLE_WORDS + ")\\s)(?:[^,;:]|(?<=\\d),(?=\\d)){1,80}" // "which has lost 1,000 tonnes"
            // that may end in a list: ", which combines a phone, an iPod and a browser, | will"
            + "(?:(?:,\\s+" + NOT_A_PRONOUN + "[^,;:]{1,40}){0,2},\\s+" + NOT_A_PRONOUN
            + "[^,;:]{1,40}?\\s(?:and|or)\\s[^,;:]{1,40})?"
            // or a thing the clause opens with: "The report, the panel's first since 2014, | says", "Hurricane Irma,
            // one of the most powerful storms on record, | battered"
            + "|(?=,)(?<=\\p{Lu}[\\p{L}'’.]{0,30}|^(?:The|A|An|Its|His|Her|Their)\\s[\\p{L}'’-]{1,30})"
            + "(?:,\\s+\\d{1,3})?,\\s+(?:a|an|the|one\\s+of|\\p{Lu}\\p{L}+['’]s)\\s"
            + "[^,;:]{1,60}),(?="
            // or a verb in the present with its object: "The decision, made at a meeting of the union, | ends a debate"
            + MAIN_VERB.pattern() + "|\\s+\\p{Ll}{2,}s\\s+(?:a|an|the|its|his|her|their)\\s"
            // or a pronoun and its verb after an opening: "For the quarter, which includes Christmas, | it expects"
            + "|\\s+(?:it|he|she|they|we)\\s+\\p{Ll}{2,}\\b"
            // or, after a name, how its clause goes on: "named Alan Mulally, the head of its rival's jet unit, | as"
            + "|(?<=\\p{Lu}\\p{Ll}{1,30},\\s{1,3}(?:a|an|the)\\s[^,;:]{1,60},)\\s+(?:as|on|in|at|to|for|with|after"
            + "|before|during)\\s)"
            // a name or a description set after a noun, its verb next: "its chief executive, Dana Whitfield, | would"
            + "|(?=,)(?<=\\s\\p{Ll}[\\p{Ll}'’-]{2,25}),\\s+(?:(?:a|an)\\s[^,;:]{1,60}|\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3}),"
            + "(?=" + MAIN_VERB.pattern() + ")"
            // a name's post, then how the clause goes on: "succeeded by Daniel Price, currently finance director of
            // the group, with effect from April 1"
            + "|(?=,)(?<=\\p{Lu}[\\p{L}'’.]{0,30}),\\s+(?:currently|now|formerly|previously)\\s[^,;:]{1,60},"
            + "(?=\\s+(?:with|from|on|in|at|until|by|effective)\\s)"
            // a share of what was just counted: "will cut 1,200 jobs, about 8% of its workforce, | by the end of"
            + "|(?=,)(?<=\\d\\s[\\p{L}-]{2,20}),\\s+(?:(?:about|around|nearly|almost|roughly|some|or|up\\s+to"
            + "|(?:more|less)\\s+than)\\s+)?(?:\\d[\\d.,]*%?|a\\s+(?:third|quarter|fifth|tenth))\\s+of\\s[^,;:]{1,40},"
            + "(?=\\s+(?:by|in|on|at|from|before|after|over|next|this|last|until)\\s|" + MAIN_VERB.pattern() + ")");

    private static final Pattern WHO = Pattern.compile(",\\s+who\\s+\\p{Ll}");
    /**
     * A relative clause between commas after a name: ", who was appointed chancellor in February 2020,"; within its
     * sentence.
     */
    private static final String RELATIVE_CLAUSE = "\\s+(\\p{Ll}(?:(?![.!?]\\s+\\p{Lu})[^,;:])*),";
    /** "and" before a second verb in the past: "co-founded Apple in 1976 | and | returned to save it in 1997". */
    private static final Pattern AND_PAST_VERB = Pattern.compile("\\s+and\\s+((?:" + ADVERB + "\\s+)?" + VERB_IN_PAST
            + "\\b)");
    private static final Pattern WHO_CLAUSE = Pattern.compile(AGE_THEN_COMMA + "\\s+who" + RELATIVE_CLAUSE);
    /** Also after a description: "Ross Perot, the billionaire who ran in 1992, | said". */
    private static final Pattern WHO_OR_WHOSE_CLAUSE = Pattern.compile(AGE_THEN_COMMA
            + "\\s+(?:(?:the|a|an)\\s+(?:[\\p{L}'’-]+\\s+){1,4}?)?who(?:se)?" + RELATIVE_CLAUSE);
    private static final Pattern ASIDE = Pattern.compile(
            "^(?:" + AGE_THEN_COMMA + "\\s+who(?=\\s+\\p{Ll})"
                    + "|" + AGE_THEN_COMMA + "\\s+(?:the|a|an|whose)\\s[^,]{1,80},(?=\\s+\\p{Ll})"
                    // "Mr. LaMothe, Kellogg's chairman and chief executive officer, | forecast"
                    + "|" + AGE_THEN_COMMA + "\\s+\\p{Lu}[\\p{L}.&-]*['’]s\\s[^,]{1,80},(?=\\s+\\p{Ll})"
                    + "|,\\s+\\d{1,3},(?=\\s+\\p{Ll}))");

    /**
     * The description after a name that holds the date, told of the name: in "Markus Söder, the state premier since
     * 2018, is seeking a third term" 2018 is of " has been the state premier since 2018"; null when the date is not
     * in such an aside. {@code rest} starts at {@code restStart} in the text.
     */
    private static String describedThen(String rest, int restStart, TemporalExpression date) {
        Matcher aside = DESCRIPTION.matcher(rest);
        if (!aside.lookingAt() || date.start() < restStart + aside.start(1) || date.end() > restStart + aside.end(1)) {
            return null;
        }
        Matcher who = WHO_IN_DESCRIPTION.matcher(aside.group(1));
        if (who.find() && date.start() >= restStart + aside.start(1) + who.start(1)) {
            return " " + who.group(1); // "Ross Perot, the billionaire who re-entered the race on Oct. 1, drew ..."
        }
        // "Mike Johnson, a Louisiana Republican first elected in 2016," was first elected in 2016
        Matcher participle = DESCRIPTION_THEN_PARTICIPLE.matcher(aside.group(1));
        if (participle.lookingAt() && date.start() >= restStart + aside.start(1) + participle.end(1)) {
            return " was " + aside.group(1).substring(participle.start(1));
        }
        return (SINCE.matcher(aside.group(1)).find() ? " has been " : " was ") + aside.group(1);
    }

    private static final Pattern WHO_IN_DESCRIPTION = Pattern.compile("\\bwho\\s+(.+)$");

    /** An aside that describes a name, up to its comma before the verb, or to the clause's end where that cut it. */
    private static final Pattern DESCRIPTION = Pattern.compile("(?:,\\s+\\d{1,3})?,\\s+((?:the|a|an)\\s[^,]{1,80})"
            + "(?:,(?=\\s+\\p{Ll})|,?\\s*$)");
    private static final Pattern SINCE = Pattern.compile("\\bsince\\b");

    /**
     * What follows a name without its aside: ", the former ambassador," ", whose voice guided listeners," an age
     * (", 46,"), both (", 57, a former pilot,") and ", who" lead to the verb.
     */
    private static String withoutAside(String rest) {
        Matcher aside = ASIDE.matcher(rest);
        return aside.find() ? rest.substring(aside.end()) : rest;
    }

    /** A closing quotation mark, not the apostrophe inside a word ("Trump’s"). */
    private static final Pattern CLOSING_QUOTE = Pattern.compile("’(?!\\p{L})");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /**
     * Punctuation, or a conjunction left by a cut ("He was charged the following year and"), at the end; but initials
     * keep their last full stop ("near Buffalo, N.Y.", "4 a.m.").
     */
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile(
            "(?<!\\.\\p{L})(?:[\\s.,;:–—-]|\\s(?:and|or|but)$)+$");
    private static final Pattern TRAILING_COMMAS_AND_DASHES = Pattern.compile("[\\s,;:–—-]+$");

    /** Drops a quotation mark left without its partner by cutting the clause ("…remind him…’"). */
    private static String balanceQuotes(String s) {
        long open = s.chars().filter(c -> c == '‘').count();
        Matcher closing = CLOSING_QUOTE.matcher(s);
        long close = 0;
        while (closing.find()) {
            close++;
        }
        if (close > open && s.endsWith("’")) {
            return s.substring(0, s.length() - 1);
        }
        if (open > close && s.startsWith("‘")) {
            return s.substring(1);
        }
        return reopenedQuote(s);
    }

    /**
     * A headline that starts inside a quotation gets its opening mark back: the clause begins after it, and the
     * closing one alone reads wrong ('This can be a giant step forward," Biden said').
     */
    private static String reopenedQuote(String s) {
        long straight = s.chars().filter(c -> c == '"').count();
        int firstStraight = s.indexOf('"');
        Matcher end = QUOTE_ENDS_ALL.matcher(s);
        if (end.find() && (straight == 1 && firstStraight == end.end() - 1 || s.indexOf('”') == end.end() - 1
                && s.indexOf('“') < 0)) {
            // "Two years later, | our daughter was born.": the rest of a quotation, quoted without its full stop
            char mark = s.charAt(end.end() - 1);
            return (mark == '"' ? "\"" : "“") + s.substring(0, end.start()) + mark;
        }
        if (straight % 2 == 1 && firstStraight > 0 && closes(s, firstStraight)) {
            return "\"" + s;
        }
        int firstClosing = s.indexOf('”');
        int firstOpening = s.indexOf('“');
        if (firstClosing > 0 && (firstOpening < 0 || firstOpening > firstClosing)) {
            return "“" + s;
        }
        return s;
    }

    private static final Pattern QUOTE_ENDS_ALL = Pattern.compile("[.!?]?[\"”]$");

    /** Whether the quotation mark at {@code at} ends a quotation: nothing, a space or punctuation follows it. */
    private static boolean closes(String s, int at) {
        return at + 1 == s.length() || !Character.isLetterOrDigit(s.charAt(at + 1));
    }
}
