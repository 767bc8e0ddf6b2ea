package org.eventtimeline.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eventtimeline.extract.Resources;

/**
 * The story's current time, as a careful reader keeps it: each resolved date moves it ("At the start of 2008"), so
 * that a later date without a year ("on January 7") or a relative one ("a week later") is read against it. Talk of
 * the present ("now", "today") sets it back to the publication date, and it fades after a few sentences without a
 * date, when news text usually returns to the publication date.
 */
final class NarrativeClock {

    /** Sentences without a date after which the story's time no longer anchors dates without a year. */
    static final int SENTENCES_REMEMBERED = 1;
    /**
     * The same for a story the text has told in sentences one after another ("Early in 2011 ... On January 10 ..."):
     * a sentence without a date leaves it where it was, where a single date of background gives way to news.
     */
    static final int STORY_SENTENCES_REMEMBERED = 2;

    private CalendarDate time;
    private Anchor anchor;
    private int sentence = -1;
    /** Where the story was before its last move, and in which sentence: a past clause after a day to come goes back. */
    private CalendarDate before;
    private int beforeIn = -1;
    private CalendarDate named;
    private int namedIn = -1;
    /** Whether the last date was named in passing, as a modifier or an aside ("the November election"). */
    private boolean namedInPassing;
    /** Whether the last date named counts only in its own sentence: a target ("to build 40 hospitals by 2030"). */
    private boolean namedForItsSentence;
    /** Whether the last date named was an aside's ("The strike, which began on May 2,"): no day for the main clause. */
    private boolean namedInAside;
    /** Whether the text went back to now after the last date named ("released in 1982, remains"): no story of it. */
    private boolean namedBeforeNow;
    /** The last day the text told with its weekday ("on Saturday, August 9"): its weekdays after it are its own. */
    private CalendarDate dayToldWithWeekday;
    /** The last day named, and its sentence: a time of day's day past a month named in passing. */
    private CalendarDate dayNamed;
    private int dayNamedIn = -1;
    /** The last quarter, half, month or week named, and its sentence: what "a year earlier" may be said of. */
    private CalendarDate periodNamed;
    private int periodNamedIn = -1;
    /** Whether the last date named was a look back ("She had been appointed in July 2016"). */
    private boolean namedLookingBack;
    /** Whether that look back was counted from the story ("She had been seen alive the previous evening"). */
    private boolean lookedBackFromTheStory;
    /** The date named before a look back, which the sentences after it still count from. */
    private CalendarDate namedBefore;
    private int namedBeforeIn = -1;
    private int movedIn = -1;
    private int movedAt = -1;
    /** The first date the story moved to in sentence {@code movedIn}, and where: the period a sentence opens with. */
    private CalendarDate firstMove;
    private int firstMoveAt = -1;
    /** Whether that first move opened its sentence ("In 2017, lava flowed"), not told background within it. */
    private boolean firstMoveOpened;
    /** How many sentences in a row the text itself moved the story in, and the last of them. */
    private int storyRun;
    private int storyRunLast = -1;
    /** Whether the text has yet spoken of the publication's days ("on Tuesday", "last year", "now"). */
    private boolean newsTold;
    /** Whether the text has told of a day or a time of day ("a hot Wednesday, July 13, 1977", "at 8:37 p.m."). */
    private boolean sceneTold;
    /** The day whose evening or night the text last told of ("at 10pm on Thursday"), or null. */
    private CalendarDate evening;
    private int eveningIn = -1;
    /**
     * Happenings the text named with their day ("Monday's earthquakes", "the attack on Friday"), by noun: a time of
     * day told of one later ("The first quake struck at 4.17 a.m.") is that day's. Copied on write, so that the
     * clock's many copies share it.
     */
    private Map<String, CalendarDate> happenings = Map.of();
    /** The stems of verbs told with a day ("filed for bankruptcy early Monday": "fil"), for "the filing" later. */
    private Map<String, CalendarDate> doings = Map.of();
    /** The days to come the text named by their weekday alone: "will meet on Tuesday". */
    private Map<DayOfWeek, CalendarDate> daysToCome = Map.of();
    /** Nouns of things that happen (shared with the events' reading), singular or plural. */
    static final String HAPPENING = "(?:" + Resources.alternation("extract/event/happenings.txt") + ")s?";
    /** "The | first | quake": a happening told of with "the" and up to two words, the noun its group 1. */
    static final String THE_HAPPENING = "\\b(?i:the)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(" + HAPPENING + ")";

    /** The last time of day told by the clock ("at 03:12 UTC on Tuesday") and its sentence, or null. */
    private LocalDateTime clockTold;
    private int clockToldIn = -1;

    CalendarDate time() {
        return time;
    }

    /**
     * Where the story was before it last moved, if that was within {@code sentences} before this one: "Police were
     * called at 11.30pm on Tuesday. He will appear in court on Monday. A post-mortem carried out the following day
     * ..." counts from the Tuesday. Null otherwise.
     */
    CalendarDate beforeTheLastMove(int sentenceIndex, int sentences) {
        return before != null && sentenceIndex - beforeIn <= sentences ? before : null;
    }

    void moveTo(CalendarDate date, Anchor how, int sentenceIndex) {
        moveTo(date, how, sentenceIndex, -1, false);
    }

    /**
     * As above, from the expression at {@code at} in the sentence (-1: not from an expression of it), which
     * {@code opens} the sentence or not.
     */
    void moveTo(CalendarDate date, Anchor how, int sentenceIndex, int at, boolean opens) {
        newsTold |= how == Anchor.PUBLICATION || how == Anchor.DATELINE;
        sceneTold |= date.precision() == Precision.DAY;
        if (how != Anchor.ABSOLUTE && how != Anchor.NARRATIVE) {
            storyRun = 0;
        } else if (sentenceIndex != storyRunLast) {
            storyRun = sentenceIndex == storyRunLast + 1 ? storyRun + 1 : 1;
        }
        storyRunLast = sentenceIndex;
        if (time != null && !time.equals(date)) {
            before = time;
            beforeIn = sentence;
        }
        time = date;
        anchor = how;
        sentence = sentenceIndex;
        if (movedIn != sentenceIndex) {
            firstMove = date;
            firstMoveAt = at;
            firstMoveOpened = opens;
        }
        movedIn = sentenceIndex;
        movedAt = at;
        name(date, sentenceIndex);
    }

    /**
     * Notes a time of day told in a sentence: an evening's or a night's ("T22:00", "TNI") makes its day the evening's,
     * and a clock's is where "45 minutes later" counts from. One {@code toCome} (after the publication: "will appear
     * on Tuesday morning") does not end the evening told of.
     */
    void toldTimeOfDay(CalendarDate day, String value, int sentenceIndex, boolean toCome) {
        Matcher time = TIME_OF_DAY.matcher(value);
        if (!time.find()) {
            return;
        }
        int hour = time.group("hour") != null ? Integer.parseInt(time.group("hour")) : -1;
        if (hour >= 0 && day.precision() == Precision.DAY) {
            // the value's own day: "just after midnight on Wednesday" is Tuesday's T24:00, its day the Wednesday
            LocalDate written = WRITTEN_DAY.matcher(value).lookingAt() ? LocalDate.parse(value.substring(0, 10))
                    : day.start();
            clockTold = written.atStartOfDay().plusHours(hour).plusMinutes(Integer.parseInt(time.group("minute")));
            clockToldIn = sentenceIndex;
        }
        if (hour == 24) {
            return; // the midnight that began the next day, written as this one's end: no evening of its own
        }
        boolean late = hour >= 0 ? hour >= 18 : time.group("late") != null;
        if (late) {
            evening = day;
            eveningIn = sentenceIndex;
        } else if (!day.equals(evening) && !toCome) {
            evening = null; // a morning of another day gone: the evening told of is over
        }
    }

    private static final Pattern WRITTEN_DAY = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT");
    private static final Pattern TIME_OF_DAY = Pattern.compile(
            "T(?:(?<hour>\\d\\d):(?<minute>\\d\\d)|(?<late>EV|NI)|MO|AF)");

    /** The last time of day told by the clock in this sentence or one of the {@code sentences} before, or null. */
    LocalDateTime clockToldWithin(int sentenceIndex, int sentences) {
        return clockTold != null && sentenceIndex - clockToldIn <= sentences ? clockTold : null;
    }

    /** Notes that the text told of a time of day, whether or not its day is known ("At 8:37 p.m."). */
    void toldAScene() {
        sceneTold = true;
    }

    /** Whether the text told of the evening or night of this day, so that "at 4 a.m." after it is the next day's. */
    boolean toldEveningOf(CalendarDate day) {
        return day.equals(evening);
    }

    /** The day whose evening or night the text last told of, or null. */
    CalendarDate evening() {
        return evening;
    }

    /**
     * Whether a sentence before this one told of the evening before this day and named this day as where that night
     * ran to ("broke out on Monday evening ... under control in the early hours of Tuesday"), so that a later hour of
     * the evening is still Monday's.
     */
    boolean nightRanInto(CalendarDate day, int sentenceIndex) {
        return evening != null && eveningIn < sentenceIndex && eveningIn == dayNamedIn && day.equals(dayNamed)
                && evening.plus(1).equals(day);
    }

    /** The story is still at its time in this sentence, however that time was found. */
    void stay(int sentenceIndex) {
        sentence = sentenceIndex;
    }

    /** Notes a date the text names without taking the story there ("the report is due Aug. 2"). */
    void name(CalendarDate date, int sentenceIndex) {
        named = date;
        namedIn = sentenceIndex;
        namedLookingBack = false;
        namedInPassing = false;
        namedForItsSentence = false;
        namedInAside = false;
        namedBeforeNow = false;
        if (date.precision() == Precision.DAY) {
            dayNamed = date;
            dayNamedIn = sentenceIndex;
        }
        if (isComparedPeriod(date)) {
            periodNamed = date;
            periodNamedIn = sentenceIndex;
        }
    }

    private static final Set<Precision> COMPARED_PRECISIONS = EnumSet.of(Precision.QUARTER, Precision.HALF,
            Precision.MONTH, Precision.WEEK);

    /** Whether "a year earlier" may be said of a period of this precision: a quarter, half, month or week. */
    static boolean isComparedPeriod(CalendarDate date) {
        return COMPARED_PRECISIONS.contains(date.precision());
    }

    /**
     * The last quarter, half, month or week named in this sentence: "reported second-quarter revenue on Tuesday, up 9%
     * from a year earlier" compares the quarter, not the day of the report.
     */
    CalendarDate periodNamedIn(int sentenceIndex) {
        return periodNamedWithin(sentenceIndex, 0);
    }

    /** The last quarter, half, month or week named in this sentence or one of the {@code sentences} before. */
    CalendarDate periodNamedWithin(int sentenceIndex, int sentences) {
        return periodNamed != null && sentenceIndex - periodNamedIn <= sentences ? periodNamed : null;
    }

    /**
     * Notes a date a look back names ("It followed a strike on Sunday evening"), {@code fromTheStory} when it was
     * counted from the story's time ("the previous evening"); see {@link #dayNamedWithin} and {@link #justNamed}.
     */
    void nameLookingBack(CalendarDate date, int sentenceIndex, boolean fromTheStory) {
        if (!namedLookingBack) {
            namedBefore = named;
            namedBeforeIn = namedIn;
        }
        name(date, sentenceIndex);
        namedLookingBack = true;
        lookedBackFromTheStory = fromTheStory;
    }

    /** The text speaks of the publication's days again: the story's time no longer dates what has no year. */
    void backToNews() {
        namedBeforeNow = true;
        time = null;
        anchor = null;
        sentence = -1;
    }

    void reset() {
        newsTold = true;
        time = null;
        anchor = null;
        sentence = -1;
        named = null;
        namedIn = -1;
        namedLookingBack = false;
        movedIn = -1;
        storyRun = 0;
    }

    /** True when the text itself took the story to its time ("In 2006, ..."), not a date counted from publication. */
    boolean setByTheText() {
        return anchor == Anchor.ABSOLUTE || anchor == Anchor.NARRATIVE;
    }

    /** Whether the text has spoken of the publication's days: news, with its background. */
    boolean newsTold() {
        return newsTold;
    }

    /** Whether the text has told its story in sentences one after another, not named a single date of background. */
    boolean storyToldAlong() {
        return storyRun >= 2;
    }

    /**
     * The story's time, if the text itself set it ("In 2006", "the previous month") recently enough to anchor a date
     * without a year in this sentence. Dates counted from the publication date ("last year") leave news time as it is.
     */
    CalendarDate recent(int sentenceIndex) {
        int remembered = storyToldAlong() ? STORY_SENTENCES_REMEMBERED : SENTENCES_REMEMBERED;
        return time != null && setByTheText() && sentenceIndex - sentence <= remembered ? time : null;
    }

    /**
     * The year a text told only of the past is in: the story's time when the text set it, told a scene of it (a day
     * or a time of day) and has not yet spoken of the publication's days, as a feature that opens "It was a hot
     * Wednesday evening in July 1977" has not. A past told only by months and years ("enrolled patients between March
     * 2021 and June 2023") is the background of news, whose weekdays are the publication's.
     */
    CalendarDate pastOnly() {
        return newsTold || !sceneTold ? null : toldByTheText();
    }

    /**
     * The day the text itself took the story to earlier in this sentence, or looked back to ("had replied on August
     * 20"); else null. Dates are read in the text's order, so it is one before the date being read.
     */
    CalendarDate daySetIn(int sentenceIndex) {
        if (movedIn == sentenceIndex && setByTheText() && time.precision() == Precision.DAY) {
            return time;
        }
        return namedIn == sentenceIndex && namedLookingBack && named.precision() == Precision.DAY ? named : null;
    }

    /** The story's time if the text itself set it, however long ago. */
    CalendarDate toldByTheText() {
        return setByTheText() ? time : null;
    }

    /**
     * The last date named in this sentence or the one before, however it was resolved; but not, after its sentence, a
     * look back counted from the story: "The body was found on Tuesday. She had been seen alive the previous evening.
     * A man was arrested the following day" is Wednesday.
     */
    CalendarDate justNamed(int sentenceIndex) {
        return namedLookingBack && lookedBackFromTheStory ? dayNamedWithin(sentenceIndex, 1)
                : namedWithin(sentenceIndex, 1);
    }

    /** The last date named in this sentence or one of the {@code sentences} before, however it was resolved. */
    CalendarDate namedWithin(int sentenceIndex, int sentences) {
        return named != null && sentenceIndex - namedIn <= (namedForItsSentence ? 0 : sentences) ? named : null;
    }

    /**
     * The last date named within {@code sentences}, unless the text went back to now after it: "His album, released
     * in November 1982, remains the best-selling. He was due to play on July 13" tells no story of 1982.
     */
    CalendarDate storyNamedWithin(int sentenceIndex, int sentences) {
        return namedBeforeNow ? null : namedWithin(sentenceIndex, sentences);
    }

    /**
     * The story's day, when the last date named was a look back or named in passing in an earlier sentence: what the
     * story goes on from after it ("announced on Sunday ... He had faced pressure since a debate on June 27. He
     * endorsed her minutes later"); else null.
     */
    CalendarDate storyDayPastAnAside(int sentenceIndex) {
        return (namedLookingBack || namedInPassing) && namedIn != sentenceIndex && time != null
                && time.precision() == Precision.DAY ? time : null;
    }

    /**
     * The day a time of day falls on: as {@link #namedWithin}, but a look back's date only in its own sentence. "It
     * followed a strike on Sunday evening. ... drones launched overnight" is the story's night, while "Two years
     * later" after "She had joined the firm in 2016" still counts from 2016.
     */
    CalendarDate dayNamedWithin(int sentenceIndex, int sentences) {
        if (namedLookingBack && sentenceIndex != namedIn) {
            return namedBefore != null && sentenceIndex - namedBeforeIn <= sentences ? namedBefore : null;
        }
        return namedWithin(sentenceIndex, sentences);
    }

    /** Notes a day told with its weekday: "early on Saturday, August 9". */
    void toldWithItsWeekday(CalendarDate day) {
        dayToldWithWeekday = day;
    }

    /** The last day the text told with its weekday, or null. */
    CalendarDate dayToldWithWeekday() {
        return dayToldWithWeekday;
    }

    /** Notes a happening named with its day: "Monday's earthquakes". */
    void nameHappening(String noun, CalendarDate day) {
        Map<String, CalendarDate> more = new HashMap<>(happenings);
        more.put(singular(noun), day);
        happenings = more;
    }

    /** Notes verbs in the past told with their day: "Lehman filed for bankruptcy early Monday". */
    void nameDoings(List<String> pastVerbs, CalendarDate day) {
        if (pastVerbs.isEmpty()) {
            return;
        }
        Map<String, CalendarDate> more = new HashMap<>(doings);
        for (String verb : pastVerbs) {
            more.put(verb.toLowerCase(Locale.ROOT).substring(0, verb.length() - 2), day); // "filed": "fil"
        }
        doings = more;
    }

    /** Notes a day to come named by its weekday alone: "The board will meet on Tuesday". */
    void nameDayToCome(CalendarDate day) {
        Map<DayOfWeek, CalendarDate> more = new EnumMap<>(DayOfWeek.class);
        more.putAll(daysToCome);
        more.put(day.start().getDayOfWeek(), day);
        daysToCome = more;
    }

    /** The day to come the text named by this weekday, or null. */
    CalendarDate dayToCome(DayOfWeek weekday) {
        return daysToCome.get(weekday);
    }

    /**
     * The day of a happening named before as this noun or one it ends ("earthquakes", "the quake"), or told before by
     * its verb ("filed" for "the filing", "exploded" for "the explosion"), or null.
     */
    CalendarDate dayOfHappening(String noun) {
        String one = singular(noun);
        for (Map.Entry<String, CalendarDate> named : happenings.entrySet()) {
            if (named.getKey().endsWith(one) || one.endsWith(named.getKey())) {
                return named.getValue();
            }
        }
        for (Map.Entry<String, CalendarDate> done : doings.entrySet()) {
            String stem = done.getKey();
            int shared = 0;
            while (shared < stem.length() && shared < one.length() && stem.charAt(shared) == one.charAt(shared)) {
                shared++;
            }
            if (stem.length() >= 3 && shared >= Math.min(5, stem.length())) {
                return done.getValue();
            }
        }
        return null;
    }

    private static String singular(String noun) {
        String lower = noun.toLowerCase(Locale.ROOT);
        return lower.endsWith("s") && lower.length() > 3 ? lower.substring(0, lower.length() - 1) : lower;
    }

    /** Notes a date named in passing: a modifier or an aside, which tells no time of day's day. */
    void nameInPassing(CalendarDate date, int sentenceIndex) {
        name(date, sentenceIndex);
        namedInPassing = true;
    }

    /**
     * Notes a date someone means to do something by: "the following year" in its sentence counts from it, but the
     * next sentence's "Five years on" counts from where the story is ("promised in 2019 to build 40 hospitals by 2030").
     */
    void nameTarget(CalendarDate date, int sentenceIndex) {
        nameInPassing(date, sentenceIndex);
        namedForItsSentence = true;
    }

    /**
     * The day a time of day falls on: the day named within {@code sentences}, past a longer date named since in
     * passing ("stormed the Capitol on Wednesday to stop the count of the November election. | At 2 p.m. ...").
     */
    CalendarDate dayForTimeOfDay(int sentenceIndex, int sentences) {
        CalendarDate day = dayNamedWithin(sentenceIndex, sentences);
        // a sentence that only named a date in passing leaves the day before it in reach: "go to the polls on Sunday.
        // The mayor, elected four years ago, is seeking a second term. Polls close at 8 p.m."; and so does one that
        // went back years, where no time of day falls: "died on Sunday ... He retired in 2016 ... The helicopter had
        // taken off at 9.06am" (but not one that opened with them: "In 2017, lava flowed for weeks")
        boolean backgroundYears = day != null && day.equals(time) && movedIn > dayNamedIn && !firstMoveOpened
                && day.precision().compareTo(Precision.YEAR) >= 0;
        boolean passedOver = day != null && day.precision() != Precision.DAY && dayNamed != null
                && (namedInPassing || backgroundYears)
                && sentenceIndex - dayNamedIn <= sentences + 1;
        return passedOver ? dayNamed : day;
    }

    /**
     * The day the last sentence that moved the story opened with, when it then went on to a longer period and that
     * sentence is this one or the one before: "filed early on Monday after talks collapsed over the weekend. Hours
     * later ..." is still Monday. Null otherwise.
     */
    CalendarDate dayBeforeALongerPeriod(int sentenceIndex) {
        return time != null && firstMove != null && sentenceIndex - movedIn <= 1
                && firstMove.precision() == Precision.DAY && time.precision().compareTo(Precision.DAY) > 0
                ? firstMove : null;
    }

    /** Notes that the date just named was an aside's. */
    void namedInAnAside() {
        namedInAside = true;
    }

    /** Whether the last date named was named in this sentence in an aside. */
    boolean namedInAsideIn(int sentenceIndex) {
        return namedInAside && namedIn == sentenceIndex;
    }

    /** Whether the last date named was named in this sentence in passing: a modifier or an aside. */
    boolean namedInPassingIn(int sentenceIndex) {
        return namedInPassing && namedIn == sentenceIndex;
    }

    /** The last date named in this sentence, however it was resolved. */
    CalendarDate namedIn(int sentenceIndex) {
        return named != null && namedIn == sentenceIndex ? named : null;
    }

    /**
     * The date the story moved to in this sentence, however it was resolved ("Last year, ..."), if the words before it
     * match {@code lead} (a sentence that opens with it); not one only named, such as a point of comparison
     * ("compared with a year ago"). A day the sentence then moved to within it leaves it open: "Last year's festival
     * ran from 19 to 27 August" reads both days in last year.
     */
    CalendarDate openedWith(int sentenceIndex, String sentenceText, Pattern lead) {
        if (time == null || movedIn != sentenceIndex) {
            return null;
        }
        boolean within = !time.start().isBefore(firstMove.start()) && !time.end().isAfter(firstMove.end());
        CalendarDate opened = within ? firstMove : time;
        int at = within ? firstMoveAt : movedAt;
        return at >= 0 && at <= sentenceText.length() && lead.matcher(sentenceText).region(0, at).matches() ? opened
                : null;
    }

    NarrativeClock copy() {
        NarrativeClock copy = new NarrativeClock();
        copy.time = time;
        copy.anchor = anchor;
        copy.sentence = sentence;
        copy.before = before;
        copy.beforeIn = beforeIn;
        copy.named = named;
        copy.namedIn = namedIn;
        copy.namedInAside = namedInAside;
        copy.namedBeforeNow = namedBeforeNow;
        copy.namedInPassing = namedInPassing;
        copy.namedForItsSentence = namedForItsSentence;
        copy.happenings = happenings;
        copy.doings = doings;
        copy.daysToCome = daysToCome;
        copy.dayToldWithWeekday = dayToldWithWeekday;
        copy.dayNamed = dayNamed;
        copy.dayNamedIn = dayNamedIn;
        copy.periodNamed = periodNamed;
        copy.periodNamedIn = periodNamedIn;
        copy.namedLookingBack = namedLookingBack;
        copy.lookedBackFromTheStory = lookedBackFromTheStory;
        copy.namedBefore = namedBefore;
        copy.namedBeforeIn = namedBeforeIn;
        copy.newsTold = newsTold;
        copy.sceneTold = sceneTold;
        copy.movedIn = movedIn;
        copy.movedAt = movedAt;
        copy.firstMove = firstMove;
        copy.firstMoveAt = firstMoveAt;
        copy.firstMoveOpened = firstMoveOpened;
        copy.storyRun = storyRun;
        copy.storyRunLast = storyRunLast;
        copy.evening = evening;
        copy.eveningIn = eveningIn;
        copy.clockTold = clockTold;
        copy.clockToldIn = clockToldIn;
        return copy;
    }

    /**
     * Whether the text has just told a story that had reached a time before {@code date}, in this sentence or the one
     * before: "She was elected in 2010 and served as minister from 2016 to 2019" goes on through the years it sums up.
     */
    boolean toldBefore(CalendarDate date, int sentenceIndex) {
        return time != null && (anchor == Anchor.ABSOLUTE || anchor == Anchor.NARRATIVE)
                && movedIn >= sentenceIndex - 1 && time.end().isBefore(date.start());
    }

    void restore(NarrativeClock saved, int sentenceIndex) {
        time = saved.time;
        anchor = saved.anchor;
        sentence = saved.time == null ? -1 : sentenceIndex;
        named = saved.named;
        namedIn = saved.named == null ? -1 : sentenceIndex;
        namedForItsSentence = saved.namedForItsSentence;
        namedLookingBack = false;
        movedIn = saved.movedIn;
        movedAt = saved.movedAt;
        firstMove = saved.firstMove;
        firstMoveAt = saved.firstMoveAt;
        firstMoveOpened = saved.firstMoveOpened;
        evening = saved.evening;
        clockTold = saved.clockTold;
        clockToldIn = saved.clockTold == null ? -1 : sentenceIndex;
    }
}
