package org.eventtimeline.extract.event;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eventtimeline.extract.Cancellation;
import org.eventtimeline.extract.InTextOrder;
import org.eventtimeline.extract.Resources;
import org.eventtimeline.extract.people.Person;
import org.eventtimeline.extract.people.PersonMention;
import org.eventtimeline.extract.people.PersonNames;
import org.eventtimeline.extract.text.Sentence;
import org.eventtimeline.extract.time.Anchor;
import org.eventtimeline.extract.time.CalendarDate;
import org.eventtimeline.extract.time.Precision;
import org.eventtimeline.extract.time.RuleBook;
import org.eventtimeline.extract.time.TemporalExpression;
import org.eventtimeline.extract.time.TemporalTagger;
import org.eventtimeline.extract.time.TimexType;

/**
 * Makes events from dated statements: each resolved DATE or TIME expression anchors one event, stated by its
 * clause (a sentence that dates two things is two events); its people come from {@link Context}. The same statement
 * repeated in the article is one event with several sources.
 */
public final class EventBuilder {

    /** A clause without a verb that says its clause again of another date: ", and two more in | 2027". */
    private static final Pattern ELLIPSIS = Pattern.compile(",?\\s+(?:and|but)\\s+(?:then\\s+)?(?:(?:about|some|nearly"
            + "|almost|up\\s+to|a\\s+further)\\s+)?(?:[$£€]?\\d[\\d,.]*(?:%|\\s*(?:percent|million|billion|bn|m)\\b)?"
            + "|one|two|three|four|five|six|seven|eight|nine|ten|another)(?:\\s+(?:more|others|again|further))?\\s+"
            + "(?:(?:in|on|by|during|over|before|after|until)\\s+)?(?:the\\s+)?", Pattern.CASE_INSENSITIVE);

    /** Where a sentence that dates two things is split: before a clause that starts with one of these. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "\\s+\\(|;\\s+|,\\s+(?:and|but|while|whereas|who|which|when|after|before)\\s+|\\s+[–—-]\\s+"
                    + "|\\s+and\\s+(?:(?:later|then)\\s+|(?=again\\s))|:\\s+|,\\s+|" + Headline.AND_NEW_SUBJECT);
    private static final Pattern LEADING_FILLER = Pattern.compile(
            "^(?:[\\s,;:–—(‘“'\"]|and\\s|but\\s|then\\s|however,?\\s|meanwhile,?\\s)+", Pattern.CASE_INSENSITIVE);
    /**
     * A wire story's dateline before its first words: "WASHINGTON (AP) —", "LONDON, March 4 (Reuters) -", and the old
     * wires' "MOSCOW (AP)_"; or a line of its own ("WASHINGTON, March 12 (Xinhua) --").
     */
    private static final Pattern WIRE_DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu}.' -]+(?:,[^()\\n]{1,40})?(?:\\s*\\([\\p{L}. ]{1,30}\\))?\\s*[—–_-]{1,2}(?:\\s+|$)");
    /**
     * The same written as a place's name opening a story, before a sentence's first word: "Kyiv — Ukraine said ...",
     * "Buenos Aires, Argentina — The"; not "Obama — who was in Hawaii — said".
     */
    private static final Pattern PLACE_DATELINE = Pattern.compile(
            "^\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){0,2}(?:,\\s+\\p{Lu}[\\p{L}.]+(?:\\s\\p{Lu}[\\p{L}.]+)?)?"
                    + "\\s+[—–]\\s+(?=\\p{Lu}|\\d)");

    /** Where the story's first sentence starts after a place's dateline ("Kyiv — "), or its start. */
    private static int afterPlaceDateline(String text, Sentence sentence, List<PersonMention> mentions) {
        Matcher place = PLACE_DATELINE.matcher(text).region(sentence.start(), sentence.end());
        return place.lookingAt() && mentions.stream().noneMatch(m -> m.start() < place.end()) ? place.end()
                : sentence.start();
    }

    public List<ExtractedEvent> build(String text, List<Sentence> sentences, List<TemporalExpression> expressions,
            List<PersonMention> mentions, Map<PersonMention, Person> personOf) {
        List<ExtractedEvent> events = new ArrayList<>();
        List<ExtractedEvent> counted = new ArrayList<>(); // dated by their distance from another
        List<PersonMention> inTextOrder = mentions.stream().sorted(Comparator.comparingInt(PersonMention::start))
                .toList();
        Context context = new Context(text, inTextOrder, personOf);
        ThingSubject thing = new ThingSubject(text);
        int e = 0;
        for (Sentence sentence : sentences) {
            Cancellation.checkpoint();
            List<TemporalExpression> inSentence = new ArrayList<>();
            while (e < expressions.size() && expressions.get(e).start() < sentence.end()) {
                inSentence.add(expressions.get(e++));
            }
            // the headline looks only at the sentence's own names: a long text's are not all read again for each one
            List<PersonMention> named = inTextOrder.subList(
                    InTextOrder.firstFrom(inTextOrder, PersonMention::start, sentence.start()),
                    InTextOrder.firstFrom(inTextOrder, PersonMention::start, sentence.end()));
            Matcher wire = WIRE_DATELINE.matcher(text).region(sentence.start(), sentence.end());
            // "LONDON, May 3 (Reuters) -" is no clause, nor a place named so before a story's first words (no one's)
            int opening = wire.lookingAt() ? wire.end()
                    : sentence.index() == 0 ? afterPlaceDateline(text, sentence, mentions) : sentence.start();
            List<TemporalExpression> anchors = anchors(text, sentence, inSentence, opening);
            addEvents(events, text, sentence, clauseAfterUnknownDates(text, opening, inSentence, anchors), anchors,
                    context, thing, named);
            CountedFrom.addEvents(events, counted, text, sentence, inSentence, anchors, context);
            context.finished(sentence);
            thing.finished(sentence);
        }
        events.removeIf(event -> counted.stream().anyMatch(c -> c == event)
                && CountedFrom.toldElsewhere(event, events));
        return merge(events);
    }

    /**
     * Where the first date's clause may start: after a clause that holds a date unknown for want of a publication
     * date ("A court on Wednesday acquitted him, ending a trial that began in September 2023"), as it would with one.
     */
    private static int clauseAfterUnknownDates(String text, int opening, List<TemporalExpression> inSentence,
            List<TemporalExpression> anchors) {
        if (anchors.isEmpty()) {
            return opening;
        }
        int start = opening;
        for (TemporalExpression x : inSentence) {
            if (x.end() > anchors.get(0).start()) {
                break;
            }
            if (x.start() >= start && x.anchor() == Anchor.UNRESOLVED) {
                int at = clauseBreak(text, start, x.end(), anchors.get(0));
                start = at >= 0 ? at : start;
            }
        }
        return start;
    }

    /** A date denied: "would begin on July 1, not in September as first announced" (but "not until March" is when). */
    private static final Pattern DENIED = Pattern.compile("\\bnot\\s+(?:in|on|at|during)\\s+(?:the\\s+)?$");

    private static final Pattern SET_AGAINST = RuleBook.standard().cue("setagainst");
    /** A clause that only says the clause before happened again: ", and again in 2019". */
    private static final Pattern AGAIN_CLAUSE = Pattern.compile("(?:^|,)\\s*(?:and\\s+)?(again\\s+"
            + "(?:in|on|at|during|over)\\s+(?:the\\s+)?)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DUE_BEFORE = RuleBook.standard().cue("duebefore");
    private static final Pattern CALLED_OFF = RuleBook.standard().cue("calledoff");

    /** Whether the cue occurs in the sentence's last {@code reach} characters before the date. */
    private static boolean saidJustBefore(Pattern cue, String text, Sentence sentence, TemporalExpression x,
            int reach) {
        return cue.matcher(text).region(Math.max(sentence.start(), x.start() - reach), x.start()).find();
    }

    /** A date something was due on, then moved or called off: "Elections, due in May, have been postponed". */
    private static boolean calledOff(String text, Sentence sentence, TemporalExpression x) {
        return saidJustBefore(DUE_BEFORE, text, sentence, x, 50)
                && CALLED_OFF.matcher(text).region(x.end(), sentence.end()).lookingAt();
    }

    /** When something usually happens: "the harvest, normally in late July, would be delayed". */
    private static final Pattern HABITUAL = RuleBook.standard().cue("habitual");
    /** The date something was moved away from: "a flight test, delayed from Monday" happened on no Monday. */
    private static final Pattern MOVED_AWAY = RuleBook.standard().cue("movedawayfrom");
    private static final Pattern FIGURE_ASIDE_BEFORE = Pattern.compile(",\\s+(?:up|down)\\s+from\\s+[$£€]?\\d[\\d.,]*"
            + "(?:%|\\s+per\\s*cent)?\\s+(?:in|on|at|during)\\s+$");

    /**
     * A date a figure is set against, right before it: "drew 19.7 million viewers, up 1% from 2024", "fell to 41%
     * from 47% in 2019". Nothing said happened then.
     */
    private static boolean setAgainst(String text, Sentence sentence, TemporalExpression x) {
        int from = Math.max(sentence.start(), x.start() - 80);
        if (FIGURE_ASIDE_BEFORE.matcher(text).region(from, x.start()).find()
                && COMMA_THEN_VERB.matcher(text).region(x.end(), text.length()).lookingAt()) {
            return false; // "The jobless rate, up from 3.9% in April, rose again": what the rate was in April
        }
        Matcher cue = SET_AGAINST.matcher(text).region(from, x.start());
        while (cue.find()) {
            if (cue.end() == x.start()) {
                return true;
            }
        }
        // "up 7% on | last year": a whole year a figure is up or down on
        if (x.date() == null || x.date().precision() != Precision.YEAR) {
            return false;
        }
        Matcher on = FIGURE_ON.matcher(text).region(from, x.start());
        while (on.find()) {
            if (text.substring(on.end(), x.start()).isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern FIGURE_ON = RuleBook.standard().cue("figureon");

    /** What sets a date against the one before it: "in January | from | December", "in May | compared with | April". */
    private static final Pattern BASELINE_BETWEEN = Pattern.compile(",?\\s+(?:from|compared\\s+with|versus|vs\\.?)\\s+"
            + "(?:(?:the\\s+)?(?:same\\s+)?(?:month|period|quarter|time)\\s+(?:of|in)\\s+)?");

    /**
     * A possessive and the word after it: "Last year's | champion"; not a word that only describes a happening after
     * it ("Thursday's general election").
     */
    private static final Pattern POSSESSIVE_WORD = Pattern.compile("['’]s\\s+(\\p{L}++)(?!\\s+(?i:"
            + Resources.alternation("extract/event/happenings.txt") + ")\\b)");

    /**
     * A date whose possessive names someone by what they were then: in "Last year's champion withdrew on the eve of
     * the tournament" the withdrawal is not last year's ("Last year's race was held in heavy rain" is).
     */
    private static boolean namesAHolder(String text, TemporalExpression x) {
        Matcher word = POSSESSIVE_WORD.matcher(text).region(x.end(), Math.min(text.length(), x.end() + 40));
        return word.lookingAt() && PersonNames.isRole(word.group(1));
    }

    /** A superlative, not a word that only ends as one does ("interest", "protest"). */
    private static final String SUPERLATIVE = "(?!(?:" + Resources.alternation("extract/event/not-superlatives.txt")
            + ")\\b)(?:\\p{Ll}{2,}est|best|worst|most|least)";
    /** A date a superlative is of: "the fastest time of the year", "its worst quarter of 2008". */
    private static final Pattern SUPERLATIVE_OF = Pattern.compile("\\b" + SUPERLATIVE + "\\s+"
            + "(?:[\\p{L}'’-]+\\s+){0,3}(?<!\\bas\\s)of\\s+$"); // not "the latest figures as of Monday"
    /**
     * A superlative or an ordinal whose thing "this year" follows: "the highest daily figure this year", "the third
     * monthly decline this year", "the third this autumn", "so far this season".
     */
    private static final Pattern SUPERLATIVE_BEFORE = Pattern.compile("\\bthe\\s+(?:" + SUPERLATIVE + "|first|second"
            + "|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,2}(?:st|nd|rd|th))\\s+(?:(?!(?:in|on"
            + "|at|since|by|for|from|to|during|of|and|than|as)\\s)[\\p{L}'’-]+\\s+){0,3}(?:so\\s+far\\s+)?$");
    /** A record's time of the calendar: "the highest ever recorded in February" (any February). */
    private static final Pattern SUPERLATIVE_EVER = Pattern.compile("\\bthe\\s+" + SUPERLATIVE
            + "\\s+(?:[\\p{L}'’-]+\\s+){0,2}?ever\\s+(?:recorded|seen|measured|reported|registered|logged)\\s+"
            + "(?:in|on|for|during)\\s+$");
    /** A superlative the date is the thing of: "the wettest August since records began". */
    private static final Pattern SUPERLATIVE_RIGHT_BEFORE = Pattern.compile("\\bthe\\s+" + SUPERLATIVE + "\\s+$");
    private static final Pattern THIS_PERIOD = Pattern.compile(
            "(?i)this\\s+(?:year|season|month|week|quarter|decade|century|summer|winter|spring|autumn|fall)\\b");

    /** A date a superlative (or an ordinal) is of, or the thing of: it says nothing happened then. */
    private static boolean ofASuperlative(String text, Sentence sentence, TemporalExpression x) {
        int from = Math.max(sentence.start(), x.start() - 60);
        return SUPERLATIVE_OF.matcher(text).region(from, x.start()).find()
                || SUPERLATIVE_RIGHT_BEFORE.matcher(text).region(Math.max(from, x.start() - 30), x.start()).find()
                || SUPERLATIVE_EVER.matcher(text).region(from, x.start()).find()
                || THIS_PERIOD.matcher(x.text()).lookingAt() && SUPERLATIVE_BEFORE.matcher(text)
                        .region(from, x.start()).find();
    }

    /** The dates of a sentence that say when something happened, in text order. */
    private static List<TemporalExpression> anchors(String text, Sentence sentence, List<TemporalExpression> inSentence,
            int opening) {
        List<TemporalExpression> anchors = new ArrayList<>();
        for (TemporalExpression x : inSentence) {
            if (x.start() < opening || !x.canAnchorEvent() || isPartOfAnotherPeriod(text, sentence, x)
                    || isLifespan(text, x) || boundsARecord(text, sentence, x) && whenAfter(text, x) < 0
                    || saidJustBefore(RECORD_FOR, text, sentence, x, 40)
                    || saidJustBefore(DENIED, text, sentence, x, 12) || saidJustBefore(HABITUAL, text, sentence, x, 40)
                    || saidJustBefore(MOVED_AWAY, text, sentence, x, 40)
                    || calledOff(text, sentence, x)
                    || ofASuperlative(text, sentence, x) || setAgainst(text, sentence, x) || namesAHolder(text, x)) {
                continue;
            }
            TemporalExpression last = anchors.isEmpty() ? null : anchors.get(anchors.size() - 1);
            if (last != null && isSpan(text, last, x)) {
                anchors.set(anchors.size() - 1, span(text, last, x)); // "served from 1994 to 2007": one event, both
                continue;
            }
            if (last != null && TemporalTagger.isMove(text, last, x)) {
                anchors.set(anchors.size() - 1, x); // "postponed from March to June": it is to happen in June
                continue;
            }
            if (last != null && hoursOfOneDay(text, last, x)) {
                // "between 2 and 4 a.m. on Monday": one event of that day, told by both hours
                anchors.set(anchors.size() - 1, new TemporalExpression(text.substring(last.start(), x.end()),
                        last.start(), x.end(), last.type(), last.value(), last.mod(), last.date(), last.anchor()));
                continue;
            }
            if (isAlternative(text, anchors, x)) {
                continue;
            }
            if (last != null && BASELINE_BETWEEN.matcher(text).region(last.end(), x.start()).matches()) {
                continue; // "Retail sales rose 1.7% in January from December": December is what January is set against
            }
            if (last != null && setAfterADay(text, last, x)) {
                continue; // "Schools reopen on Wednesday after the summer break": the summer is when nothing happens
            }
            if (last != null && hourBeside(text, last, x)) {
                continue; // one event of that day, told by the words that said it first
            }
            if (last != null && within(last, x) && YEAR_AFTER.matcher(text).region(last.end(), x.start()).matches()) {
                continue; // "fell on Monday this year", "moved to October in 2021": the year says where the day is
            }
            if (last != null && restates(text, last, x)) {
                anchors.set(anchors.size() - 1, x); // "Twenty-eight years earlier, on 13 August 1961": the finer one
            } else {
                anchors.add(x);
            }
        }
        if (anchors.size() == 1 && onlyTheDates(text, sentence.start(), sentence.end(), anchors)) {
            return List.of(); // a dateline, or a date set apart: nothing is said to happen then
        }
        // "the proportion of top grades remained above 2019 levels": a baseline, no time anything happened
        anchors.removeIf(a -> TemporalTagger.isBaseline(text, a.start(), a.end()));
        // "Ferrari will unveil its 2009 car on January 12": a date that names a thing dates the thing, where its
        // clause has a date of its own (not "Acemoglu, who shared Monday's prize, | set out the theory in a 2001
        // paper")
        Set<TemporalExpression> things = Collections.newSetFromMap(new IdentityHashMap<>());
        int clauseDateReaches = -1; // how far the clause of another date reaches: past a thing's date, it is its own
        for (TemporalExpression a : anchors) {
            if (namesAThing(text, a)) {
                things.add(a);
            } else {
                clauseDateReaches = Math.max(clauseDateReaches, asideCloses(text, sentence, a));
            }
        }
        int reaches = clauseDateReaches;
        anchors.removeIf(a -> things.contains(a) && reaches >= a.start());
        return anchors;
    }

    /**
     * Where a person's "who" clause that holds the date starts ("Diego Rivera, | who married in 1929"), when nothing but
     * its own words stand between it and the date; -1 when there is none.
     */
    private static int personsWhoClause(String text, int from, TemporalExpression date, List<PersonMention> mentions) {
        int start = lastOpeningBefore(WHO_AFTER_COMMA, text, from, date);
        if (start >= 0) {
            return Context.namedRightBefore(text, start, mentions) != null ? start : -1;
        }
        // "Jon Corzine, a former governor of New Jersey | who led Goldman Sachs in the 1990s": the who of the name the
        // role describes
        start = lastOpeningBefore(WHO_AFTER_ROLE, text, from, date);
        return start >= 0 && Context.namedOrDescribedBefore(text, start, mentions) != null ? start : -1;
    }

    private static final Pattern WHO_AFTER_ROLE = Pattern.compile(Context.ROLE_AFTER_NAME + "(?=who\\s)");

    /**
     * Where a clause of ", and" and a verb in the past that holds the date starts, the verb, when no comma stands between
     * it and the date; -1 when there is none.
     */
    private static int andVerbClause(String text, int from, TemporalExpression date) {
        int start = lastOpeningBefore(COMMA_AND_PAST_VERB, text, from, date);
        if (start >= 0) {
            return start;
        }
        // "He was sentenced to 12 years and | will be eligible for parole in 2030": a clause that looks ahead from
        // what was done, no comma needed; not in what someone said ("Intel said it had corrected the problems and
        // would start ...", whose headline keeps who said it)
        start = lastOpeningBefore(AND_MODAL, text, from, date);
        if (start >= 0 && PAST_VERB.matcher(text).region(from, start).find()
                && Headline.afterAttribution(text, from, start) == from) {
            return start;
        }
        // "the bill would be published soon and | become law before the end of the session next spring": a second
        // verb that shares the modal holds the date, as it does between two dates; so does a second infinitive ("The
        // company expects to seek approval this month and | to have doses ready by the end of the year")
        start = lastOpeningBefore(MODAL_THEN_AND_VERB, text, from, date);
        return start >= 0 ? start : lastOpeningBefore(TO_THEN_AND_TO, text, from, date);
    }


    /** The end of the last match of {@code opening} before the date with no comma after it; -1 when there is none. */
    private static int lastOpeningBefore(Pattern opening, String text, int from, TemporalExpression date) {
        Matcher m = opening.matcher(text).region(from, date.start());
        int start = -1;
        while (m.find()) {
            start = m.end();
        }
        if (start < 0) {
            return -1;
        }
        return Headline.indexOf(text, ",", start, date.start()) < 0 ? start : -1;
    }

    /**
     * Where a clause of ", and", a subject and a verb of its own that holds the date starts, after a clause with a verb
     * of its own: "Rain has fallen since Saturday, and | forecasters expect more through Wednesday"; -1 when there is
     * none.
     */
    private static int andSubjectClause(String text, int from, TemporalExpression date) {
        int start = lastOpeningBefore(COMMA_AND_SUBJECT_VERB, text, from, date);
        // "..., and | by 1975 she was flying cargo planes": the date's phrase before the clause's subject
        if (start < 0) {
            Matcher phrase = COMMA_AND_PHRASE_THEN_SUBJECT.matcher(text).region(from, date.start())
                    .useTransparentBounds(true); // the subject and its verb come after the date
            while (phrase.find()) {
                start = phrase.end();
            }
            start = start >= 0 && Headline.indexOf(text, ",", start, date.start()) < 0 ? start : -1;
        }
        return start >= 0 && FIRST_VERB.matcher(text).region(from, start).find()
                && !QUOTE_MARK.matcher(text).region(from, start).find() ? start : -1; // not inside someone's words
    }

    private static final Pattern QUOTE_MARK = Pattern.compile("[\"“”]|``|''");

    private static final Pattern WHO_AFTER_COMMA = Pattern.compile(",\\s+(?=who\\s)");

    /** "Frida Kahlo (1907-1954)": the years of a life in parentheses after a name, no time something happened. */
    private static boolean isLifespan(String text, TemporalExpression date) {
        return date.date().value().contains("/") && LIFESPAN_BEFORE.matcher(text).region(Math.max(0, date.start() - 40),
                date.start()).find() && text.startsWith(")", date.end());
    }

    private static final Pattern LIFESPAN_BEFORE = Pattern.compile("\\p{Lu}[\\p{L}'’.-]+\\s+\\($");

    private static final String REPORTING_VERBS = Resources.alternation("extract/event/reporting-verbs.txt");
    private static final Pattern COMMA_AND_SUBJECT_VERB = Pattern.compile(",\\s+and\\s+(?=(?:he|she|it|they|we"
            + "|(?:the|a|an|its|his|her|their|some|many|most)\\s+(?:[\\p{L}'’-]+\\s+){0,2}?[\\p{L}'’-]+"
            + "|\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2}|\\p{Ll}{3,}s)\\s+(?:will|would|could|may"
            + "|might|must|should|can|is|are|was|were|has|have|had|" + REPORTING_VERBS + "|"
            + Resources.alternation("extract/event/present-verbs.txt") + ")\\b)");
    private static final Pattern COMMA_AND_PHRASE_THEN_SUBJECT = Pattern.compile(",\\s+and\\s+(?=(?:in|on|by|at|during"
            + "|after|before|since|until|from)\\s[^,;:]{1,40}?,?\\s+(?:he|she|it|they|we|(?:the|its|his|her|their)\\s+"
            + "[\\p{L}'’-]+|\\p{Lu}[\\p{L}'’-]*)\\s+(?:will|would|could|was|were|has|have|had|\\p{Ll}{2,}ed|"
            + Resources.alternation("extract/text/irregular-past.txt") + ")\\b)");
    /** A speaker and a verb of saying: "officials said ", "aides said ". */
    private static final String SPEAKER_SAID = "^(?<speaker>[\\p{L}’' .-]{0,40}?)\\b(?:" + REPORTING_VERBS + ")\\s+";
    private static final Pattern REPORT_ONLY = Pattern.compile(SPEAKER_SAID + "(?:reporters\\s+|journalists\\s+)?"
            + "(?:on\\s+|late\\s+|early\\s+)?$", Pattern.CASE_INSENSITIVE);

    /** A speaker, a verb of saying and its day after a comma: ", aides said late on | Tuesday". */
    private static final Pattern REPORT_AFTER_COMMA = Pattern.compile(SPEAKER_SAID
            + "(?:(?:late|early)\\s+)?(?:on\\s+)?$", Pattern.CASE_INSENSITIVE);

    /**
     * Whether a clause after a comma only says who said the sentence's news before it, and when: ", aides said late
     * on Tuesday"; not a clause of its own date ("... in November, police said on Tuesday" is told by its own date).
     */
    private static boolean reportsWhatCameBefore(String text, int start, int end, TemporalExpression date) {
        Matcher report = REPORT_AFTER_COMMA.matcher(text);
        return date.start() >= start && date.end() <= end && text.startsWith(", ", start - 2)
                && report.region(start, date.start()).matches() && !report.group("speaker").isBlank()
                && !PASSIVE_END.matcher(text).region(start, date.start()).find()
                && !DETERMINER_END.matcher(report.group("speaker")).find()
                && text.substring(date.end(), end).matches("[\\s,.;:!?”\"’']*");
    }

    /**
     * A clause that is only a speaker, a verb of saying and the date: "officials said Sunday"; not a thing's verb
     * without a speaker ("the fault was detected on 14 January and | confirmed a fortnight later").
     */
    private static boolean onlyReports(String text, int start, int end, TemporalExpression date) {
        if (date.start() < start || date.end() > end) {
            return false;
        }
        // (or after the comma of a clause in "-ing" with no date of its own: "..., killing all five on board, | the
        // Coast Guard said on Thursday"; not "Chrysler will file for bankruptcy, Obama said on Thursday", said then)
        Matcher report = REPORT_ONLY.matcher(text).region(start, date.start());
        if (!report.matches() && Headline.opensWithDoing(text, start)) {
            int comma = Headline.lastIndexOf(text, ", ", date.start(), start);
            if (comma > start && SPEAKER_AFTER_COMMA.matcher(text).region(comma + 2, date.start()).lookingAt()) {
                report = REPORT_ONLY.matcher(text).region(comma + 2, date.start()); // (not "The merger, | first ...")
            }
        }
        if (ACCORDING_TO_REPORTS.matcher(text).region(start, date.start()).matches()
                && text.substring(date.end(), end).matches("[\\s,.;:!?”\"’']*")) {
            return true; // "..., according to reports published on Saturday": when it was told, not when it happened
        }
        return report.matches() && !report.group("speaker").isBlank()
                && !PASSIVE_END.matcher(report.group("speaker")).find()
                && !DETERMINER_END.matcher(report.group("speaker")).find()
                && text.substring(date.end(), end).matches("[\\s,.;:!?”\"’']*");
    }

    /** A source and the day it came out: "according to reports published on | Saturday". */
    private static final Pattern ACCORDING_TO_REPORTS = Pattern.compile("according\\s+to\\s+(?:[\\p{L}'’-]+\\s+){1,4}?"
            + "(?:published|released|issued|filed|made\\s+public|seen\\s+by\\s+[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+)?)\\s+"
            + "(?:(?:on|late|early|last)\\s+)?", Pattern.CASE_INSENSITIVE);

    /** Who may speak after a comma: a name or a noun with its determiner ("the US Coast Guard", "Ms Lind"). */
    private static final Pattern SPEAKER_AFTER_COMMA = Pattern.compile("(?:the|a|an|his|her|its|their)\\s|\\p{Lu}");

    /** An adverb between an auxiliary and its participle: "was first proposed", "was quickly sold". */
    private static final String AUXILIARY_ADVERB = "(?:\\p{Ll}+ly|first|also|once|later|then|soon)";
    /** A passive's auxiliary, perhaps with an adverb: "it was (first) announced", not a speaker. */
    private static final Pattern PASSIVE_END = Pattern.compile("\\b(?:was|were|is|are|been|be|being)\\s+"
            + "(?:" + AUXILIARY_ADVERB + "\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** A determiner, whose verb of saying is a noun: "The theatre staged its last | show on 31 May 2014". */
    private static final Pattern DETERMINER_END = Pattern.compile("\\b(?:the|a|an|its|his|her|their|our|this|that"
            + "|last|first|next|final|latest|new)\\s+$", Pattern.CASE_INSENSITIVE);

    /**
     * "since", "since the", or "since" a happening "of" or "in" the date: "since the great storm of October 1987"; not
     * a clause with a verb of its own, which tells of an event ("since the company was founded in 1921").
     */
    private static final Pattern SINCE_BEFORE = Pattern.compile("\\bsince\\s+(?:the\\s+)?(?:(?:(?!(?:was|were|is|are"
            + "|has|have|had|began|\\p{L}+ed)\\s)[\\p{L}'’-]+\\s+){1,4}(?:of|in|to)\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** A record's word, not a quantity's: "the least since 1990", not "at least 100 people since Wednesday". */
    private static final Pattern RECORD = Pattern.compile("\\b(?<!\\bat\\s)(?:"
            + Resources.alternation("extract/event/records.txt") + ")\\b", Pattern.CASE_INSENSITIVE);

    /** "The record low for February": a month the record is of, any February, not a time something happened. */
    private static final Pattern RECORD_FOR = Pattern.compile("\\brecord(?:\\s+\\p{Ll}+){0,2}\\s+for\\s+$",
            Pattern.CASE_INSENSITIVE);

    /** "its highest level since 2008": a date that bounds a record, not a time something happened. */
    private static boolean boundsARecord(String text, Sentence sentence, TemporalExpression date) {
        Matcher since = SINCE_BEFORE.matcher(text).region(Math.max(sentence.start(), date.start() - 60), date.start());
        if (!since.find()) {
            return false;
        }
        int from = Math.max(sentence.start(), date.start() - 120);
        for (int i = since.start() - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == ':') {
                from = i + 1; // the record word in the same clause
                break;
            }
        }
        if (from > sentence.start() && text.charAt(from - 1) == ','
                && VERB_ALONE.matcher(text).region(from, since.start()).matches()) {
            // "The record he broke, for the highest jump, | had stood since 1960": the clause's subject before its
            // aside
            from = Math.max(sentence.start(), date.start() - 120);
        }
        return RECORD.matcher(text).region(from, since.start()).find();
    }

    /** A verb with no subject of its own after a comma: " had stood ", " has held ". */
    private static final Pattern VERB_ALONE = Pattern.compile("\\s*(?:(?:has|had|have)\\s+)?(?:been\\s+)?\\p{Ll}+\\s+");

    private static final Pattern EXTENT_BEFORE = Pattern.compile("\\b(?:"
            + Resources.alternation("extract/event/extent-words.txt") + ")\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);

    /**
     * "the quarter, which includes Christmas": a date that says what another period holds; not one that dates a thing
     * held ("three attacks, including the 1996 Olympic bombing").
     */
    private static boolean isPartOfAnotherPeriod(String text, Sentence sentence, TemporalExpression date) {
        return EXTENT_BEFORE.matcher(text).region(Math.max(sentence.start(), date.start() - 20), date.start()).find()
                && !TemporalTagger.isModifier(text, date.start(), date.end());
    }

    private static final Pattern COMPARISON = Pattern.compile(
            "\\b(?:(?:up|down)\\s+from|compared\\s+(?:with|to)|as\\s+against|against|versus|vs\\.)\\s",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern WHEN_AFTER = Pattern.compile(",\\s+when\\s+");

    /**
     * Where a clause that tells what happened at the date starts, right after it: "the deadliest since 2004, when
     * seven people died" (after "when "); -1 when there is none.
     */
    private static int whenAfter(String text, TemporalExpression date) {
        Matcher when = WHEN_AFTER.matcher(text).region(Math.min(date.end(), text.length()), text.length());
        return when.lookingAt() ? when.end() : -1;
    }

    private static final String IRREGULAR_PAST = Resources.alternation("extract/text/irregular-past.txt");
    /** A verb in the past: "was", "were", an irregular past, a word in -ed. */
    private static final Pattern PAST_VERB = Pattern.compile("\\b(?:was|were|" + IRREGULAR_PAST + "|\\p{Ll}{2,}ed)\\b");
    /**
     * A conjunction that opens a clause with a subject of its own: a determiner, a pronoun, a name, or a bare plural
     * (perhaps after a noun of its own: "after peace talks collapsed") or a number's noun and its verb in the past a
     * few words on ("after talks to sell the 158-year-old bank collapsed", "after 72 people died"; not "after years of
     * talks").
     */
    private static final String CONJUNCTION = "\\b(?:since|after|when|before|until|once|because)\\s+";
    /** A word of time, which is no subject: "after years of talks". */
    private static final String NOT_TIME = "(?!(?:years|months|weeks|days|hours|minutes|decades|centuries|times)\\b)";
    private static final Pattern SUBORDINATE = Pattern.compile(CONJUNCTION
            + "(?=(?:the|a|an|his|her|its|their|he|she|they|it|we)\\s|(?-i:\\p{Lu})|(?-i:(?:(?:" + NOT_TIME
            + "\\p{Ll}{3,}\\s+){0,2}" + NOT_TIME + "\\p{Ll}{3,}s|\\d[\\d,]*\\s+\\p{Ll}{3,})(?:\\s+[\\p{L}\\d'’-]+)"
            + "{0,5}?\\s+(?:was|were|" + IRREGULAR_PAST + "|\\p{Ll}{2,}ed)\\b))", Pattern.CASE_INSENSITIVE);

    /**
     * Where the clause of a second date starts when a conjunction after the first date opens it with a subject of its
     * own: in "The toll rose to 48 on Saturday as towns cut off since the storm made landfall late Tuesday were
     * reached", Tuesday's is "the storm made landfall late Tuesday". -1 when there is none.
     */
    private static int subordinateClause(String text, TemporalExpression before, TemporalExpression date) {
        return lastConjunction(text, before.end(), date.start());
    }

    /**
     * Where what was said starts when the date before is the saying's: in "Acme said on Tuesday that | its profits rose
     * 5% in the fourth quarter" the fourth quarter's clause; -1 when there is none.
     */
    private static int reportedClause(String text, TemporalExpression before, TemporalExpression date) {
        Matcher reported = REPORTED_AFTER.matcher(text).region(before.end(), date.start());
        return reported.lookingAt() && reported.end() < date.start() && Headline.REPORT_DATED.matcher(text)
                .region(Math.max(0, before.start() - 60), before.start()).find() ? reported.end() : -1;
    }

    /**
     * Where a clause with no verb of its own starts between two dates: "in 2015 after | being diagnosed with cancer
     * in 2013", "after | having spent", "since | serving as mayor"; -1 when there is none.
     */
    private static int nonFiniteClause(String text, TemporalExpression before, TemporalExpression date) {
        Matcher clause = NON_FINITE.matcher(text).region(before.end(), date.start());
        int start = -1;
        while (clause.find()) {
            start = clause.end();
        }
        if (start < 0) {
            // "was convicted on Tuesday of | murdering George Floyd last May": the act a court found was done
            Matcher act = PROVEN_ACT.matcher(text).region(Math.max(0, before.start() - VERDICT_REACH), date.start());
            start = act.find() && act.end() > before.end() ? act.end() : -1;
        }
        return start;
    }

    /** A word in "-ing" right before a comma: "support | increasing|, rising". */
    private static final Pattern DOING_BEFORE_COMMA = Pattern.compile("\\s\\p{Ll}{2,}ing$");
    /** A word in "-ing" that is no verb: "during", "morning", "nothing". */
    private static final String NOT_DOING = "(?!(?:during|morning|evening|nothing|something|anything|everything)\\b)";
    /** How far before the first date the words of a verdict may start: "was found | guilty on Friday of". */
    private static final int VERDICT_REACH = 40;
    /** A verdict told of its clause's subject and the act it was for: "was jailed on Friday for | stealing". */
    private static final Pattern PROVEN_ACT = Pattern.compile("\\b(?:(?:was|were|been|be|is|are)\\s+(?:\\p{Ll}+ly\\s+)?"
            + "(?:" + Resources.alternation("extract/event/verdicts.txt") + ")|guilty)\\b[^.;:,]{0,60}?\\s"
            + "(?:of|for|to)\\s+(?=" + NOT_DOING + "\\p{Ll}{3,}ing\\s+\\S)");

    /**
     * Where a clause of a verb in "-ing" after a comma, that holds the date with no comma of its own, starts: ",
     * | taking Kandahar and Herat on Friday"; -1 when there is none.
     */
    private static int doingAfterComma(String text, int from, TemporalExpression date) {
        int comma = Headline.lastIndexOf(text, ", ", date.start(), from);
        if (comma > from && DOING_BEFORE_COMMA.matcher(text).region(from, comma).find()) {
            return -1; // "Polls have shown support increasing, | rising to 51% this year": the object's doing goes on
        }
        // "declared a caliphate on Sunday, weeks after | seizing Mosul on June 10", the clause its comma opens
        Matcher counted = COUNTED_THEN_DOING.matcher(text).region(comma > from ? comma + 2 : from, date.start());
        if (counted.lookingAt()) {
            return counted.end();
        }
        // not where the date is a thing's, done to it: "leaving the index within 70 points of its record high | set
        // on Aug. 6"
        return comma > from && Headline.opensWithDoing(text, comma + 2) && !DONE_ON.matcher(text).region(comma + 2,
                date.start()).find() ? comma + 2 : -1;
    }

    private static final Pattern DONE_ON = Pattern.compile("\\s(?:" + Headline.PASSIVE_PARTICIPLE_WORDS
            + ")\\s+(?:in|on|at|during)\\s+$");

    /** The end of the "who" or "which" aside that holds the date ("Microsoft, which ... since 2019, |"), or -1. */
    private static int relativeAsideEnd(String text, Sentence sentence, TemporalExpression date) {
        Matcher aside = RELATIVE_ASIDE_AROUND.matcher(text).region(sentence.start(), sentence.end());
        while (aside.find() && aside.start() < date.start()) {
            if (date.end() < aside.end()) {
                return aside.end();
            }
        }
        return -1;
    }

    private static final Pattern RELATIVE_ASIDE_AROUND = Pattern.compile(",\\s+(?:who|which|whose)\\s[^,;:]{1,160},");

    /** A verb in "-ing" (or "being", "having") that opens a clause: one that borrows its subject. */
    static final Pattern NON_FINITE_VERB = Pattern.compile("(?:being|having)\\s+\\p{Ll}|" + NOT_DOING
            + "\\p{Ll}{3,}ing\\s+\\p{Ll}");
    /** A conjunction, then a verb in "-ing": "after | being diagnosed", "since | serving as mayor". */
    private static final Pattern NON_FINITE = Pattern.compile("\\b(?:after|before|since|while|when|until)\\s+"
            + "(?=" + NON_FINITE_VERB.pattern() + ")");
    /** An amount of time and "after" or "before" a verb in "-ing": "weeks after | seizing". */
    private static final Pattern COUNTED_THEN_DOING = Pattern.compile("(?:[\\w-]+\\s+){0,2}?(?:years?|months?|weeks?"
            + "|days?|hours?|decades?)\\s+(?:after|before)\\s+(?=(?:being|having)\\s|" + NOT_DOING
            + "\\p{Ll}{3,}ing\\s)");

    /**
     * The subject of the clause that {@code date} is in, when it opens the clause before its verb, in the past, and is
     * short: "Jobs" in "Jobs had a liver transplant in 2009", "The company" in "The company collapsed in 2008"; else
     * null.
     */
    static String subjectBefore(String text, int clauseStart, TemporalExpression date) {
        Matcher subject = SUBJECT_THEN_PAST.matcher(text).region(clauseStart, Math.max(clauseStart, date.start()));
        return subject.lookingAt() ? subject.group(1) : null;
    }

    private static final Pattern SUBJECT_THEN_PAST = Pattern.compile("\\s*(?:\\p{Lu}[\\p{L}'’]*(?:\\s+[\\p{Ll}'’-]+){1,3},"
            + "\\s+(?=\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3},))?" // "France's prime minister, | François Bayrou,"
            + "((?:The|A|An|Its|His|Her|Their)\\s+"
            + "(?:[\\p{Ll}'’-]+\\s+){0,2}(?!(?:had|has|have|was|were)\\s)[\\p{L}'’-]+" // not "A man was | jailed"
            + "|(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}\\p{Lu}[\\p{L}'’.-]*),?"
            + "\\s+(?:had|has|have|was|were|\\p{Ll}{2,}ed|" + IRREGULAR_PAST + ")\\b"); // "The Nasdaq | has fallen"

    /** ", and " before a clause. */
    private static final Pattern AND_BEFORE = Pattern.compile(",?\\s+and\\s+$");
    /** What was said, right after the date of saying it: "Sunday | that Netanyahu's comments last week were ...". */
    private static final Pattern REPORTED_AFTER = Pattern.compile("\\s+(?:that\\s+(?=\\p{L})|(?=(?:he|she|they"
            + "|it|we|the|a|an|his|her|its|their|this|these|those|there)\\s|\\p{Lu}))");

    /** Where the clause of the last conjunction with a subject of its own between two offsets starts, or -1. */
    private static int lastConjunction(String text, int from, int to) {
        Matcher conjunction = SUBORDINATE.matcher(text).region(from, to);
        int start = -1;
        while (conjunction.find()) {
            start = conjunction.end();
        }
        // a day's happening as the clause's subject, right at its end: "after | Friday's launch was scrubbed"
        boolean daysHappening = to < text.length() && DAYS_HAPPENING_VERB.matcher(text).region(to, text.length())
                .lookingAt() && CONJUNCTION_BEFORE.matcher(text).region(from, to).find();
        return daysHappening ? to : start;
    }

    /** A total counted since something began, the total after the date: "since ... | to more than 3,000". */
    private static final Pattern SINCE_BEFORE_A_TOTAL = Pattern.compile("\\bsince\\s+$");
    private static final Pattern TO_A_TOTAL = Pattern.compile("\\s+to\\s+(?:(?:more\\s+than|about|around|nearly"
            + "|almost|over|some|at\\s+least)\\s+)?[$£€]?\\d");
    private static final Pattern CONJUNCTION_BEFORE = Pattern.compile(CONJUNCTION + "$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAYS_HAPPENING_VERB = Pattern.compile("\\p{Lu}\\p{L}*['’]s\\s+(?:\\p{Ll}+\\s+){0,2}?"
            + "(?:was|were|had|has|is|are)\\b");

    /** A main clause's subject and its verb in the past: "| her family fled", "| they returned". */
    private static final Pattern MAIN_CLAUSE_NEXT = Pattern.compile("\\s+(?:he|she|they|we|I|(?:his|her|their|its|my"
            + "|our)\\s+\\p{Ll}+)\\s+(?:" + IRREGULAR_PAST + "|\\p{Ll}{2,}ed)\\b");
    /** Two dates joined as one: "late August | and | early September". */
    private static final Pattern DATES_JOINED = Pattern.compile(",?\\s+(?:and|or)\\s+");
    private static final Pattern OPENING_CONJUNCTION = Pattern.compile("\\s*(?:When|After|Before|Once|Until|Since"
            + "|While|As soon as)\\s+");

    private static final Pattern VERB = Pattern.compile("\\b(?:was|were|is|are|has|have|had|" + IRREGULAR_PAST
            + "|\\p{Ll}{2,}ed)\\b");

    /**
     * Where a clause of its own that holds the sentence's first date starts, when a conjunction opens it with a
     * subject and a verb: "the heaviest shelling since the war began in February 2024" is headed "The war began in
     * February 2024"; -1 when there is none.
     */
    private static int ownVerbClause(String text, int clauseStart, TemporalExpression date) {
        if (clauseStart >= date.start()) {
            return -1;
        }
        int start = lastConjunction(text, clauseStart, date.start());
        // not "before the panel" (a place), nor across a comma ("after the shooting, and the car was found in May"; a
        // name's pair of commas is none: "after an air strike killed its leader, Hassan Nasrallah, in Beirut on")
        if (start <= clauseStart || text.startsWith("before", start - 7)
                || NAME_SET_OFF.matcher(text.substring(start, date.start())).replaceAll(" ").indexOf(',') >= 0) {
            return -1;
        }
        if (text.regionMatches(true, start - 5, "when ", 0, 5)
                && SHORT_HAPPENING.matcher(text).region(clauseStart, start - 5).matches()) {
            return -1; // "Three people died when a bus overturned on Monday": both at once, the deaths the news
        }
        if (MINUTES_BEFORE.matcher(text).region(Math.max(clauseStart, start - 40), start).find()) {
            return -1; // "The door plug blew out six minutes after it took off on Friday evening": the same evening
        }
        Matcher verb = VERB.matcher(text).region(start, date.start());
        // "took a year off after the Games and returned ... in 2013": the verb after "and" is the sentence's own; but
        // in "after | Friday's launch was scrubbed" the day's happening is the subject, and its verb follows
        boolean daysHappening = start == date.start();
        if (!daysHappening && (!verb.find() || COORDINATOR_BEFORE.matcher(text).region(start, verb.start()).find())) {
            return -1;
        }
        // "Her next race after the Olympics is ... in December": words before the conjunction without a verb are the
        // subject, and the verb after it is theirs ("After the storm hit on Tuesday, ..." opens with its clause)
        Matcher preposition = AFTER_NOUN.matcher(text).region(clauseStart, start);
        // (not a count of time: "seven years | after 72 people died in the blaze on 14 June 2017", "a day later than
        // planned | after Friday's launch was scrubbed")
        boolean subjectBefore = preposition.find() && preposition.start() > clauseStart
                && !text.substring(clauseStart, preposition.start()).isBlank()
                && !FIRST_VERB.matcher(text).region(clauseStart, preposition.start()).find()
                && !TIME_COUNT.matcher(text).region(clauseStart, preposition.start()).matches();
        return subjectBefore ? -1 : start;
    }

    /**
     * A short clause of what happened, its verb last or before an adverb: "Three people died ", "Iran's president,
     * Ebrahim Raisi, was killed ", "Stocks fell sharply "; not a state ("She was 12"), nor a longer story ("had been
     * working for the group").
     */
    private static final Pattern SHORT_HAPPENING = Pattern.compile("[\\s,]*(?:(?!(?:had|has|have|is|are|was|were)\\b)"
            + "[\\p{L}\\d'’.,-]+\\s+){1,7}(?:(?:was|were)\\s+)?(?:" + IRREGULAR_PAST + "|\\p{Ll}{2,}ed)"
            + "(?:\\s+\\p{Ll}{3,}ly)?\\s*");
    /**
     * A count of minutes right before "after" or "before": "six minutes | after" (not hours, which may run into the
     * next day: "The strikes came hours after the envoy met officials on Tuesday").
     */
    private static final Pattern MINUTES_BEFORE = Pattern.compile("\\b(?:minutes?|seconds?)\\s+(?:after|before)\\s+$",
            Pattern.CASE_INSENSITIVE);
    /** A count of time, or "long" or "shortly" alone: "more than three years | after", "long | after". */
    private static final Pattern TIME_COUNT = Pattern.compile("[\\s,]*(?:(?:just|only|some|about|nearly|almost"
            + "|more\\s+than|less\\s+than|over|around|at\\s+least)\\s+)?(?:(?:[\\p{L}\\d-]+\\s+)?(?:years?|months?"
            + "|weeks?|days?|hours?|minutes?|decades?)(?:\\s+(?:later|earlier|sooner)(?:\\s+than\\s+(?:planned|expected"
            + "|scheduled|hoped))?)?|(?:not\\s+)?long|shortly|soon)\\s*", Pattern.CASE_INSENSITIVE);
    /**
     * The words that count a day from a happening on the date, right before it ("the day before the election on | May
     * 7"), their group 1 "before" or "after"; null when there are none.
     */
    private static MatchResult dayCountedFrom(String text, int sentenceStart, TemporalExpression date) {
        if (date.date().precision() != Precision.DAY) {
            return null;
        }
        Matcher counted = DAY_FROM_HAPPENING.matcher(text).region(Math.max(sentenceStart, date.start() - 60),
                date.start());
        return counted.find() ? counted.toMatchResult() : null;
    }

    private static final Pattern DAY_FROM_HAPPENING = Pattern.compile("\\bthe\\s+(?:day|night|morning|evening)\\s+"
            + "(before|after)\\s+(?:the|a|an|his|her|its|their)\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?\\s+(?:on|of)\\s+$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern COORDINATOR_BEFORE = Pattern.compile("\\b(?:and|or|but|then)\\s+$");
    /** "after" or "until" right before the clause's subject, words that also head a noun ("the race after the Games"). */
    private static final Pattern AFTER_NOUN = Pattern.compile("\\b(?:after|until)\\s+$", Pattern.CASE_INSENSITIVE);

    /** A time's possessive before its happening: "next summer|'s World Cup". */
    private static final Pattern POSSESSIVE_AFTER = Pattern.compile("['’]s\\s");
    /** A noun of a happening after a date, up to two words on: "the 2019 general election", "a 2004 robbery". */
    private static final String HAPPENING_WORDS = Resources.alternation("extract/event/happenings.txt");
    private static final String HAPPENING = "[\\s-]+(?:[\\p{L}'’-]+\\s+){0,2}?(?i:" + HAPPENING_WORDS + ")\\b";
    private static final Pattern HAPPENING_AFTER = Pattern.compile(HAPPENING
            + "(?!\\s+(?:season|year|period|figures|levels?)\\b)", Pattern.CASE_INSENSITIVE);

    /**
     * The happening a date dates where it is no clause's subject: "sentenced to death for a 2004 robbery and murder"
     * is headed "A 2004 robbery and murder", "doubted he was involved in the Oct. 23 killing of the doctor, ..." "The
     * Oct. 23 killing of the doctor"; null where the happening opens its clause ("A 2017 audit found that ...", whose
     * clause heads it), where the clause tells what happened at it ("She stood down at the 2017 election") unless
     * another date dates the clause ("won the right to host the 2012 Olympics on Wednesday"), or the date names no
     * happening.
     */
    private static String happening(String text, int sentenceStart, int clauseStart, TemporalExpression date,
            TemporalExpression clauseDate) {
        // (its phrase ends at the date and is short: a long sentence is not read again from its start for each date)
        Matcher since = HAPPENING_SINCE.matcher(text).region(Math.max(Math.min(sentenceStart, date.start()),
                date.start() - 250), date.start());
        if (since.find()) {
            // "crowned on Saturday, eight months after | the death of his mother, Queen Elizabeth II, in September"
            return Headline.ofPhrase(text, since.start(1), date.end());
        }
        // "arrested a suspect in | the Paris attacks of | November 13 on Friday": the happening the date names
        Matcher of = HAPPENING_OF_DATE.matcher(text).region(Math.max(Math.min(sentenceStart, date.start()),
                date.start() - 100), date.start());
        if (of.find()) {
            return Headline.ofPhrase(text, of.start(1), date.end());
        }
        // the phrase ends before the clause's own date: "the 2012 Olympics | on Wednesday"
        int limit = clauseDate != null && clauseDate.start() >= date.end() ? clauseDate.start() : text.length();
        // a time's happening where another date dates the clause: "booked their place at | next summer's World Cup |
        // with a win on Saturday night"
        boolean owned = clauseDate != null && POSSESSIVE_AFTER.matcher(text).region(Math.min(date.end(), text.length()),
                limit).lookingAt();
        if (!owned && !TemporalTagger.isModifier(text, date.start(), date.end())
                && !TemporalTagger.isCompoundModifier(text, date.start(), date.end())) {
            return null;
        }
        Matcher phrase = HAPPENING_PHRASE.matcher(text).region(Math.min(date.end(), text.length())
                + (owned ? 2 : 0), limit);
        if (!phrase.lookingAt()) {
            return null;
        }
        Matcher determiner = DETERMINER_BEFORE.matcher(text).region(Math.max(clauseStart, date.start() - 12),
                date.start());
        int start = determiner.find() ? determiner.start() : date.start();
        // a verb before it, or a phrase it is the thing of: "the anniversary of | the 1996 floods"; or the clause's
        // subject, another date the clause's: "The 1973 ruling | was upheld in 1992"
        boolean subjectDatedElsewhere = start <= clauseStart && clauseDate != null
                && clauseDate.start() >= phrase.end();
        if (!subjectDatedElsewhere && (start <= clauseStart || !FIRST_VERB.matcher(text).region(clauseStart, start)
                        .find() && !OF_OR_AFTER_BEFORE.matcher(text).region(clauseStart, start).find())
                || DURING_BEFORE.matcher(text).region(clauseStart, start).find() && clauseDate == null
                || HOLIDAY_AFTER.matcher(text).region(date.end(), phrase.end()).lookingAt()
                        && AFTER_BEFORE.matcher(text).region(clauseStart, start).find()) {
            return null;
        }
        return Headline.ofPhrase(text, start, phrase.end());
    }

    private static final Pattern YEAR_AFTER = Pattern.compile("\\s*(?:\\s(?:in|of)\\s+)?");
    private static final Pattern OF_OR_AFTER_BEFORE = Pattern.compile("\\b(?:of|after|since|before|into|over|about)"
            + "\\s+$"); // "the inquiry into | the 2019 fire"

    /**
     * A happening or a death that a count of time or a clause runs from, or that something is over, with its date
     * last: "after | the death of his mother, Queen Elizabeth II, in | September", "since the invasion of Ukraine on",
     * "charged over the death of a cyclist in", "three years after | his arrest in | May 2021", "sentenced for | the
     * killing of 148 men in Dujail in"; no verb between.
     */
    private static final Pattern HAPPENING_SINCE = Pattern.compile("\\b(?:after|since|before|following|over|for"
            + "|(?<=\\bconnection\\s)with" // "arrested ... in connection with | the stabbing of ... on Friday"
            + "|(?<=\\b(?:triggered|caused|prompted|sparked)\\s)by)\\s+" // "a by-election triggered by | the death of"
            + "(the\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:" + HAPPENING_WORDS
            + "|death)s?\\s+of\\s+(?:[\\p{L}\\d'’-]+\\s+){0,5}?[\\p{L}'’.-]+(?:,\\s+[^,;:!?]{1,40},)?"
            // (a person's happening "for" which something was done then is not dated by it: "issued a notice for his
            // arrest on Tuesday")
            + "|(?<!\\bfor\\s)(?:his|her|its|their)"
            + "\\s+(?:[\\p{Ll}-]+\\s+)?(?:" + HAPPENING_WORDS + "|death)"
            // or a happening alone: "after weeks of protests over | a disputed election on | October 20" (but what has
            // held since one is told by its own verb: "suspended since the storm on February 21")
            // (or a name's: "after the Lion Air disaster in | October"; but "fled just after the takeover in 1948"
            // fled then too)
            + "|(?<=\\b(?<!\\b(?:just|shortly|soon|immediately|right)\\s)(?:after|before|following|over)\\s)"
            + "(?:the|a|an)\\s+(?:[\\p{L}\\d'’-]+\\s+){0,2}?(?:"
            + HAPPENING_WORDS
            + ")s?)\\s+(?:in|on)\\s+$");

    /** A happening named by its date after a preposition: "in | the Paris attacks of | November 13". */
    private static final Pattern HAPPENING_OF_DATE = Pattern.compile("(?<=\\b(?:in|of|after|since|before|following"
            + "|over|for|into|about|by|from|with|to|during|amid)\\s)(the\\s+(?:[\\p{L}'’-]+\\s+){0,2}?(?:"
            + HAPPENING_WORDS + "))\\s+of\\s+$");

    /**
     * "She stood down at | the 2017 election", "hoped to vote before | the Christmas recess", "will contest | the
     * November election": what the clause tells happened then, or by then, so the clause heads it.
     */
    private static final Pattern DURING_BEFORE = Pattern.compile("\\b(?:at|during|before|until|by|ahead\\s+of|"
            + Resources.alternation("extract/event/taking-part-verbs.txt") + ")\\s+$");
    /** A break the clause happens after: "Talks will resume after | the Thanksgiving | holiday". */
    private static final Pattern HOLIDAY_AFTER = Pattern.compile("[\\s-]+(?:[\\p{L}'’-]+\\s+){0,2}?(?:holidays?|recess"
            + "|vacation|half-term|break)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern AFTER_BEFORE = Pattern.compile("\\b(?:after|following|over|through)\\s+$");
    private static final Pattern DETERMINER_BEFORE = Pattern.compile("\\b(?i:the|a|an|its|his|her|their|our)\\s+$");

    /** Words that end a happening's phrase: a clause's verb or conjunction ("the riot at the Capitol | was"). */
    private static final String PHRASE_ENDS = "(?:that|which|who|was|were|is|are|has|had|and|but|until|after|before"
            + "|when|while|because|since|to|for|with|by|will|would|could|can|may|might|must|should|\\p{Ll}{2,}ed)";

    /**
     * A happening after its date, with what it was of ("of Kuwait", "of Dr. Hugh Short") up to the clause's next
     * punctuation, verb or conjunction; without it where it runs into a place's or a name's comma ("of a Birmingham,
     * Ala., clinic", "of the doctor, Barnett Slepian").
     */
    private static final Pattern HAPPENING_PHRASE = Pattern.compile(HAPPENING + "(?:\\s+and\\s+\\p{Ll}+)?"
            + "(?:\\s+(?:of|in|at|on|near|against)(?:\\s+(?!" + PHRASE_ENDS + "\\b)(?:\\p{Lu}\\.(?:\\p{Lu}\\.)+"
            + "|\\p{Lu}\\p{Ll}{0,3}\\.|[\\p{L}\\p{N}'’-]+)){1,6}"
            + "(?!\\s*,\\s*\\p{Lu}))?"
            + "(?=\\s*[,;:.()\"“”]|\\s+(?:" + PHRASE_ENDS + "|of|in|at|on|near|against)\\b|\\s*$)");

    /**
     * Where the "who" or "which" aside that holds {@code date} closes, its comma; {@link Integer#MAX_VALUE} when the
     * date stands in no such aside (its clause may be the whole sentence).
     */
    private static int asideCloses(String text, Sentence sentence, TemporalExpression date) {
        Matcher aside = RELATIVE_AFTER_COMMA.matcher(text).region(Math.max(sentence.start(), date.start() - 200),
                date.start());
        int opens = -1;
        while (aside.find()) {
            opens = aside.end();
        }
        int closes = opens < 0 || commaIn(text, opens, date.start()) >= 0 ? -1
                : commaIn(text, date.end(), sentence.end());
        return closes < 0 ? Integer.MAX_VALUE : closes;
    }

    /** The first comma in {@code text} from {@code from} to {@code to}, or -1. */
    private static int commaIn(String text, int from, int to) {
        for (int i = from; i < to && i < text.length(); i++) {
            if (text.charAt(i) == ',') {
                return i;
            }
        }
        return -1;
    }

    private static final Pattern RELATIVE_AFTER_COMMA = Pattern.compile(",\\s+(?:who|which)\\s");

    /**
     * "its 2009 car", "third-quarter trading": a date that says which thing, not when something happened; but "a 2017
     * audit" and "the 2008 crisis" say when they happened, and "the 2021-22 season" is a time.
     */
    private static boolean namesAThing(String text, TemporalExpression date) {
        int end = Math.min(date.end(), text.length());
        return (TemporalTagger.isModifier(text, date.start(), date.end())
                || TemporalTagger.isCompoundModifier(text, date.start(), date.end()))
                && !HAPPENING_AFTER.matcher(text).region(end, text.length()).lookingAt()
                && !PERIOD_AFTER.matcher(text).region(end, text.length()).lookingAt();
    }

    private static final Pattern PERIOD_AFTER = Pattern.compile("\\s+(?i:"
            + Resources.alternation("extract/event/periods.txt") + ")\\b");

    /**
     * One event per date, stated by the date's clause. Dates with no clause break between them share one clause:
     * "said Tuesday the economy will stay weak into 2010" states both.
     */
    private static void addEvents(List<ExtractedEvent> events, String text, Sentence sentence, int opening,
            List<TemporalExpression> anchors, Context context, ThingSubject thing, List<PersonMention> mentions) {
        Set<String> openingPronouns = Headline.openingPronouns(sentence.text());
        int clauseStart = opening;
        int mainClauseEnd = -1;
        boolean afterAnAside = false;
        int previousStart = -1;
        TemporalExpression previousDate = null;
        int first = 0;
        while (first < anchors.size()) {
            int last = first;
            int clauseEnd = sentence.end();
            List<TemporalExpression> sceneSetting = new ArrayList<>();
            int sceneEnd = clauseStart;
            for (; last + 1 < anchors.size(); last++) {
                // "The north tower fell at 10.28am, and the south tower at 9.59am": one clause said twice
                // ("France won the cup in 1998, and Spain in 2010": a subject or an object gapped, one clause anyway)
                boolean gapped = Headline.ofGappedSubject(text, clauseStart, anchors.get(last), anchors.get(last + 1))
                        != null || Headline.gapsItsVerb(text, anchors.get(last), anchors.get(last + 1));
                int at = gapped || listed(text, anchors.get(last), anchors.get(last + 1)) ? -1
                        : clauseBreak(text, clauseStart, anchors.get(last).end(), anchors.get(last + 1));
                if (at < 0) {
                    continue;
                }
                if (!onlyTheDates(text, clauseStart, at, anchors.subList(first, last + 1))) {
                    clauseEnd = at;
                    break;
                }
                // a clause of nothing but its dates ("This year, the city marks...") sets the scene for the next
                sceneSetting.addAll(anchors.subList(first, last + 1));
                sceneEnd = at;
            }
            // "After losing to Reagan in 1980, | he ...": the clause is of the subject after its comma
            int doersEnd = Headline.doersEnd(text, clauseStart, clauseEnd);
            List<Person> people = context.peopleOf(sentence, clauseStart, clauseEnd);
            if (doersEnd > 0) {
                Set<Person> withDoer = new LinkedHashSet<>(context.peopleOf(sentence, clauseEnd, doersEnd));
                withDoer.addAll(people);
                people = List.copyOf(withDoer);
            }
            int[] quote = trimmed(text, clauseStart, clauseEnd);
            Source source = new Source(quote[0], quote[1], text.substring(quote[0], quote[1]));
            List<TemporalExpression> group = anchors.subList(first, last + 1);
            // "after Andrew Johnson in 1868 and Bill Clinton in 1998": each date is the person's named right before it
            List<Person> pairedWith = group.stream().map(a -> context.namedRightBeforeDate(a.start())).toList();
            boolean paired = pairedWith.stream().filter(p -> p != null).distinct().count() > 1;
            int[] clauseOf = new int[group.size()]; // where each date's own clause starts, or -1
            Arrays.fill(clauseOf, -1);
            int joinedNonFinite = -1; // the last date's clause of no verb of its own, and who does it
            String joinedDoer = null;
            // "Andrew Johnson was impeached in 1868 and Bill Clinton in 1998": a date each, a subject each; each
            // date's headline when it shares the verb of the one before, else null
            String[] gappedTitles = new String[group.size()];
            for (int k = 1; k < group.size(); k++) {
                gappedTitles[k] = Headline.ofGappedSubject(text, quote[0], group.get(k - 1), group.get(k));
            }
            for (int k = 0; k < group.size(); k++) {
                TemporalExpression anchor = group.get(k);
                List<Person> involved = paired && pairedWith.get(k) != null ? List.of(pairedWith.get(k)) : people;
                if (sceneSetting.contains(anchor) && group.stream().anyMatch(finer -> within(finer, anchor))) {
                    continue; // "This year, the festival starts on Friday": Friday is when
                }
                if (group.subList(k + 1, group.size()).stream().anyMatch(finer -> within(finer, anchor)
                        && finer.anchor() == Anchor.NARRATIVE)) {
                    continue; // "Last year's meeting, on May 15, lasted four hours": the day told within the year
                }
                if (anchors.size() > 1 && onlyReports(text, quote[0], quote[1], anchor)) {
                    continue; // "Police arrested two men on Friday, a spokesman said Saturday": Friday is when
                }
                // the other dates' headline leaves the scene out: "In the December quarter, revenue rose 2% from a
                // year earlier" is headed "Revenue rose 2% from a year earlier" for both
                int headlineStart = sceneSetting.contains(anchor) ? quote[0] : trimmed(text, sceneEnd, quote[1])[0];
                // "said on Friday that it had suspended the firm, and | that it had learned of the breach in 2015":
                // said too, by the same speaker
                Matcher saidToo = THAT_OPENS.matcher(text).region(headlineStart, anchor.start());
                boolean alsoSaid = k == 0 && previousDate != null && saidToo.lookingAt()
                        && AND_BEFORE.matcher(text).region(Math.max(0, headlineStart - 6), headlineStart).find()
                        && Headline.REPORT_DATED.matcher(text).region(Math.max(previousStart,
                                previousDate.start() - 60), previousDate.start()).find();
                headlineStart = alsoSaid ? saidToo.end() : headlineStart;
                int own = k == 0 ? ownVerbClause(text, headlineStart, anchor)
                        : subordinateClause(text, group.get(k - 1), anchor);
                if (own < 0 && k > 0 && clauseOf[k - 1] >= 0
                        && DATES_JOINED.matcher(text).region(group.get(k - 1).end(), anchor.start()).matches()) {
                    own = clauseOf[k - 1]; // "after two attempts were called off in late August and | early September"
                }
                clauseOf[k] = own;
                // "When the plant opened in 1962, | it employed 300 people": an opening clause ends at its comma
                int comma = own >= 0 ? Headline.indexOf(text, ",", anchor.end(), sentence.end()) : -1;
                // "the first since the strike began three weeks ago, | lasted two hours": so does one right after
                // its date
                boolean subordinate = own >= headlineStart && OPENING_CONJUNCTION.matcher(text)
                        .region(headlineStart, own).matches();
                // (or with no comma, at its date when the main clause's subject and verb follow it: "When the war began
                // in September 1939 | her family fled east")
                int openingEnd = subordinate && MAIN_CLAUSE_NEXT.matcher(text).region(anchor.end(), sentence.end())
                        .lookingAt() ? anchor.end()
                        : comma >= 0 && (subordinate || text.substring(anchor.end(), comma).isBlank()) ? comma
                        : sentence.end();
                int reported = k > 0 && own < 0 ? reportedClause(text, group.get(k - 1), anchor) : -1;
                int speakerStart = headlineStart;
                // "He died in 2015 after | being diagnosed with cancer in 2013": a clause of no verb of its own,
                // told of the main clause's subject
                int nonFinite = k > 0 && reported < 0 ? nonFiniteClause(text, group.get(k - 1), anchor) : -1;
                // "The militants had swept through the country in a week, | taking Kandahar on Friday"
                boolean trailing = k == 0 && own < 0 && reported < 0;
                nonFinite = trailing ? doingAfterComma(text, headlineStart, anchor) : nonFinite;
                nonFinite = own < 0 || own == nonFinite ? nonFinite : -1; // not before a clause with a subject
                String doer = nonFinite >= 0 ? subjectBefore(text, headlineStart, trailing ? anchor : group.get(k - 1))
                        : null;
                if (doer == null && trailing && nonFinite >= 0 && previousStart >= 0) {
                    // "The group declared a caliphate on Sunday, | weeks after seizing Mosul on June 10": the subject
                    // of the clause before
                    doer = subjectBefore(text, previousStart, anchor);
                }
                if (nonFinite < 0 && own < 0 && k > 0 && joinedNonFinite >= 0 && DATES_JOINED.matcher(text)
                        .region(group.get(k - 1).end(), anchor.start()).matches()) {
                    nonFinite = joinedNonFinite; // "after being cancelled in 2020 and | 2021": the same clause
                    doer = joinedDoer;
                }
                nonFinite = doer != null ? nonFinite : -1;
                joinedNonFinite = nonFinite;
                joinedDoer = doer;
                reported = nonFinite >= 0 ? nonFinite : reported;
                own = own >= 0 ? own : reported;
                PersonMention whose = null;
                int andFrom = -1; // where a clause after "and" starts, when it is the date's
                if (own >= 0) {
                    headlineStart = own; // "rose to 48 on Saturday ... since the storm made landfall late Tuesday"
                } else {
                    int who = personsWhoClause(text, headlineStart, anchor, mentions);
                    whose = who >= 0 ? Context.namedRightBefore(text, who, mentions) : null;
                    int and = who < 0 ? andVerbClause(text, headlineStart, anchor) : -1;
                    and = who < 0 && and < 0 ? andSubjectClause(text, headlineStart, anchor) : and;
                    // "... Diego Rivera (1886–1957), | who married in 1929"; "He scored 14 goals last season, when
                    // Benfica won the title, and | made his debut in November 2025"
                    headlineStart = who >= 0 ? who : and >= 0 ? and : headlineStart;
                    andFrom = who < 0 ? and : -1;
                }
                boolean record = boundsARecord(text, sentence, anchor);
                if (record) {
                    headlineStart = whenAfter(text, anchor); // "the deadliest since 2004, when seven people died"
                }
                // "London won the right to host the 2012 Olympics on Wednesday": the clause is Wednesday's
                TemporalExpression clauseDate = group.stream().filter(other -> other != anchor
                        && !namesAThing(text, other) && !TemporalTagger.isModifier(text, other.start(), other.end()))
                        .findFirst().orElse(null);
                String happening = happening(text, sentence.start(), headlineStart, anchor, clauseDate);
                // "said on Tuesday that the bridge, | opened in 1998, would close": the clause goes on after the aside
                int headlineEnd = record ? sentence.end() : Math.min(openingEnd, ASIDE_THEN_MAIN_VERB.matcher(text)
                        .region(quote[1], sentence.end()).lookingAt() ? sentence.end() : quote[1]);
                if (own >= 0 && SINCE_BEFORE_A_TOTAL.matcher(text).region(Math.max(0, own - 6), own).find()
                        && TO_A_TOTAL.matcher(text).region(anchor.end(), headlineEnd).lookingAt()) {
                    // "bringing the total since | the outbreak began in late November | to more than 3,000"
                    headlineEnd = anchor.end();
                }
                if (k + 1 < group.size()) {
                    // "He died in 2015 | after being diagnosed with cancer in 2013": the next date's clause is not this
                    Matcher next = NON_FINITE.matcher(text).region(anchor.end(), group.get(k + 1).start());
                    headlineEnd = next.find() ? Math.min(headlineEnd, next.start()) : headlineEnd;
                }
                String gapped = gappedTitles[k];
                boolean gapFollows = k + 1 < group.size() && gappedTitles[k + 1] != null;
                headlineEnd = gapFollows ? Math.min(headlineEnd, anchor.end()) : headlineEnd;
                String title = happening != null ? happening
                        : Headline.of(text, headlineStart, headlineEnd, anchor, mentions);
                if (nonFinite >= 0) {
                    title = Headline.ofNonFinite(doer, title);
                }
                if (happening == null && quote[0] > opening
                        && reportsWhatCameBefore(text, quote[0], quote[1], anchor)) {
                    // "The president, who turns 80 in November, will not seek a second term, | aides said late on
                    // Tuesday": what was said on the day is the news the sentence opened with
                    title = Headline.of(text, opening, quote[1], anchor, mentions);
                }
                if (alsoSaid && happening == null) {
                    title = Headline.withSpeaker(title, text, previousStart, previousDate.start(), mentions);
                } else if (reported >= 0 && nonFinite < 0 && happening == null) {
                    // "Its profits rose ..." is "Acme's profits rose ..."
                    title = Headline.withSpeaker(title, text, speakerStart, group.get(k - 1).start(), mentions);
                }
                String datedAside = happening == null ? subjectDatedInAnAside(text, quote, anchor, sentence.end())
                        : null;
                // "Drought restrictions imposed in July will stay in place until ...": two things said of them
                datedAside = datedAside == null && happening == null
                        ? Headline.ofParticipleAfterSubject(text, quote[0], quote[1], group, k) : datedAside;
                // "A man who received a pig kidney in March died in May": what he did then, and what became of him
                datedAside = datedAside == null && happening == null
                        ? Headline.ofRelativeAfterSubject(text, quote[0], quote[1], group, k) : datedAside;
                // "... in a snap election called in April": the election was called in April
                datedAside = datedAside == null && happening == null
                        ? Headline.ofParticipleAfterObject(text, quote[0], quote[1], group, k) : datedAside;
                Matcher again = AGAIN_CLAUSE.matcher(text).region(quote[0], anchor.start());
                boolean saidAgain = again.find();
                if (datedAside != null) {
                    title = datedAside; // "The first round, on May 4, had been held": the round was held on May 4
                } else if (happening == null && saidAgain) {
                    // "He returned in 2014, when an avalanche killed 16 Sherpas, and again in 2019": what he did then
                    title = Headline.of(text, again.start(1), quote[1], anchor, mentions);
                } else if (afterAnAside && onlyTheDates(text, quote[0], quote[1], group)) {
                    // "Veritas will report results for its quarter, which ended on Aug. 31, on Sept. 24": a trailing
                    // clause of only the date says when the sentence's main clause happens
                    String main = Headline.of(text, opening, mainClauseEnd, anchor, mentions);
                    title = main.endsWith("…") ? main : main + " " + text.substring(quote[0], quote[1])
                            .replaceAll("[\\s.,;:]+$", "");
                } else if (previousDate != null && happening == null
                        && onlyTheDates(text, quote[0], quote[1], group)) {
                    // "Born in Leeds in 1932, she published her first novel, The Glass Orchard, in 1961": a trailing
                    // clause of only the date dates the clause before it, after an opening that held that one's date
                    // ("up from $100 million, or $2.03 a share, a year earlier" from its comparison's words)
                    int from = Math.min(Headline.afterParticipleOpening(text, previousStart, previousDate), quote[0]);
                    Matcher comparison = COMPARISON.matcher(text).region(Math.min(Math.max(from, previousDate.end()),
                            quote[0]), quote[0]);
                    while (comparison.find()) {
                        from = comparison.start();
                    }
                    title = Headline.of(text, from, quote[1], anchor, mentions);
                }
                // "The day before the election on May 7, ...": the event is on May 6
                MatchResult counted = dayCountedFrom(text, sentence.start(), anchor);
                CalendarDate when = counted == null ? anchor.date()
                        : anchor.date().plus(counted.group(1).equalsIgnoreCase("before") ? -1 : 1);
                String whenText = counted == null ? anchor.text() : text.substring(counted.start(), anchor.end());
                title = gapped != null && happening == null ? gapped : title;
                title = Headline.withPronounNamed(title, openingPronouns, involved,
                        () -> context.named(sentence.start(), sentence.end()), context::shortName);
                title = Headline.withSubjectNamed(title, context.openingSubjectBefore(sentence, headlineStart),
                        context::shortName);
                title = thing.headed(title, sentence);
                if (!paired && involved.size() > 1 && context.named(clauseStart, clauseEnd).isEmpty()) {
                    // "Trump, who lost to Biden four years ago, | will be sworn in on January 20": a clause that
                    // names no one is about those its headline names, when it names any
                    involved = context.namedIn(title, sentence, involved);
                } else if (whose != null && happening == null && !paired) {
                    // "He replaced Theresa May, | who announced her resignation on 24 May": May, and whom her clause
                    // names, not the main clause's people
                    Set<Person> hers = new LinkedHashSet<>(context.named(whose.start(), whose.end()));
                    // (to the clause's comma after its date: "Larry Page, who co-founded Google in 1998, | will be
                    // chief executive, and Sundar Pichai will run Google" is not Pichai's)
                    int asideEnd = Headline.indexOf(text, ",", anchor.end(), headlineEnd);
                    hers.addAll(context.named(whose.end(), asideEnd < 0 ? headlineEnd : asideEnd));
                    involved = hers.isEmpty() ? involved : List.copyOf(hers);
                } else if (gapped != null && happening == null) {
                    // Clinton alone, or the tower's no one; but "Under his leadership Apple launched | the iPad in
                    // 2010" is still his
                    List<Person> repeated = context.repeatedIn(title, sentence, involved);
                    boolean theirs = repeated.isEmpty() && CountedFrom.PERSONAL_PRONOUN.matcher(title).find();
                    involved = theirs ? involved : repeated;
                } else if (gapFollows && happening == null) {
                    involved = context.namedIn(title, sentence, involved); // Johnson
                } else if (!paired && happening == null) {
                    // "Microsoft, which has invested in OpenAI since 2019, | hired Mr Altman on Monday": the aside's
                    // date is not of those only the main clause after it names
                    int asideEnd = relativeAsideEnd(text, sentence, anchor);
                    List<Person> later = asideEnd < 0 ? List.of() : context.namedOnlyFrom(sentence, asideEnd);
                    involved = later.isEmpty() ? involved
                            : involved.stream().filter(p -> !later.contains(p)).toList();
                }
                if (andFrom >= 0 && !paired && happening == null) {
                    // "He was Al Gore's running mate in 2000 and | ran for president in 2004": Gore, named only in the
                    // clause before, had no part in the run, when the clause names or heads someone else
                    List<Person> inClause = context.named(andFrom, headlineEnd);
                    String headline = title;
                    List<Person> theirs = involved.stream()
                            .filter(p -> inClause.contains(p) || Context.heads(headline, p)).toList();
                    involved = theirs.isEmpty() ? involved : theirs;
                }
                involved = happening == null && !paired ? context.withWhomItOpens(title, sentence, involved) : involved;
                events.add(new ExtractedEvent(when, whenText, title, sentence.text(), involved, List.of(source),
                        confidence(anchor, involved)));
            }
            // the second clause is an aside of the main one: ", which ended on Aug. 31"
            afterAnAside = mainClauseEnd >= 0 && clauseStart == mainClauseEnd && RELATIVE_ASIDE.matcher(text)
                    .region(clauseStart, clauseEnd).lookingAt();
            if (mainClauseEnd < 0) {
                mainClauseEnd = clauseEnd;
            }
            previousStart = trimmed(text, clauseStart, clauseEnd)[0];
            previousDate = group.get(group.size() - 1);
            clauseStart = clauseEnd;
            first = last + 1;
        }
    }

    /**
     * "From 1994 to 2007", "between June 3 and June 10", "from the 1950s to the mid-1990s": a time the event lasts,
     * when both ends are days, months, years or decades alike and the first comes first. Longer than a century, it is
     * more likely two things said of history.
     */
    private static boolean isSpan(String text, TemporalExpression from, TemporalExpression to) {
        CalendarDate a = from.date();
        CalendarDate b = to.date();
        return a.precision() == b.precision() && SPAN_PRECISIONS.contains(a.precision()) && !a.value().contains("/")
                && a.end().isBefore(b.start()) && b.end().getYear() - a.start().getYear() <= 100
                && TemporalTagger.isRange(text, from, to);
    }

    private static final Set<Precision> SPAN_PRECISIONS = EnumSet.of(Precision.DAY, Precision.MONTH, Precision.YEAR,
            Precision.DECADE);

    private static TemporalExpression span(String text, TemporalExpression from, TemporalExpression to) {
        CalendarDate range = CalendarDate.range(from.date(), to.date());
        Anchor anchor = from.anchor() == Anchor.ABSOLUTE ? to.anchor() : from.anchor(); // as sure as the less sure end
        return new TemporalExpression(text.substring(from.start(), to.end()), from.start(), to.end(), from.type(),
                range.value(), null, range, anchor);
    }

    /** After a date of a list, the list going on: "1964, | 2008| and 2012". */
    private static final Pattern LIST_GOES_ON = Pattern.compile("\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)[\\p{Lu}\\d]");

    /**
     * "won the title in 1964, 2008 and 2012": dates of one kind listed with commas, each of them when (where "the
     * year-ago quarter, the second quarter" says one twice).
     */
    private static boolean listed(String text, TemporalExpression last, TemporalExpression x) {
        return text.substring(last.end(), x.start()).trim().equals(",") && last.date() != null && x.date() != null
                && last.date().precision() == x.date().precision()
                && LIST_GOES_ON.matcher(text).region(x.end(), text.length()).lookingAt();
    }

    /** "2012 or 2013": the second is an alternative to the first, not another event. */
    private static boolean isAlternative(String text, List<TemporalExpression> anchors, TemporalExpression x) {
        if (anchors.isEmpty()) {
            return false;
        }
        TemporalExpression last = anchors.get(anchors.size() - 1);
        if (last.value().equals(x.value())) {
            return true; // "The previous month, in May": one date said twice
        }
        String between = text.substring(last.end(), x.start()).trim().toLowerCase(Locale.ROOT);
        // "at 02:47 local time on Sunday (17:47 GMT Saturday)": the same moment in another time zone
        boolean sameMomentElsewhere = between.equals("(") && last.type() == TimexType.TIME
                && x.type() == TimexType.TIME;
        // "won the title in 1964, 2008 and 2012" lists three dates, where "on Tuesday, Aug. 4" says one twice
        return between.equals("or") || between.equals(",") && !listed(text, last, x) || between.equals("-")
                || between.equals("–") || between.equals("to") || sameMomentElsewhere;
    }

    private static final Pattern RELATIVE_ASIDE = Pattern.compile("[,\\s]*(?:which|who|whose|where)\\b");

    private static boolean onlyTheDates(String text, int start, int end, List<TemporalExpression> dates) {
        int i = start;
        for (TemporalExpression date : dates) {
            int to = Math.min(date.start(), end);
            if (i < to && !SCENE_WORDS.matcher(text).region(i, to).matches()) {
                return false;
            }
            i = Math.max(i, date.end());
        }
        return i >= end || SCENE_WORDS.matcher(text).region(i, end).matches();
    }

    /**
     * What may stand around the dates of a clause that only sets the scene: "In the December quarter, ..."; the
     * labels of a page's own dates ("Published: 12 March 2026, 09:14 GMT", "Last updated:", "Fri 22 Mar 2013 10.45
     * GMT"); and another date for the clause before (", or early next year at the latest", ", effective from June 5").
     */
    private static final Pattern SCENE_WORDS = Pattern.compile(
            "[^\\p{L}]*(?:(?:in|on|at|by|during|since|until|from|early|late|earlier|later|then|and|but|published|posted"
                    + "|updated|first|last|gmt|utc|bst|or|at\\s+the\\s+(?:latest|earliest)"
                    // or when what the clause before did begins: ", effective from June 5", ", starting at midnight"
                    + "|effective|starting|beginning|with\\s+effect\\s+from|as\\s+of"
                    + "|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\b[^\\p{L}]*)*",
            Pattern.CASE_INSENSITIVE);

    /** The later date says the earlier one again, finer, set off only by a comma or a preposition. */
    private static boolean restates(String text, TemporalExpression earlier, TemporalExpression later) {
        return within(later, earlier) && (APPOSITION.matcher(text.substring(earlier.end(), later.start())).matches()
                // "the second quarter ended June 30": the period's last day
                || PERIOD_ENDED.matcher(text).region(earlier.end(), later.start()).matches()
                // "Next year's festival will run from August 6 to 30": the days of the thing the year's
                || POSSESSIVE_THEN_CLAUSE.matcher(text).region(earlier.end(), later.start()).matches());
    }

    private static final Pattern PERIOD_ENDED = Pattern.compile(
            "\\s+(?:that\\s+)?(?:ended|ending|ends)\\s+(?:on\\s+)?");
    // or an aside with a participle: "This year's midterms, held last Tuesday, turned on inflation"
    private static final Pattern POSSESSIVE_THEN_CLAUSE = Pattern.compile("['’]s\\s[^,;:.!?]*"
            + "(?:,\\s+(?:\\p{Ll}+(?:ed|en|wn)|held|set|due|run|won|lost|fought)\\s+(?:(?:on|in|at|for)\\s+)?)?");

    /** Whether {@code finer} is a finer date inside {@code coarser}: June 30, 2008 in 2008. */
    private static boolean within(TemporalExpression finer, TemporalExpression coarser) {
        return coarser.date().precision().compareTo(finer.date().precision()) > 0
                && !finer.date().start().isBefore(coarser.date().start()) && !finer.date().end().isAfter(coarser.date().end());
    }

    /** Whether {@code later} is a coarser time a day just told is set after or before, in one clause. */
    private static boolean setAfterADay(String text, TemporalExpression day, TemporalExpression later) {
        return day.date().precision() == Precision.DAY && later.date().precision().compareTo(Precision.MONTH) >= 0
                && DAY_THEN_AFTER.matcher(text).region(day.end(), later.start()).matches();
    }

    private static final Pattern DAY_THEN_AFTER = Pattern.compile("\\s+(?:after|before|following|ahead\\s+of)\\s+"
            + "(?:the\\s+)?", Pattern.CASE_INSENSITIVE);

    /**
     * Whether {@code later} is the hour of the day {@code earlier} said, set beside it: "The fire broke out on Tuesday,
     * at about 9 p.m., and spread"; "at 8 p.m. local time (1900 GMT)", the same hour, and "at 5 p.m. EST, about 1 a.m.
     * Thursday in Baghdad", the same hour in another zone, a day apart.
     */
    private static boolean hourBeside(String text, TemporalExpression earlier, TemporalExpression later) {
        boolean zonesApart = earlier.type() == TimexType.TIME
                && Math.abs(ChronoUnit.DAYS.between(earlier.date().start(), later.date().start())) <= 1;
        return later.type() == TimexType.TIME && (earlier.date().equals(later.date()) || zonesApart)
                && CLOCK_APPOSITION.matcher(text).region(earlier.end(), later.start()).matches();
    }

    private static boolean hoursOfOneDay(String text, TemporalExpression from, TemporalExpression to) {
        return from.type() == TimexType.TIME && to.type() == TimexType.TIME && from.date().equals(to.date())
                && TemporalTagger.isRange(text, from, to);
    }

    private static final Pattern CLOCK_APPOSITION = Pattern.compile("(?:" + TemporalTagger.CLOCK_NAMED
            + "|\\s+[A-Z]{2,4})?\\s*[,(]\\s*"
            + "(?:(?:at|about|around|approximately|roughly|some|just|shortly|soon|sometime|right|exactly|precisely"
            + "|minutes|moments|after|before|past|until|by)\\s+){0,3}");
    private static final Pattern APPOSITION = Pattern.compile("\\s*[,(—–-]?\\s*(?:on|in|at)?\\s*");

    /** A clause of nothing but its date, perhaps after a list's label: "Key dates: March 23, 2020", "June 15". */
    private static final Pattern DATE_AS_LABEL = Pattern.compile("\\s*(?:\\p{Lu}[\\p{L} ]{0,20}:\\s+)?(?=\\d|"
            + RuleBook.standard().cue("month").pattern() + ")[^;:]{1,25}");

    /** A name set off by commas, from its first comma: ", Hassan Nasrallah,". */
    private static final Pattern NAME_SET_OFF = Pattern.compile(",\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Ll}{1,3}-)?"
            + "\\p{Lu}[\\p{L}.'’-]*){1,3},");
    private static final Pattern NAME_SET_OFF_BEFORE = Pattern.compile(NAME_SET_OFF.pattern() + "$");

    /** Where the clause of one date ends before the next date: the strongest break between them, or -1. */
    private static int clauseBreak(String text, int clauseStart, int from, TemporalExpression nextDate) {
        int to = nextDate.start();
        Matcher m = CLAUSE_BREAK.matcher(text);
        m.region(from, to);
        int best = -1;
        int bestRank = Integer.MAX_VALUE;
        while (m.find()) {
            if (m.start() == from && m.group().startsWith(":")
                    && DATE_AS_LABEL.matcher(text).region(clauseStart, from).matches()) {
                continue; // "Key dates: March 23, 2020: lockdown begins; June 15: shops reopen": a date's label
            }
            // a bare comma is the weakest break, but one that opens a clause in "-ing" holds against the commas of
            // its place ("on Monday, | reaching Lyon, France, at 11 p.m.")
            int rank = !m.group().trim().equals(",") ? 0 : Headline.opensWithDoing(text, m.end()) ? 1 : 2;
            if (rank == 2 && (closesAnAside(text, clauseStart, from, m.start(), m.end(), to)
                    || NAME_SET_OFF.matcher(text).region(m.start(), to).lookingAt()
                    || NAME_SET_OFF_BEFORE.matcher(text).region(from, m.start() + 1).find())) {
                continue; // (nor the commas of a name set off by them: "killed Hezbollah's leader, Hassan Nasrallah,")
            }
            Matcher aside = RELATIVE_ASIDE_THEN_VERB.matcher(text).region(m.start(), text.length());
            if (aside.lookingAt() && aside.end() <= to) {
                continue; // "the company, which is 61%-owned by Corvo, had a net loss ...": one clause
            }
            Matcher description = DESCRIPTION_THEN_VERB.matcher(text).region(m.start(), text.length());
            if (description.lookingAt()) {
                // "The middle Sunday, traditionally a rest day until 2022, saw play": one clause, the aside's date
                // within it
                continue;
            }
            if (ELLIPSIS.matcher(text).region(m.start(), to).matches()) {
                continue; // "expect a cut before the end of the year, and two more in 2027": the clause said again
            }
            if (rank <= bestRank) {
                best = m.start();
                bestRank = rank;
                if (rank == 0) {
                    return best;
                }
            }
        }
        Matcher and = AND_PAST_VERB.matcher(text).region(from, to);
        // "She won silver in 2015 and broke the record in April": two things she did ("was proposed in 2017 and was
        // due to fly in 2024" too); so in what is reported
        // ("Prosecutors said | Lyle shot him on 11 February and drove ... the following day"), and in a clause of its
        // own ("It was his fifth attempt: | he won bronze in 2008 and lost ... in 2012")
        int own = Math.max(Math.min(clauseStart, from), Headline.ownClause(text, Math.min(clauseStart, from), from));
        if (and.find()) {
            // in a relative aside still open at the next date, its own verbs: "the observatory, which | was first
            // proposed in 1996 and was meant to fly in 2007" (not "The blasts, which killed 12 on Friday and injured
            // 40, were condemned on Saturday")
            int relative = Headline.lastIndexOf(text, ", which ", and.start(), own);
            int verbsFrom = relative >= 0 && Headline.indexOf(text, ",", relative + 1, and.start()) < 0
                    && Headline.indexOf(text, ",", and.end(), to) < 0
                    ? relative + ", which ".length() : Headline.afterAttribution(text, own, and.start());
            if (oneVerbInThePast(text, verbsFrom, and.start())) {
                return and.start();
            }
        }
        // "will be told by mid-November and | start in January": a second verb that shares the clause's modal
        Matcher modal = MODAL_THEN_AND_VERB.matcher(text).region(Math.min(clauseStart, from), to);
        if (modal.find() && modal.start(1) >= from) {
            return modal.start(1);
        }
        Matcher infinitive = TO_THEN_AND_TO.matcher(text).region(Math.min(clauseStart, from), to);
        if (infinitive.find() && infinitive.start(1) >= from) {
            return infinitive.start(1); // "expects to seek approval this month | and to have doses ready by June"
        }
        // "plans to seek approval by the end of the month and | could deliver 50 million doses this year"
        Matcher modalNext = AND_MODAL.matcher(text).region(from, to);
        if (modalNext.find()) {
            return modalNext.start();
        }
        // "They beat Wolves on Wednesday and | face United on Sunday": what is done next, told in the present after
        // a clause in the past or one of its own kind ("Lawmakers leave Friday for a recess and | return Feb. 23")
        Matcher next = AND_VERB_TO_COME.matcher(text).region(from, to);
        if (next.find()) {
            int reported = Headline.afterAttribution(text, Math.min(clauseStart, from), next.start());
            if (oneVerbInThePast(text, reported, next.start())
                    || VERB_TO_COME.matcher(text).region(reported, next.start()).find()) {
                return next.start();
            }
        }
        // "were given a flat in 2016 | and that autumn he found work", "was founded in 2009 | and last year lost $1.8
        // billion": the next date opens a clause, with a subject of its own or the one it shares
        Matcher andDate = AND_BEFORE_DATE.matcher(text).region(from, to);
        if (best < 0 && andDate.find() && DATE_THEN_VERB.matcher(text).region(nextDate.end(), text.length())
                .lookingAt()) {
            return andDate.start();
        }
        return best;
    }

    private static final Pattern AND_BEFORE_DATE = Pattern.compile("\\s+and\\s+(?:(?:in|on|at|by|during)\\s+)?$");
    /** After a date, a verb in the past, perhaps after its subject pronoun: "that autumn | he found", "| lost". */
    private static final Pattern DATE_THEN_VERB = Pattern.compile(",?\\s+(?:(?:he|she|they|we|I|it)\\s+)?"
            + "(?:(?:also|then|later|finally)\\s+)?(?:was|were|had|would|" + IRREGULAR_PAST + "|\\p{Ll}{2,}ed)\\b");

    /**
     * A comma with no verb before it in the clause that opens or closes an aside before a verb: "Last month the
     * chancellor, Anna Berg, said the cuts were needed by 2030" is one clause; so is a reported clause's subject and
     * its aside ("said on Thursday that its finance chief, Ruth Okafor, would step down in March"), unless the aside
     * holds the next date ({@code to}: "that the old bridge, | opened in 1998, would close").
     */
    private static boolean closesAnAside(String text, int clauseStart, int from, int comma, int after, int to) {
        int clause = Math.min(clauseStart, comma);
        int subject = clause;
        Matcher that = THAT_OPENS.matcher(text).region(clause, comma);
        while (that.find()) {
            subject = that.end();
        }
        if (FIRST_VERB.matcher(text).region(subject, comma).find()) {
            return false;
        }
        boolean reported = FIRST_VERB.matcher(text).region(clause, subject).find();
        // the aside opens after the date, not around it ("The blast, at 6.08pm local time, | was caused by ...")
        Matcher aside = ASIDE_THEN_VERB.matcher(text).region(after, text.length());
        boolean opens = WORD.matcher(text).region(from, comma).find() && aside.lookingAt()
                && (!reported || aside.end() <= to);
        boolean closes = text.substring(from, comma).contains(",")
                && VERB_NEXT.matcher(text).region(after, text.length()).lookingAt();
        return opens || closes;
    }

    /**
     * Whether the words hold one verb, in the past and no auxiliary: then "and" and a verb in the past (or "was",
     * "will" ...) after them start a second clause with the same subject. Not after "He was elected in 1990" ("and
     * re-elected in 1994" shares the auxiliary), nor after "the blasts which killed 12" (the relative clause's verb has
     * another subject).
     */
    private static boolean oneVerbInThePast(String text, int from, int to) {
        Matcher verb = FIRST_VERB.matcher(text).region(from, to);
        if (!verb.find()) {
            return false;
        }
        boolean wasOrWere = "was".equals(verb.group(1)) || "were".equals(verb.group(1));
        Matcher born = BORN_NEXT.matcher(text).region(verb.end(), to);
        if (wasOrWere && born.lookingAt()) {
            verb.region(born.end(), to); // "was born in Belfast in 1932 and | moved to London": one verb
        } else if (verb.group(1) != null) {
            // a passive is one verb: "was jailed in Russia in 2006 for spying and | came to the UK in 2010", "was first
            // proposed in 2017 and | was due to fly in 2024"
            int auxiliaryEnd = verb.end();
            String auxiliary = verb.group(1);
            if (PERFECT.contains(auxiliary) && OBJECT_NEXT.matcher(text).region(auxiliaryEnd, to).lookingAt()) {
                // "had her first hit with Ike Turner in 1960 and | left him in 1976": "had" the verb itself
                return !verb.find() && !RELATIVE_OR_DASH.matcher(text).region(from, to).find();
            }
            if (PERFECT.contains(auxiliary)) {
                if (!verb.find() || !ADVERB_OR_NONE.matcher(text.substring(auxiliaryEnd, verb.start())).matches()) {
                    return false;
                }
                if (verb.group(1) == null) {
                    // "has led the party since 2017 and | won elections in 2018": one verb in the perfect
                    return !verb.find() && !RELATIVE_OR_DASH.matcher(text).region(from, to).find();
                }
                if (!"been".equals(verb.group(1))) {
                    return false;
                }
                // "had been passed in 2023 and | blocked by a lower court a year later": one passive verb too
                auxiliaryEnd = verb.end();
                auxiliary = "was";
            }
            Matcher participle = IRREGULAR_PARTICIPLE_NEXT.matcher(text).region(auxiliaryEnd, to);
            if ((auxiliary.equals("was") || auxiliary.equals("were")) && participle.lookingAt()) {
                verb.region(participle.end(), to); // "was taken to hospital on Friday and | returned on Monday"
            } else if (!auxiliary.equals("was") && !auxiliary.equals("were")) {
                return false;
            } else if (!verb.find()) {
                // "was Al Gore's running mate in 2000 and | ran for president in 2004": "was" the one verb
                return !RELATIVE_OR_DASH.matcher(text).region(from, to).find();
            } else if (verb.group(1) != null
                    || !ADVERB_OR_NONE.matcher(text.substring(auxiliaryEnd, verb.start())).matches()) {
                return false;
            }
        }
        return !finiteVerbNext(verb, text) && !RELATIVE_OR_DASH.matcher(text).region(from, to).find();
    }

    /**
     * Whether {@code verb} finds another verb in its region that is not of a phrase without tense: "spent 27 years in
     * prison | before being released | in 1990 and became president" has one verb in the past.
     */
    private static boolean finiteVerbNext(Matcher verb, String text) {
        int untensedEnd = -1;
        while (verb.find()) {
            if (verb.start() < untensedEnd) {
                continue; // the participle of "being released"
            }
            Matcher untensed = UNTENSED_PHRASE.matcher(text).region(verb.start(), text.length());
            if (untensed.lookingAt() && UNTENSED_OPENING.matcher(text).region(Math.max(0, verb.start() - 9),
                    verb.start()).find()) {
                untensedEnd = untensed.end();
                continue;
            }
            return true;
        }
        return false;
    }

    /** "being released", "having been freed": a participle's phrase without tense ... */
    private static final Pattern UNTENSED_PHRASE = Pattern.compile("(?:being|having)(?:\\s+been)?\\s+\\p{Ll}+");
    /** ... after a preposition: "before | being released". */
    private static final Pattern UNTENSED_OPENING = Pattern.compile("\\b(?:before|after|without|upon|despite)\\s+$");

    private static final Pattern BORN_NEXT = Pattern.compile("\\s+born\\b");
    private static final Set<String> PERFECT = Set.of("had", "has", "have");
    /** An object right after "had", which is then the verb: "had | her first hit". */
    private static final Pattern OBJECT_NEXT = Pattern.compile("\\s+(?:a|an|the|her|his|their|its|our|no|\\d+)\\s");
    /** What may stand between "was" and its participle in one verb: "was first proposed", "was quickly sold". */
    private static final Pattern ADVERB_OR_NONE = Pattern.compile("\\s*|\\s+" + AUXILIARY_ADVERB + "\\s+");
    /** An irregular verb's participle after "was": "taken", "given", "shown". */
    private static final Pattern IRREGULAR_PARTICIPLE_NEXT = Pattern.compile("(?:\\s+" + AUXILIARY_ADVERB + ")?\\s+(?:"
            + Headline.IRREGULAR_PARTICIPLES + ")\\b");
    /** A relative pronoun or a dash; not "that" of a time ("opened that June and | reported"). */
    private static final Pattern RELATIVE_OR_DASH = Pattern.compile("\\b(?:which|who|whom|whose|that(?!\\s+(?:(?:day"
            + "|night|morning|afternoon|evening|week|weekend|month|year)\\b|"
            + RuleBook.standard().cue("month").pattern() + "|" + RuleBook.standard().cue("season").pattern()
            + ")))\\b|\\s[–—-]+\\s");

    /**
     * "and" (or "but") before a verb in the past, "was", "were", "will", "would", a perfect, or what "is expected
     * to" happen: a second clause that shares the first one's subject ("The film premiered at Cannes in May and | will
     * open in cinemas on Friday", "survived one in December 2022 but | resigned six months later", "made landfall on
     * Wednesday and | is expected to hit South Carolina on Friday"); "re-" or "co-" may open the verb ("was elected in
     * 2017 and | re-elected on Sunday").
     */
    private static final String PAST_VERB_AHEAD = "(?=(?:had|" + IRREGULAR_PAST + "|" + Headline.IRREGULAR_PARTICIPLES
            + ")\\b|(?:re-|co-)?\\p{Ll}{2,}ed\\b)";
    private static final Pattern AND_PAST_VERB = Pattern.compile("\\s+(?:and|but)\\s+(?:(?=again\\s+(?:in|on|at"
            + "|during|over)\\s)|(?:" + Headline.ADVERB_BEFORE_VERB + "\\s+)?(?:(?=(?:was|were|will|would|has|have)\\s"
            + "|(?:is|are)\\s+(?:expected|due|scheduled|set|likely|poised)\\s+to\\s)|" + PAST_VERB_AHEAD + "))");
    /** A modal, its clause and "and" before one of the verbs that may share it (group 1: the "and"; the verb next). */
    private static final Pattern MODAL_THEN_AND_VERB = Pattern.compile("\\b(?:will|would|can|could|must|should|may"
            + "|might|shall)\\s[^,;:.]*?(\\s+and\\s+)(?=(?:" + Headline.VERBS_TO_COME + ")\\b)");
    /** Two infinitives of one verb: "expects to seek approval this month | and | to have doses ready by June". */
    private static final Pattern TO_THEN_AND_TO = Pattern.compile("\\bto\\s+\\p{Ll}{2,}\\b[^,;:.]*?(\\s+and\\s+)"
            + "(?=to\\s+\\p{Ll}{2,}\\b)");
    /**
     * "and" before a modal, or a verb's plan, between two dates: a clause of its own ("... and could deliver ... this
     * year", "has cut rates three times since June | and is expected to cut again in December").
     */
    static final Pattern AND_MODAL = Pattern.compile("\\s+and\\s+(?=(?:could|can|may|might|must|should"
            + "|will|would|(?:is|are)\\s+(?:expected|due|set|scheduled)\\s+to)\\s)");
    /** "and" before a verb that may tell in the present what is to come: "and face United on Sunday". */
    private static final Pattern AND_VERB_TO_COME = Pattern.compile("\\s+and\\s+(?:" + Headline.VERBS_TO_COME + ")\\b");
    private static final Pattern VERB_TO_COME = Pattern.compile("\\b(?:" + Headline.VERBS_TO_COME + ")\\b");
    /**
     * ", and" before a verb in the past, "was" or "were": a clause of its own that shares the sentence's subject ("The
     * club had been outsiders, and | were bottom of the table in April").
     */
    private static final Pattern COMMA_AND_PAST_VERB = Pattern.compile(",\\s+and\\s+(?:(?=(?:was|were)\\s)|"
            + PAST_VERB_AHEAD + ")");
    /** A verb, an auxiliary in group 1. */
    private static final Pattern FIRST_VERB = Pattern.compile("\\b(?:(was|were|is|are|has|had|have|will|would|can"
            + "|could|may|might|must|should|did|does|do|be|been|being)|" + IRREGULAR_PAST + "|\\p{Ll}{2,}ed)\\b");
    /** A verb right after a comma: a reported one ("said"), an auxiliary or a verb in the past. */
    private static final Pattern VERB_NEXT = Pattern.compile("(?:" + REPORTING_VERBS + ")\\b|" + FIRST_VERB.pattern());
    /** A comma and a verb: the clause goes on past an aside ("The jobless rate, up from 3.9% in April, | rose"). */
    private static final Pattern COMMA_THEN_VERB = Pattern.compile(",\\s+(?:" + VERB_NEXT.pattern() + ")");
    private static final Pattern WORD = Pattern.compile("\\p{L}");
    /** A "that" that opens a clause after a verb: its subject follows. */
    private static final Pattern THAT_OPENS = Pattern.compile("\\bthat\\s+");
    /**
     * A subject with its date set off between commas before its verb: "The first round, on May 4, | had been held after
     * the annulment" is headed "The first round had been held on May 4". Null for any other clause.
     */
    private static String subjectDatedInAnAside(String text, int[] clause, TemporalExpression date, int sentenceEnd) {
        Matcher aside = SUBJECT_THEN_DATED_ASIDE.matcher(text).region(clause[0], clause[1]);
        // the aside is the date and its preposition alone ("on May 4"), not a figure's ("at 2.8% in October")
        if (!aside.matches() || date.end() != aside.end(2) || date.start() < aside.start(2) // "the Friday, at 3 p.m."
                || !DATE_PREPOSITION.matcher(text).region(aside.start(2), date.start()).matches()) {
            return null;
        }
        Matcher verb = VERB_AFTER_ASIDE.matcher(text).region(clause[1], sentenceEnd);
        // not a verb whose words go on with a preposition of its own: "ended | in acquittal" ended no December
        if (!verb.lookingAt() || COMPLEMENT_NEXT.matcher(text).region(verb.end(), sentenceEnd).lookingAt()) {
            return null;
        }
        String head = aside.group(1) + " " + verb.group(1) + " " + aside.group(2);
        return Character.toUpperCase(head.charAt(0)) + head.substring(1);
    }

    private static final String ASIDE_PREPOSITION = "(?:on|in|at|during|by)\\s+";
    private static final Pattern DATE_PREPOSITION = Pattern.compile(ASIDE_PREPOSITION);
    private static final Pattern SUBJECT_THEN_DATED_ASIDE = Pattern.compile("((?:(?i:the|a|an|its|his|her|their)"
            + "|\\p{Lu}[\\p{L}'’-]*)(?:\\s+[\\p{L}'’-]+){0,5}),\\s+(" + ASIDE_PREPOSITION + "[^,;:]+?)[\\s,]*");
    /** The verb after a dated aside, and its words up to a comma or a preposition: "had been held | after". */
    private static final Pattern VERB_AFTER_ASIDE = Pattern.compile(",\\s+((?=" + VERB_NEXT.pattern() + ")[\\p{L}'’-]+"
            + "(?:\\s+(?!(?:after|before|because|when|while|as|since|in|on|at|for|by|with|from|to|during|and|but|amid"
            + "|despite|under|over|until|till|through|into|of|about|against|than|within|between|across|around)\\b)"
            + "[\\p{L}'’-]+){0,6}(?<!\\s(?:the|a|an|its|his|her|their|this|that|these|those)))");

    private static final Pattern COMPLEMENT_NEXT = Pattern.compile("\\s+(?:in|on|at|for|with|from|to|into|of|by)\\s");

    /** An aside between commas that says what a thing was, and the main verb after it. */
    private static final Pattern DESCRIPTION_THEN_VERB = Pattern.compile(",\\s+(?:\\p{Ll}+ly\\s+)?"
            + "(?:an?|the\\s+\\p{L}+['’]s)\\s+(?-i:\\p{Ll})[^,;:]{1,80}?,\\s+(?:" + VERB_NEXT.pattern() + ")");
    /** A "which" or "who" aside between commas, and the main verb after it. */
    private static final Pattern RELATIVE_ASIDE_THEN_VERB = Pattern.compile(",\\s+(?:which|who)\\s+[^,;:]{1,80}?,\\s+(?:"
            + VERB_NEXT.pattern() + ")");
    /**
     * A thing's aside after it, its own clause, and the main verb after it: ", opened in 1998, would close", ", first
     * announced in March, would come into force", ", first detected in January, had spread" (any participle after
     * "first": ", first held in 1972, might").
     */
    private static final Pattern ASIDE_THEN_MAIN_VERB = Pattern.compile(",\\s+(?:which\\s|(?:" + Headline.ASIDE_ADVERB
            + "\\s+(?:\\p{Ll}{3,}ed|" + Headline.PASSIVE_PARTICIPLE_WORDS + "|" + IRREGULAR_PAST + "|"
            + Headline.IRREGULAR_PARTICIPLES + ")|" + Headline.PASSIVE_PARTICIPLE_WORDS
            + ")\\s)(?:[^,;:]|(?<=\\d),(?=\\d)){1,80}?,\\s+(?:"
            + VERB_NEXT.pattern() + ")"); // "which has lost 1,000 billion tonnes since 2000, | could"
    /** An aside's words, its closing comma and a verb: "Anna Berg, said", "34.8C, was". */
    private static final Pattern ASIDE_THEN_VERB = Pattern.compile("(?:[^,;.!?()]|(?<=\\d)\\.(?=\\d)){1,60}?,\\s+(?:"
            + VERB_NEXT.pattern() + ")", Pattern.CASE_INSENSITIVE);

    private static int[] trimmed(String text, int start, int end) {
        Matcher lead = LEADING_FILLER.matcher(text);
        lead.region(start, end);
        if (lead.lookingAt()) {
            start = lead.end();
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new int[] { start, end };
    }

    private static double confidence(TemporalExpression anchor, List<Person> people) {
        double c = anchor.anchor() == Anchor.ABSOLUTE ? 0.9 : anchor.anchor() == Anchor.PUBLICATION ? 0.8 : 0.7;
        return people.isEmpty() ? c - 0.2 : c;
    }

    /** One event per statement: repeats of the same dated statement become extra sources of the first. */
    private static List<ExtractedEvent> merge(List<ExtractedEvent> events) {
        List<ExtractedEvent> merged = new ArrayList<>();
        List<Set<String>> mergedWords = new ArrayList<>(); // each merged event's first statement, split once
        for (ExtractedEvent event : events) {
            int same = -1;
            Set<String> words = null;
            for (int i = 0; i < merged.size() && same < 0; i++) {
                ExtractedEvent m = merged.get(i);
                // (one clause that says two things of a day keeps both: "The north tower fell at 10.28am, and the
                // south tower at 9.59am")
                boolean twoOfOneClause = m.sources().get(0).start() == event.sources().get(0).start()
                        && !m.title().equals(event.title());
                if (m.date().value().equals(event.date().value()) && !twoOfOneClause) {
                    words = words != null ? words : Statements.words(event.sources().get(0).quote());
                    same = Statements.similarity(mergedWords.get(i), words) >= Statements.SAME_STATEMENT ? i : -1;
                }
            }
            if (same < 0) {
                merged.add(event);
                mergedWords.add(words != null ? words : Statements.words(event.sources().get(0).quote()));
            } else {
                ExtractedEvent m = merged.get(same);
                List<Source> sources = new ArrayList<>(m.sources());
                sources.addAll(event.sources());
                Set<Person> people = new LinkedHashSet<>(m.people());
                people.addAll(event.people());
                merged.set(same, new ExtractedEvent(m.date(), m.dateText(), m.title(), m.sentence(), List.copyOf(people),
                        List.copyOf(sources), Math.max(m.confidence(), event.confidence())));
            }
        }
        return merged;
    }
}
