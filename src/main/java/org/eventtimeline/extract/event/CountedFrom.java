package org.eventtimeline.extract.event;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eventtimeline.extract.Resources;
import org.eventtimeline.extract.people.Person;
import org.eventtimeline.extract.text.Sentence;
import org.eventtimeline.extract.time.CalendarDate;
import org.eventtimeline.extract.time.Precision;
import org.eventtimeline.extract.time.TemporalExpression;
import org.eventtimeline.extract.time.TimexType;

/**
 * Events a sentence dates only by their distance from its own date: "Saddam Hussein was hanged on Saturday, four days
 * after an appeals court upheld his death sentence" also says the appeal was upheld on the Tuesday before. The amount
 * stays a duration for the tagger (TimeML's reading); the event's date is counted from the date of the clause it
 * follows, exactly for days and weeks from a day, to the month for months, to the year for years.
 */
final class CountedFrom {

    private CountedFrom() {
    }

    /** An exact amount: "P4D", "P2W", "P3M", "P10Y". */
    private static final Pattern AMOUNT = Pattern.compile("P(\\d{1,3})([DWMY])");
    /**
     * Between the dated clause and the amount: ", | four days after", ", just | two weeks before", and perhaps a phrase
     * of how, where or what for ("on Wednesday night | as a category 3 storm, | two weeks after", "on Thursday |
     * aboard the shuttle, | 36 years after", "voted on Sunday | to hire a new chief executive, | two months after").
     */
    private static final Pattern BETWEEN = Pattern.compile("(?:\\s+(?:as|in|at|near|with|aboard|off|outside|inside|from"
            + "|over|against|under|to)\\s[^,;:.()]{1,60})?\\s*,\\s*"
            + "(?:(?:just|only|barely|some|exactly|precisely)\\s+)?");
    /** An amount counted to the day: ", | exactly | two months after". */
    private static final Pattern EXACTLY = Pattern.compile("\\b(?:exactly|precisely)\\s+$");
    /** The conjunction after the amount: ", four days | after | ...", ", two months | to the day after | ...". */
    private static final Pattern CONJUNCTION = Pattern.compile("\\s+(?:to\\s+the\\s+day\\s+)?(after|before)\\s+",
            Pattern.CASE_INSENSITIVE);
    /** A clause's subject: "after | an appeals court", "before | it", "after | polls closed" (a bare plural). */
    private static final Pattern SUBJECT = Pattern.compile("(?:(?i:the|a|an|his|her|its|their|he|she|they|it|we|this"
            + "|these|those)\\s|\\p{Lu}|\\d|\\p{Ll}{3,}(?<![su])s\\s+(?=\\p{Ll}{2,}ed\\b|were\\b|had\\b|have\\b))");
    /** A verb in the past, or an auxiliary: "was", "has", "ran", "closed". */
    private static final String VERB = "(?:was|were|had|has|have|is|are|did|"
            + Resources.alternation("extract/text/irregular-past.txt") + "|\\p{Ll}{2,}ed)\\b";
    /**
     * A finite verb: the clause tells what happened, not only what ("four days after the election"), or what is to
     * come ("four days before the convention opens").
     */
    private static final Pattern FINITE_VERB = Pattern.compile("\\b(?:" + VERB + "|(?:will|would)\\b|(?:"
            + Headline.VERBS_TO_COME + ")s\\b)");
    /** Where the clause after the conjunction ends. */
    private static final Pattern CLAUSE_ENDS = Pattern.compile("[,;:](?=\\s|$)|[()\"“”]|\\s[—–]\\s|\\.(?=\\s|$)");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("He", "She");
    /** A pronoun of a person: the clause is about someone the sentence named ("upheld his death sentence"). */
    static final Pattern PERSONAL_PRONOUN = Pattern.compile("\\b(?:he|him|his|she|her)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A thing that opens the sentence as its subject: "The container ship Ever Given | was refloated". */
    private static final Pattern THING_SUBJECT = Pattern.compile("((?:The|A|An)\\s+(?:[\\p{L}'’-]+\\s+){0,5}?"
            + "[\\p{L}'’-]+)\\s+" + VERB);

    /**
     * A thing, an active verb in the past and its object, up to the preposition of the main clause's date; the object
     * ends before an infinitive ("cleared the 737 Max | to fly again on").
     */
    private static final Pattern ACTIVE_THEN_OBJECT = Pattern.compile("\\s*(?:The|A|An)\\s+(?:[\\p{L}'’-]+\\s+){0,5}?"
            + "[\\p{L}'’-]+\\s+(?!(?:was|were|had|has|have|is|are|did)\\b)" + VERB + "\\s+((?:its|the|a|an|their|his|her)"
            + "\\s[^,;:]{1,60}?)(?:\\s+to\\s+\\p{Ll}+(?:\\s+\\p{Ll}+)?)?\\s+(?:on|in|at|during)\\s+$");
    private static final Pattern PASSIVE_IT = Pattern.compile("It\\s+(?:was|were|had\\s+been)\\s+\\p{Ll}");

    /** What a noun of a happening says as a clause: "death" -> "died" (happening-of.tsv). */
    private static final Map<String, String> HAPPENING_OF = Resources.entries("extract/event/happening-of.tsv").stream()
            .map(line -> line.split("\t")).collect(Collectors.toUnmodifiableMap(p -> p[0], p -> p[1]));
    /** A happening and whom or what it befell, the whole clause: "the death of | Pope Francis". */
    private static final Pattern HAPPENING = Pattern.compile("(?:the\\s+|his\\s+|her\\s+|their\\s+|its\\s+)?("
            + String.join("|", HAPPENING_OF.keySet()) + ")\\s+of\\s+((?:the\\s+)?\\p{Lu}[^,;:()]{0,60}?"
            + "|the\\s+\\p{Ll}[^,;:()]{0,40}?)\\s*", Pattern.CASE_INSENSITIVE);
    /** A happening of the person a pronoun points to, the whole clause: "his | inauguration". */
    private static final Pattern THEIR_HAPPENING = Pattern.compile("(?:his|her)\\s+("
            + String.join("|", HAPPENING_OF.keySet()) + ")\\s*", Pattern.CASE_INSENSITIVE);

    /**
     * Adds the events the sentence's amounts count from its dated clauses to {@code events}, and to {@code counted}
     * (see {@link #toldElsewhere}).
     */
    static void addEvents(List<ExtractedEvent> events, List<ExtractedEvent> counted, String text, Sentence sentence,
            List<TemporalExpression> inSentence, List<TemporalExpression> anchors, Context context) {
        for (TemporalExpression amount : inSentence) {
            Matcher exact = AMOUNT.matcher(amount.value());
            // an amount of years told roughly ("almost 20 years after") still gives the year
            if (amount.type() != TimexType.DURATION || !exact.matches()
                    || amount.mod() != null && !(amount.mod().equals("APPROX") && exact.group(2).equals("Y"))) {
                continue;
            }
            Matcher conjunction = CONJUNCTION.matcher(text).region(amount.end(), sentence.end());
            TemporalExpression from = datedBefore(text, amount, anchors);
            if (from == null || !conjunction.lookingAt()) {
                continue;
            }
            int clauseStart = conjunction.end();
            Matcher ends = CLAUSE_ENDS.matcher(text).region(clauseStart, sentence.end());
            int clauseEnd = ends.find() ? ends.start() : sentence.end();
            boolean after = conjunction.group(1).equalsIgnoreCase("after");
            int count = Integer.parseInt(exact.group(1));
            // "two months to the day after" and "exactly two months after" are a day
            boolean toTheDay = conjunction.group().toLowerCase(Locale.ROOT).contains("to the day")
                    || EXACTLY.matcher(text).region(from.end(), amount.start()).find();
            CalendarDate when = toTheDay && from.date().precision() == Precision.DAY
                    ? toTheDay(from.date().start(), after ? -count : count, exact.group(2))
                    : counted(from.date(), after ? -count : count, exact.group(2));
            // "a day after | winning the leadership contest": done by the main clause's subject
            String doer = EventBuilder.NON_FINITE_VERB.matcher(text).region(clauseStart, clauseEnd).lookingAt()
                    ? EventBuilder.subjectBefore(text, sentence.start(), from) : null;
            boolean finite = SUBJECT.matcher(text).region(clauseStart, clauseEnd).lookingAt()
                    && FINITE_VERB.matcher(text).region(clauseStart, clauseEnd).find();
            // "16 days after the death of Pope Francis": the noun of a happening told as a clause
            Matcher happening = HAPPENING.matcher(text).region(clauseStart, clauseEnd);
            String happened = !finite && doer == null && happening.matches() ? Headline.capitalised(happening.group(2))
                    + " " + HAPPENING_OF.get(happening.group(1).toLowerCase(Locale.ROOT)) : null;
            List<Person> sentencePeople = context.peopleOf(sentence, sentence.start(), sentence.end());
            // "The nominations closed on February 1, 12 days after | his inauguration": the one person's, by name
            Matcher theirs = THEIR_HAPPENING.matcher(text).region(clauseStart, clauseEnd);
            if (!finite && doer == null && happened == null && sentencePeople.size() == 1 && theirs.matches()) {
                happened = context.shortName(sentencePeople.get(0)) + " "
                        + HAPPENING_OF.get(theirs.group(1).toLowerCase(Locale.ROOT));
            }
            if (when == null || !finite && doer == null && happened == null
                    || datesItself(inSentence, clauseStart, clauseEnd, when)) {
                continue;
            }
            List<Person> named = context.named(clauseStart, clauseEnd);
            String told = doer != null ? Headline.ofNonFinite(doer, text.substring(clauseStart, clauseEnd).strip())
                    : null;
            String title = happened != null ? happened : told != null ? Headline.ofClause(told, 0, told.length())
                    : Headline.withPronounNamed(Headline.ofClause(text, clauseStart, clauseEnd), SUBJECT_PRONOUNS,
                            sentencePeople, List::of, context::shortName);
            // "Bill Gates stepped down on Friday, 33 years after | he founded the company with Paul Allen": the
            // pronoun is whom the sentence opens with, whoever else the clause names
            Person opening = context.openingSubjectBefore(sentence, clauseStart);
            String withSubject = Headline.withSubjectNamed(title, opening, context::shortName);
            boolean subjectNamed = !withSubject.equals(title);
            title = withSubject;
            Matcher thing = THING_SUBJECT.matcher(text).region(sentence.start(), amount.start());
            Matcher object = ACTIVE_THEN_OBJECT.matcher(text).region(sentence.start(), from.start());
            if (PASSIVE_IT.matcher(title).lookingAt() && object.lookingAt()) {
                // "completed its takeover of Activision on 13 October, 21 months after it was announced": a passive
                // "it" is what the main clause did something to
                title = Character.toUpperCase(object.group(1).charAt(0)) + object.group(1).substring(1)
                        + title.substring(2);
            } else if (title.startsWith("It ") && thing.lookingAt()) {
                title = thing.group(1) + title.substring(2); // "It ran aground" -> "The container ship ... ran aground"
            }
            // the sentence's one person, when the clause points to them: "upheld his death sentence"
            List<Person> involved = named.isEmpty() && sentencePeople.size() == 1 && (doer != null
                    || PERSONAL_PRONOUN.matcher(text).region(clauseStart, clauseEnd).find()) ? sentencePeople : named;
            if (subjectNamed && !involved.contains(opening)) {
                involved = Stream.concat(Stream.of(opening), involved.stream()).toList();
            }
            if (doer != null) {
                // "won on Tuesday, four years after losing to Joe Biden": the doer, Trump, and whom the clause names
                Set<Person> withDoer = new LinkedHashSet<>(context.repeatedIn(doer, sentence, sentencePeople));
                withDoer.addAll(involved);
                involved = List.copyOf(withDoer);
            }
            Source source = new Source(amount.start(), clauseEnd, text.substring(amount.start(), clauseEnd));
            ExtractedEvent event = new ExtractedEvent(when, text.substring(amount.start(), conjunction.end(1)), title,
                    sentence.text(), involved, List.of(source), involved.isEmpty() ? 0.4 : 0.6);
            events.add(event);
            counted.add(event);
        }
    }

    /**
     * Whether the article also dates a counted event by itself, as finely or finer: "reopened on 14 May 2024, two
     * years after engineers closed it. Engineers had closed the bridge in April 2022" tells the closing once.
     */
    static boolean toldElsewhere(ExtractedEvent counted, List<ExtractedEvent> events) {
        return events.stream().anyMatch(other -> other != counted && !other.date().start().isBefore(counted.date()
                .start()) && !other.date().end().isAfter(counted.date().end())
                && Statements.sameHappening(counted.title(), other.title()));
    }

    /** The date of the clause right before the amount and its comma ("hanged on Saturday, | four days"), or null. */
    private static TemporalExpression datedBefore(String text, TemporalExpression amount,
            List<TemporalExpression> anchors) {
        for (int i = anchors.size() - 1; i >= 0; i--) {
            TemporalExpression a = anchors.get(i);
            if (a.end() <= amount.start()) {
                return BETWEEN.matcher(text).region(a.end(), amount.start()).matches() ? a : null;
            }
        }
        return null;
    }

    /** {@code date} moved by {@code count} units, as precise as the unit and the date allow; null when it cannot be. */
    private static CalendarDate counted(CalendarDate date, int count, String unit) {
        LocalDate start = date.start();
        try {
            return switch (unit) {
                case "D" -> date.precision() == Precision.DAY ? CalendarDate.day(start.plusDays(count)) : null;
                case "W" -> date.precision() == Precision.DAY ? CalendarDate.day(start.plusWeeks(count)) : null;
                case "M" -> date.precision() == Precision.DAY || date.precision() == Precision.MONTH
                        ? month(start.plusMonths(count)) : null;
                default -> CalendarDate.year(start.getYear() + count);
            };
        } catch (RuntimeException outOfRange) { // before year 1 or after 9999
            return null;
        }
    }

    /** {@code day} moved by {@code count} whole units, to the day: "two months to the day after August 23". */
    private static CalendarDate toTheDay(LocalDate day, int count, String unit) {
        try {
            return CalendarDate.day(switch (unit) {
                case "D" -> day.plusDays(count);
                case "W" -> day.plusWeeks(count);
                case "M" -> day.plusMonths(count);
                default -> day.plusYears(count);
            });
        } catch (RuntimeException outOfRange) { // before year 1 or after 9999
            return null;
        }
    }

    private static CalendarDate month(LocalDate day) {
        return CalendarDate.month(day.getYear(), day.getMonthValue());
    }

    /** Whether the clause names its own date as precise as the counted one: "after it ran aground on March 23". */
    private static boolean datesItself(List<TemporalExpression> inSentence, int start, int end, CalendarDate counted) {
        return inSentence.stream().anyMatch(x -> x.start() >= start && x.end() <= end && x.date() != null
                && x.date().precision().compareTo(counted.precision()) <= 0);
    }
}
