package org.eventtimeline.extract.time;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a rule's match into a TIMEX3 value. Complete dates stand alone; partial and relative ones are read against
 * the reference a careful reader would use: the story's current time when the text has moved into the past, the
 * publication date otherwise, with the clause's tense deciding between the last and the next February.
 */
final class TimexResolver {

    /** What a match is read against: the publication date (or its estimate) and the story's clock. */
    record Situation(LocalDate publication, Anchor publicationAnchor, NarrativeClock clock, int sentence,
            String sentenceText, Tense.Cues tenses, int positionInSentence) {

        Tense tense() {
            return tenses.at(positionInSentence);
        }

        /** Whether the cue occurs in the words around the expression (a bounded window keeps long texts linear). */
        boolean near(Pattern cue) {
            int from = Math.max(0, positionInSentence - 200);
            int to = Math.min(sentenceText.length(), positionInSentence + 200);
            return cue.matcher(sentenceText).region(from, to).find();
        }

        /**
         * Whether the cue occurs in the words before the expression or after it in its own clause: "returned in
         * January and found it had improved" is not told looking back.
         */
        boolean nearInItsClause(Pattern cue) {
            int from = Math.max(0, positionInSentence - 200);
            // (from the clause's ", and" or ", but": "It had been closed for months, and | was due to reopen in
            // January" looks ahead)
            Matcher and = AND_CLAUSE.matcher(sentenceText).region(from, positionInSentence);
            while (and.find()) {
                from = and.end();
            }
            int to = Math.max(positionInSentence, tenses.clauseEndAfter(positionInSentence));
            return cue.matcher(sentenceText).region(from, to).find();
        }

        /** Whether the sentence's words after the expression's {@code words} start with the cue. */
        boolean wordsAfterStartWith(Pattern cue, String words) {
            int end = Math.min(sentenceText.length(), positionInSentence + words.length());
            return cue.matcher(sentenceText).region(end, sentenceText.length()).lookingAt();
        }

        /** Whether the sentence's words up to the expression end with the cue (read from at most 240 before it). */
        boolean wordsBeforeEndWith(Pattern cue) {
            return cue.matcher(sentenceText).region(Math.max(0, positionInSentence - 240), positionInSentence).find();
        }

        /** Whether the cue occurs in the clause just before the expression (back to a semicolon or colon). */
        boolean justBefore(Pattern cue) {
            String before = sentenceText.substring(Math.max(0, positionInSentence - 60), positionInSentence);
            return cue.matcher(before.substring(Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')) + 1)).find();
        }

        /** Whether the words just before the expression end with the cue ("until" in "until Tuesday"). */
        boolean after(Pattern cue) {
            String before = sentenceText.substring(Math.max(0, positionInSentence - 24), positionInSentence);
            Matcher m = cue.matcher(before);
            while (m.find()) {
                if (before.substring(m.end()).isBlank()) {
                    return true;
                }
            }
            return false;
        }
    }

    private record Reference(CalendarDate period, Anchor anchor) {
    }

    private final RuleBook book;

    TimexResolver(RuleBook book) {
        this.book = book;
    }

    TemporalExpression resolve(TemporalTagger.Match match, Situation s) {
        TemporalExpression found = read(match, s);
        Map<String, String> f = match.fields();
        if ((f.containsKey("thistime") || f.containsKey("within")) && found.date() != null
                && found.date().precision() == Precision.YEAR
                && (found.anchor() == Anchor.PUBLICATION || found.anchor() == Anchor.DATELINE)) {
            // "this time last year", "20 years ago this month": the publication's month in that year (an estimated
            // publication date has no month to give); "30 years ago this week", the week of that number in that year
            int year = found.date().start().getYear();
            String within = f.getOrDefault("within", "").toLowerCase(Locale.ROOT);
            LocalDate day = dayNamed(within, s.publication());
            if (day != null) { // "a year ago today", "fifty years ago last Saturday": that day, then
                return found.withDate(CalendarDate.day(day.minusYears(s.publication().getYear() - year)));
            }
            if (within.endsWith("week")) {
                LocalDate published = s.publication();
                int weekYear = published.get(IsoFields.WEEK_BASED_YEAR) - (published.getYear() - year);
                LocalDate sameWeek = LocalDate.of(weekYear, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR,
                        Math.min(published.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 52));
                return found.withDate(CalendarDate.week(sameWeek));
            }
            return found.withDate(CalendarDate.month(year, s.publication().getMonthValue()));
        }
        if (f.containsKey("thisday") && found.date() != null && found.date().precision() == Precision.YEAR
                && s.publication() != null) {
            // "On this day in 1997": the publication's day of the year, then
            return found.withDate(CalendarDate.day(s.publication().withYear(found.date().start().getYear())));
        }
        CalendarDate named = f.containsKey("compared") ? s.clock().namedIn(s.sentence()) : null;
        if (named == null && "day".equalsIgnoreCase(f.get("compared")) && s.publication() != null) {
            named = CalendarDate.day(s.publication()); // "down 5% on the same day last year": the day it tells of
        }
        if (named != null && found.date() != null && found.date().precision() == Precision.YEAR
                && named.precision().compareTo(Precision.YEAR) < 0) {
            // "rose 34% in October compared with the same month last year": that October, a year before
            return found.withDate(named.plusYears(found.date().start().getYear() - named.start().getYear()));
        }
        if (found.date() == null || found.date().precision() != Precision.DAY) {
            return found;
        }
        if (f.containsKey("weekof")) {
            return found.withDate(CalendarDate.week(found.date().start())); // "the week of March 6": its week
        }
        if (f.containsKey("byday")) { // "the Monday after Thanksgiving": the first such weekday after it
            DayOfWeek weekday = DayOfWeek.of(Integer.parseInt(word("weekday", f.get("byday"))));
            LocalDate from = found.date().start();
            return found.withDate(CalendarDate.day(f.get("bydir").equalsIgnoreCase("before")
                    ? from.with(TemporalAdjusters.previous(weekday)) : from.with(TemporalAdjusters.next(weekday))));
        }
        if (f.containsKey("bydir")) { // "two days after Christmas", "the day before Thanksgiving"
            int count = f.containsKey("bynum") ? (int) count(f.get("bynum")) : 1;
            int days = count * (f.get("byunit").toLowerCase(Locale.ROOT).startsWith("week") ? 7 : 1);
            boolean before = f.get("bydir").equalsIgnoreCase("before");
            CalendarDate day = CalendarDate.day(found.date().start().plusDays(before ? -days : days));
            if (found.anchor() == Anchor.PUBLICATION && !f.containsKey("year") && s.publication() != null) {
                // "A week before Christmas, shops reported record footfall", on December 20: the latest such day
                // gone, not a week before the Christmas gone; the first one to come in a clause that looks ahead
                day = nearestOfItsYears(f, found.date(), before ? -days : days, s.publication(), s.tense());
            }
            // "the week before Christmas" is that week, where "a week before the deadline" is a day
            boolean theWeek = days == 7 && THE_WEEK.matcher(match.text()).lookingAt();
            return found.withDate(theWeek ? CalendarDate.week(day.start()) : day);
        }
        return found;
    }

    private static final Pattern THE_WEEK = Pattern.compile("(?i)the\\s+week\\b");

    /**
     * A day counted from a yearly date, in the year that puts it nearest the publication on the side the tense says:
     * the latest one not after it in the past, the first one not before it ahead.
     */
    private CalendarDate nearestOfItsYears(Map<String, String> f, CalendarDate from, int days, LocalDate published,
            Tense tense) {
        LocalDate best = from.start().plusDays(days);
        if (tense != Tense.PAST && tense != Tense.FUTURE) {
            return CalendarDate.day(best);
        }
        Predicate<LocalDate> onItsSide = d -> tense == Tense.PAST ? !d.isAfter(published) : !d.isBefore(published);
        ToLongFunction<LocalDate> distance = d -> Math.abs(ChronoUnit.DAYS.between(published, d));
        for (int year = from.start().getYear() - 1; year <= from.start().getYear() + 1; year++) {
            CalendarDate inThatYear = inYear(f, year);
            if (inThatYear == null || inThatYear.precision() != Precision.DAY) {
                continue;
            }
            LocalDate day = inThatYear.start().plusDays(days);
            boolean nearer = !onItsSide.test(best) || distance.applyAsLong(day) < distance.applyAsLong(best);
            if (onItsSide.test(day) && nearer) {
                best = day;
            }
        }
        return CalendarDate.day(best);
    }

    private TemporalExpression read(TemporalTagger.Match match, Situation s) {
        Map<String, String> f = match.fields();
        return switch (match.rule().kind()) {
            case DATE -> startOfTheDay(date(match, f, s), s, false);
            case OFFSET -> offset(match, f, s);
            case DAYWORD -> dayword(match, f, s);
            case NATTY -> natty(match, s);
            case TIME -> {
                TemporalExpression time = clockTime(match, f, s);
                // "Friday night ... at 9.40pm ... shortly after midnight" is the midnight that ends the Friday
                // "By Monday morning ... Winds had peaked at midnight" looks back to the one that began the Monday
                boolean lookingBack = time.anchor() == Anchor.NARRATIVE && s.justBefore(book.cue("pluperfect"));
                yield time.date() != null && s.clock().toldEveningOf(time.date()) ? time
                        : startOfTheDay(time, s, lookingBack);
            }
            case DURATION -> expression(match, TimexType.DURATION, duration(f), mod(f), null, Anchor.NONE);
            case SET -> expression(match, TimexType.SET, set(match.text(), f), null, null, Anchor.NONE);
            case VAGUE -> expression(match, TimexType.DATE, word("vague", f.get("vague")), null, null, Anchor.NONE);
            case NAME -> throw new IllegalArgumentException("a name is not resolved: " + match.text());
        };
    }

    /**
     * "Shortly after midnight on Friday" is the midnight that began the Friday, written as Thursday's 24:00 (the day
     * of what happened stays the Friday), as is "shortly after midnight" in a story told of the Friday, and "between
     * midnight and 2.30am" (or "from midnight") begins the night's small hours; "at midnight on Friday", a deadline,
     * is the one that ends it.
     */
    private static TemporalExpression startOfTheDay(TemporalExpression e, Situation s, boolean lookingBack) {
        if (e.date() == null || e.value() == null || !e.value().equals(e.date().value() + "T24:00")
                || !s.after(OPENS_THE_SMALL_HOURS) && !lookingBack) {
            return e;
        }
        return new TemporalExpression(e.text(), e.start(), e.end(), e.type(), e.date().plus(-1).value() + "T24:00",
                e.mod(), e.date(), e.anchor());
    }

    private static final Pattern AND_CLAUSE = Pattern.compile(",\\s+(?:and|but)\\s+|;\\s+");
    /** The words before a midnight that began a day: "shortly after", "between", "from". */
    private static final Pattern OPENS_THE_SMALL_HOURS = Pattern.compile("\\b(?:after|between|from)");
    private static final Pattern LATER = Pattern.compile("(?i)\\blater$");
    private static final Pattern BEFORE_MIDNIGHT = Pattern.compile("\\b(?:before|until|by)");

    // ---- calendar dates -------------------------------------------------------------------------------------

    private TemporalExpression date(TemporalTagger.Match m, Map<String, String> f, Situation s) {
        String mod = mod(f);
        if (f.containsKey("sameday")) { // "Hours later": the day the story is at, if it is at one
            Reference ref = story(s);
            CalendarDate beforeLookBack = LATER.matcher(m.text()).find() || "day".equalsIgnoreCase(f.get("sameday"))
                    ? s.clock().storyDayPastAnAside(s.sentence()) : null;
            if (beforeLookBack != null) {
                // "announced on Sunday ... He had faced pressure since a debate on June 27. He endorsed Harris
                // minutes later": minutes after the story's day, not the look back's; so "earlier in the day" after
                // "addressed Congress on Wednesday night, his first trip abroad since Russia invaded in February"
                ref = new Reference(beforeLookBack, Anchor.NARRATIVE);
            }
            CalendarDate opening = ref != null && ref.anchor() == Anchor.NARRATIVE
                    && ref.period().precision() != Precision.DAY
                            ? s.clock().dayBeforeALongerPeriod(s.sentence()) : null;
            if (opening != null) {
                ref = new Reference(opening, Anchor.NARRATIVE); // "on Monday after talks collapsed over the weekend"
            }
            if (ref != null && ref.anchor() == Anchor.NARRATIVE && ref.period().precision() == Precision.DAY) {
                return located(m, ref.period(), ref.anchor(), mod, f);
            }
            Reference news = "day".equalsIgnoreCase(f.get("sameday")) ? publication(s) : null;
            return news != null ? located(m, news.period(), news.anchor(), mod, f) // "Later in the day": the news's
                    : unresolved(m, "XXXX-XX-XX");
        }
        if (f.containsKey("yearapart")) {
            // "On the same day a year earlier, it stood at 11,740": the story's day (the news's, if the story is at no
            // day), a year before
            Precision compared = unitPrecision(f.get("compared"));
            Reference ref = story(s);
            if (ref != null && ref.period().precision().compareTo(compared) > 0) {
                ref = publication(s);
            }
            return ref == null ? unresolved(m, unknownPeriod(f))
                    : located(m, atPrecision(ref.period(), compared).plusYears(-1), ref.anchor(), mod, f);
        }
        if (f.containsKey("decade")) {
            return absolute(m, decade(f.get("decade"), s), mod);
        }
        if (f.containsKey("turn")) {
            return turnOf(m, f, s);
        }
        if (f.containsKey("century")) {
            return absolute(m, CalendarDate.century(ordinal(f.get("century")) - 1), mod);
        }
        if (f.containsKey("yearago") || f.containsKey("latest")) {
            return reportedQuarter(m, f, s, mod);
        }
        if (f.containsKey("endyear")) {
            return absolute(m, yearSpan(yearOf(f.get("year")), f.get("endyear")), mod);
        }
        Integer year = year(f, s);
        if (year != null) {
            return absolute(m, inYear(f, year), mod);
        }
        if (f.containsKey("shift") || f.containsKey("skip") || f.containsKey("agocount")) {
            return shifted(m, f, s, mod);
        }
        if (f.containsKey("unit")) { // "earlier this month", "the weekend"
            Reference ref = ofTheStory(m, f, s) ? story(s) : publication(s);
            if (ref == null) {
                return unresolved(m, unknownPeriod(f));
            }
            CalendarDate period = atPrecision(ref.period(), unitPrecision(f.get("unit")));
            CalendarDate part = FULL_YEAR.matcher(m.text()).find() ? s.clock().justNamed(s.sentence()) : null;
            Anchor anchor = ref.anchor();
            if (part != null && FIGURE_PERIODS.contains(part.precision())) {
                // "Profits rose in the fourth quarter. For the full year, ...": the year of the quarter reported on
                period = CalendarDate.year(part.start().getYear());
                anchor = Anchor.NARRATIVE;
            }
            if (f.containsKey("quarter") || f.containsKey("half")) {
                return located(m, inYear(f, period.start().getYear()), anchor, mod, f); // "the first half of the year"
            }
            if (s.tense() == Tense.FUTURE && TURN_OF.matcher(m.text()).lookingAt()) {
                period = period.plus(1); // "to peak around the turn of the year", in October: the one to come
            }
            if (s.tense() == Tense.FUTURE && period.precision() == Precision.WEEK
                    && MIDDLE.matcher(f.getOrDefault("part", "")).lookingAt()) {
                period = middleToCome(period, ref.period(), s);
            }
            if ("weekend".equalsIgnoreCase(f.get("unit").trim())) {
                CalendarDate day = s.tense() == Tense.FUTURE ? s.clock().namedWithin(s.sentence(), 0) : null;
                if (day != null && day.precision() == Precision.DAY && day.start().isAfter(ref.period().start())) {
                    period = atPrecision(day, Precision.WEEK); // "leave on Thursday and meet him over the weekend"
                }
                period = weekend(period);
                if (s.tense() == Tense.PAST && period.start().isAfter(ref.period().start())) {
                    period = weekend(period.plus(-1)); // the weekend just gone (but "continues through the weekend")
                }
            }
            return located(m, period, anchor, mod, f);
        }
        if (f.containsKey("weekday") && !f.containsKey("month") && !f.containsKey("day")) {
            return weekday(m, f, s, mod);
        }
        if (f.containsKey("day") && !f.containsKey("month")) {
            return dayOfMonth(m, f, s, mod);
        }
        return partial(m, f, s, mod);
    }

    /**
     * "By the end of the month, the factories had closed", after "on March 11": a part of "the" month or week in a
     * past clause is of the story's month or week ("this month" stays the publication's), and of "the" decade of a
     * story the text told, and of "the" day the story is at.
     */
    private boolean ofTheStory(TemporalTagger.Match m, Map<String, String> f, Situation s) {
        String unit = f.get("unit").trim().toLowerCase(Locale.ROOT);
        if (!f.containsKey("part") || s.tense() != Tense.PAST || !THE_UNIT.matcher(m.text()).find()) {
            return false;
        }
        if (unit.equals("month") || unit.equals("week")) {
            return true;
        }
        if (unit.equals("day")) {
            // "The court sat on 3 March. A ruling was expected by the end of the day": that day, not a year's
            CalendarDate day = s.clock().time();
            return day != null && day.precision() == Precision.DAY;
        }
        // "The decline began in the 1970s. By the end of the decade, ...": the decade the story told of, or told in
        // ("Two years later it had 50 staff, and by the end of the decade ..." after 1998)
        CalendarDate told = s.clock().toldByTheText();
        return unit.equals("decade") && told != null && told.precision() != Precision.CENTURY;
    }

    /**
     * The week whose middle is still to come: that of a later day the sentence named ("40C on Monday and Tuesday,
     * before a cooler spell from midweek", on a Friday), else this one until its Wednesday, else the next.
     */
    private static CalendarDate middleToCome(CalendarDate week, CalendarDate today, Situation s) {
        CalendarDate day = s.clock().namedWithin(s.sentence(), 0);
        if (day != null && day.precision() == Precision.DAY && day.start().isAfter(week.end())) {
            return CalendarDate.week(day.start());
        }
        return today.start().getDayOfWeek().compareTo(DayOfWeek.WEDNESDAY) > 0 ? week.plus(1) : week;
    }

    private static final Pattern MIDDLE = Pattern.compile("(?i)\\s*(?:mid|the\\s+middle)");

    /** The start of a unit that turns into the next: "the turn of the year". */
    private static final Pattern TURN_OF = Pattern.compile("(?i)the\\s+turn\\s+of\\b");
    private static final Pattern THE_UNIT = Pattern.compile("(?i)\\bthe\\s+(?:month|week|decade|day)\\b");

    /**
     * "On the 15th": a day of the month the story has just named ("In March 2008 ... on the 15th") unless the clause
     * looks forward from a month gone, or else of the publication's month, the one before in a past clause when that
     * day is still to come, the one after in a future clause when it has gone.
     */
    private TemporalExpression dayOfMonth(TemporalTagger.Match m, Map<String, String> f, Situation s, String mod) {
        int day = ordinal(f.get("day"));
        String unknownMonth = "XXXX-XX-" + String.format("%02d", day);
        CalendarDate named = s.clock().justNamed(s.sentence());
        if (named != null && s.publication() != null && lookingAhead(s) == Tense.FUTURE
                && named.end().isBefore(s.publication())) {
            named = null; // "Workers voted on 3/9/2019 to reject the offer. Talks resume on the 24th": to come
        } else if (named != null && s.publication() != null && lookingAhead(s) == Tense.PAST
                && named.start().isAfter(s.publication())) {
            named = null; // "The strike will end on the 9th. Workers walked out on the 14th": gone
        }
        Reference ref;
        LocalDate month;
        if (named != null && named.precision().compareTo(Precision.MONTH) <= 0 && named.precision() != Precision.WEEK) {
            ref = new Reference(named, Anchor.NARRATIVE);
            month = named.start().withDayOfMonth(1);
        } else {
            ref = publication(s);
            if (ref == null || ref.anchor() == Anchor.ESTIMATED) {
                return unresolved(m, unknownMonth);
            }
            LocalDate published = ref.period().start();
            Tense tense = lookingAhead(s);
            month = published.withDayOfMonth(1);
            if (tense == Tense.PAST && day > published.getDayOfMonth()) {
                month = month.minusMonths(1);
            } else if (tense == Tense.FUTURE && day < published.getDayOfMonth()) {
                month = month.plusMonths(1);
            }
        }
        if (f.containsKey("weekday")) {
            month = monthWhereTheDayIs(month, day, weekdayOf(f), lookingAhead(s) == Tense.FUTURE);
        }
        if (day > month.lengthOfMonth()) {
            return unresolved(m, unknownMonth);
        }
        return located(m, CalendarDate.day(month.withDayOfMonth(day)), ref.anchor(), mod, f);
    }

    /**
     * The month nearest to this one in which the day falls on the weekday: "filed the motion on Friday the 12th", after
     * "moved to the 19th of April" in 2021, is March's 12th, a Friday (the tense's way first on a tie). This month
     * when none within half a year does.
     */
    private static LocalDate monthWhereTheDayIs(LocalDate month, int day, DayOfWeek weekday, boolean ahead) {
        for (int distance = 0; distance <= 6; distance++) {
            for (int sign : ahead ? new int[] { 1, -1 } : new int[] { -1, 1 }) {
                LocalDate candidate = month.plusMonths((long) sign * distance);
                if (day <= candidate.lengthOfMonth() && candidate.withDayOfMonth(day).getDayOfWeek() == weekday) {
                    return candidate;
                }
            }
        }
        return month;
    }

    /**
     * The quarter a company report is about: the current one, or the one just ended when the publication date is in
     * the first weeks of a new quarter; "year-ago" moves it, or the named quarter, back a year. Figures set against
     * a year the text has just named are that year's.
     */
    private TemporalExpression reportedQuarter(TemporalTagger.Match m, Map<String, String> f, Situation s, String mod) {
        Reference ref = publication(s);
        if (ref == null || ref.anchor() == Anchor.ESTIMATED) {
            return unresolved(m, "XXXX-QX");
        }
        LocalDate day = ref.period().start();
        CalendarDate named = s.clock().justNamed(s.sentence());
        if (f.containsKey("figures") && named != null && named.precision() == Precision.YEAR
                && named.start().getYear() < day.getYear()) {
            return located(m, named, ref.anchor(), mod, f); // "Last year net was ... The year-earlier results ..."
        }
        // "the current quarter" is the one under way; "the quarter", "the latest quarter" the one reported on
        CalendarDate quarter = "current".equalsIgnoreCase(f.getOrDefault("latest", "").trim())
                ? atPrecision(ref.period(), Precision.QUARTER)
                : quarterReportedOn(day);
        if (f.containsKey("quarter")) {
            quarter = CalendarDate.quarter(quarter.start().getYear(), quarter(f.get("quarter")));
        }
        if (f.containsKey("yearago")) {
            quarter = quarter.plus(-4);
        }
        return located(m, quarter, ref.anchor(), mod, f);
    }

    /** The quarter a report published on this day is about: the current one, or the one just ended. */
    private static CalendarDate quarterReportedOn(LocalDate day) {
        CalendarDate quarter = atPrecision(CalendarDate.day(day), Precision.QUARTER);
        return day.isBefore(quarter.start().plusWeeks(7)) ? quarter.plus(-1) : quarter;
    }

    /**
     * Whether the month a period of figures runs to ended in the last two months: the figures "expected to show growth
     * in the three months to December", in January, are the quarter just gone, not yet reported.
     */
    private static boolean justEnded(IntFunction<CalendarDate> inYear, LocalDate day) {
        CalendarDate here = inYear.apply(day.getYear());
        CalendarDate gone = here.end().isBefore(day) ? here : inYear.apply(day.getYear() - 1);
        return gone.precision() == Precision.MONTH && !gone.end().plusMonths(2).isBefore(day);
    }

    /** Month, month and day, season, quarter or holiday without a year. */
    private TemporalExpression partial(TemporalTagger.Match m, Map<String, String> f, Situation s, String mod) {
        IntFunction<CalendarDate> inYear = y -> inYear(f, y);
        // A chronology's entry ("Dec. 12 – Okafor is arrested") goes on from the entry before, however far back, and
        // tells the past in the present.
        CalendarDate within = withinPeriodNamed(inYear, s);
        if (within == null) {
            within = dayOfThePeriodNamed(inYear, s);
        }
        if (within != null) {
            return located(m, yearItBegins(f, within), Anchor.NARRATIVE, mod, f);
        }
        CalendarDate sameSentence = dayAfterTheSentencesDay(inYear, s);
        if (sameSentence == null && !f.containsKey("day") && s.after(book.cue("deadline"))) {
            sameSentence = endAfterTheSentencesDate(inYear, s);
        }
        if (sameSentence != null) {
            return located(m, sameSentence, Anchor.NARRATIVE, mod, f);
        }
        boolean entry = isChronologyEntry(m, s);
        CalendarDate story = f.containsKey("quarter") ? null : entry ? s.clock().toldByTheText()
                : storyTime(s);
        if (story != null && !entry && f.containsKey("month") && !f.containsKey("day") && s.publication() != null
                && (s.tenses().holds(book.cue("newsweekday")) || s.after(book.cue("asidebefore"))
                        && s.wordsAfterStartWith(book.cue("saidafter"), m.text()))) {
            story = null; // "Sunak, who had called the election in May, conceded on Friday": the news's May
        }
        // The story's year only for a past-tense clause ("will join on March 12" is still to come), and only for a
        // story told of an earlier year: after "cut emissions by 2030", "warned in July" is not July 2030. A story
        // told by the decade ("In the mid-1990s she worked in Osaka") has no year to give "April 10".
        // An estimated publication date is the end of the latest year the text names: the story may be in it.
        boolean lastDone = s.after(book.cue("lastdone")) // "last inspected in October": the one just gone
                // "left it in 2020, rejoined in 2021 and withdrew again in January": a later January, the news's
                || story != null && story.precision() == Precision.YEAR && s.after(book.cue("againin"))
                || s.after(book.cue("since")) && s.near(book.cue("perfect")) // "Since January, ... have been"
                || book.cue("sinceclause").matcher(s.sentenceText()).region(Math.max(0, s.positionInSentence() - 120),
                        s.positionInSentence()).find() && !s.near(book.cue("pluperfect"));
        if (story != null && !lastDone && story.precision().compareTo(Precision.YEAR) <= 0
                && (entry || s.tense() == Tense.PAST && !s.justBefore(book.cue("perfectverb")))
                && (s.publication() == null || story.start().getYear() < s.publication().getYear()
                        || s.publicationAnchor() == Anchor.ESTIMATED
                                && story.start().getYear() == s.publication().getYear())) {
            boolean lookingBack = s.nearInItsClause(book.cue("pluperfect"));
            CalendarDate inStory = inStoryYear(inYear, story, lookingBack, s.publication());
            if (entry || !freshDayInstead(inYear, inStory, story, lookingBack, s)) {
                return located(m, yearItBegins(f, inStory), Anchor.NARRATIVE, mod, f);
            }
        }
        Reference ref = saidOnAStoryDay(s);
        if (ref == null) {
            ref = publication(s);
        }
        if (ref == null) {
            return unresolved(m, unknownYear(f));
        }
        LocalDate day = ref.period().start();
        if (f.containsKey("weekday") && f.containsKey("day")) {
            CalendarDate named = yearOfWeekday(f, day.getYear());
            if (named != null) {
                // "Monday, Oct. 26": the year whose Oct. 26 is a Monday, near enough even to an estimated year (and
                // "noon on Friday, March 10" keeps its time of day)
                return ref.anchor() == Anchor.ESTIMATED ? dated(m, named, daypart(f), mod, Anchor.ESTIMATED)
                        : located(m, named, ref.anchor(), mod, f);
            }
        }
        boolean gone = lastDone || s.after(book.cue("since")) // "since January": never one to come
                || s.after(book.cue("periodto")) && (s.tense() != Tense.FUTURE || s.justBefore(book.cue("comparison"))
                        || justEnded(inYear, day));
        // "agreed in late November" or "In January, the board hired ..." in an article of September: the one gone
        boolean opens = s.tense() == Tense.PAST && (s.tenses().opensSentence(s.positionInSentence())
                || s.tenses().opensClause(s.positionInSentence()));
        boolean done = opens || s.tense() == Tense.PAST && s.tenses().pastVerbJustBefore(s.positionInSentence());
        // "In January, floods swept ..." in late December: a past clause that opens with its date never looks ahead
        // a chronology's entries tell the past in the present ("Feb. 2 - Protests begin in the capital"), unless one
        // says what is still to come ("Nov. 5 - Parliament will vote on the budget")
        Tense tense = gone || entry && !s.near(book.cue("fromnow")) ? Tense.PAST : lookingAhead(s);
        if (tense == Tense.FUTURE && s.tenses().aheadOfAPastClause(s.positionInSentence())) {
            tense = Tense.PRESENT; // "had warned ... in the run-up to Christmas": the nearest, either side
        }
        CalendarDate read = yearItBegins(f, nearest(inYear, day, tense, done, gone || opens,
                tense == Tense.FUTURE && aFutureInThePresent(s), tense == Tense.FUTURE
                && (s.after(book.cue("dueby")) || !s.nearInItsClause(book.cue("quarterfigures")))));
        CalendarDate told = s.clock().toldByTheText();
        // or the year it last named looking back: "It was 50 years ago that ... The crew had launched on July 16,
        // 1969. ... They splashed down on July 24"
        told = told != null ? told : s.clock().storyNamedWithin(s.sentence(), 2);
        if (s.tense() == Tense.PAST && read.start().isAfter(day) && told != null && !entry
                && told.end().getYear() < day.getYear() && !s.near(book.cue("perfectverb"))) {
            // a past clause read as days still to come is rather the story the text told a while ago: "Apollo 11
            // launched on July 16, 1969. ... The crew splashed down on July 24", in an article of July 20
            CalendarDate inStory = inStoryYear(inYear, told, false, s.publication());
            return located(m, yearItBegins(f, inStory), Anchor.NARRATIVE, mod, f);
        }
        boolean namesAnEvent = namesAnEventOfTheDay(m, f, s);
        if (namesAnEvent && s.tense() == Tense.PAST && ChronoUnit.DAYS.between(day, read.start()) > COMING_DAYS) {
            // a day that names a thing in a past clause may be weeks ahead ("gave no reason for the Jan. 14
            // deadline"), but not months: "stormed a ministry in the Jan. 6 riot", in November, is one gone
            read = yearItBegins(f, nearest(inYear, day, Tense.PAST, true, true, false, false));
        }
        if (namesAnEvent && ChronoUnit.DAYS.between(read.end(), day) > HISTORY_DAYS) {
            return unresolved(m, unknownYear(f)); // "the Sept. 11 attacks" in an August article: some earlier year's
        }
        return located(m, read, ref.anchor(), mod, f);
    }

    /**
     * A day without a year in a past clause after a day its own sentence dated in an earlier year, on or after that
     * day: "Apollo 11 had launched on July 16, 1969, and landed on July 20" is 1969's, even where the look back left
     * the story elsewhere; null otherwise.
     */
    private static CalendarDate dayAfterTheSentencesDay(IntFunction<CalendarDate> inYear, Situation s) {
        CalendarDate day = s.clock().dayNamedWithin(s.sentence(), 0);
        if (day == null || day.precision() != Precision.DAY || s.publication() == null || s.tense() != Tense.PAST
                || day.start().getYear() >= s.publication().getYear()) {
            return null;
        }
        CalendarDate same = inYear.apply(day.start().getYear());
        return same.precision() == Precision.DAY && !same.start().isBefore(day.start()) ? same : null;
    }

    /**
     * A month without a year that a past clause sets as the end of something, after a date its own sentence named
     * before it and before publication: "In June, he persuaded ministers to extend the scheme until August" (in
     * October) is the August after that June, not the next one; null otherwise.
     */
    private static CalendarDate endAfterTheSentencesDate(IntFunction<CalendarDate> inYear, Situation s) {
        CalendarDate named = s.clock().namedWithin(s.sentence(), 0);
        if (named == null || s.publication() == null || named.precision().compareTo(Precision.MONTH) > 0
                || !named.end().isBefore(s.publication()) || !s.tenses().toldInThePastBefore(s.positionInSentence())) {
            return null;
        }
        CalendarDate end = inYear.apply(named.start().getYear());
        // (a season may hold the month: "In June, ... through the summer" is that summer)
        return end.end().isAfter(named.end()) ? end : inYear.apply(named.start().getYear() + 1);
    }

    /**
     * Whether a day or a month without a year that would step the story back to before its time ("applied in October
     * 2024; the panel backed it on Sept. 12"), or on into the year after a single date of background, is rather one
     * of the last weeks before publication: news gives the year of a day in an earlier year, and a story rarely steps
     * back to a day it has not named, unless in the past perfect.
     */
    private static boolean freshDayInstead(IntFunction<CalendarDate> inYear, CalendarDate inStory, CalendarDate story,
            boolean lookingBack, Situation s) {
        // nor, after a single date of background, a year past it: "Johnson won a landslide election in December 2019.
        // He survived a confidence vote on June 6", in July 2022, is this June's
        boolean pastTheBackground = inStory.start().getYear() > story.start().getYear() && !s.clock().storyToldAlong();
        // nor, in news, a day in the year of a single sentence of background: "Syrian rebels entered the capital on
        // Sunday ... His father seized power in 1970. The rebels took Aleppo on 30 November" is this November's
        boolean inTheBackground = story.precision() == Precision.YEAR && s.clock().newsTold()
                && !s.clock().storyToldAlong();
        // nor the publication's own day in an earlier year: "He was sentenced in 2019 and released on parole on 1
        // October", published on 1 October, was released that day
        boolean publicationsDay = s.publication() != null && inStory.precision() == Precision.DAY
                && inStory.start().getYear() < s.publication().getYear()
                && MonthDay.from(inStory.start()).equals(MonthDay.from(s.publication()));
        boolean fresher = pastTheBackground || inTheBackground || publicationsDay;
        // (a month too: "captured in December 2003 ... and sentenced to death in November", in late December 2006)
        boolean dayOrMonth = inStory.precision() == Precision.DAY || inStory.precision() == Precision.MONTH;
        // but a look back in the past perfect does step back: "captured in December 2003. He had fled in November"
        boolean stepsBack = inStory.end().isBefore(story.start()) && !lookingBack;
        if (s.publication() == null || !dayOrMonth || !stepsBack && !fresher) {
            return false;
        }
        CalendarDate fresh = inYear.apply(s.publication().getYear());
        long daysBefore = ChronoUnit.DAYS.between(fresh.end(), s.publication());
        return fresh.precision() == inStory.precision() && !fresh.start().isAfter(s.publication()) && daysBefore >= 0
                && daysBefore <= FRESH_DAYS;
    }

    /** How far back a day without a year may lie and still be the news's own ("on Sept. 12", three weeks ago). */
    private static final int FRESH_DAYS = 60;

    /**
     * The one reading of a date without a year that lies within a longer period its sentence opens with: "Last year,
     * sales fell in March" is March of last year, "Last winter ... in January" the January of that winter.
     */
    private CalendarDate withinPeriodNamed(IntFunction<CalendarDate> inYear, Situation s) {
        CalendarDate period = s.clock().openedWith(s.sentence(), s.sentenceText(), book.cue("scene"));
        if (period == null || period.precision().compareTo(Precision.MONTH) <= 0
                || period.end().getYear() - period.start().getYear() > 1) {
            return null;
        }
        LocalDate published = s.publication();
        if (published != null && (s.tense() == Tense.FUTURE && period.end().isBefore(published)
                || s.tense() == Tense.PAST && period.start().isAfter(published))) {
            return null; // "Sales rose last year, and it expects growth in March": another clause's time
        }
        return readingWithin(inYear, period);
    }

    /** The reading of a date without a year that lies within the period, or null. */
    private static CalendarDate readingWithin(IntFunction<CalendarDate> inYear, CalendarDate period) {
        for (int year = period.start().getYear(); year <= period.end().getYear(); year++) {
            CalendarDate candidate = inYear.apply(year);
            if (!candidate.start().isBefore(period.start()) && !candidate.end().isAfter(period.end())) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * The reading of a day that says when a period just named ends or begins: "through the end of the fiscal year on
     * Sept. 30" is the 30 September of that year.
     */
    private CalendarDate dayOfThePeriodNamed(IntFunction<CalendarDate> inYear, Situation s) {
        CalendarDate period = s.after(book.cue("periodday")) ? s.clock().namedIn(s.sentence()) : null;
        return period == null || period.precision().compareTo(Precision.MONTH) <= 0 ? null
                : readingWithin(inYear, period);
    }

    /**
     * The story's time for a date without a year in this sentence: none in a sentence that speaks of the publication's
     * days, even after a year it names ("expect this year to surpass 2023 by the end of December").
     */
    private CalendarDate storyTime(Situation s) {
        CalendarDate story = s.clock().recent(s.sentence());
        if (story != null && s.publication() != null && story.end().isBefore(s.publication())
                && s.justBefore(book.cue("fromnow"))) {
            return null; // "A week earlier, a strike killed seven. Talks are due to resume on Monday": the next Monday
        }
        return story != null && s.tenses().holds(book.cue("newsnow")) ? null : story;
    }

    /** A date that opens its sentence before a dash or colon, as a chronology's entries do: "Nov. 8 – A rival ...". */
    private static boolean isChronologyEntry(TemporalTagger.Match m, Situation s) {
        return s.positionInSentence() == 0 && CHRONOLOGY_DASH.matcher(s.sentenceText())
                .region(Math.min(m.text().length(), s.sentenceText().length()), s.sentenceText().length()).lookingAt();
    }

    private static final Pattern CHRONOLOGY_DASH = Pattern.compile("\\s*[–—]\\s|\\s+-\\s|:\\s");

    /**
     * Days before the publication date after which a day that names an event ("the Sept. 11 attacks", "the Jan. 6
     * riot") is more likely history the reader knows the year of than last year's news: the year is left unknown.
     */
    private static final int HISTORY_DAYS = 300;
    /** How far ahead a day that names a thing in a past clause may be: a deadline or a meeting weeks away. */
    private static final int COMING_DAYS = 31;
    /** How far past the publication date "ten days on" may land and still mean the writer's present. */
    private static final int LOOSE_DAYS_ON = 3;

    /** A month and day, without year or weekday, that names what happened on it: "the Oct. 23 slaying". */
    private static boolean namesAnEventOfTheDay(TemporalTagger.Match m, Map<String, String> f, Situation s) {
        return f.containsKey("day") && !f.containsKey("weekday") && TemporalTagger.isModifier(s.sentenceText(),
                s.positionInSentence(), s.positionInSentence() + m.text().length());
    }

    /**
     * A weekday whose clause goes on in the present after a story told of more than a week before: "The court heard
     * he bought the knife two weeks before the attack on 14 March 2025. ... His trial began on Monday and is expected
     * to last three weeks" is the news's Monday.
     */
    private boolean goesOnToNow(TemporalTagger.Match m, CalendarDate story, Situation s) {
        int end = Math.min(s.sentenceText().length(), s.positionInSentence() + m.text().length());
        return story != null && s.publication() != null && story.end().isBefore(s.publication().minusDays(7))
                && book.cue("goesontonow").matcher(s.sentenceText()).region(end, s.sentenceText().length()).lookingAt();
    }

    /** A clause that looks ahead from now: "The hearing resumes on Wednesday", not "he said he would leave". */
    private boolean aFutureInThePresent(Situation s) {
        return s.tense() == Tense.FUTURE && !s.justBefore(book.cue("futureinthepast"));
    }

    /** The clause's tense, where a deadline in a present clause is to come: "has until April 15", "until Tuesday". */
    private Tense lookingAhead(Situation s) {
        if (s.after(book.cue("figurefrom"))) {
            return Tense.PAST; // "expects profit of £310m, down from £400m in July": what the figure was, then
        }
        return s.tense() == Tense.PRESENT && s.after(book.cue("deadline")) ? Tense.FUTURE : s.tense();
    }

    /** The day found, or the year it begins where the holiday names a year ("in the new year"). */
    private CalendarDate yearItBegins(Map<String, String> f, CalendarDate day) {
        boolean namesYear = f.containsKey("holiday") && book.words("holiday").values(f.get("holiday"))
                .filter(v -> v.length > 1 && v[1].equals("year")).isPresent();
        return namesYear ? CalendarDate.year(day.start().getYear()) : day;
    }

    /**
     * A month or day without a year in a story told of {@code story}: in the story's year, unless the story has
     * reached a month and the date is nearer ahead in the next year than behind in this one, a step back counting
     * ten times as far, and the next year's is not still to come at publication. A story told in the past goes
     * forward: after "By December 2008, ...", "In January, Obama took office" is January 2009, and after "was rated
     * inadequate in March 2025", "Inspectors returned in January" is January 2026; it steps back a month or so
     * ("the previous month, in May" after "June 2008" is still May 2008). A past perfect looks back: after "in
     * August 2017", "He had spent a month in hospital in February" is not February 2018.
     */
    private static CalendarDate inStoryYear(IntFunction<CalendarDate> inYear, CalendarDate story, boolean lookingBack,
            LocalDate published) {
        CalendarDate same = inYear.apply(story.start().getYear());
        if (story.precision().compareTo(Precision.MONTH) > 0 || !same.end().isBefore(story.start()) || lookingBack) {
            return same;
        }
        CalendarDate next = inYear.apply(story.start().getYear() + 1);
        long behind = ChronoUnit.DAYS.between(same.end(), story.start());
        long ahead = ChronoUnit.DAYS.between(story.end(), next.start());
        boolean toCome = published != null && next.start().isAfter(published);
        return ahead < STEP_BACK_COST * behind && !toCome ? next : same;
    }

    /** How many times as far a step back in a story counts as one forward (see inStoryYear). */
    private static final int STEP_BACK_COST = 10;

    /** Of the years around {@code year}, the nearest one in which the day and month fall on the named weekday. */
    private CalendarDate yearOfWeekday(Map<String, String> f, int year) {
        int weekday = Integer.parseInt(word("weekday", f.get("weekday")));
        for (int distance : new int[] { 0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6 }) {
            CalendarDate d = inYear(f, year + distance);
            if (d.precision() == Precision.DAY && d.start().getDayOfWeek().getValue() == weekday) {
                return d;
            }
        }
        return null;
    }

    /**
     * The year's period nearest the reference day, one still to come in a past clause counting four times as far and
     * one gone in a future clause ten times: in an article of 30 October, a past "Nov. 13" is still the coming one,
     * a past "February" the last one; in an article of 4 March, "a mission in December" is the coming December.
     * A date that is {@code gone} ("since January") is never one still to come, and one a past verb says when it
     * happened ({@code done}: "agreed in late November") only if it is days away. A day a clause says plainly is to
     * come ({@code ahead}: "will run on 27 August", not "said it would") is gone by only if it is a day or two behind,
     * as a publication date can be; a quarter something is due by ({@code dueBy}) is one still to come.
     */
    private static CalendarDate nearest(IntFunction<CalendarDate> inYear, LocalDate day, Tense tense, boolean done,
            boolean gone, boolean ahead, boolean dueBy) {
        CalendarDate best = null;
        long bestCost = Long.MAX_VALUE;
        for (int year = day.getYear() - 1; year <= day.getYear() + 1; year++) {
            CalendarDate candidate = inYear.apply(year);
            long after = ChronoUnit.DAYS.between(day, candidate.start());
            long before = ChronoUnit.DAYS.between(candidate.end(), day);
            // a quarter in a past clause is one reported on, never one to come ("earned $5 million in the first quarter")
            // a day a past verb governs ("peaked on Thanksgiving") even more rarely than a month
            long pastAhead = gone ? 1_000_000 : candidate.precision() == Precision.QUARTER ? 100
                    : done ? (candidate.precision().compareTo(Precision.WEEK) <= 0 ? 40 : 20) : 4;
            // a quarter is reported on after it ends ("expects to report third-quarter results"), unless something is
            // due by it ("running by the end of the first quarter"); any other date gone by is rarely what a future
            // clause means, unless it is just gone ("hoped she would ... the Aug. 7 blasts"); a month that has ended,
            // even weeks ago, almost never ("delay it until after the election in October")
            long futureBehind = candidate.precision() == Precision.QUARTER ? (dueBy ? 30 : 2)
                    : candidate.precision() == Precision.MONTH ? 30 : ahead ? 150 : 10;
            long cost = after > 0 ? after * (tense == Tense.PAST ? pastAhead : 1)
                    : before > 0 ? before * (tense == Tense.FUTURE ? futureBehind : 1) : 0;
            if (cost < bestCost) {
                best = candidate;
                bestCost = cost;
            }
        }
        return best;
    }

    private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b");
    private static final Pattern WEEKDAY_WEEK = Pattern.compile("(?i)^(\\p{L}+day)\\s+week$");
    private static final Set<Precision> FIGURE_PERIODS = EnumSet.of(Precision.QUARTER, Precision.HALF);
    private static final Pattern FULL_YEAR = Pattern.compile("(?i)\\bfull\\s+year");

    /** Whether the text has told only of a year before the publication's so far ("It was July 1977 ..."). */
    private static boolean toldOnlyOfAnEarlierYear(Situation s) {
        CalendarDate past = s.clock().pastOnly();
        return past != null && s.publication() != null && past.end().getYear() < s.publication().getYear();
    }

    /**
     * Whether counting a weekday from a story's day still to come would put it more than a week after publication:
     * news names a day by its weekday only within a week of its own, so in "They will ship on the 26th. Pre-orders
     * open on Friday." Friday is this week's, not the 26th.
     */
    private static boolean beyondTheComingWeek(CalendarDate story, DayOfWeek weekday, Situation s) {
        LocalDate published = s.publication();
        return published != null && story.start().isAfter(published)
                && ChronoUnit.DAYS.between(published, story.start().with(TemporalAdjusters.nextOrSame(weekday))) > 7;
    }

    private TemporalExpression weekday(TemporalTagger.Match m, Map<String, String> f, Situation s, String mod) {
        DayOfWeek weekday = weekdayOf(f);
        CalendarDate named = f.containsKey("following") ? s.clock().dayNamedWithin(s.sentence(), 3) : null;
        if (named != null && named.precision() == Precision.DAY) {
            // "The fire broke out on March 3. On the Friday, ...": the first such weekday after the story's day
            return located(m, CalendarDate.day(named.start().with(TemporalAdjusters.next(weekday))),
                    Anchor.NARRATIVE, mod, f);
        }
        CalendarDate sameDay = s.after(book.cue("weekdayof")) ? s.clock().dayNamedWithin(s.sentence(), 0) : null;
        if (sameDay != null && sameDay.precision() == Precision.DAY && sameDay.start().getDayOfWeek() == weekday) {
            return located(m, sameDay, Anchor.NARRATIVE, mod, f); // "on 28 April, a Sunday": which weekday it was
        }
        if (s.after(book.cue("indefinite")) && !TemporalTagger.isModifier(s.sentenceText(), s.positionInSentence(),
                s.positionInSentence() + m.text().length())) {
            // "it was a Thursday evening in 1989" is some Thursday; "a Sunday night vigil" was held on Sunday
            return unresolved(m, "XXXX-WXX-" + weekday.getValue() + daypart(f));
        }
        CalendarDate story = storyTime(s);
        Reference ref;
        boolean storyInThePast = story != null && (s.publication() == null
                || story.start().getYear() != s.publication().getYear());
        // what was said on a day, or a day whose clause goes on to now, is the news's
        boolean newsDay = s.after(book.cue("reportday")) && s.publication() != null
                && (!toldOnlyOfAnEarlierYear(s) || s.wordsBeforeEndWith(book.cue("reportedfuture")))
                || goesOnToNow(m, story, s) || s.justBefore(book.cue("artefactday")) && s.publication() != null;
        CalendarDate countedByWeekday = story == null && s.tense() != Tense.FUTURE ? dayCountedByWeekday(s) : null;
        if (newsDay) {
            ref = publication(s); // "the attorney general said Monday", after a story of 2022: what was said is news
        } else if (story != null && (story.precision() == Precision.DAY || story.precision() == Precision.WEEK)
                && !beyondTheComingWeek(story, weekday, s)
                && !(storyInThePast && aFutureInThePresent(s))) {
            // (a day still to come, told in the present, is the news's, whatever year the story was in: "The record
            // was set on June 29, 2019. Forecasters expect the heat to ease from Monday")
            ref = new Reference(story, Anchor.NARRATIVE);
        } else if (storyInThePast && Quotes.isQuoted(s.sentenceText(), s.positionInSentence())
                || story == null && toldOnlyOfAnEarlierYear(s) && !aFutureInThePresent(s)) {
            // a speaker's "Thursday" while the story is in another year, or "By Thursday morning" in a feature told of
            // July 1977 that has not come back to the publication's week: some Thursday of that time
            return unresolved(m, "XXXX-WXX-" + weekday.getValue() + daypart(f));
        } else if (countedByWeekday != null) {
            ref = new Reference(countedByWeekday, Anchor.NARRATIVE);
        } else {
            ref = publication(s);
        }
        if (ref == null) {
            return unresolved(m, "XXXX-WXX-" + weekday.getValue() + daypart(f));
        }
        LocalDate day = ref.period().start();
        // News names the days of the week just gone far more often than those to come: only a clause that
        // looks forward ("will", "is due") moves a weekday after the reference day. What someone said on a day was
        // said, whatever it looks forward to ("said on Tuesday she would retire").
        Tense tense = newsDay ? Tense.PAST : lookingAhead(s);
        CalendarDate dayOfTheSentence = s.clock().namedIn(s.sentence());
        String sentence = s.sentenceText();
        if (dayOfTheSentence != null && dayOfTheSentence.precision() == Precision.WEEK
                && !dayOfTheSentence.value().endsWith("-WE") && !s.clock().namedInPassingIn(s.sentence())) {
            // "She flies to Tokyo this week ... for the Super Bowl on Sunday": that week's Sunday (not a week named
            // in passing: "The heat dome that settled over the US last week broke on Monday")
            return located(m, CalendarDate.day(dayOfTheSentence.start().with(TemporalAdjusters.nextOrSame(weekday))),
                    Anchor.NARRATIVE, mod, f);
        }
        if (dayOfTheSentence != null && dayOfTheSentence.precision() == Precision.DAY) {
            // the clause before the weekday, at most 200 characters of it: a cue that ends at the date is near it
            String before = sentence.substring(Math.max(0, s.positionInSentence() - 200), s.positionInSentence());
            LocalDate nextAfterIt = dayOfTheSentence.start().with(TemporalAdjusters.next(weekday));
            boolean inOrder = tense == Tense.FUTURE && s.publication() != null
                    && dayOfTheSentence.start().isAfter(s.publication()) && book.cue("inorder").matcher(before).find();
            // a clause of "after" counts back from the day ("closed on Saturday ..., after negotiators worked through
            // Friday night"), but not from an aside's day ("The strike, which began on May 2, is set to end after a
            // deal on Sunday night")
            boolean goesBack = book.cue("goesback").matcher(before).find() && !(s.clock().namedInAsideIn(s.sentence())
                    && !TemporalTagger.isAside(sentence, s.positionInSentence(),
                            s.positionInSentence() + m.text().length()));
            if ((tense == Tense.PAST && s.after(book.cue("deadline")) && !goesBack
                    || book.cue("goeson").matcher(before).find() || inOrder)
                    && !(s.near(book.cue("pluperfect")) && pastAfterPublication(nextAfterIt, tense, s))
                    && !beforeTheWeekOfNews(nextAfterIt, s)) {
                // "appeared on Monday morning and was remanded in custody until Friday": the Friday after that Monday;
                // "flew to Brussels for a summit on Monday, before meeting Putin on Wednesday": the Wednesday after
                // it; "will close the road on Monday and reopen it on Friday": the Friday after that Monday; but what
                // had been done by Friday was done by the publication ("by Friday he had agreed")
                return located(m, CalendarDate.day(nextAfterIt), Anchor.NARRATIVE, mod, f);
            }
            if (goesBack) {
                // "died on Sunday morning, hours after he was attacked ... on Saturday": the Saturday before it
                LocalDate lastBefore = dayOfTheSentence.start().with(TemporalAdjusters.previousOrSame(weekday));
                return located(m, CalendarDate.day(lastBefore), Anchor.NARRATIVE, mod, f);
            }
        }
        int end = Math.min(sentence.length(), s.positionInSentence() + m.text().length());
        if (POSSESSIVE.matcher(sentence).region(end, sentence.length()).lookingAt()) {
            // "Wednesday's ruling" is a thing already there, whatever the clause will do with it ("would appeal"),
            // unless it is awaited ("ahead of Sunday's vote"), to be taken part in ("will play in Sunday's final") or
            // foreseen ("Sunday's vote is expected to be close")
            tense = s.after(book.cue("awaited")) || tense == Tense.FUTURE && s.after(book.cue("takingpart"))
                    || book.cue("thingahead").matcher(sentence).region(end, sentence.length()).lookingAt()
                            ? Tense.FUTURE : Tense.PAST;
            CalendarDate toCome = s.clock().dayToCome(weekday);
            if (tense == Tense.PAST && toCome != null && ref.anchor() == Anchor.PUBLICATION) {
                // "The board will meet on Tuesday. Tuesday's meeting ...": the meeting to come
                return located(m, toCome, Anchor.NARRATIVE, mod, f);
            }
        } else if (tense == Tense.PRESENT && book.cue("subjectis").matcher(sentence).region(end, sentence.length())
                .lookingAt()) {
            tense = Tense.FUTURE; // "Monday is a bank holiday": the coming Monday
        }
        boolean ahead = tense == Tense.FUTURE
                || tense == Tense.PRESENT && Quotes.isQuoted(sentence, s.positionInSentence()); // "has a meeting Thursday"
        LocalDate resolved = ahead ? day.with(TemporalAdjusters.nextOrSame(weekday))
                : day.with(TemporalAdjusters.previousOrSame(weekday));
        if (!ahead && s.justBefore(book.cue("measurefrom"))) {
            // "mourning was declared from Thursday", on a Wednesday: from tomorrow, the nearer
            LocalDate coming = day.with(TemporalAdjusters.nextOrSame(weekday));
            if (ChronoUnit.DAYS.between(day, coming) < ChronoUnit.DAYS.between(resolved, day)) {
                resolved = coming;
            }
        }
        if (ref.anchor() == Anchor.NARRATIVE && !ahead
                && (!s.nearInItsClause(book.cue("pluperfect")) || s.after(book.cue("deadline")))) {
            // a story told in the past moves on as well as back: "midnight Thursday ... the early hours of Friday" is
            // the Friday after; of the two, the nearer, unless a past perfect looks back ("crews had arrived Monday")
            // from other than a day it was done by ("By Monday it had reached the Exchange"); a clause after it is
            // another's ("closed it on the Monday morning, by which time most had left")
            LocalDate next = day.with(TemporalAdjusters.nextOrSame(weekday));
            if (ChronoUnit.DAYS.between(day, next) < ChronoUnit.DAYS.between(resolved, day)
                    && !pastAfterPublication(next, tense, s)) {
                resolved = next;
            }
            LocalDate published = s.publication();
            if (published != null && !ahead && resolved.isBefore(published.minusDays(7))
                    && !day.isBefore(published.minusDays(RECENT_STORY_DAYS)) && !day.isAfter(published)
                    && !toldByItsWeekdays(day, s)) {
                // "started on 22 July and was contained eight days later. A firefighter died there on Monday", in an
                // article of 7 August: news names a day by its weekday only within the week before it, so a story of
                // the last weeks gives way to the publication's week
                return located(m, CalendarDate.day(published.with(TemporalAdjusters.previousOrSame(weekday))),
                        s.publicationAnchor(), mod, f);
            }
        }
        return located(m, CalendarDate.day(resolved), ref.anchor(), mod, f);
    }

    /**
     * Whether the story's day is in the week after a day the text told with its weekday ("set off early on Saturday,
     * August 9 ... A search began at first light on Sunday"): the text counts its days by weekday, and Sunday is the
     * next day, not the publication's week's.
     */
    private static boolean toldByItsWeekdays(LocalDate day, Situation s) {
        CalendarDate told = s.clock().dayToldWithWeekday();
        return told != null && !day.isBefore(told.start()) && ChronoUnit.DAYS.between(told.start(), day) <= 7;
    }

    /** The day named in this sentence or the two before, when the text counts its days by weekday from it; or null. */
    private static CalendarDate dayCountedByWeekday(Situation s) {
        CalendarDate last = s.clock().dayNamedWithin(s.sentence(), 2);
        return last != null && last.precision() == Precision.DAY && toldByItsWeekdays(last.start(), s) ? last : null;
    }

    /** How far back a story's day may lie and still be of the news's own weeks. */
    private static final int RECENT_STORY_DAYS = 21;

    /**
     * Whether a weekday would fall more than a week before the publication in news the text did not set in another
     * time: "Early voting began three weeks ago and ... had been cast by Sunday night" is the last Sunday, not the one
     * after voting began, as news names a day by its weekday only within a week of its own.
     */
    private static boolean beforeTheWeekOfNews(LocalDate day, Situation s) {
        return s.publication() != null && !s.clock().setByTheText() && day.isBefore(s.publication().minusDays(7));
    }

    /** Whether a day told in the past would come after the publication: "by Friday he had agreed" was no later. */
    private static boolean pastAfterPublication(LocalDate day, Tense tense, Situation s) {
        return tense == Tense.PAST && s.publication() != null && day.isAfter(s.publication());
    }

    /**
     * "last year", "next week", "the previous month", "February this year", "last Tuesday", "this summer", and "the
     * week after next" (a skip).
     */
    private TemporalExpression shifted(TemporalTagger.Match m, Map<String, String> f, Situation s, String mod) {
        // "two summers ago", "three Sundays ago": the last one, and as many more back, from the publication
        String[] shift = f.containsKey("agocount") ? new String[] { "-1", "PUBLICATION" }
                : f.containsKey("skip") ? book.words("skip").values(f.get("skip")).orElseThrow()
                        : book.words("shift").values(f.get("shift")).orElseThrow();
        int by = Integer.parseInt(shift[0]);
        // "two summers ago" is one before last summer, "the summer after next" one after next summer
        int further = f.containsKey("agocount") ? (int) count(f.get("agocount")) - 1
                : f.containsKey("skip") ? Math.abs(by) - 1 : 0;
        Reference ref = "NARRATIVE".equals(shift[1]) ? story(s) : publication(s);
        if (f.containsKey("fromnow") && ref != null && s.publication() != null
                && ref.period().start().getYear() == s.publication().getYear()) {
            ref = publication(s); // "said on Thursday a leader would be chosen within the next week": from the news
        }
        if (ref != null && ref.anchor() == Anchor.NARRATIVE && s.tense() == Tense.PAST && s.publication() != null
                && ref.period().start().isAfter(s.publication())) {
            // what was done "the previous Saturday" is before the news, not before a day still to come ("The verdict
            // is expected a week on Friday. The judge said the previous Saturday ..."); what was done "the following
            // day" is after the story's day before that one, if it had one
            CalendarDate back = s.clock().beforeTheLastMove(s.sentence(), 2);
            ref = back != null && !back.start().isAfter(s.publication()) && by > 0
                    && back.precision() == Precision.DAY ? new Reference(back, Anchor.NARRATIVE)
                            : publication(s);
        }
        if (ref != null && ref.anchor() == Anchor.NARRATIVE && f.containsKey("unit")
                && unitPrecision(f.get("unit")) == Precision.DAY
                && ref.period().precision().compareTo(Precision.DAY) > 0) {
            // "cut rates on Thursday, its second cut since August. The Fed cut rates later the same day": a day counts
            // from the story's day, not from a month named since, which left the story where it was
            CalendarDate day = s.clock().time();
            ref = day != null && day.precision() == Precision.DAY ? new Reference(day, Anchor.NARRATIVE) : ref;
        }
        CalendarDate figures = "NARRATIVE".equals(shift[1]) && f.containsKey("unit")
                && FIGURE_PERIODS.contains(unitPrecision(f.get("unit"))) ? s.clock().periodNamedWithin(s.sentence(), 2)
                        : null;
        if (figures != null) {
            // "grew 1.2% in the three months to September, the office said on Thursday. Growth in the previous quarter
            // ...": the quarter before the one reported on, not before the report's day
            ref = new Reference(figures, Anchor.NARRATIVE);
        }
        if (ref == null) {
            return unresolved(m, unknownPeriod(f));
        }
        LocalDate day = ref.period().start();
        CalendarDate result;
        if ((f.containsKey("month") || f.containsKey("holiday") || f.containsKey("season")) && f.containsKey("unit")) {
            // "February this year", "the spring of next year"
            result = inYear(f, day.getYear() + by);
        } else if (f.containsKey("quarter") || f.containsKey("half")) { // "the fourth quarter of last year"
            result = inYear(f, day.getYear() + by);
        } else if (f.containsKey("weekday") && f.containsKey("unit")) { // "Monday last week": a day of that week
            LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(by);
            result = CalendarDate.day(monday.with(TemporalAdjusters.nextOrSame(weekdayOf(f))));
        } else if (f.containsKey("unit")) {
            Precision unit = unitPrecision(f.get("unit"));
            result = atPrecision(CalendarDate.day(countFrom(ref.period(), unit)), unit).plus(by);
            if ("weekend".equalsIgnoreCase(f.get("unit").trim())) {
                // "the operator warned this weekend", on a Monday: the weekend just gone, not the week's own
                boolean justGone = by == 0 && s.tense() == Tense.PAST && day.getDayOfWeek() == DayOfWeek.MONDAY
                        && ref.period().precision() == Precision.DAY;
                result = weekend(justGone ? result.plus(-1) : result);
            }
            if (ref.period().precision().compareTo(result.precision()) > 0) {
                result = atPrecision(result, ref.period().precision()); // "the next day" in a story told by the month
            }
        } else if (f.containsKey("weekday")) {
            DayOfWeek weekday = weekdayOf(f);
            LocalDate d = by < 0 ? day.with(TemporalAdjusters.previous(weekday)).minusWeeks(further)
                    : by > 0 ? day.with(TemporalAdjusters.next(weekday))
                            : day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).with(TemporalAdjusters.nextOrSame(weekday));
            if (by < 0 && "NARRATIVE".equals(shift[1]) && d.equals(day.minusDays(1))) {
                d = d.minusWeeks(1); // "The previous Sunday", told on a Monday after Sunday's vote: not the day before
            }
            if ("next".equalsIgnoreCase(String.valueOf(f.get("shift")).trim()) && "PUBLICATION".equals(shift[1])
                    && d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)
                    == day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)) {
                d = d.plusWeeks(1); // "next Wednesday", said on a Tuesday, is the one of next week: tomorrow is "this"
            }
            result = CalendarDate.day(d);
        } else if (f.containsKey("month") || f.containsKey("season") || f.containsKey("holiday")) {
            CalendarDate here = inYear(f, day.getYear()); // "last February", "next spring", "last Christmas"
            if (by < 0) {
                result = here.end().isBefore(day) ? here : inYear(f, day.getYear() - 1);
                if (f.containsKey("season") && here.overlaps(CalendarDate.day(day))) {
                    result = inYear(f, day.getYear() - 1);
                }
                result = further > 0 ? inYear(f, result.start().getYear() - further) : result;
            } else if (by > 0) {
                // "stepped down in 2015 but returned the following spring": after the year, not in it
                LocalDate after = ref.period().precision().compareTo(Precision.YEAR) >= 0 ? ref.period().end() : day;
                result = here.start().isAfter(after) ? here : inYear(f, after.getYear() + 1);
                result = further > 0 ? inYear(f, result.start().getYear() + further) : result;
            } else if (f.containsKey("season") && here.end().isBefore(day) && s.tense() == Tense.FUTURE) {
                result = inYear(f, day.getYear() + 1); // "we will rebuild this spring", said in December
            } else {
                result = here;
            }
            if (by != 0 && f.containsKey("month") && book.cue("yearaway").matcher(f.get("shift")).matches()
                    && result.start().plusMonths(-by).getMonth() == day.getMonth()) {
                // "last February" on March 1 was a year before: the month just gone would be "last month"
                result = inYear(f, result.start().getYear() + by);
            }
        } else {
            result = ref.period();
        }
        return located(m, result, ref.anchor(), mod, f);
    }

    /** How many of the smaller unit make the larger: "Y>M" 12, "H>MIN" 60 (calendar and clock facts). */
    private static final Map<String, Integer> SMALLER_UNITS = Map.of("Y>M", 12, "W>D", 7, "D>H", 24, "H>MIN", 60,
            "MIN>S", 60);

    private TemporalExpression offset(TemporalTagger.Match m, Map<String, String> f, Situation s) {
        double amount = f.containsKey("num") ? count(f.get("num")) : 1; // "the day before"
        String[] direction = book.words("direction").values(f.get("dir")).orElseThrow();
        int sign = Integer.parseInt(direction[0]);
        boolean fromPublication = "PUBLICATION".equals(direction[1]);
        // "He had been arrested on Monday. Two days earlier, ...": a step further back counts from the date just
        // named, even a look back's (a step forward after one goes on from the story's day)
        CalendarDate named = fromPublication || sign > 0 ? null : s.clock().namedWithin(s.sentence(), 1);
        Reference ref = fromPublication ? publication(s) : named != null ? new Reference(named, Anchor.NARRATIVE)
                : story(s);
        if (!fromPublication && s.clock().time() != null && isComparison(m, s) && comparedPeriod(m, s) == null) {
            // "... compared with $80 million a year earlier" is set against the story's time, not against the
            // comparison the sentence before made ("up from $70 million a year earlier"), which would count back twice
            ref = new Reference(s.clock().time(), Anchor.NARRATIVE);
        }
        // "the night before": a day's part counts in days
        boolean partOfADay = !f.containsKey("unit") && f.containsKey("daypart");
        Precision unit = partOfADay ? Precision.DAY : unitPrecision(f.get("unit"));
        String u = partOfADay ? "D" : unit == null ? "" : word("unit", f.get("unit"));
        Period stepFirst = Period.ZERO;
        if (f.containsKey("num2") && f.containsKey("unit2")) {
            // "an hour and 45 minutes later": the whole amount in the smaller unit; "fifty years and one day later",
            // where a year holds no whole number of days, steps the years first, then the days
            String smaller = word("unit", f.get("unit2"));
            Integer per = SMALLER_UNITS.get(u + ">" + smaller);
            boolean whole = amount == Math.rint(amount);
            if (per != null) {
                amount = amount * per + count(f.get("num2"));
            } else if (whole && (u.equals("Y") || u.equals("M"))) {
                stepFirst = u.equals("Y") ? Period.ofYears((int) amount) : Period.ofMonths((int) amount);
                amount = count(f.get("num2"));
            } else {
                amount = Double.NaN;
            }
            u = smaller;
            unit = unitPrecision(f.get("unit2"));
        }
        amount += f.containsKey("half") ? 0.5 : 0; // "an hour and a half later"
        for (Map.Entry<String, Integer> smaller : SMALLER_UNITS.entrySet()) {
            if (amount != Math.rint(amount) && smaller.getKey().startsWith(u + ">")
                    && amount * smaller.getValue() == Math.rint(amount * smaller.getValue())) {
                // "two and a half hours later": 150 minutes; "a year and a half later": 18 months
                amount *= smaller.getValue();
                u = smaller.getKey().substring(u.length() + 1);
                unit = u.equals("M") ? Precision.MONTH : Precision.DAY;
            }
        }
        if ((u.equals("DE") || u.equals("CE")) && amount != Math.rint(amount)) {
            amount *= u.equals("DE") ? 10 : 100; // "Half a century later": fifty years
            u = "Y";
            unit = Precision.YEAR;
        }
        if (ref == null || Double.isNaN(amount) || amount != Math.rint(amount) || unit == null) {
            return unresolved(m, unknownPeriod(f));
        }
        CalendarDate storyDay = s.clock().time();
        if (!fromPublication && ref.period().precision().compareTo(unit) > 0 && storyDay != null
                && storyDay.precision().compareTo(unit) <= 0) {
            // "a week earlier" after a look back to "July 2024" counts from the story's Sunday: a month has no week
            ref = new Reference(storyDay, Anchor.NARRATIVE);
        } else if (!fromPublication && named != null && named.precision().compareTo(unit) > 0
                && !named.equals(storyDay)) {
            // "It was their first title since 2004. A day earlier, ...": a year named in passing holds no day to count
            // from, and the story's time, or the news's, does
            ref = storyDay != null ? new Reference(storyDay, Anchor.NARRATIVE) : publication(s);
        }
        boolean clockUnit = u.equals("H") || u.equals("MIN") || u.equals("S");
        LocalDateTime told = s.clock().clockToldWithin(s.sentence(), CLOCK_STORY_SENTENCES);
        if (clockUnit && !fromPublication && told != null && s.tense() != Tense.FUTURE) {
            // "at 03:12 UTC on Tuesday ... confirmed the burn about 45 minutes later": the story told by the clock
            long seconds = sign * (long) amount * secondsIn(u);
            LocalDateTime then = told.plusSeconds(seconds);
            CalendarDate day = CalendarDate.day(then.toLocalDate());
            return expression(m, TimexType.TIME, day.value() + String.format("T%02d:%02d", then.getHour(),
                    then.getMinute()), offsetMod(f.get("approx")), day, Anchor.NARRATIVE);
        }
        if (clockUnit && ref.period().precision() == Precision.MONTH
                && amount * secondsIn(u) < 12 * 3600) {
            // "It lifted off one morning in January 1986. Seventy-three seconds later it broke apart": that month
            return located(m, ref.period(), ref.anchor(), offsetMod(f.get("approx")), f);
        }
        if (clockUnit && ref.period().precision() != Precision.DAY) {
            // "an hour earlier" counts from a day, not from the year a sentence before named
            return unresolved(m, unknownPeriod(f));
        }
        long n = sign * (long) amount;
        LocalDate day = countFrom(ref.period(), unit).plus(sign > 0 ? stepFirst : stepFirst.negated());
        CalendarDate compared = comparedPeriod(m, s);
        if (compared != null && compared.precision() == Precision.WEEK) {
            // "the last week of December compared with the same week a year earlier": that week's number, a year before
            LocalDate monday = compared.start();
            return located(m, CalendarDate.week(monday.with(IsoFields.WEEK_BASED_YEAR,
                    monday.get(IsoFields.WEEK_BASED_YEAR) + n)), Anchor.NARRATIVE, offsetMod(f.get("approx")), f);
        }
        if (compared != null) {
            // "the third quarter ... a year earlier": the same quarter of the year before
            return located(m, compared.plus(compared.precision() == Precision.QUARTER ? 4 * n
                    : compared.precision() == Precision.HALF ? 2 * n : 12 * n), Anchor.NARRATIVE, offsetMod(f.get("approx")), f);
        }
        if (u.equals("Y") && n == -1 && s.clock().justNamed(s.sentence()) == null && ref.anchor() != Anchor.ESTIMATED
                && s.publication() != null && s.near(book.cue("earnings"))) {
            // "$1.2 million, or 3 cents a share, a year ago" in a company report: the same quarter a year before
            return located(m, quarterReportedOn(s.publication()).plus(-4), ref.anchor(), offsetMod(f.get("approx")), f);
        }
        CalendarDate result = switch (u) {
            case "D" -> CalendarDate.day(day.plusDays(n));
            case "W", "2W" -> CalendarDate.day(day.plusWeeks(u.equals("2W") ? 2 * n : n));
            // "the weekend after" a day or the middle of a week: the first one after it
            case "WE" -> weekend(CalendarDate.week(n > 0 ? day.with(TemporalAdjusters.next(DayOfWeek.SATURDAY))
                    .plusWeeks(n - 1) : day.with(TemporalAdjusters.previous(DayOfWeek.SUNDAY)).plusWeeks(n + 1)));
            case "M" -> CalendarDate.month(day.plusMonths(n).getYear(), day.plusMonths(n).getMonthValue());
            case "Q" -> CalendarDate.quarter(day.plusMonths(3 * n).getYear(), (day.plusMonths(3 * n).getMonthValue() + 2) / 3);
            case "Y" -> CalendarDate.year(day.getYear() + (int) n);
            case "DE" -> CalendarDate.year(day.getYear() + 10 * (int) n);
            case "CE" -> CalendarDate.year(day.getYear() + 100 * (int) n);
            default -> CalendarDate.day(day);
        };
        // (an estimated publication, the end of the latest year the text names, bounds nothing: "founded in 1994. Two
        // years later ..." written with no date)
        if (!fromPublication && s.publication() != null && s.publicationAnchor() != Anchor.ESTIMATED
                && result.start().isAfter(s.publication())
                && s.tense() != Tense.FUTURE && !ref.period().start().isAfter(s.publication())) {
            if ("on".equalsIgnoreCase(f.get("dir")) && u.equals("D")
                    && !result.start().isAfter(s.publication().plusDays(LOOSE_DAYS_ON))) {
                // "It vanished on March 8. Ten days on, searchers have found no trace", written on the 17th: a count
                // of days on from the story is the writer's present, counted loosely
                return located(m, CalendarDate.day(s.publication()), s.publicationAnchor(), offsetMod(f.get("approx")),
                        f);
            }
            // "the trial came ten years later", "Four decades later, he is ...": counted from something else than
            // the story's time (but "finished by Dec. 14, and the result certified five days later" counts on from a
            // date still to come)
            return unresolved(m, unknownPeriod(f));
        }
        // A story told by the year does not get finer by counting days from it.
        if (ref.period().precision().compareTo(result.precision()) > 0) {
            result = atPrecision(result, ref.period().precision());
        }
        return located(m, result, ref.anchor(), offsetMod(f.get("approx")), f);
    }

    /**
     * The day a count of units starts from: the period's first day, or its middle when the period is longer than the
     * unit ("a day earlier" in a story told by the week is in that week, not the last day of the week before).
     */
    private static LocalDate countFrom(CalendarDate period, Precision unit) {
        if (period.precision().compareTo(unit) <= 0) {
            return period.start();
        }
        return period.start().plusDays(ChronoUnit.DAYS.between(period.start(), period.end()) / 2);
    }

    /**
     * The quarter, half, month or week just named when this match is "a year earlier" or "a year later" said of it: the
     * match is then that period a year apart, a point of comparison ("net rose in the third quarter, compared with
     * a loss a year earlier") that leaves the story in the named period. Null for any other match.
     */
    CalendarDate comparedPeriod(TemporalTagger.Match m, Situation s) {
        if (!isAYearApart(m)) {
            return null;
        }
        CalendarDate named = s.clock().justNamed(s.sentence());
        if (named != null && "ago".equalsIgnoreCase(m.fields().get("dir"))
                && s.clock().namedWithin(s.sentence(), 0) == null
                && !FIGURE_PERIODS.contains(named.precision())) {
            // "In March 2018 it was valued at $2bn. A year ago, it ...": a year before the news; only a quarter's
            // figures are set against "a year ago" a sentence on ("Profit rose in the third quarter. A year ago ...")
            named = null;
        }
        return named != null && NarrativeClock.isComparedPeriod(named) ? named : s.clock().periodNamedIn(s.sentence());
    }

    /**
     * Whether this match is a point of comparison, which leaves the story where it was: "a year earlier" said of the
     * period just named ({@link #comparedPeriod}), "a year ago" that a figure is set against ("fell 8.4% from a
     * year ago"), or any date right after the words that set something against it ("down from 63% in 2019").
     */
    boolean isComparison(TemporalTagger.Match m, Situation s) {
        return isAYearApart(m) && (comparedPeriod(m, s) != null || s.justBefore(book.cue("comparison")))
                || s.after(book.cue("setagainst")) || s.after(book.cue("figureon")) && namesAYear(m);
    }

    /** "last year", "the previous year", "2024": a whole year. */
    private boolean namesAYear(TemporalTagger.Match m) {
        Map<String, String> f = m.fields();
        return f.containsKey("year") && !f.containsKey("month") && !f.containsKey("day") && !f.containsKey("quarter")
                || f.get("unit") != null && "Y".equals(word("unit", f.get("unit"))) && !f.containsKey("month");
    }

    /** "a year ago", "a year earlier", "a year later": an offset of one year. */
    private boolean isAYearApart(TemporalTagger.Match m) {
        Map<String, String> f = m.fields();
        return m.rule().kind() == RuleKind.OFFSET && f.get("unit") != null && "Y".equals(word("unit", f.get("unit")))
                && count(f.get("num")) == 1;
    }

    private TemporalExpression natty(TemporalTagger.Match m, Situation s) {
        Reference ref = publication(s);
        if (ref == null || ref.anchor() == Anchor.ESTIMATED) {
            return unresolved(m, "XXXX-XX-XX");
        }
        // "a week on Monday", "a week today" and "Friday week" are read as "a week from Monday", "a week from today",
        // "a week from Friday", Natty's words, and "a fortnight" as "two weeks"
        String words = WEEKDAY_WEEK.matcher(m.text()).replaceFirst("a week from $1")
                .replaceFirst("(?i)^(?:a|one)\\s+fortnight\\b", "two weeks")
                .replaceFirst("\\s+(?:on\\s+|(?<=(?i:week|weeks)\\s)(?=(?i:today|tomorrow)$))", " from ");
        return GuardedNatty.day(words, ref.period().start())
                .map(day -> located(m, CalendarDate.day(day), ref.anchor(), null, m.fields()))
                .orElseGet(() -> unresolved(m, "XXXX-XX-XX"));
    }

    private TemporalExpression dayword(TemporalTagger.Match m, Map<String, String> f, Situation s) {
        String shift = f.containsKey("shift") ? f.get("shift").trim().toLowerCase(Locale.ROOT) : null;
        // "last night", "this morning" are the publication's; "that morning", "the next morning" the story's
        boolean inStory = shift != null && !shift.equals("last") && !shift.equals("this");
        Reference ref = inStory ? story(s) : publication(s);
        CalendarDate storyDay = s.clock().time();
        if (inStory && ref != null && ref.period().precision() != Precision.DAY && storyDay != null
                && storyDay.precision() == Precision.DAY) {
            // a year named in passing has no night: "struck at 5:04 p.m. Tuesday ... since the 1906 disaster ...
            // scheduled for that night" is the story's Tuesday night
            ref = new Reference(storyDay, Anchor.NARRATIVE);
        }
        if (ref == null || ref.period().precision() != Precision.DAY) {
            return unresolved(m, "XXXX-XX-XX" + daypart(f));
        }
        int days = 0;
        if (f.containsKey("dayword")) {
            days = Integer.parseInt(word("dayword", f.get("dayword")));
            // "overnight" is a night's, whose day the story may give; "yesterday afternoon" is the publication's
            boolean overnight = f.get("dayword").equalsIgnoreCase(f.get("daypart"));
            if (days < 0 && s.tense() == Tense.FUTURE && s.publication() != null && overnight) {
                // "Polls close at 10pm on Thursday. Counting begins overnight": the night of the day to come just
                // named, or tonight; not the night just gone
                CalendarDate ahead = s.clock().dayNamedWithin(s.sentence(), 1);
                return ahead != null && ahead.precision() == Precision.DAY && ahead.start().isAfter(s.publication())
                        ? located(m, ahead, Anchor.NARRATIVE, null, f)
                        : located(m, CalendarDate.day(s.publication()), Anchor.PUBLICATION, null, f);
            }
            CalendarDate named = orStoryDay(s.clock().namedIn(s.sentence()), s); // "... at 9.40pm. ... overnight"
            if (days < 0 && overnight && named != null && named.precision() == Precision.DAY
                    && (s.publication() == null || named.start().isBefore(s.publication().minusDays(1)))) {
                // "The fire started on August 8 and spread overnight": the night after the day the sentence named,
                // when that is not the night just gone anyway ("Police said Tuesday the fighting went on overnight")
                return located(m, named, Anchor.NARRATIVE, null, f);
            }
        } else if ("last".equals(shift)) {
            days = -1;
        } else if (inStory) {
            days = Integer.parseInt(book.words("shift").values(f.get("shift")).orElseThrow()[0]);
        }
        return located(m, CalendarDate.day(ref.period().start().plusDays(days)), ref.anchor(), null, f);
    }

    /** Sentences back a past clause's time of day looks for the day it falls on. */
    private static final int CLOCK_STORY_SENTENCES = 5;

    /**
     * The date named nearby, or else, in a past clause, one named a few sentences back: a story told by the clock
     * keeps its day ("Friday night ... at 9.20pm ... Minutes later ... At 9.40pm, ...").
     */
    private static CalendarDate orStoryDay(CalendarDate named, Situation s) {
        return named == null && s.tense() == Tense.PAST ? s.clock().dayNamedWithin(s.sentence(), CLOCK_STORY_SENTENCES)
                : named;
    }

    /** A happening the clause tells of, before its time of day: "The first | quake | struck at 4.17 a.m.". */
    private static final Pattern THE_HAPPENING = Pattern.compile(NarrativeClock.THE_HAPPENING + "\\b");

    /**
     * The day of a happening named before ("Monday's earthquakes ... rose on Wednesday. The first quake struck at 4.17
     * a.m."), where the sentence names no day before the time of day; null otherwise.
     */
    private static CalendarDate dayOfTheHappeningToldOf(Situation s) {
        if (s.clock().namedIn(s.sentence()) != null) {
            return null;
        }
        Matcher happening = THE_HAPPENING.matcher(s.sentenceText()).region(0, s.positionInSentence());
        return happening.find() ? s.clock().dayOfHappening(happening.group(1)) : null;
    }

    /** The hours after a night, up to the morning's: "started at 9.30pm on Monday ... under control by 6am". */
    private static final Pattern EARLY_MORNING = Pattern.compile("0[0-8]:\\d\\d");
    /** An hour of the evening or the night, or those parts of the day. */
    private static final Pattern EVENING_HOUR = Pattern.compile("(?:1[7-9]|2[0-3]):\\d\\d|EV|NI");
    /** An hour of the afternoon or the evening, or those parts of the day. */
    private static final Pattern LATER_IN_THE_DAY = Pattern.compile("(?:1[2-9]|2[0-3]):\\d\\d|AF|EV|NI");

    private TemporalExpression clockTime(TemporalTagger.Match m, Map<String, String> f, Situation s) {
        // a time of day, or a part of the day alone ("until early afternoon": AF)
        String hhmm = f.containsKey("daypart") && !f.containsKey("hour") ? word("daypart", f.get("daypart")) : clock(f);
        int end = Math.min(s.sentenceText().length(), s.positionInSentence() + m.text().length());
        if (book.cue("someday").matcher(s.sentenceText()).region(end, s.sentenceText().length()).lookingAt()) {
            return expression(m, TimexType.TIME, "XXXX-XX-XXT" + hhmm, null, null, Anchor.UNRESOLVED); // "on a Sunday"
        }
        CalendarDate story = s.clock().recent(s.sentence());
        // a time of day falls on the day just named, however that day was found: "will travel Thursday ... will
        // leave at 4 in the morning", or a few sentences back in a past clause: "At 9.40pm, three men entered ..."
        CalendarDate ofHappening = s.tense() == Tense.FUTURE ? null : dayOfTheHappeningToldOf(s);
        CalendarDate day = ofHappening != null ? ofHappening
                : orStoryDay(s.clock().dayForTimeOfDay(s.sentence(), 1), s);
        if (day != null && s.publication() != null && (day.start().isAfter(s.publication()) && s.tense() == Tense.PAST
                || day.end().isBefore(s.publication()) && s.tense() == Tense.FUTURE)) {
            // "He will travel on Thursday. A jet flew over the site at noon": not Thursday's noon, gone; "... cast by
            // Sunday night. Results are expected after polls close at 7.30pm": not Sunday's, to come
            day = null;
            CalendarDate evening = s.clock().evening();
            if (s.tense() == Tense.PAST && EVENING_HOUR.matcher(hhmm).matches() && evening != null
                    && !evening.start().isAfter(s.publication())) {
                // "a fire ... on Saturday night. He will appear on Tuesday morning. Residents were evacuated shortly
                // before 11pm": the night told of, not the publication's
                day = evening;
            }
        }
        if (day != null && day.precision() == Precision.DAY && s.tense() != Tense.FUTURE && EARLY_MORNING.matcher(hhmm)
                .matches() && s.clock().toldEveningOf(day)) {
            day = day.plus(1); // "Polls closed at 10pm on Thursday. By 4am, the count was done": Friday's 4am
        } else if (day != null && day.precision() == Precision.DAY && s.tense() == Tense.PAST
                && LATER_IN_THE_DAY.matcher(hhmm).matches() && s.clock().nightRanInto(day, s.sentence())) {
            // "broke out on Monday evening ... under control in the early hours of Tuesday. The blaze was first
            // reported at 6:20 p.m.": Monday's evening, not Tuesday's
            day = day.plus(-1);
        }
        Reference ref = day != null && day.precision() == Precision.DAY ? new Reference(day, Anchor.NARRATIVE)
                : publication(s);
        // "By midnight, the gates were open" in a story told of November 1989: midnight of some day then
        // ("He is expected to arrive at midday" is today's, whatever year the sentence before told of)
        boolean storyElsewhen = story != null && s.publication() != null && s.tense() != Tense.FUTURE
                && !story.overlaps(CalendarDate.day(s.publication()));
        if (ref == null || ref.period().precision() != Precision.DAY || ref.anchor() == Anchor.ESTIMATED
                || ref.anchor() != Anchor.NARRATIVE && storyElsewhen) {
            // an estimated publication date is a year, not a day to put a time of day on
            return expression(m, TimexType.TIME, "XXXX-XX-XXT" + hhmm, null, null, Anchor.UNRESOLVED);
        }
        if (hhmm.equals("24:00") && ref.anchor() == Anchor.PUBLICATION && s.tense() == Tense.PAST) {
            // the publication day's midnight is its end, still to come: "the fire broke out shortly after midnight"
            // is the midnight that began the day, written as the previous day's 24:00; what happened is the day's,
            // but "restored shortly before midnight" happened on the previous day
            CalendarDate dayBefore = ref.period().plus(-1);
            return expression(m, TimexType.TIME, dayBefore.value() + "T" + hhmm, null,
                    s.after(BEFORE_MIDNIGHT) ? dayBefore : ref.period(), ref.anchor());
        }
        return expression(m, TimexType.TIME, ref.period().value() + "T" + hhmm, null, ref.period(), ref.anchor());
    }

    // ---- durations and sets -----------------------------------------------------------------------------------

    private String duration(Map<String, String> f) {
        if (f.containsKey("num2")) {
            String both = compoundDuration(f);
            if (both != null) {
                return both;
            }
        }
        double n = f.containsKey("num") ? count(f.get("num")) : f.getOrDefault("unit", "s").endsWith("s") ? Double.NaN : 1;
        if (f.containsKey("plushalf")) {
            n += 0.5; // "a minute and a half"
        }
        String u = f.containsKey("unit") ? word("unit", f.get("unit")) : "Y";
        if (Double.isNaN(n)) {
            return u.equals("2W") ? "PXW" : u.equals("DE") || u.equals("CE") ? "PXY" // as below: years
                    : u.equals("H") || u.equals("MIN") || u.equals("S") ? "PTX" + timeUnit(u) : "PX" + u;
        }
        return switch (u) {
            // ISO 8601 has no decades or centuries: "two decades" is P20Y
            case "DE" -> isoDuration(10 * n, "Y");
            case "CE" -> isoDuration(100 * n, "Y");
            case "2W" -> isoDuration(2 * n, "W");
            default -> isoDuration(n, u);
        };
    }

    /** The ISO 8601 letters of the units a duration is written in, largest first ("MIN" is the minutes' M). */
    private static final List<String> ISO_UNITS = List.of("Y", "M", "W", "D", "H", "MIN", "S");

    /**
     * "An hour and 45 minutes", "two years, three months", "1 minute 45 seconds", "two hours, five minutes and 38
     * seconds": the amounts in one value (PT1H45M), or null when one is not a whole number of a unit ISO 8601 writes.
     */
    private String compoundDuration(Map<String, String> f) {
        long[] amounts = new long[ISO_UNITS.size()];
        String fraction = ""; // the last amount's, as ISO 8601 allows: "4 minutes 7.2 seconds" is PT4M7.2S
        int fractionAt = -1;
        for (String part : List.of("", "2", "3")) { // "num", "num2", "num3" (the rule lets through only these units)
            if (!f.containsKey("num" + part)) {
                continue;
            }
            double n = count(f.get("num" + part));
            int at = ISO_UNITS.indexOf(word("unit", f.get("unit" + part)));
            boolean last = part.equals("3") || !f.containsKey("num" + (part.isEmpty() ? "2" : "3"));
            if (at < 0 || Double.isNaN(n) || n != Math.rint(n) && (!last || !fraction.isEmpty())) {
                return null;
            }
            amounts[at] += (long) n;
            if (n != Math.rint(n)) {
                fraction = BigDecimal.valueOf(n).remainder(BigDecimal.ONE).stripTrailingZeros().toPlainString()
                        .substring(1);
                fractionAt = at;
            }
        }
        int weeks = ISO_UNITS.indexOf("W");
        if (amounts[weeks] > 0 && Arrays.stream(amounts).filter(a -> a > 0).count() > 1) {
            amounts[weeks + 1] += 7 * amounts[weeks]; // ISO 8601 writes weeks alone: "10 weeks, 3 days" is P73D
            amounts[weeks] = 0;
        }
        StringBuilder value = new StringBuilder("P");
        for (int i = 0; i < amounts.length; i++) {
            if (i == ISO_UNITS.indexOf("H") && (amounts[i] > 0 || amounts[i + 1] > 0 || amounts[i + 2] > 0
                    || fractionAt >= i)) {
                value.append('T');
            }
            if (amounts[i] > 0 || i == fractionAt) {
                value.append(amounts[i]).append(i == fractionAt ? fraction : "").append(timeUnit(ISO_UNITS.get(i)));
            }
        }
        return value.toString();
    }

    /** An amount of a unit, a fraction written in the next smaller unit where that is whole: P2Y6M, PT5H30M. */
    private static String isoDuration(double n, String unit) {
        long whole = (long) Math.floor(n);
        double rest = n - whole;
        boolean time = unit.equals("H") || unit.equals("MIN") || unit.equals("S");
        String prefix = time ? "PT" : "P";
        if (rest == 0) {
            return prefix + whole + timeUnit(unit);
        }
        String[] smaller = switch (unit) {
            case "Y" -> new String[] { "12", "M" };
            case "W" -> new String[] { "7", "D" };
            case "D" -> new String[] { "24", "H" };
            case "H" -> new String[] { "60", "M" };
            case "MIN" -> new String[] { "60", "S" };
            default -> null;
        };
        double parts = smaller == null ? Double.NaN : rest * Integer.parseInt(smaller[0]);
        if (parts != Math.rint(parts)) {
            return prefix + n + timeUnit(unit); // a decimal fraction, as ISO 8601 allows in the last figure
        }
        // the hours of a day come after ISO 8601's "T": three and a half days are P3DT12H
        return prefix + (whole == 0 ? "" : whole + timeUnit(unit)) + (unit.equals("D") ? "T" : "") + (long) parts
                + smaller[1];
    }

    private static String timeUnit(String unit) {
        return unit.equals("MIN") ? "M" : unit;
    }

    private static final Pattern FIXED_HOLIDAY = Pattern.compile("\\d\\d-\\d\\d");
    private static final Pattern HOLIDAY_OF_A_MONTH = Pattern.compile("\\d\\d-");

    private String set(String text, Map<String, String> f) {
        if (f.containsKey("frequency")) {
            return word("frequency", f.get("frequency"));
        }
        if (f.containsKey("month")) {
            return String.format(Locale.ROOT, "XXXX-%02d", Integer.parseInt(word("month", f.get("month"))));
        }
        if (f.containsKey("weekday")) {
            return "XXXX-WXX-" + word("weekday", f.get("weekday"));
        }
        if (f.containsKey("holiday")) {
            // "12-25" is Christmas every year; "04-3-1" (the third Monday of April) is April's; "easter+1" some day
            String day = word("holiday", f.get("holiday"));
            return FIXED_HOLIDAY.matcher(day).matches() ? "XXXX-" + day
                    : HOLIDAY_OF_A_MONTH.matcher(day).lookingAt() ? "XXXX-" + day.substring(0, 2) : "XXXX";
        }
        if (f.containsKey("season")) {
            return "XXXX-" + word("season", f.get("season")); // "each summer": XXXX-SU
        }
        if (f.containsKey("hour") || f.containsKey("clock")) {
            return "XXXX-XX-XXT" + clock(f); // "at 10am daily", "at noon each day"
        }
        String u = word("unit", f.get("unit")); // every set rule left names its unit
        String lower = text.toLowerCase(Locale.ROOT);
        String n = f.containsKey("num") ? Long.toString(Math.round(count(f.get("num"))))
                : lower.contains("other") ? "2" : SOME.matcher(lower).find() ? "X" : "1"; // "every few minutes"
        if (u.equals("H") || u.equals("MIN") || u.equals("S")) {
            return "PT" + n + (u.equals("MIN") ? "M" : u);
        }
        return u.equals("2W") ? "P2W" : "P" + n + u;
    }

    private static final Pattern SOME = Pattern.compile("\\b(?:few|several)\\b");

    // ---- helpers ---------------------------------------------------------------------------------------------

    private Integer year(Map<String, String> f, Situation s) {
        if (f.containsKey("year")) {
            return yearOf(f.get("year"));
        }
        if (f.containsKey("fy")) {
            return Integer.valueOf(f.get("fy")); // "FY2024", where the year is written against its letters
        }
        if (f.containsKey("shortyear") || f.containsKey("fyshort")) {
            // "'98", "FY24"
            int yy = Integer.parseInt(f.containsKey("fyshort") ? f.get("fyshort") : f.get("shortyear").substring(1));
            int base = s.publication() != null ? s.publication().getYear() : 1999;
            int year = (base / 100) * 100 + yy;
            return year > base + 10 ? year - 100 : year;
        }
        return null;
    }

    /**
     * "the 2019-20 season" or "lived in Paris 1994–2007": the years from the first to the last. Two digits name only
     * the year after ("1990-91"); four, a later year within a century, as for "from 1994 to 2007". Anything else
     * ("2008-06") is the first year alone.
     */
    private static CalendarDate yearSpan(int first, String written) {
        int number = Integer.parseInt(written);
        boolean span;
        int last;
        if (written.length() == 2) {
            // "2019-20", "1990-95", "2019-21"; but "2008-12" may be December 2008, so a month's number ends a span
            // only when it is the next year
            last = first - Math.floorMod(first, 100) + number + (number <= Math.floorMod(first, 100) ? 100 : 0);
            span = last == first + 1 || number > 12 && last - first <= 20;
        } else {
            last = number;
            span = last > first && last - first <= 100;
        }
        return span ? CalendarDate.range(CalendarDate.year(first), CalendarDate.year(last)) : CalendarDate.year(first);
    }

    /** The period a match names within a given year: its day, month, season, quarter, half, or the year itself. */
    private CalendarDate inYear(Map<String, String> f, int year) {
        if (f.containsKey("holiday")) {
            LocalDate day = holiday(word("holiday", f.get("holiday")), year);
            if (!f.containsKey("hweek")) {
                return CalendarDate.day(day);
            }
            if (!"weekend".equalsIgnoreCase(f.get("hweek").trim())) {
                return CalendarDate.week(day); // "Easter week"
            }
            // "the Labor Day weekend" is the one before that Monday, "the Thanksgiving weekend" the one after that
            // Thursday: the weekend nearest the holiday, the one before a Wednesday's (whose Sunday is as near)
            int weekday = day.getDayOfWeek().getValue();
            int toSaturday = weekday <= 3 ? -(weekday + 1) : weekday == 7 ? -1 : 6 - weekday;
            return weekend(CalendarDate.week(day.plusDays(toSaturday)));
        }
        if (f.containsKey("quarter")) {
            return CalendarDate.quarter(year, quarter(f.get("quarter")));
        }
        if (f.containsKey("half")) {
            return CalendarDate.half(year, quarter(f.get("half")) == 1 ? 1 : 2);
        }
        if (f.containsKey("season")) {
            String season = word("season", f.get("season"));
            // "winter 2017-18" ends in 2018, and a winter is named by the year it ends in
            return CalendarDate.season("WI".equals(season) && f.containsKey("nextyear") ? year + 1 : year, season);
        }
        if (f.containsKey("month")) {
            String written = f.get("month");
            int month = written.chars().allMatch(Character::isDigit) ? Integer.parseInt(written)
                    : Integer.parseInt(word("month", written));
            if (f.containsKey("ofquarter")) {
                return CalendarDate.quarter(year, (month - 1) / 3 + 1); // "the June quarter": the one June ends
            }
            if (f.containsKey("nth") && f.containsKey("weekday")) { // "the first Monday in October"
                DayOfWeek weekday = weekdayOf(f);
                LocalDate first = LocalDate.of(year, month, 1);
                LocalDate day = f.get("nth").equalsIgnoreCase("last")
                        ? first.with(TemporalAdjusters.lastInMonth(weekday))
                        : first.with(TemporalAdjusters.dayOfWeekInMonth(Math.min(ordinal(f.get("nth")), 5), weekday));
                return day.getMonthValue() == month ? CalendarDate.day(day) : CalendarDate.month(year, month);
            }
            if (f.containsKey("nth") && f.containsKey("nthunit")) { // "the third week of January"
                return nthOfMonth(YearMonth.of(year, month), f.get("nth"), f.get("nthunit"));
            }
            if (f.containsKey("day")) {
                int day = ordinal(f.get("day"));
                LocalDate first = LocalDate.of(year, month, 1);
                if (day <= first.lengthOfMonth()) {
                    return CalendarDate.day(first.withDayOfMonth(day));
                }
            }
            return CalendarDate.month(year, month);
        }
        if (f.containsKey("nth") && f.containsKey("nthunit")) { // "the last day of 1999": a day of its December
            return nthOfMonth(YearMonth.of(year, f.get("nth").equalsIgnoreCase("last") ? 12 : 1), f.get("nth"),
                    f.get("nthunit"));
        }
        return CalendarDate.year(year);
    }

    /**
     * "The first day of February" is its 1st, "the last day" its last. "The third week of January" is the week of
     * the middle of its third seven days (the 18th), so that a first week is the one that holds most of days 1-7;
     * "the last week" is the one of its last day but three. "The first weekend of July" is the one of its first
     * Saturday, "the last weekend" the one of its last. "The last working day of May" is its last weekday.
     */
    private CalendarDate nthOfMonth(YearMonth month, String nth, String unit) {
        boolean last = nth.equalsIgnoreCase("last");
        if (unit.equalsIgnoreCase("weekend")) {
            LocalDate saturday = last ? month.atEndOfMonth().with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY))
                    : month.atDay(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)).plusWeeks(ordinal(nth) - 1);
            return weekend(CalendarDate.week(saturday));
        }
        if (unit.chars().anyMatch(Character::isWhitespace)) { // "working day", "business day": Monday to Friday
            int n = last ? 1 : ordinal(nth);
            LocalDate day = last ? month.atEndOfMonth() : month.atDay(1);
            for (int seen = 0; ; day = last ? day.minusDays(1) : day.plusDays(1)) {
                if (day.getDayOfWeek().getValue() <= 5 && ++seen == n) {
                    return CalendarDate.day(day);
                }
            }
        }
        if (unit.toLowerCase(Locale.ROOT).startsWith("day")) {
            int n = last ? month.lengthOfMonth() : Math.min(ordinal(nth), month.lengthOfMonth());
            return CalendarDate.day(month.atDay(n));
        }
        int middle = last ? month.lengthOfMonth() - 3 : Math.min(7 * ordinal(nth) - 3, month.lengthOfMonth());
        return CalendarDate.week(month.atDay(middle));
    }

    /**
     * A holiday's day in a year: "12-25", or "11-4-4" (fourth Thursday), "05-L-1" (last Monday), "11-1-1+1", or days
     * from Easter Sunday ("easter-2" is Good Friday).
     */
    private static LocalDate holiday(String rule, int year) {
        if (rule.startsWith("easter")) {
            String shift = rule.substring("easter".length()).replace("+", "");
            return easterSunday(year).plusDays(shift.isEmpty() ? 0 : Integer.parseInt(shift));
        }
        String[] parts = rule.split("-");
        int month = Integer.parseInt(parts[0]);
        if (parts.length == 2) {
            return LocalDate.of(year, month, Integer.parseInt(parts[1]));
        }
        String[] weekdayAndShift = parts[2].split("\\+");
        DayOfWeek weekday = DayOfWeek.of(Integer.parseInt(weekdayAndShift[0]));
        LocalDate first = LocalDate.of(year, month, 1);
        LocalDate day = parts[1].equals("L") ? first.with(TemporalAdjusters.lastInMonth(weekday))
                : first.with(TemporalAdjusters.dayOfWeekInMonth(Integer.parseInt(parts[1]), weekday));
        return weekdayAndShift.length > 1 ? day.plusDays(Integer.parseInt(weekdayAndShift[1])) : day;
    }

    /**
     * Western Easter Sunday: the Gregorian computus (the "anonymous" algorithm, Meeus/Jones/Butcher), which holds from
     * 1583; before it, Meeus's Julian computus, its month and day as they were reckoned then.
     */
    static LocalDate easterSunday(int year) {
        if (year < 1583) {
            int d = (19 * Math.floorMod(year, 19) + 15) % 30;
            int e = (2 * Math.floorMod(year, 4) + 4 * Math.floorMod(year, 7) - d + 34) % 7;
            int monthAndDay = d + e + 114;
            return LocalDate.of(year, monthAndDay / 31, monthAndDay % 31 + 1);
        }
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int h = (19 * a + b - b / 4 - (b - (b + 8) / 25 + 1) / 3 + 15) % 30;
        int l = (32 + 2 * (b % 4) + 2 * (c / 4) - h - c % 4) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int monthAndDay = h + l - 7 * m + 114;
        return LocalDate.of(year, monthAndDay / 31, monthAndDay % 31 + 1);
    }

    private CalendarDate decade(String written, Situation s) {
        String w = written.toLowerCase(Locale.ROOT).replace("’", "'");
        if (Character.isDigit(w.charAt(0))) {
            int year = Integer.parseInt(w.substring(0, 4));
            // "the 1800s", "the early 1900s": a century; "the 2000s" is still told as the decade
            return year % 100 == 0 && year <= 1900 ? CalendarDate.century(year / 100) : CalendarDate.decade(year);
        }
        if (w.startsWith("nought")) {
            return CalendarDate.decade(2000); // "the noughties": the 2000s, never the 1900s
        }
        int tens = Integer.parseInt(w.replaceAll("\\D", "").isEmpty() ? decadeWord(w) : w.replaceAll("\\D", ""));
        int century = s.publication() != null && s.publication().getYear() >= 2000 + tens + 10 ? 2000 : 1900;
        return CalendarDate.decade(century + tens);
    }

    private String decadeWord(String w) {
        String stem = w.replaceAll("ies$", "y");
        return Integer.toString((int) count(stem));
    }

    private TemporalExpression located(TemporalTagger.Match m, CalendarDate date, Anchor anchor, String mod,
            Map<String, String> f) {
        String part = daypart(f);
        if (anchor == Anchor.ESTIMATED && date.precision().compareTo(Precision.YEAR) < 0) {
            // an estimated publication date is only good to the year: "March 8" is XXXX-03-08, and "the next day",
            // counted from the estimate, some day (XXXX-XX-XX)
            String unknown = unknownYear(f);
            return unresolved(m, unknown.equals("XXXX" + part) ? date.value().replaceAll("\\d", "X") + part : unknown);
        }
        return dated(m, date, part, mod, anchor);
    }

    /**
     * "The turn of the 20th century" is about 1900; "the turn of the century" or "of the millennium", the year of the
     * kind nearest the publication date (about 2000 in 1998 or 2026).
     */
    private TemporalExpression turnOf(TemporalTagger.Match m, Map<String, String> f, Situation s) {
        if (f.containsKey("century")) {
            return dated(m, CalendarDate.year(100 * (ordinal(f.get("century")) - 1)), "", "APPROX", Anchor.ABSOLUTE);
        }
        Reference ref = publication(s);
        if (ref == null || ref.anchor() == Anchor.ESTIMATED) {
            return unresolved(m, "XXXX");
        }
        int step = f.get("turn").toLowerCase(Locale.ROOT).startsWith("mill") ? 1000 : 100;
        int year = Math.round(ref.period().start().getYear() / (float) step) * step;
        return dated(m, CalendarDate.year(year), "", "APPROX", ref.anchor());
    }

    private TemporalExpression absolute(TemporalTagger.Match m, CalendarDate date, String mod) {
        return dated(m, date, daypart(m.fields()), mod, Anchor.ABSOLUTE);
    }

    /** A date, or a time when a part of the day goes with it ("Wednesday night" is TIME 2025-09-10TNI). */
    private TemporalExpression dated(TemporalTagger.Match m, CalendarDate date, String part, String mod, Anchor anchor) {
        return expression(m, part.isEmpty() ? TimexType.DATE : TimexType.TIME, date.value() + part, mod, date, anchor);
    }

    private TemporalExpression unresolved(TemporalTagger.Match m, String value) {
        boolean time = m.rule().kind() == RuleKind.TIME || PART_OF_DAY.matcher(value).find(); // "XXXX-WXX-4TEV"
        return expression(m, time ? TimexType.TIME : TimexType.DATE, value, mod(m.fields()), null, Anchor.UNRESOLVED);
    }

    private static final Pattern PART_OF_DAY = Pattern.compile("T(?:MO|AF|EV|NI|DT|\\d)");

    private static TemporalExpression expression(TemporalTagger.Match m, TimexType type, String value, String mod,
            CalendarDate date, Anchor anchor) {
        return new TemporalExpression(m.text(), m.start(), m.end(), type, value, mod, date, anchor);
    }

    private Reference publication(Situation s) {
        return s.publication() == null ? null : new Reference(CalendarDate.day(s.publication()), s.publicationAnchor());
    }

    /**
     * The day of the story this sentence went to before the date, when what it says there is still to come or
     * scheduled: in "The landlord replied on August 20, 2025 that repairs were scheduled for October", written a year
     * on, October is the one after that day. Null unless that day is well before the publication date (for a recent
     * one the publication date gives the same), or the date's clause tells the past.
     */
    private Reference saidOnAStoryDay(Situation s) {
        CalendarDate said = s.tense() == Tense.PAST ? null : s.clock().daySetIn(s.sentence());
        return said != null && s.publication() != null
                && ChronoUnit.DAYS.between(said.end(), s.publication()) > COMING_DAYS
                        ? new Reference(said, Anchor.NARRATIVE) : null;
    }

    /** The story's time for "later", "the previous month": the clock, however long ago it was set. */
    private Reference story(Situation s) {
        // "that year", "the following week": the date just named, even one that left the story where it was
        CalendarDate time = s.clock().justNamed(s.sentence());
        if (time == null) {
            time = s.clock().time();
        }
        return time != null ? new Reference(time, Anchor.NARRATIVE) : publication(s);
    }

    private String unknownYear(Map<String, String> f) {
        if (f.containsKey("weekday") && !f.containsKey("day")) {
            return "XXXX-WXX-" + word("weekday", f.get("weekday")) + daypart(f); // "Tuesday" with no date to count from
        }
        CalendarDate sample = inYear(f, 2000);
        return "XXXX" + sample.value().substring(4) + daypart(f);
    }

    /** The seconds in a clock's unit: "H", "MIN" or "S". */
    private static long secondsIn(String clockUnit) {
        return clockUnit.equals("H") ? 3600 : clockUnit.equals("MIN") ? 60 : 1;
    }

    private String unknownPeriod(Map<String, String> f) {
        return f.containsKey("unit") ? switch (word("unit", f.get("unit").trim())) {
            case "D" -> "XXXX-XX-XX";
            case "W", "WE" -> "XXXX-WXX";
            case "M" -> "XXXX-XX";
            default -> "XXXX";
        } : f.containsKey("month") || f.containsKey("season") ? unknownYear(f) : "XXXX";
    }

    /**
     * "3 p.m." is 15:00, "4 in the morning" 04:00, "11 at night" 23:00, "nine o'clock" 09:00, "noon" 12:00, "midnight"
     * 24:00.
     */
    private String clock(Map<String, String> f) {
        String word = f.containsKey("clock") ? f.get("clock") : f.get("span");
        if (word != null && !f.containsKey("hour") && !f.containsKey("hourword")) {
            return word.equalsIgnoreCase("midnight") ? "24:00" : "12:00";
        }
        int hour = Integer.parseInt(f.containsKey("hour") ? f.get("hour") : word("hourword", f.get("hourword")));
        int minute = f.containsKey("minute") ? Integer.parseInt(f.get("minute")) : 0;
        String ampm = f.getOrDefault("ampm", "").toLowerCase(Locale.ROOT);
        boolean afterNoon = ampm.startsWith("p") || ampm.endsWith("afternoon") || ampm.endsWith("evening")
                || ampm.endsWith("night") && hour >= 6;
        // the first hour of "from 10 to 2 p.m." is before noon: its range would otherwise end before it starts
        afterNoon &= !f.containsKey("tohour") || hour <= Integer.parseInt(f.get("tohour")) || hour == 12;
        if (afterNoon && hour < 12) {
            hour += 12;
        } else if (ampm.startsWith("a") && hour == 12) {
            hour = 0;
        }
        return String.format("%02d:%02d", hour, minute);
    }

    /** The day of the week a match names: "Tuesday", "Tues." */
    /**
     * The day "today", "yesterday", "tomorrow", "last Saturday" or "on Saturday" (the one before the publication)
     * names, or null for any other words.
     */
    private LocalDate dayNamed(String within, LocalDate publication) {
        return switch (within) {
            case "yesterday" -> publication.minusDays(1);
            case "today", "tonight" -> publication;
            case "tomorrow" -> publication.plusDays(1);
            default -> {
                if (within.endsWith("night")) {
                    yield publication.minusDays(1); // "ten years ago last night"
                }
                if (within.endsWith("morning") || within.endsWith("afternoon") || within.endsWith("evening")) {
                    yield publication; // "twenty years ago this morning"
                }
                if (within.indexOf(' ') < 0 || within.endsWith("week") || within.endsWith("month")) {
                    yield null;
                }
                DayOfWeek weekday = DayOfWeek.of(Integer.parseInt(word("weekday",
                        within.substring(within.indexOf(' ') + 1))));
                // "fifty years ago last Saturday" is the one gone, "30 years ago this Saturday" the coming one
                yield publication.with(within.startsWith("this ") ? TemporalAdjusters.nextOrSame(weekday)
                        : TemporalAdjusters.previous(weekday));
            }
        };
    }

    private DayOfWeek weekdayOf(Map<String, String> f) {
        return DayOfWeek.of(Integer.parseInt(word("weekday", f.get("weekday"))));
    }

    private String daypart(Map<String, String> f) {
        if (f.containsKey("hour") || f.containsKey("clock")) {
            return "T" + clock(f); // "9 p.m. Tuesday"
        }
        String part = f.get("daypart");
        if (part == null) {
            return "";
        }
        return "T" + word("daypart", part);
    }

    private String mod(Map<String, String> f) {
        return f.containsKey("part") ? word("part", f.get("part").replaceAll("\\s+$", "")) : offsetMod(f.get("approx"));
    }

    private static String offsetMod(String approx) {
        if (approx == null) {
            return null;
        }
        String a = approx.toLowerCase(Locale.ROOT);
        if (a.contains("more") || a.contains("over") || a.contains("at least")) {
            return "MORE_THAN";
        }
        if (a.contains("less") || a.contains("fewer") || a.contains("under") || a.contains("at most") || a.contains("up to")) {
            return "LESS_THAN";
        }
        return "APPROX";
    }

    private static CalendarDate atPrecision(CalendarDate date, Precision precision) {
        LocalDate d = date.start();
        return switch (precision) {
            case DAY -> CalendarDate.day(d);
            case WEEK -> CalendarDate.week(d);
            case MONTH -> CalendarDate.month(d.getYear(), d.getMonthValue());
            case QUARTER -> CalendarDate.quarter(d.getYear(), (d.getMonthValue() + 2) / 3);
            case HALF -> CalendarDate.half(d.getYear(), d.getMonthValue() <= 6 ? 1 : 2);
            case SEASON, YEAR -> CalendarDate.year(d.getYear());
            case DECADE -> CalendarDate.decade(d.getYear());
            case CENTURY -> CalendarDate.century(d.getYear() / 100);
        };
    }

    private static CalendarDate weekend(CalendarDate week) {
        LocalDate saturday = week.start().plusDays(5);
        return new CalendarDate(week.value() + "-WE", Precision.WEEK, saturday, saturday.plusDays(1));
    }

    private Precision unitPrecision(String unit) {
        return switch (word("unit", unit)) {
            case "D" -> Precision.DAY;
            case "W", "2W", "WE" -> Precision.WEEK;
            case "M" -> Precision.MONTH;
            case "Q" -> Precision.QUARTER;
            case "Y" -> Precision.YEAR;
            case "DE" -> Precision.DECADE;
            case "CE" -> Precision.CENTURY;
            default -> Precision.DAY;
        };
    }

    /** A count as written: "18", "2.5", "two", "twenty-five", "a", "a couple of"; NaN for "several", "many". */
    private static final Pattern HALF = Pattern.compile("(?:[\\s-]*1/2|½|[\\s-]+and[\\s-]+a[\\s-]+half)$");

    /** A year in figures or words: "1996", "nineteen ninety-six", "nineteen oh five", "two thousand and one". */
    int yearOf(String written) {
        String w = written.trim().toLowerCase(Locale.ROOT);
        if (w.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(w);
        }
        if (w.startsWith("two")) {
            String rest = w.replaceFirst("^two\\s+thousand(?:\\s+and)?[\\s-]*", "");
            return 2000 + (rest.isEmpty() ? 0 : (int) count(rest));
        }
        String[] centuryAndRest = w.split("[\\s-]+", 2);
        String rest = centuryAndRest[1].replaceFirst("^oh[\\s-]+", "");
        return 100 * (int) count(centuryAndRest[0]) + (rest.equals("hundred") ? 0 : (int) count(rest));
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACES_OR_HYPHENS = Pattern.compile("[\\s-]+");
    private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(?:,\\d{3})+");

    private double count(String written) {
        if (written == null) {
            return Double.NaN;
        }
        String w = SPACES.matcher(written.trim().toLowerCase(Locale.ROOT)).replaceAll(" ");
        Matcher half = HALF.matcher(w);
        if (half.find() && half.start() > 0) {
            return count(w.substring(0, half.start())) + 0.5; // "5 1/2", "two and a half"
        }
        if (DECIMAL.matcher(w).matches()) {
            return Double.parseDouble(w);
        }
        if (THOUSANDS.matcher(w).matches()) {
            return Double.parseDouble(w.replace(",", "")); // "80,000"
        }
        Optional<String> whole = book.words("number").value(w);
        if (whole.isPresent()) {
            return Double.parseDouble(whole.get());
        }
        double total = 0;
        for (String part : SPACES_OR_HYPHENS.split(w)) {
            Optional<String> v = book.words("number").value(part);
            if (v.isEmpty()) {
                return Double.NaN;
            }
            total += Double.parseDouble(v.get());
        }
        return total;
    }

    private int ordinal(String written) {
        String digits = written.replaceAll("\\D", "");
        return digits.isEmpty() ? Integer.parseInt(word("ordinal", written)) : Integer.parseInt(digits);
    }

    private int quarter(String written) {
        String w = written.toLowerCase(Locale.ROOT);
        return w.equals("final") || w.equals("last") ? 4 : ordinal(w);
    }

    private String word(String list, String written) {
        return book.words(list).value(written.trim())
                .orElseThrow(() -> new IllegalStateException("words/" + list + ".tsv has no entry for: " + written));
    }
}
