package org.eventtimeline.extract.time;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eventtimeline.extract.Cancellation;
import org.eventtimeline.extract.Resources;
import org.eventtimeline.extract.text.Sentence;
import org.eventtimeline.extract.text.SentenceSplitter;

/**
 * Finds and normalises the temporal expressions of a text: every rule of the {@link RuleBook} proposes matches, the
 * longest non-overlapping ones are kept, and they are resolved in reading order so that each date can move the
 * story's {@link NarrativeClock} for the ones after it.
 */
public final class TemporalTagger {

    /** A rule's match: where it is and the words each named group caught. */
    record Match(TimexRule rule, int order, int start, int end, String text, Map<String, String> fields) {

        int length() {
            return end - start;
        }
    }

    private final RuleBook book;
    private final TimexResolver resolver;
    private final SentenceSplitter splitter = new SentenceSplitter();
    /** The distinct pieces that rules need (see {@link TimexRule#needs}), and each rule's as indexes into them. */
    private final List<Pattern> pieces = new ArrayList<>();
    private final int[][] piecesOfRule;
    /** The strings each piece, then each rule, needs one of: indexes 0 to n - 1 are the pieces, then the rules. */
    private final WindowStrings strings;

    public TemporalTagger() {
        this(RuleBook.standard());
    }

    public TemporalTagger(RuleBook book) {
        this.book = book;
        this.resolver = new TimexResolver(book);
        List<TimexRule> rules = book.rules();
        Map<Pattern, Integer> index = new IdentityHashMap<>();
        piecesOfRule = new int[rules.size()][];
        for (int r = 0; r < rules.size(); r++) {
            piecesOfRule[r] = rules.get(r).needs().stream().mapToInt(piece -> index.computeIfAbsent(piece, p -> {
                pieces.add(p);
                return pieces.size() - 1;
            })).toArray();
        }
        List<Pattern> piecesThenRules = new ArrayList<>(pieces);
        rules.forEach(rule -> piecesThenRules.add(rule.pattern()));
        strings = new WindowStrings(piecesThenRules);
    }

    /** Tags a text; {@code publishedAt} may be null (see {@link Anchor#DATELINE} and {@link Anchor#ESTIMATED}). */
    public List<TemporalExpression> tag(String text, LocalDate publishedAt) {
        return tag(text, splitter.split(text), publishedAt);
    }

    /** Tags a text already split into sentences. */
    public List<TemporalExpression> tag(String text, List<Sentence> sentences, LocalDate publishedAt) {
        List<Match> matches = dayFirstWhereTheTextIs(matches(text, sentences));
        LocalDate reference = publishedAt;
        Anchor referenceAnchor = Anchor.PUBLICATION;
        if (reference == null) {
            reference = dateline(text, matches);
            referenceAnchor = Anchor.DATELINE;
        }
        if (reference == null) {
            reference = latestExplicitYearEnd(matches, sentences);
            referenceAnchor = Anchor.ESTIMATED;
        }
        NarrativeClock clock = new NarrativeClock();
        NarrativeClock quoteClock = null;
        int quoteClockIn = -1;
        BitSet quotedText = Quotes.quotedInParagraphs(text);
        // A passage that is repeated word for word (captions, pasted paragraphs) means what it meant the first time.
        Map<String, Passage> seen = new HashMap<>();
        List<TemporalExpression> result = new ArrayList<>();
        int next = 0;
        Sentence previous = null;
        List<Match> previousMatches = List.of();
        for (Sentence sentence : sentences) {
            Cancellation.checkpoint();
            List<TemporalExpression> inSentence = new ArrayList<>();
            List<Match> sentenceMatches = new ArrayList<>();
            Passage earlier = seen.get(sentence.text());
            Tense.Cues tenses = new Tense.Cues(sentence.text()); // read once, if a date asks
            if (clock.recent(sentence.index()) != null && book.cue("newsnow").matcher(sentence.text()).find()) {
                clock.backToNews(); // "... who arrived in March and leave next week": this March, whatever came before
            }
            NarrativeClock beforeLast = clock.copy(); // the story's time before the sentence's last expression
            TemporalExpression lookBack = null; // the sentence's last date told looking back
            while (next < matches.size() && matches.get(next).start() < sentence.end()) {
                Match match = matches.get(next++);
                if (match.start() < sentence.start()) {
                    continue; // spans a sentence break: not one expression
                }
                sentenceMatches.add(match);
                TemporalExpression expression;
                boolean elsewhere; // the same moment on another zone's clock, as the time before it
                NarrativeClock beforeThis = clock.copy();
                TemporalExpression copy = earlier == null ? null : earlier.at(match.start() - sentence.start());
                if (copy != null) {
                    expression = new TemporalExpression(match.text(), match.start(), match.end(), copy.type(),
                            copy.value(), copy.mod(), copy.date(), copy.anchor());
                    elsewhere = sameMomentElsewhere(text, inSentence, expression);
                } else {
                    // a quotation that tells a story of its own goes on from its own dates ("'We first met in March
                    // 2019,' she said. 'By Christmas we were engaged.'"), which leave the text's story where it was
                    boolean quoted = quotedText.get(match.start());
                    boolean quoteStory = quoted && quoteClock != null
                            && sentence.index() - quoteClockIn <= QUOTE_STORY_SENTENCES;
                    TimexResolver.Situation situation = new TimexResolver.Situation(reference, referenceAnchor,
                            quoteStory ? quoteClock : clock, sentence.index(), sentence.text(), tenses,
                            match.start() - sentence.start());
                    expression = resolver.resolve(match, situation);
                    TemporalExpression before = inSentence.isEmpty() ? null : inSentence.get(inSentence.size() - 1);
                    if (restatesTheDateBefore(text, before, match) || weekdayOfTheDayBefore(text, before, match)) {
                        // "on July 2, nine days later, on a ledge": the count says again the date before its comma,
                        // a count of days or more its day and not its hour ("at 11pm on 31 January 2020, three and
                        // a half years later"; "at 10am on Tuesday, almost 15 hours later" is that hour)
                        boolean dayOnly = before.type() == TimexType.TIME && before.date() != null
                                && !isClockUnit(match.fields().get("unit"));
                        expression = new TemporalExpression(match.text(), match.start(), match.end(),
                                dayOnly ? TimexType.DATE : before.type(),
                                dayOnly ? before.date().value() : before.value(), expression.mod(), before.date(),
                                before.anchor());
                    } else if (movedFrom(text, before, expression, MOVED_TO)
                            && !expression.date().start().isAfter(before.date().end())) {
                        // "originally set for March 29, it was extended twice, first to April 12 and then to Oct. 31"
                        // (in June): the Oct. 31 after that April 12, not the one gone
                        expression = expression.withDate(nearestBeyond(expression.date(), before.date(), 1),
                                Anchor.NARRATIVE);
                    } else if (movedFrom(text, before, expression, BROUGHT_FORWARD)
                            && !expression.date().end().isBefore(before.date().start())) {
                        // "brought forward from May 20 to May 2": the May 2 before that day
                        expression = expression.withDate(nearestBeyond(expression.date(), before.date(), -1),
                                Anchor.NARRATIVE);
                    } else if (joinedToTheMonthBefore(text, before, expression)) {
                        // "sat papers in May and June": June is the one after that May, whatever tense follows
                        int month = expression.date().start().getMonthValue();
                        int year = before.date().start().getYear()
                                + (month < before.date().start().getMonthValue() ? 1 : 0);
                        expression = expression.withDate(CalendarDate.month(year, month), before.anchor());
                    } else if (narrowsTheYearBefore(text, before, expression)) {
                        // "Floods hit the valley twice last year, in March": that year's March
                        int year = before.date().start().getYear();
                        LocalDate day = expression.date().start();
                        expression = expression.withDate(expression.date().precision() == Precision.MONTH
                                ? CalendarDate.month(year, day.getMonthValue())
                                : CalendarDate.day(day.withYear(year)), before.anchor());
                    } else {
                        // "reviews them every year in December": each December, no date the story moves to
                        TemporalExpression each = timeOfEach(text, before, expression, SET_THEN_TIME);
                        expression = each != null ? each : expression;
                    }
                    // What a speaker calls "now" is not the story's now, "the 1988 cease-fire" or "bonds due 1993"
                    // name a date without taking the story there, and neither does "a year earlier" set against
                    // the quarter just named or a figure set against "a year ago".
                    elsewhere = sameMomentElsewhere(text, inSentence, expression)
                            || toldOnADayAfterItsClause(text, sentence, before, match);
                    boolean endsRange = before != null && isRange(text, before, expression); // "from 2021 until 2025"
                    boolean comparison = resolver.isComparison(match, situation);
                    boolean aside = isAside(sentence.text(), match.start() - sentence.start(),
                            match.end() - sentence.start())
                            // (a day there is still the story's: "The earthquake that struck at 5:04 p.m. Tuesday
                            // killed 70")
                            || expression.date() != null && expression.date().precision() != Precision.DAY
                                    && inSubjectsRelativeClause(sentence.text(), match.start() - sentence.start(),
                                            match.end() - sentence.start());
                    if (quoted && expression.date() != null && expression.type().isPointInTime() && !comparison
                            && !aside && !isAttributive(text, match.start(), match.end())
                            && (expression.anchor() == Anchor.ABSOLUTE || quoteStory
                                    && expression.anchor() == Anchor.NARRATIVE)) {
                        quoteClock = quoteStory ? quoteClock : clock.copy();
                        quoteClock.moveTo(expression.date(), expression.anchor(), sentence.index(),
                                match.start() - sentence.start(), false);
                        quoteClockIn = sentence.index();
                    }
                    if (elsewhere) {
                        clock.stay(sentence.index()); // the story stays on its own clock's day
                    } else if (endsRange && spansYears(before, expression)
                            && !beforeLast.toldBefore(before.date(), sentence.index())) {
                        // "between 2018 and 2022" sums years up: the story stays where it was, but "the following
                        // year" still counts from the range's end
                        clock.restore(beforeLast, sentence.index());
                        clock.name(expression.date(), sentence.index());
                    } else if (aside && clock.time() != null && expression.date() != null
                            && expression.date().precision() == Precision.DAY && !comparison) {
                        // "brought up by Wednesday night, 69 days after the mine collapsed on August 5. The first
                        // emerged shortly after midnight": an aside's day is a look back, no day for the next time;
                        // one ahead of the story is not even that ("arrived late on Wednesday ahead of the Open,
                        // which starts on January 17. His visa was cancelled the following morning")
                        if (!expression.date().start().isAfter(clock.time().end())) {
                            clock.nameLookingBack(expression.date(), sentence.index(), false);
                        }
                    } else if (!quoted
                            && (endsRange || !isAttributive(text, match.start(), match.end())) && !aside
                            && !comparison) {
                        if (clock.time() != null && expression.date() != null
                                && (isFlashback(sentence.text(), match.start() - sentence.start(),
                                        match.end() - sentence.start())
                                        || lookBack != null && RESTATED.matcher(text).region(lookBack.end(),
                                                match.start()).matches())) {
                            // "She resigned on 14 March 2019. She had been appointed in July 2016. Her successor took
                            // office on 18 March": a look back names its date, and the story stays where it was; so
                            // does the date that says it again ("had launched four days earlier, on July 16, 1969")
                            clock.stay(sentence.index());
                            clock.nameLookingBack(expression.date(), sentence.index(),
                                    expression.anchor() == Anchor.NARRATIVE);
                            lookBack = expression;
                        } else {
                            advance(clock, expression, sentence, match.start() - sentence.start(), reference);
                        }
                    } else if (expression.date() != null && expression.type().isPointInTime()
                            && !(expression.date().precision() == Precision.DAY
                                    && isModifier(text, match.start(), match.end()))
                            && !comparison) {
                        // a day that names a thing ("the Thanksgiving travel week") is no day for a time of day, and
                        // a point of comparison no year for "the full year" ("up from $290 million a year earlier")
                        if (isTarget(text, match.start())) {
                            clock.nameTarget(expression.date(), sentence.index());
                        } else {
                            clock.nameInPassing(expression.date(), sentence.index());
                        }
                    }
                    if (aside && expression.date() != null
                            && expression.date().equals(clock.namedIn(sentence.index()))) {
                        clock.namedInAnAside();
                    }
                }
                if (expression.date() != null && expression.date().precision() == Precision.DAY
                        && match.fields().containsKey("weekday") && match.fields().containsKey("month")) {
                    clock.toldWithItsWeekday(expression.date()); // "on Saturday, August 9"
                } else if (expression.date() != null && expression.date().precision() == Precision.DAY
                        && match.fields().containsKey("weekday") && publishedAt != null
                        && expression.date().start().isAfter(publishedAt)
                        && !expression.date().start().isAfter(publishedAt.plusWeeks(1))) {
                    clock.nameDayToCome(expression.date()); // "will meet on Tuesday"
                }
                String happening = happeningOfTheDay(text, sentence, match, expression);
                if (happening != null) {
                    clock.nameHappening(happening, expression.date());
                } else if (expression.date() != null && expression.date().precision() == Precision.DAY) {
                    Matcher doing = PAST_VERB_BEFORE.matcher(text).region(Math.max(sentence.start(),
                            match.start() - DOING_REACH), match.start());
                    List<String> verbs = new ArrayList<>(2);
                    while (doing.find()) {
                        verbs.add(doing.group());
                    }
                    clock.nameDoings(verbs, expression.date());
                }
                if (expression.type() == TimexType.TIME) {
                    clock.toldAScene();
                    if (expression.date() != null && !elsewhere) {
                        clock.toldTimeOfDay(expression.date(), expression.value(), sentence.index(),
                                publishedAt != null && expression.date().start().isAfter(publishedAt));
                    }
                } else if (expression.date() != null && expression.date().precision() == Precision.DAY
                        && EVENING_OF_BEFORE.matcher(text).region(Math.max(sentence.start(), match.start() - 20),
                                match.start()).find()) {
                    // "last seen on the evening of Friday, August 16. Her phone was switched off shortly after
                    // midnight": the midnight that ends that evening
                    clock.toldTimeOfDay(expression.date(), expression.value() + "TEV", sentence.index(), false);
                }
                inSentence.add(expression);
                beforeLast = beforeThis;
            }
            timesBeforeTheirSet(text, inSentence);
            inTheYearAfter(text, inSentence);
            startsBeforeItEnds(text, inSentence, publishedAt);
            restatedByTheDateAfter(text, inSentence);
            countedOnToNow(text, inSentence, publishedAt);
            daysOfTheSaying(text, inSentence, quotedText, publishedAt);
            // (read after the last date, not a duration: "who stole it in 1994 | has been traced after 30 years")
            int lastDate = inSentence.stream().filter(x -> x.type().isPointInTime()).mapToInt(TemporalExpression::end)
                    .max().orElse(-1);
            if (earlier == null && lastDate >= 0 && book.cue("nowafter").matcher(text)
                    .region(Math.min(lastDate, sentence.end()), sentence.end()).find()) {
                clock.backToNews(); // "launched it in October 2021 and says 70% have switched": back to now
            }
            if (earlier != null) {
                clock.restore(earlier.clockAfter(), sentence.index());
            } else if (!inSentence.isEmpty()) {
                seen.putIfAbsent(sentence.text(), new Passage(sentence.start(), inSentence, clock.copy()));
            }
            if (previous != null && !inSentence.isEmpty() && datesWhatCameBefore(sentence, inSentence.get(0))) {
                readAgain(previous, previousMatches, result, inSentence.get(0).date());
            }
            result.addAll(inSentence);
            previous = sentence;
            previousMatches = sentenceMatches;
        }
        daysTakeTheYearTheTextGives(result);
        happeningsTakeTheYearAfterThem(text, result);
        return result;
    }

    /**
     * "One year on from the October 7 attacks", "a year after the attack on March 3": a date without its year that a
     * count of years or months runs from, to the publication, lies that long before it.
     */
    private static void countedOnToNow(String text, List<TemporalExpression> inSentence, LocalDate published) {
        for (int i = 0; published != null && i + 1 < inSentence.size(); i++) {
            TemporalExpression count = inSentence.get(i);
            TemporalExpression date = inSentence.get(i + 1);
            Matcher amount = YEARS_OR_MONTHS.matcher(count.value());
            if (count.type() != TimexType.DURATION || !amount.matches() || date.anchor() != Anchor.PUBLICATION
                    || date.date() == null || date.date().precision().compareTo(Precision.MONTH) > 0
                    || !COUNTED_ON_FROM.matcher(text).region(count.end(), date.start()).matches()) {
                continue;
            }
            int months = Integer.parseInt(amount.group(1)) * (amount.group(2).equals("Y") ? 12 : 1);
            CalendarDate day = date.date();
            while (day.start().plusMonths(months).isAfter(published.plusDays(COUNTED_SLACK_DAYS))) {
                day = day.plusYears(-1);
            }
            // a count that falls short runs from the next one: "for almost 10 years since the September 11 attacks",
            // in May 2011, is 2001, not 2000
            if (FALLS_SHORT.matcher(count.text()).lookingAt() && !day.plusYears(1).start().isAfter(published)) {
                day = day.plusYears(1);
            }
            inSentence.set(i + 1, date.withDate(day));
        }
    }

    private static final Pattern YEARS_OR_MONTHS = Pattern.compile("P(\\d{1,3})([YM])");
    private static final Pattern COUNTED_ON_FROM = Pattern.compile("\\s+(?:on\\s+from|on\\s+since|after|since)\\s+"
            + "(?:the\\s+)?(?:\\p{Ll}+\\s+(?:on|in|of)\\s+)?", Pattern.CASE_INSENSITIVE); // "after the attack on"
    private static final int COUNTED_SLACK_DAYS = 31;
    private static final Pattern FALLS_SHORT = Pattern.compile("(?:almost|nearly|not\\s+quite|just\\s+under|less"
            + "\\s+than|under)\\b", Pattern.CASE_INSENSITIVE);

    /** Sentences after its last date that a quotation's own story lasts. */
    private static final int QUOTE_STORY_SENTENCES = 2;

    /** A happening named with its day: "Monday's earthquakes", "the attack on Friday". */
    private static final Pattern DAYS_HAPPENING = Pattern.compile("['’]s\\s+(?:[\\p{Ll}-]+\\s+){0,2}?("
            + NarrativeClock.HAPPENING + ")\\b");
    /** The clock a time is told on, after it: "local time", "Saudi time", "Moscow time". */
    public static final String CLOCK_NAMED = "\\s+(?:local|\\p{Lu}\\p{Ll}+)\\s+time";
    /** What stands between a time and the same time on another zone's clock: "local time (", " (". */
    private static final Pattern OTHER_ZONE = Pattern.compile("(?:" + CLOCK_NAMED + ")?\\s*\\(\\s*");

    /** "at 11:25 a.m. local time (23:25 GMT Tuesday)": the same moment on another zone's clock. */
    private static boolean sameMomentElsewhere(String text, List<TemporalExpression> before, TemporalExpression time) {
        TemporalExpression last = before.isEmpty() ? null : before.get(before.size() - 1);
        return time.type() == TimexType.TIME && last != null && last.type() == TimexType.TIME
                && last.end() <= time.start()
                && OTHER_ZONE.matcher(text).region(last.end(), time.start()).matches();
    }

    /** A verb in the past a little before a day: "Lehman | filed | for bankruptcy protection early Monday". */
    private static final Pattern PAST_VERB_BEFORE = Pattern.compile("\\b\\p{Ll}{3,}ed\\b");
    private static final int DOING_REACH = 60;
    private static final Pattern HAPPENING_ON_THE_DAY = Pattern.compile(NarrativeClock.THE_HAPPENING
            + "\\s+(?:on|of)\\s+$");

    /** The noun of the happening a day names, or null: "Monday's | earthquakes", "the attack on | Friday". */
    private static String happeningOfTheDay(String text, Sentence sentence, Match match, TemporalExpression day) {
        if (day.date() == null || day.date().precision() != Precision.DAY) {
            return null;
        }
        Matcher after = DAYS_HAPPENING.matcher(text).region(match.end(), Math.min(text.length(), match.end() + 60));
        if (after.lookingAt()) {
            return after.group(1);
        }
        Matcher before = HAPPENING_ON_THE_DAY.matcher(text)
                .region(Math.min(match.start(), Math.max(sentence.start(), match.start() - 60)), match.start());
        return before.find() ? before.group(1) : null;
    }

    /**
     * A day that names a happening takes the year the words right after it give: "the September 11 attacks in 2001",
     * in an article of September 2008, were in 2001.
     */
    private static void happeningsTakeTheYearAfterThem(String text, List<TemporalExpression> result) {
        for (int i = 0; i + 1 < result.size(); i++) {
            TemporalExpression e = result.get(i);
            TemporalExpression year = result.get(i + 1);
            if (e.type() != TimexType.DATE || e.date() == null || e.date().precision() != Precision.DAY
                    || e.anchor() == Anchor.ABSOLUTE || year.anchor() != Anchor.ABSOLUTE || year.date() == null
                    || year.date().precision() != Precision.YEAR || year.start() < e.end()
                    || year.date().start().getYear() == e.date().start().getYear()
                    || !isModifier(text, e.start(), e.end())
                    || !YEAR_OF_THE_HAPPENING.matcher(text).region(e.end(), year.start()).matches()) {
                continue;
            }
            MonthDay day = MonthDay.from(e.date().start());
            if (day.isValidYear(year.date().start().getYear())) {
                CalendarDate date = CalendarDate.day(day.atYear(year.date().start().getYear()));
                result.set(i, e.withDate(date, Anchor.NARRATIVE));
            }
        }
    }

    /** The happening's noun, then "in" or "of" before its year: " attacks in ", " riot of ". */
    private static final Pattern YEAR_OF_THE_HAPPENING = Pattern.compile(
            "\\s+\\p{Ll}+(?:\\s+\\p{Ll}+)?\\s+(?:in|of)\\s+");

    /**
     * A day left without a year, as a happening's name ("the Jan. 6 riot") is in a later year's article, takes the year
     * the text gives the same day elsewhere ("the attack on Jan. 6, 2021"), when it gives one year only.
     */
    private static void daysTakeTheYearTheTextGives(List<TemporalExpression> result) {
        Map<MonthDay, Integer> years = null;
        for (int i = 0; i < result.size(); i++) {
            TemporalExpression e = result.get(i);
            Matcher day = YEARLESS_DAY.matcher(e.value());
            if (e.anchor() != Anchor.UNRESOLVED || e.type() != TimexType.DATE || !day.matches()) {
                continue;
            }
            if (years == null) {
                years = yearsOfDays(result);
            }
            MonthDay monthDay = MonthDay.of(Integer.parseInt(day.group(1)), Integer.parseInt(day.group(2)));
            Integer year = years.get(monthDay);
            if (year != null && year != NO_ONE_YEAR) {
                CalendarDate date = CalendarDate.day(monthDay.atYear(year));
                result.set(i, e.withDate(date, Anchor.NARRATIVE));
            }
        }
    }

    private static final Pattern YEARLESS_DAY = Pattern.compile("XXXX-(\\d\\d)-(\\d\\d)");
    private static final int NO_ONE_YEAR = -1;

    /** The year of each day the text names with its year, or {@link #NO_ONE_YEAR} when it names it in several. */
    private static Map<MonthDay, Integer> yearsOfDays(List<TemporalExpression> result) {
        Map<MonthDay, Integer> years = new HashMap<>();
        for (TemporalExpression e : result) {
            if (e.anchor() == Anchor.ABSOLUTE && e.date() != null && e.date().precision() == Precision.DAY) {
                LocalDate day = e.date().start();
                years.merge(MonthDay.from(day), day.getYear(), (a, b) -> a.equals(b) ? a : NO_ONE_YEAR);
            }
        }
        return years;
    }

    /**
     * A text that writes one date day first where the day cannot be a month ("31/03/2026") writes them all so: its
     * "12/03/2026" is 12 March, not December 3. So does one that writes more of its dates in words day first ("19
     * April", "the 19th of April") than month first.
     */
    private static List<Match> dayFirstWhereTheTextIs(List<Match> matches) {
        long dayFirstWords = matches.stream().filter(m -> DAY_FIRST_WORDS.contains(m.rule().name())).count();
        long monthFirstWords = matches.stream().filter(m -> MONTH_FIRST_WORDS.contains(m.rule().name())).count();
        if (dayFirstWords <= monthFirstWords && matches.stream().noneMatch(m -> m.rule().name().equals(DAY_FIRST))) {
            return matches;
        }
        List<Match> read = new ArrayList<>(matches.size());
        for (Match m : matches) {
            String day = m.fields().get("day");
            if (m.rule().name().equals(MONTH_FIRST) && day != null && day.matches("0?[1-9]|1[0-2]")) {
                Map<String, String> swapped = new HashMap<>(m.fields());
                swapped.put("day", m.fields().get("month"));
                swapped.put("month", m.fields().get("day"));
                m = new Match(m.rule(), m.order(), m.start(), m.end(), m.text(), swapped);
            }
            read.add(m);
        }
        return read;
    }

    private static final String DAY_FIRST = "day-first-slash-date";
    private static final Set<String> DAY_FIRST_WORDS = Set.of("day-month", "day-month-year");
    private static final Set<String> MONTH_FIRST_WORDS = Set.of("month-day", "month-day-year");
    private static final String MONTH_FIRST = "us-slash-date";

    /** "This was in March 2011" after "The board has a meeting Thursday": a sentence that dates the one before it. */
    private boolean datesWhatCameBefore(Sentence sentence, TemporalExpression first) {
        return first.anchor() == Anchor.ABSOLUTE && first.date() != null
                && book.cue("datesbefore").matcher(sentence.text()).region(0, first.start() - sentence.start())
                        .matches();
    }

    /**
     * Reads the dates of the sentence before again, now that the text has said when it happened: those counted from
     * the publication date count from the date given instead, and without it ("Thursday" in an email of March
     * 2011 is some Thursday of it, not the publication's).
     */
    private void readAgain(Sentence sentence, List<Match> matches, List<TemporalExpression> result, CalendarDate when) {
        NarrativeClock clock = new NarrativeClock();
        clock.moveTo(when, Anchor.NARRATIVE, sentence.index());
        Tense.Cues tenses = new Tense.Cues(sentence.text());
        int first = result.size() - matches.size(); // each match of the sentence gave one expression, in order
        for (int k = 0; k < matches.size(); k++) {
            Match match = matches.get(k);
            if (result.get(first + k).anchor() == Anchor.PUBLICATION) {
                result.set(first + k, resolver.resolve(match, new TimexResolver.Situation(null, Anchor.UNRESOLVED,
                        clock, sentence.index(), sentence.text(), tenses, match.start() - sentence.start())));
            }
        }
    }

    /** Whether both ends of a range are years or longer: a span of years, not a point the story moves to. */
    private static boolean spansYears(TemporalExpression from, TemporalExpression to) {
        return from.date() != null && to.date() != null && from.date().precision().compareTo(Precision.YEAR) >= 0
                && to.date().precision().compareTo(Precision.YEAR) >= 0;
    }

    /**
     * "'Tonight, justice has been done,' the president said in an address late Sunday", published on Monday: a day word
     * a speaker uses counts from the day the sentence says it was said, not from the publication (cue "saidon").
     */
    private static void daysOfTheSaying(String text, List<TemporalExpression> inSentence, BitSet quoted,
            LocalDate published) {
        if (published == null) {
            return;
        }
        TemporalExpression saying = null;
        for (TemporalExpression e : inSentence) {
            if (!quoted.get(e.start()) && e.anchor() == Anchor.PUBLICATION && e.type().isPointInTime()
                    && e.date() != null && e.date().precision() == Precision.DAY
                    && SAID_ON.matcher(text).region(Math.max(0, e.start() - 60), e.start()).find()) {
                saying = e;
            }
        }
        if (saying == null || saying.date().start().equals(published)) {
            return;
        }
        long shift = ChronoUnit.DAYS.between(published, saying.date().start());
        for (int i = 0; i < inSentence.size(); i++) {
            TemporalExpression e = inSentence.get(i);
            if (quoted.get(e.start()) && e.anchor() == Anchor.PUBLICATION && e.date() != null
                    && e.date().precision() == Precision.DAY && DAYWORD.matcher(e.text()).find()) {
                CalendarDate day = CalendarDate.day(e.date().start().plusDays(shift));
                inSentence.set(i, new TemporalExpression(e.text(), e.start(), e.end(), e.type(),
                        day.value() + e.value().substring(Math.min(10, e.value().length())), e.mod(), day,
                        Anchor.NARRATIVE));
            }
        }
    }

    private static final Pattern SAID_ON = RuleBook.standard().cue("saidon");

    /**
     * "The co-pilot crashed the plane on Tuesday, | prosecutors said on Thursday.": the day a speaker named after the
     * clause spoke, ending the sentence, is the saying's; the story stays at the clause's own date (cue
     * "trailingsaying").
     */
    private static boolean toldOnADayAfterItsClause(String text, Sentence sentence, TemporalExpression before,
            Match match) {
        return before != null && before.date() != null && before.type().isPointInTime()
                && SENTENCE_END.matcher(text).region(match.end(), sentence.end()).matches()
                && TRAILING_SAYING.matcher(text).region(Math.max(before.end(), match.start() - 80), match.start())
                        .find();
    }

    private static final Pattern TRAILING_SAYING = RuleBook.standard().cue("trailingsaying");
    private static final Pattern SENTENCE_END = Pattern.compile("[\\s.!?\"”’')]*");
    private static final Pattern DAYWORD = RuleBook.standard().cue("dayword");

    /**
     * A count of time from the story that the date after its comma says again: "is due to arrive a year earlier, in
     * April 2030", "Two days later, on 5 March 2019, ...": the date given is the count's.
     */
    private static void restatedByTheDateAfter(String text, List<TemporalExpression> inSentence) {
        for (int i = 0; i + 1 < inSentence.size(); i++) {
            TemporalExpression count = inSentence.get(i);
            TemporalExpression date = inSentence.get(i + 1);
            if (count.type() != TimexType.DATE || !COUNTED.matcher(count.text()).find()
                    || count.anchor() != Anchor.NARRATIVE && count.anchor() != Anchor.PUBLICATION
                    || date.date() == null || date.type() != TimexType.DATE
                    || !RESTATED.matcher(text).region(count.end(), date.start()).matches()) {
                continue;
            }
            if (date.anchor() == Anchor.ABSOLUTE) {
                inSentence.set(i, count.withDate(date.date(), date.anchor()));
            } else if (count.date() != null && date.date().precision() == Precision.DAY) {
                // "The air war had begun five weeks earlier, on Jan. 17": a day without its year, in the count's
                // year, is the count's day when a count of weeks or more could have been rounded to it
                int years = count.date().start().getYear() - date.date().start().getYear();
                CalendarDate day = date.date().plusYears(years);
                long apart = Math.abs(ChronoUnit.DAYS.between(day.start(), count.date().start()));
                if (count.date().precision() != Precision.DAY || apart <= ROUNDED_COUNT_DAYS) {
                    inSentence.set(i, count.withDate(day, count.anchor()));
                    inSentence.set(i + 1, date.withDate(day, count.anchor()));
                }
            }
        }
    }

    /** How far a count of days or weeks may be from the day it is said again with: "five weeks" for 37 days. */
    private static final int ROUNDED_COUNT_DAYS = 7;

    /**
     * Whether a count of time from the story stands between commas right after a date, saying it again: "Divers found
     * them on July 2, nine days later, on a ledge", "extinguished at 10am on Tuesday, almost 15 hours later."
     */
    private static boolean restatesTheDateBefore(String text, TemporalExpression date, Match count) {
        return date != null && date.date() != null && date.type().isPointInTime()
                && count.rule().kind() == RuleKind.OFFSET && COUNTED.matcher(count.text()).find()
                && APPOSED.matcher(text).region(date.end(), count.start()).matches()
                && APPOSITION_ENDS.matcher(text).region(count.end(), text.length()).lookingAt();
    }

    /** "by Presidents' Day, which fell on Monday": the weekday of the day just named, said again. */
    private static boolean weekdayOfTheDayBefore(String text, TemporalExpression day, Match weekday) {
        if (day == null || day.date() == null || day.date().precision() != Precision.DAY
                || !WEEKDAY_OF.matcher(text).region(day.end(), weekday.start()).matches()) {
            return false;
        }
        Optional<String> number = RuleBook.standard().words("weekday").value(weekday.text());
        return number.isPresent() && day.date().start().getDayOfWeek().getValue() == Integer.parseInt(number.get());
    }

    /** "in June every year", "on Tuesdays each week": the time of each, as a set. */
    private static void timesBeforeTheirSet(String text, List<TemporalExpression> inSentence) {
        for (int i = 0; i + 1 < inSentence.size(); i++) {
            TemporalExpression each = timeOfEach(text, inSentence.get(i + 1), inSentence.get(i), TIME_THEN_SET);
            if (each != null) {
                inSentence.set(i, each);
            }
        }
    }

    /**
     * The date without a year beside a set of years, weeks or months ("every year in December", "every week on
     * Tuesday", "each month on the 15th"), read as the time of each: the set "XXXX-12", "XXXX-WXX-2", "XXXX-XX-15";
     * else null.
     */
    private static TemporalExpression timeOfEach(String text, TemporalExpression set, TemporalExpression date,
            Pattern join) {
        if (set == null || set.type() != TimexType.SET || date.type() != TimexType.DATE || date.date() == null
                || date.anchor() == Anchor.ABSOLUTE || date.anchor() == Anchor.UNRESOLVED) {
            return null;
        }
        boolean setFirst = set.start() < date.start();
        if (!join.matcher(text).region(setFirst ? set.end() : date.end(), setFirst ? date.start() : set.start())
                .matches()) {
            return null;
        }
        LocalDate day = date.date().start();
        boolean weekday = RuleBook.standard().words("weekday").values(date.text()).isPresent();
        String value = switch (set.value()) {
            case "P1Y" -> date.value().matches("\\d{4}-[^W].*") ? "XXXX" + date.value().substring(4) : null;
            case "P1W" -> date.date().precision() == Precision.DAY && weekday
                    ? "XXXX-WXX-" + day.getDayOfWeek().getValue() : null;
            case "P1M" -> date.date().precision() == Precision.DAY && !weekday
                    ? String.format("XXXX-XX-%02d", day.getDayOfMonth()) : null;
            default -> null;
        };
        return value == null ? null : new TemporalExpression(date.text(), date.start(), date.end(), TimexType.SET,
                value, date.mod(), null, Anchor.NONE);
    }

    /** What joins a set to the time of each after it ("every year in December") and before it ("in June every year") */
    private static final Pattern SET_THEN_TIME = Pattern.compile("\\s+(?:in|on|at)\\s+(?:the\\s+)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME_THEN_SET = Pattern.compile(",?\\s+");

    /**
     * A month or day without a year set after a year with a comma, saying when in it: "last year, in March", "in 2019,
     * on June 4" (a day that exists in that year).
     */
    private static boolean narrowsTheYearBefore(String text, TemporalExpression before, TemporalExpression e) {
        return before != null && before.date() != null && e.date() != null && before.type() == TimexType.DATE
                && e.type() == TimexType.DATE && before.date().precision() == Precision.YEAR
                && (e.anchor() == Anchor.PUBLICATION || e.anchor() == Anchor.NARRATIVE)
                && (e.date().precision() == Precision.MONTH || e.date().precision() == Precision.DAY
                        && MonthDay.from(e.date().start()).isValidYear(before.date().start().getYear()))
                && YEARLESS_TEXT.matcher(e.text()).matches() && !WEEKDAY_NAMED.matcher(e.text()).find()
                && NARROWING.matcher(text).region(before.end(), e.start()).matches();
    }

    /** A weekday names no day of a year: "the unit, which it bought in 2019, on Tuesday" sold it this week. */
    private static final Pattern WEEKDAY_NAMED = Pattern.compile(
            "(?i)\\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b");

    /**
     * A day or month without a year that something is moved to from the date before it: put off, it comes after that
     * date (cue "movedto"), brought forward, before it (cue "broughtforward"); where the tense put it on the wrong
     * side, it is the nearest one on the right side.
     */
    private static boolean movedFrom(String text, TemporalExpression before, TemporalExpression e, Pattern cue) {
        return before != null && before.date() != null && e.date() != null && before.type().isPointInTime()
                && e.type() == TimexType.DATE
                && (e.anchor() == Anchor.PUBLICATION || e.anchor() == Anchor.NARRATIVE)
                && (e.date().precision() == Precision.MONTH || e.date().precision() == Precision.DAY
                        || e.date().precision() == Precision.SEASON)
                && YEARLESS_TEXT.matcher(e.text()).matches()
                && cue.matcher(text).region(Math.max(0, e.start() - 90), e.start()).find();
    }

    private static final Pattern MOVED_TO = RuleBook.standard().cue("movedto");
    private static final Pattern BROUGHT_FORWARD = RuleBook.standard().cue("broughtforward");

    /**
     * The nearest day, month or season of {@code date}'s place in the calendar after {@code from} ({@code step} 1) or
     * before it ({@code step} -1).
     */
    private static CalendarDate nearestBeyond(CalendarDate date, CalendarDate from, int step) {
        LocalDate start = date.start();
        for (int year = (step > 0 ? from.end() : from.start()).getYear(); ; year += step) {
            CalendarDate candidate = date.precision() != Precision.DAY ? date.plusYears(year - start.getYear())
                    : MonthDay.from(start).isValidYear(year) ? CalendarDate.day(start.withYear(year)) : null;
            if (candidate != null && (step > 0 ? candidate.start().isAfter(from.end())
                    : candidate.end().isBefore(from.start()))) {
                return candidate;
            }
        }
    }

    /** What sets a narrower date after a year: ", in", ", on", ", during the". */
    private static final Pattern NARROWING = Pattern.compile(",\\s+(?:in|on|during)\\s+(?:the\\s+)?");

    /** A month without a year joined to the month before it: "in May and June", "May or June", "March to May". */
    private static boolean joinedToTheMonthBefore(String text, TemporalExpression before, TemporalExpression month) {
        return before != null && before.date() != null && month.date() != null && before.type() == TimexType.DATE
                && month.type() == TimexType.DATE && before.date().precision() == Precision.MONTH
                && month.date().precision() == Precision.MONTH && JUST_A_MONTH.matcher(month.text()).matches()
                && MONTH_JOIN.matcher(text).region(before.end(), month.start()).matches()
                && !isMove(text, before, month); // "postponed from March to June": June is still to come
    }

    /** A month's name alone, perhaps with its part: not "March 2018", not "March last year". */
    private static final Pattern JUST_A_MONTH = Pattern.compile("(?:(?:early|late|mid)[\\s-]+)?\\p{L}+\\.?",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern WEEKDAY_OF = Pattern.compile(
            ",\\s+which\\s+(?:fell|falls|was|is|will\\s+be|this\\s+year\\s+(?:fell|falls|is))\\s+(?:on\\s+)?");

    private static final Pattern APPOSED = Pattern.compile(",\\s+");
    private static final Pattern APPOSITION_ENDS = Pattern.compile("\\s*(?:[,.;:)]|$)");

    private static final Pattern COUNTED = Pattern.compile("(?i)\\b(?:later|earlier|before|after|ago|on)$");
    private static final Pattern RESTATED = Pattern.compile(",\\s+(?:in|on)\\s+");

    /** A clock's unit (words/unit.tsv): "15 hours later" says again a time of day, "three days later" its day. */
    private static boolean isClockUnit(String unit) {
        return unit != null && CLOCK_UNITS.contains(RuleBook.standard().words("unit").value(unit).orElse(""));
    }

    private static final Set<String> CLOCK_UNITS = Set.of("H", "MIN", "S");
    private static final Pattern RANGE_OPENS = Pattern.compile("\\b(?:between|from)\\s+$", Pattern.CASE_INSENSITIVE);
    /** "the years 1985 to 1990": a span of years named as one ("the years 1985 and 1990" are two). */
    private static final Pattern YEARS_OPEN = Pattern.compile("\\bthe\\s+(?:years|period)\\s+$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPAN_JOIN = Pattern.compile("\\s*(?:to|until|till|through)\\s*",
            Pattern.CASE_INSENSITIVE);
    /** A dash makes a range without "from" or "between": "June–August 2008". */
    private static final Pattern DASH_JOIN = Pattern.compile("\\s*[-–]\\s*");
    /** The words that join the ends of a range. */
    private static final String RANGE_WORDS = "and|to|until|till|through|-|–";
    /** What joins two months: a range's words or "or", perhaps with "in" again ("in May and in June"). */
    private static final Pattern MONTH_JOIN = Pattern.compile("\\s*,?\\s*(?:or|" + RANGE_WORDS
            + ")\\s*(?:again\\s+|also\\s+|later\\s+)?(?:in\\s+)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RANGE_JOINS = Pattern.compile("\\s*(?:" + RANGE_WORDS + ")\\s*",
            Pattern.CASE_INSENSITIVE);

    /**
     * A range starts before it ends, in the year its end gives: in "from January to March 2008" the January is 2008's;
     * in "between January and March, sales rose", a January that the tense alone put in the coming year goes back to
     * the year of the March it runs to. Only a start whose year came from the publication date or the story moves.
     */
    private static void startsBeforeItEnds(String text, List<TemporalExpression> inSentence, LocalDate published) {
        for (int i = 0; i + 1 < inSentence.size(); i++) {
            TemporalExpression from = inPartnersYear(text, inSentence.get(i), inSentence.get(i + 1));
            TemporalExpression to = inPartnersYear(text, inSentence.get(i + 1), from);
            inSentence.set(i, from);
            inSentence.set(i + 1, to);
            Optional<LocalDate> holiday = dayOfAYearsHoliday(to);
            if (from.date() != null && from.date().precision() == Precision.DAY && holiday.isPresent()
                    && isRange(text, from, to)) {
                // "between Christmas and New Year": a range from a day ends on the day, not in the year it begins
                to = to.withDate(CalendarDate.day(holiday.get()));
                inSentence.set(i + 1, to);
            }
            if (from.anchor() == Anchor.UNRESOLVED && to.anchor() == Anchor.ABSOLUTE && to.date() != null
                    && YEARLESS.matcher(from.value()).matches() && isRange(text, from, to)) {
                // "between March and May 2022", with no publication date
                from = yearOf(from, to.date().end().getYear());
                if (from == null) {
                    continue;
                }
                inSentence.set(i, from);
            }
            if (from.type() == TimexType.TIME && to.type() == TimexType.TIME && to.date() != null
                    && CLOCK_ONLY.matcher(from.text()).matches() && !CLOCK_ONLY.matcher(to.text()).matches()
                    && !to.date().equals(from.date()) && isRange(text, from, to)) {
                // "between 2am and 3am on Sunday": the start's hour on the end's day, or the day before when the
                // range runs through the night ("from 6 p.m. to 6 a.m. on Saturday" starts on Friday evening)
                String hour = from.value().substring(from.value().indexOf('T'));
                boolean overnight = hour.compareTo(to.value().substring(to.value().indexOf('T'))) > 0;
                CalendarDate day = overnight ? CalendarDate.day(to.date().start().minusDays(1)) : to.date();
                inSentence.set(i, new TemporalExpression(from.text(), from.start(), from.end(), from.type(),
                        day.value() + hour, from.mod(), day, to.anchor()));
                continue;
            }
            if (from.type() == TimexType.TIME && to.type() == TimexType.TIME && to.date() != null
                    && to.date().equals(from.date()) && CLOCK_ONLY.matcher(to.text()).matches()
                    && to.value().compareTo(from.value()) < 0 && isRange(text, from, to)) {
                // "a curfew from 6 p.m. to 6 a.m.", both read on one day: a night's range ends the morning after
                inSentence.set(i + 1, onDay(to, to.date().start().plusDays(1)));
                continue;
            }
            if (monthsOfOneYear(text, from, to)) {
                // "walked out in February and March 2018", "in May or June last year": the months of that year
                inSentence.set(i, from.withDate(CalendarDate.month(to.date().start().getYear(),
                        from.date().start().getMonthValue())));
                continue;
            }
            if (endsBeforeItStarts(text, from, to)) {
                // "opens on 3 June next year and ends on 12 September": the September after that June
                LocalDate end = to.date().start();
                end = end.plusYears(from.date().start().getYear() - end.getYear());
                end = end.isBefore(from.date().start()) ? end.plusYears(1) : end;
                inSentence.set(i + 1, to.withDate(to.date().precision() == Precision.DAY ? CalendarDate.day(end)
                        : CalendarDate.month(end.getYear(), end.getMonthValue())));
                continue;
            }
            if (endsBeforeAWeekdayToCome(text, from, to, published)) {
                // "will close from Friday until Monday", said on a Monday: the Monday after the Friday to come
                LocalDate end = to.date().start();
                while (end.isBefore(from.date().start())) {
                    end = end.plusWeeks(1);
                }
                inSentence.set(i + 1, onDay(to, end));
                continue;
            }
            if (from.anchor() == Anchor.ABSOLUTE || from.anchor() == Anchor.UNRESOLVED || from.type() != TimexType.DATE
                    || from.date() == null || to.date() == null
                    || from.date().precision() != Precision.DAY && from.date().precision() != Precision.MONTH
                    || !isRange(text, from, to)) {
                continue;
            }
            LocalDate start = from.date().start();
            if (to.anchor() == Anchor.ABSOLUTE || YEAR_NAMED.matcher(to.text()).find()) {
                start = start.withYear(to.date().end().getYear()); // the year the range ends in, or the one before
            }
            boolean weekday = RuleBook.standard().words("weekday").values(from.text()).isPresent();
            while (weekday && start.isAfter(to.date().end())) {
                start = start.minusWeeks(1); // "from Monday to Wednesday last week", said on a Monday
            }
            if (start.isAfter(to.date().end())) {
                start = start.minusYears(1);
            }
            if (start.equals(from.date().start())) {
                continue;
            }
            CalendarDate earlier = from.date().precision() == Precision.DAY ? CalendarDate.day(start)
                    : CalendarDate.month(start.getYear(), start.getMonthValue());
            inSentence.set(i, from.withDate(earlier));
        }
    }

    /**
     * Whether a day or month without a year that a clause says something ends on ("and ends on 12 September") was read
     * before the day it started on.
     */
    private static boolean endsBeforeItStarts(String text, TemporalExpression from, TemporalExpression to) {
        return from.date() != null && to.date() != null && to.type() == TimexType.DATE
                && (to.anchor() == Anchor.PUBLICATION || to.anchor() == Anchor.NARRATIVE)
                && (to.date().precision() == Precision.DAY || to.date().precision() == Precision.MONTH)
                && YEARLESS_TEXT.matcher(to.text()).matches() && to.date().end().isBefore(from.date().start())
                && RuleBook.standard().cue("endsafter").matcher(text).region(from.end(), to.start()).find();
    }

    /** Words without a year's digits or a year named by where it lies ("next year"). */
    private static final Pattern YEARLESS_TEXT = Pattern.compile("(?i)(?!.*\\d{4})(?!.*\\byear\\b).*");

    /**
     * A month read without a year right before "in" and a year, and the month a range or a list runs from to it, are
     * of that year: "moved the race from April to October in 2021" (a month gives no event of its own there).
     */
    private static void inTheYearAfter(String text, List<TemporalExpression> inSentence) {
        for (int i = inSentence.size() - 2; i >= 0; i--) {
            TemporalExpression month = inSentence.get(i);
            TemporalExpression year = inSentence.get(i + 1);
            if (year.anchor() != Anchor.ABSOLUTE || year.date() == null || year.date().precision() != Precision.YEAR
                    || !IN_BETWEEN.matcher(text).region(month.end(), year.start()).matches()
                    || !isYearlessMonth(month)) {
                continue;
            }
            int inYear = year.date().start().getYear();
            inSentence.set(i, month.withDate(CalendarDate.month(inYear, month.date().start().getMonthValue())));
            TemporalExpression from = i > 0 ? inSentence.get(i - 1) : null;
            if (from != null && isYearlessMonth(from) && (isRange(text, from, month) || isMove(text, from, month)
                    || MONTHS_LISTED.matcher(text).region(from.end(), month.start()).matches())) {
                inSentence.set(i - 1, from.withDate(CalendarDate.month(inYear, from.date().start().getMonthValue())));
            }
        }
    }

    private static final Pattern IN_BETWEEN = Pattern.compile("\\s+in\\s+");

    private static boolean isYearlessMonth(TemporalExpression e) {
        return e.date() != null && e.date().precision() == Precision.MONTH && e.anchor() != Anchor.ABSOLUTE
                && e.anchor() != Anchor.UNRESOLVED && RuleBook.standard().words("month").values(e.text()).isPresent();
    }

    /** Whether a range from a weekday still to come ends on a weekday that the publication's week put before it. */
    private static boolean endsBeforeAWeekdayToCome(String text, TemporalExpression from, TemporalExpression to,
            LocalDate published) {
        return published != null && from.date() != null && to.date() != null
                && from.date().precision() == Precision.DAY && to.date().precision() == Precision.DAY
                && !from.date().start().isBefore(published) && to.date().start().isBefore(from.date().start())
                && to.anchor() == Anchor.PUBLICATION && endsWithWeekday(from.text()) && endsWithWeekday(to.text())
                && (from.date().start().isAfter(published) && isRange(text, from, to)
                        // "a warning covering Monday and Tuesday", said on the Monday: the Tuesday after it (days
                        // named in the week's order; not "statements made Friday and Thursday")
                        || WEEKDAY_PAIR.matcher(text).region(from.end(), to.start()).matches()
                                && to.date().start().getDayOfWeek().compareTo(from.date().start().getDayOfWeek()) > 0);
    }

    private static final Pattern WEEKDAY_PAIR = Pattern.compile("\\s+(?:and|or)\\s+(?:on\\s+)?");

    /** Whether the words end with a weekday of words/weekday.tsv: "Monday", "6am on Monday". */
    private static boolean endsWithWeekday(String words) {
        String last = words.substring(words.lastIndexOf(' ') + 1);
        return RuleBook.standard().words("weekday").values(last).isPresent();
    }

    /** The same words on another day, a time of day kept: "6am on Monday" a week on. */
    private static TemporalExpression onDay(TemporalExpression e, LocalDate day) {
        CalendarDate moved = CalendarDate.day(day);
        String value = e.value().startsWith(e.date().value()) ? moved.value() + e.value().substring(e.date().value()
                .length()) : moved.value();
        return new TemporalExpression(e.text(), e.start(), e.end(), e.type(), value, e.mod(), moved, e.anchor());
    }

    /** Whether a month named alone is listed with one that has its year: "February and March 2018". */
    private static boolean monthsOfOneYear(String text, TemporalExpression month, TemporalExpression withYear) {
        return month.date() != null && withYear.date() != null && month.anchor() != Anchor.ABSOLUTE
                && month.anchor() != Anchor.UNRESOLVED && month.date().precision() == Precision.MONTH
                && withYear.date().precision() == Precision.MONTH
                && (withYear.anchor() == Anchor.ABSOLUTE || YEAR_NAMED.matcher(withYear.text()).find())
                && RuleBook.standard().words("month").values(month.text()).isPresent()
                && MONTHS_LISTED.matcher(text).region(month.end(), withYear.start()).matches();
    }

    private static final Pattern MONTHS_LISTED = Pattern.compile("\\s*(?:,\\s*)?(?:and|or|,)\\s*",
            Pattern.CASE_INSENSITIVE);

    /**
     * A day written as a number alone beside a day of its month ("12" in "12 and 13 March", "21" in "March 20 or 21"),
     * in that day's year: each may have been read with the tense of its own words.
     */
    private static TemporalExpression inPartnersYear(String text, TemporalExpression lone, TemporalExpression partner) {
        if (lone.date() == null || partner.date() == null || lone.date().precision() != Precision.DAY
                || partner.date().precision() != Precision.DAY || !BARE_DAY.matcher(lone.text()).matches()) {
            return lone;
        }
        LocalDate day = lone.date().start();
        LocalDate other = partner.date().start();
        String join = lone.start() < partner.start() ? text.substring(lone.end(), partner.start())
                : text.substring(partner.end(), lone.start());
        if (day.getYear() == other.getYear() || day.getMonth() != other.getMonth()
                || !DAYS_JOIN.matcher(join).matches()) {
            return lone;
        }
        return lone.withDate(CalendarDate.day(day.withYear(other.getYear())));
    }

    /** A year named by where it lies: "5 next year" in "from March 3-5 next year" gives the range its year. */
    private static final Pattern YEAR_NAMED = Pattern.compile("(?i)\\s(?:last|next|this|following|previous)\\s+year$");
    /** A day of the month as a number alone, without a year: "12", "21st". */
    private static final Pattern BARE_DAY = Pattern.compile("\\d\\d?(?:st|nd|rd|th)?");
    /** What joins two days of one month: a range's words, or "or" ("8 or 9 March"). */
    private static final Pattern DAYS_JOIN = Pattern.compile("\\s*(?:or|" + RANGE_WORDS + ")\\s*",
            Pattern.CASE_INSENSITIVE);

    /** A time of day alone, with no day of its own: "2am", "10.30 p.m.", "noon". */
    private static final Pattern CLOCK_ONLY = Pattern.compile(
            "(?i)\\d{1,2}(?:[.:]\\d\\d)?\\s*(?:[ap]\\.?m\\.?)?|noon|midday|midnight");

    /** A month, or a day of a month, without its year: "XXXX-03", "XXXX-03-14". */
    private static final Pattern YEARLESS = Pattern.compile("XXXX-(\\d\\d)(?:-(\\d\\d))?");

    /** A yearless month or day in the given year, anchored as the range end that gave it; null if no such day. */
    private static TemporalExpression yearOf(TemporalExpression e, int year) {
        Matcher m = YEARLESS.matcher(e.value());
        if (!m.matches()) {
            return null;
        }
        int month = Integer.parseInt(m.group(1));
        CalendarDate date;
        if (m.group(2) == null) {
            date = CalendarDate.month(year, month);
        } else {
            int day = Integer.parseInt(m.group(2));
            if (day > YearMonth.of(year, month).lengthOfMonth()) {
                return null;
            }
            date = CalendarDate.day(LocalDate.of(year, month, day));
        }
        return e.withDate(date, Anchor.ABSOLUTE);
    }

    /** The day of a holiday that otherwise names the year it begins ("New Year"), when {@code e} is one. */
    private static Optional<LocalDate> dayOfAYearsHoliday(TemporalExpression e) {
        if (e.date() == null || e.date().precision() != Precision.YEAR) {
            return Optional.empty();
        }
        return RuleBook.standard().words("holiday").values(e.text().replaceFirst("(?i)^the\\s+", ""))
                .filter(v -> v.length > 1 && v[1].equals("year"))
                .map(v -> MonthDay.parse("--" + v[0]).atYear(e.date().start().getYear()));
    }

    /**
     * Whether two expressions are the ends of one range: "between January and March", "from 1994 to 2007"; not when
     * something is moved from one to the other ("postponed from March to June").
     */
    public static boolean isRange(String text, TemporalExpression from, TemporalExpression to) {
        String join = text.substring(from.end(), to.start());
        String opening = text.substring(Math.max(0, from.start() - 20), from.start());
        return (DASH_JOIN.matcher(join).matches() || RANGE_JOINS.matcher(join).matches()
                && (RANGE_OPENS.matcher(opening).find() || daysOfOneMonth(from, to, join))
                || (YEARS_OPEN.matcher(opening).find() || bothWeekdays(from, to)) && SPAN_JOIN.matcher(join).matches())
                && !movedFrom(text, from);
    }

    /**
     * "July 8 to 10", "24 and 25 April": a day written as a number alone beside a day of its month can only be the
     * other end of a range; joined by "and", only the next day ("3 and 10 May" are two days, not a week).
     */
    private static boolean daysOfOneMonth(TemporalExpression from, TemporalExpression to, String join) {
        if (from.date() == null || to.date() == null || from.date().precision() != Precision.DAY
                || to.date().precision() != Precision.DAY
                || !LONE_DAY.matcher(from.text()).matches() && !LONE_DAY.matcher(to.text()).matches()) {
            return false;
        }
        LocalDate a = from.date().start();
        LocalDate b = to.date().start();
        return a.getMonth() == b.getMonth() && a.isBefore(b)
                && (!join.trim().equalsIgnoreCase("and") || a.plusDays(1).equals(b));
    }

    /** Two weekdays named alone: "Monday through Friday" is one span without a "from". */
    private static boolean bothWeekdays(TemporalExpression from, TemporalExpression to) {
        WordList weekday = RuleBook.standard().words("weekday");
        return weekday.values(from.text()).isPresent() && weekday.values(to.text()).isPresent();
    }

    /** A day of the month as a number alone, perhaps with its year: "26", "26, 2008". */
    private static final Pattern LONE_DAY = Pattern.compile(BARE_DAY.pattern() + "(?:,?\\s+\\d{4})?");

    /** Whether something is moved from one date to the other: "postponed from March to June", "delayed ... to 2028". */
    public static boolean isMove(String text, TemporalExpression from, TemporalExpression to) {
        return text.substring(from.end(), to.start()).trim().equalsIgnoreCase("to") && movedFrom(text, from);
    }

    private static boolean movedFrom(String text, TemporalExpression from) {
        return RuleBook.standard().cue("moved").matcher(text.substring(Math.max(0, from.start() - 80), from.start()))
                .find();
    }

    /** The earlier reading of a passage: its expressions by offset within it, and the story's time after it. */
    private record Passage(int start, List<TemporalExpression> expressions, NarrativeClock clockAfter) {

        TemporalExpression at(int offsetInPassage) {
            for (TemporalExpression e : expressions) {
                if (e.start() - start == offsetInPassage) {
                    return e;
                }
            }
            return null;
        }
    }

    /** A determiner before a date that modifies a noun, perhaps with a participle: "the (restored) 1927 epic". */
    private static final Pattern BEFORE_MODIFIER = Pattern.compile(
            "(?:\\b(?:the|a|an|its|his|her|their|our)|['’]s)\\s+(?:\\p{Ll}{3,}ed\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BEFORE_DUE = Pattern.compile(
            "\\b(?:due|maturing|since|until|till|through|dat(?:ing|es|ed)(?:\\s+back)?\\s+to)\\s+$"
                    + "|\\bsince\\s+[^,;:.]{1,40}\\s(?:in|on)\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOUN_AFTER = Pattern.compile(
            "^(,)?[\\s-]+(?!(?:and|or|to|the|a|an|in|on|at|by|of|for|as|was|were|is|are|when|that|which|with|he|she"
                    + "|it|they|we|i|you|who|where|while|after|before|said|says)\\b)\\p{Ll}");

    /** "results for", "figures for": the period they are for (cue "figuresfor"), looked up once. */
    private static final Pattern FIGURES_FOR = RuleBook.standard().cue("figuresfor");

    /**
     * A date used as a modifier or a bound: "the August 1988 cease-fire", "the Dec. 21, 1988, bombing", "bonds due
     * 1993", "since 1980", "since records began in 1850", "until 1974", "a curfew through Saturday", "dating to
     * 1994"; the period figures are for: "results for the first half of 2023" (cue "figuresfor"); a target: "to build
     * 40 hospitals by 2030" (cue "target"); or a happening's day: "the attack of 7 October 2023" (cue "happeningof").
     */
    static boolean isAttributive(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 60), start);
        return BEFORE_DUE.matcher(before).find() || FIGURES_FOR.matcher(before).find() || isTarget(text, start)
                || isModifier(text, start, end)
                || FISCAL.matcher(text).region(start, end).lookingAt() || HAPPENING_OF.matcher(before).find();
    }

    /** A date someone means to do something by: "to build 40 hospitals by 2030" (cue "target"). */
    private static boolean isTarget(String text, int start) {
        return TARGET.matcher(text).region(Math.max(0, start - 80), start).find();
    }

    private static final Pattern TARGET = RuleBook.standard().cue("target");

    /** The day of a happening the text names: "two years after the attack of 7 October 2023" (cue "happeningof"). */
    private static final Pattern HAPPENING_OF = RuleBook.standard().cue("happeningof");

    /** A company's fiscal year ("FY2024", "fiscal 2024") is a period of its accounts, not the story's calendar year. */
    private static final Pattern FISCAL = Pattern.compile("(?i:fiscal\\b)|FY");

    /**
     * A date that names a thing: "the August 1988 cease-fire", "its 2009 car", "the Dec. 21, 1988, bombing"; a year
     * also before a name, "the 2024 Atlantic hurricane season", "the 2008 Beijing Olympics", or a measure's baseline,
     * "emissions 40% below 1990 levels".
     */
    public static boolean isModifier(String text, int start, int end) {
        // a match may run past the end of the sentence it starts in ("a Monday   morning" splits after "Monday")
        int from = Math.min(start, text.length());
        int to = Math.min(end, text.length());
        String before = text.substring(Math.max(0, from - 20), from);
        boolean year = YEAR.matcher(text).region(from, to).matches();
        return BEFORE_MODIFIER.matcher(before).find() && (nounAfter(text, to)
                || year && NAME_AFTER.matcher(text).region(to, text.length()).lookingAt())
                || isBaseline(text, start, end);
    }

    /** A year naming a measure's baseline: "remained above 2019 levels", never when anything happened. */
    public static boolean isBaseline(String text, int start, int end) {
        int from = Math.min(start, text.length());
        int to = Math.min(end, text.length());
        return YEAR.matcher(text).region(from, to).matches()
                && BASELINE_BEFORE.matcher(text.substring(Math.max(0, from - 20), from)).find()
                && BASELINE_AFTER.matcher(text).region(to, text.length()).lookingAt();
    }

    /** A year naming a measure's baseline: "from 2019 levels" (cues "baselinebefore", "baselineafter"). */
    private static final Pattern BASELINE_BEFORE = RuleBook.standard().cue("baselinebefore");
    private static final Pattern BASELINE_AFTER = RuleBook.standard().cue("baselineafter");

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern NAME_AFTER = Pattern.compile("[ \\t]+\\p{Lu}\\p{Ll}+[ \\t]+\\p{L}");

    /** A hyphen joining words ("third-quarter", "mid-2023"), not figures ("2008-06-30", "2024-25"). */
    private static final Pattern COMPOUND = Pattern.compile("\\p{L}-|-\\p{L}");

    /**
     * A date written as a hyphenated compound before a noun, an adjective whatever comes before it: "will report
     * third-quarter trading on October 23", "paid year-end bonuses".
     */
    public static boolean isCompoundModifier(String text, int start, int end) {
        int to = Math.min(end, text.length());
        // the hyphen joins the last word to what follows: not "the January-March quarter, orders rose"
        int lastWord = Math.max(Math.min(start, to), text.lastIndexOf(' ', to - 1) + 1);
        return COMPOUND.matcher(text.substring(lastWord, to)).find() && nounAfter(text, to);
    }

    /** Whether a noun follows {@code to}: what a date before it would name. */
    private static boolean nounAfter(String text, int to) {
        Matcher noun = NOUN_AFTER.matcher(text.substring(to, Math.min(text.length(), to + 16)));
        // a comma between only after a year ("the Dec. 21, 1988, bombing"): "The following spring, depositors" sets
        // the scene
        return noun.find() && (noun.group(1) == null || to > 0 && Character.isDigit(text.charAt(to - 1)));
    }

    private static final Pattern ASIDE_CLOSES = Pattern.compile("^[^,;:.!?]*(?:,|[.!?]?[’”\"]?\\s*$)");

    /**
     * Whether the expression lies in a clause between commas, or from a comma to the sentence's end, that says when
     * something else happened (", who left office in September 2022,", ", born in 1985,", "the president, who took
     * office in January 2020.": the cue "aside" of {@code patterns.txt}), background to the sentence's own news, not
     * where the story is.
     */
    static boolean isAside(String sentence, int start, int end) {
        if (start < 0 || end > sentence.length()
                || !RuleBook.standard().cue("aside").matcher(sentence.substring(Math.max(0, start - 160), start)).find()) {
            return false;
        }
        Matcher closes = ASIDE_CLOSES.matcher(sentence.substring(end, Math.min(sentence.length(), end + 160)));
        return closes.find() && (closes.group().endsWith(",") || end + 160 >= sentence.length());
    }

    private static final Pattern EVENING_OF_BEFORE = Pattern.compile("\\b(?:evening|night)\\s+of\\s+(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE);

    /** The main verb in the past right after a subject's relative clause: "... last week | broke on Monday". */
    private static final Pattern MAIN_PAST_VERB_NEXT = Pattern.compile("\\s+(?:(?-i:\\p{Ll})+ly\\s+)?"
            + "(?:(?-i:\\p{Ll})+ed|" + Resources.alternation("extract/text/irregular-past.txt") + ")\\b");

    /**
     * Whether the expression ends a relative clause of the sentence's subject that no comma closes, its main verb
     * right after it: "The heat dome that settled over the eastern US last week broke on Monday" (the cue
     * "subjectrelative" of {@code patterns.txt}), background to the news, as an aside is.
     */
    static boolean inSubjectsRelativeClause(String sentence, int start, int end) {
        return start >= 0 && end <= sentence.length()
                && RuleBook.standard().cue("subjectrelative").matcher(sentence).region(0, start).find()
                && MAIN_PAST_VERB_NEXT.matcher(sentence).region(end, sentence.length()).lookingAt();
    }

    /**
     * Whether a verb in the past perfect governs the date at {@code at} ("had been appointed in July 2016"; "Two weeks
     * earlier, Hurricane Irma had brushed the coast", the date opening its sentence), or words that look back from the
     * story's time ("It followed a strike on Sunday evening").
     */
    private static boolean isFlashback(String sentence, int at, int end) {
        int from = Math.max(0, at - 80);
        return PAST_PERFECT_BEFORE.matcher(sentence).region(from, at).find()
                || LOOKBACK.matcher(sentence).region(from, at).find()
                || OPENS_SENTENCE.matcher(sentence).region(0, at).matches()
                        && PAST_PERFECT_AFTER.matcher(sentence).region(Math.min(end, sentence.length()),
                                sentence.length()).lookingAt();
    }

    /** What may stand before a date that opens its sentence: "In", "On", "By then,", "And". */
    private static final Pattern OPENS_SENTENCE = Pattern.compile("[\\W_]*(?:\\p{L}+\\s+){0,2}");
    /** The opening date's comma, a short subject and a verb in the past perfect: ", Hurricane Irma had brushed". */
    private static final Pattern PAST_PERFECT_AFTER = Pattern.compile(",\\s+(?:[\\p{L}'’.-]+\\s+){1,5}?had\\s+"
            + "(?:(?:not|never|already|also|just)\\s+)?(?:been\\s+)?(?:\\p{Ll}+(?:ed|en|wn)|"
            + Resources.alternation("extract/text/irregular-past.txt") + ")\\b");

    private static final Pattern LOOKBACK = RuleBook.standard().cue("lookback");

    /** A name set between commas: "since the death of her father, King George VI, in February 1952". */
    private static final String NAME_APPOSED = ",\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,4},";

    private static final Pattern PAST_PERFECT_BEFORE = Pattern.compile("\\bhad\\s+(?:(?:not|never|already|previously"
            + "|earlier|also|first|once|just|recently)\\s+)?(?:been\\s+)?(?:\\p{Ll}+(?:ed|en|wn)|"
            + Resources.alternation("extract/text/irregular-past.txt") + ")\\b(?:[^,;:()“”\"]|" + NAME_APPOSED + ")*$");

    private static void advance(NarrativeClock clock, TemporalExpression e, Sentence told, int at,
            LocalDate reference) {
        int sentence = told.index();
        if ("PRESENT_REF".equals(e.value())) {
            clock.reset();
        } else if (e.type() == TimexType.TIME && e.date() != null && e.date().equals(clock.time())) {
            // a time of day on the day the story is at ("... on 2 December. ... at 2am") adds an hour, not a story:
            // the day stays as it was found, counted from the publication or set by the text, and is named again
            // for the next sentence's times ("at 9.20pm. ... Two more blasts followed at 9.30pm")
            clock.stay(sentence);
            clock.name(e.date(), sentence);
        } else if (e.date() != null && e.type().isPointInTime() && e.anchor() != Anchor.ESTIMATED) {
            // "Eighty years ago today": a day, week or month counted years back from the publication sets the story
            // there, as a date the text gives in full does ("By the end of August, Paris had been liberated")
            boolean yearsBack = e.anchor() == Anchor.PUBLICATION && e.date().precision().compareTo(Precision.YEAR) < 0
                    && e.date().start().getYear() <= reference.getYear() - 2;
            clock.moveTo(e.date(), yearsBack ? Anchor.ABSOLUTE : e.anchor(), sentence, at, OPENS_SENTENCE
                    .matcher(told.text()).region(0, Math.min(at, told.text().length())).matches());
        }
    }

    /**
     * Every rule's matches within a sentence, reduced to the longest non-overlapping ones (the earlier rule on a tie),
     * in text order: "from 6 a.m. | Tomorrow, the city ..." is a time of the day before, not of tomorrow.
     */
    List<Match> matches(String text, List<Sentence> sentences) {
        BitSet sentenceStarts = new BitSet(text.length());
        sentences.forEach(sentence -> sentenceStarts.set(sentence.start()));
        List<Match> all = new ArrayList<>();
        List<TimexRule> rules = book.rules();
        List<int[]> windows = windows(text);
        // whether a piece some rules need (a month name, a weekday...) occurs in a window, looked for once per window;
        // a piece or a rule none of whose strings the window holds is known to be absent at once
        byte[][] found = new byte[windows.size()][pieces.size()];
        BitSet[] holding = strings.found(text, windows);
        BitSet withStrings = strings.withStrings();
        for (int w = 0; w < windows.size(); w++) {
            for (int piece = withStrings.nextSetBit(0); piece >= 0 && piece < pieces.size();
                    piece = withStrings.nextSetBit(piece + 1)) {
                if (!holding[w].get(piece)) {
                    found[w][piece] = ABSENT;
                }
            }
        }
        Matcher[] finders = new Matcher[pieces.size()];
        for (int r = 0; r < rules.size(); r++) {
            Cancellation.checkpoint();
            TimexRule rule = rules.get(r);
            Matcher m = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            for (int w = 0; w < windows.size(); w++) {
                int[] window = windows.get(w);
                boolean ruledOut = withStrings.get(pieces.size() + r) && !holding[w].get(pieces.size() + r);
                if (ruledOut || !holdsAll(piecesOfRule[r], text, window, found[w], finders)) {
                    continue; // the rule cannot match here
                }
                m.region(window[0], window[1]);
                while (m.find()) {
                int start = rule.groups().contains("span") ? m.start("span") : m.start();
                int end = rule.groups().contains("span") ? m.end("span") : m.end();
                int nextSentence = sentenceStarts.nextSetBit(start + 1);
                if (end <= start || nextSentence >= 0 && nextSentence < end) {
                    continue;
                }
                Map<String, String> fields = new LinkedHashMap<>();
                for (String group : rule.groups()) {
                    String value = m.group(group);
                    if (value != null) {
                        fields.put(group, value);
                    }
                }
                all.add(new Match(rule, r, start, end, text.substring(start, end), fields));
                }
            }
        }
        all.sort(Comparator.comparingInt(Match::length).reversed().thenComparingInt(Match::order)
                .thenComparingInt(Match::start));
        BitSet taken = new BitSet(text.length());
        List<Match> kept = new ArrayList<>();
        for (Match match : all) {
            if (taken.nextSetBit(match.start()) >= match.end() || taken.nextSetBit(match.start()) < 0) {
                taken.set(match.start(), match.end());
                if (match.rule().kind() != RuleKind.NAME) { // a name only keeps dates out of its words
                    kept.add(match);
                }
            }
        }
        kept.sort(Comparator.comparingInt(Match::start));
        return kept;
    }

    private static final byte UNKNOWN = 0;
    private static final byte PRESENT = 1;
    private static final byte ABSENT = 2;

    /** Whether a window holds every piece a rule needs; {@code found} keeps what was looked for in it already. */
    private boolean holdsAll(int[] needs, String text, int[] window, byte[] found, Matcher[] finders) {
        for (int piece : needs) {
            if (found[piece] == ABSENT) {
                return false; // known already: no need to look for the others
            }
        }
        for (int piece : needs) {
            if (found[piece] == UNKNOWN) {
                if (finders[piece] == null) {
                    finders[piece] = pieces.get(piece).matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                }
                found[piece] = finders[piece].region(window[0], window[1]).find() ? PRESENT : ABSENT;
            }
            if (found[piece] == ABSENT) {
                return false;
            }
        }
        return true;
    }

    /** Room left around a trigger word for the rest of an expression: "until at least 2012", "2008 or 2009". */
    private static final int BEFORE_TRIGGER = 32;
    private static final int AFTER_TRIGGER = 32;

    /**
     * The stretches of text worth matching rules against: around each trigger word (a number, a month, a unit...),
     * merged where they overlap. Text without any trigger cannot hold a temporal expression, and most of an
     * article has none, so this is most of the engine's speed.
     */
    private List<int[]> windows(String text) {
        List<int[]> windows = new ArrayList<>();
        book.trigger().forEachMatch(text, t -> {
            int from = Math.max(0, t.start() - BEFORE_TRIGGER);
            int to = Math.min(text.length(), t.end() + AFTER_TRIGGER);
            int[] last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
            if (last != null && from <= last[1]) {
                last[1] = Math.max(last[1], to);
            } else {
                windows.add(new int[] { from, to });
            }
        });
        return windows;
    }

    /**
     * The full date a text opens with on a line of its own, perhaps under a title and a byline ("Tuesday, March 4,
     * 2008" above a Wikinews story, "Published: 4 March 2008"), or after the place it was filed from and before a dash
     * ("WASHINGTON, March 3, 2019 — The Senate ..."): the day the article was written, which stands in for a missing
     * publication date.
     */
    private LocalDate dateline(String text, List<Match> matches) {
        if (matches.isEmpty()) {
            return null;
        }
        Match first = matches.get(0);
        int lineStart = text.lastIndexOf('\n', first.start()) + 1;
        int lineEnd = text.indexOf('\n', first.end());
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        String line = text.substring(lineStart, lineEnd);
        String before = text.substring(lineStart, first.start());
        String after = text.substring(first.end(), lineEnd);
        // (a labelled date may end its own sentence on the story's line: "Published 12 May 2023. The council ...",
        // and so may a date given with its weekday: "Wednesday, January 9, 2008. Apple ...")
        boolean aloneOnFirstLine = HEADING_LINES.matcher(text.substring(0, lineStart)).matches()
                && book.cue("dateline").matcher(before).matches()
                && (book.cue("datelineafter").matcher(after).matches()
                        || (DATE_LABEL.matcher(before).find() || first.fields().containsKey("weekday"))
                                && FULL_STOP_NEXT.matcher(after).lookingAt());
        if (!aloneOnFirstLine) {
            return null;
        }
        TemporalExpression date = resolver.resolve(first, new TimexResolver.Situation(null, Anchor.UNRESOLVED,
                new NarrativeClock(), 0, line, new Tense.Cues(line), first.start() - lineStart));
        return date.anchor() == Anchor.ABSOLUTE && date.date() != null && date.date().precision() == Precision.DAY
                ? date.date().start() : null;
    }

    private static final Pattern DATE_LABEL = Pattern.compile("\\b(?i:published|posted|updated|dated|filed)\\b");
    private static final Pattern FULL_STOP_NEXT = Pattern.compile("\\.\\s");

    /**
     * What may stand above a dateline: nothing, or a title and a byline, up to two short lines that do not end a
     * sentence ("By Jane Smith, Political Correspondent").
     */
    private static final Pattern HEADING_LINES = Pattern.compile("\\s*(?:[^\\n]{1,100}(?<![.!?])\\n\\s*){0,2}");

    /**
     * With no publication date, the end of the latest year the text names stands in for it, flagged as estimated: the
     * latest named in a clause that does not look ahead ("said last month that the A350 would enter service in 2013"
     * names a year still to come), else the earliest of those to come: the text was written before all of them.
     */
    private LocalDate latestExplicitYearEnd(List<Match> matches, List<Sentence> sentences) {
        int earliestAhead = Integer.MAX_VALUE;
        int latestNotAhead = 0;
        int k = 0;
        Tense.Cues tenses = null;
        for (Match m : matches) {
            String year = m.fields().get("year");
            if (year == null) {
                continue;
            }
            int named = resolver.yearOf(year);
            int before = k;
            while (k < sentences.size() && sentences.get(k).end() <= m.start()) {
                k++;
            }
            Sentence sentence = k < sentences.size() && sentences.get(k).contains(m.start()) ? sentences.get(k) : null;
            tenses = sentence == null ? null : tenses == null || k != before ? new Tense.Cues(sentence.text()) : tenses;
            if (tenses != null && tenses.at(m.start() - sentence.start()) == Tense.FUTURE) {
                earliestAhead = Math.min(earliestAhead, named);
            } else {
                latestNotAhead = Math.max(latestNotAhead, named);
            }
        }
        int estimate = latestNotAhead > 0 ? latestNotAhead : earliestAhead;
        return estimate == Integer.MAX_VALUE ? null : LocalDate.of(estimate, 12, 31);
    }
}
