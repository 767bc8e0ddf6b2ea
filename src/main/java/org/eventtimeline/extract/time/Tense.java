package org.eventtimeline.extract.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eventtimeline.extract.InTextOrder;
import org.eventtimeline.extract.Resources;

/** The tense of the clause around a date, guessed from the cue words of {@code tense.txt}. */
public enum Tense {
    PAST, PRESENT, FUTURE;

    /** Future cues that tell only a date after them: "ahead of Sunday's vote", not "voted on Sunday ahead of ...". */
    private static final String LEADS = "LEADS";
    private static final String DEALS = "DEALS";
    /** Future cues that put a thing off or extend it until a date: only one after them is ahead. */
    private static final String AHEAD = "AHEAD";
    /** Past cues that tell the date after them in their clause, whatever comes next: "accused of murdering ...". */
    private static final String ACTS = "ACTS";
    /** How far after an act's cue its date may lie: "charged with murdering a teenager in a park in | July". */
    private static final int ACT_REACH = 80;
    private static final WordStartFinder CUES = cueFinder();
    private static final int WINDOW = 160;
    private static final Pattern PRESENT_BE = Pattern.compile("is|are|am", Pattern.CASE_INSENSITIVE);
    /** What may come before a date that opens a sentence: "On Tuesday,", "Late on Friday,", "And last week,". */
    private static final Pattern OPENING = Pattern.compile("[\\W_]*(?:\\p{L}+\\s+){0,2}");
    private static final Pattern CLAUSE_OPENING = Pattern.compile(
            "(?:[,;]\\s+(?:and|but|then)\\s+|[;:]\\s+)(?:\\p{L}+\\s+)?$");
    /**
     * What may stand between a verb and the date it governs: "in", "on", "during", "in the", after an object of a
     * word, two or three ("took office in", "sold the unit on", "hired a new auditor in", "sold 1,000 cars in",
     * "visited Paris in", "left Home Depot in"); not a clause of its own ("agreed to buy it in"); a time it went on
     * for may come between ("walked out for 14 days in February"), and where it was ("was in Paris on the night of").
     */
    private static final Pattern VERB_TO_DATE = Pattern.compile(
            "(?:\\s+(?!(?:to|that|would|will|could|should|might|may|can|it|they|he|she|we|in|on|at|during|over)\\b)"
                    + "(?:(?-i:[a-z]+|\\p{Lu}[\\p{L}'’.&-]*)|[$£€]?\\d(?:[\\d,.]*\\d)?(?:%|(?-i:m|bn|k)\\b)?)){0,3}"
                    // where it was: "was in Paris on", "were at the flat on"
                    + "(?:\\s+(?:in|at|from|near)\\s+(?:(?:the|a|an|his|her|their|its)\\s+)?(?:[\\p{L}'’-]+\\s+){0,2}"
                    + "[\\p{L}'’-]+(?=\\s+(?:on|in|during|at|over)\\s))?"
                    + "(?:\\s+for\\s+(?:about\\s+|nearly\\s+|almost\\s+|some\\s+)?(?:a|an|\\d+|[a-z]+)\\s+"
                    + "(?:hours?|days?|nights?|weeks?|months?|years?))?"
                    + "\\s+(?:in|on|during|at|over)\\s+(?:the\\s+)?(?:(?:night|morning|evening|afternoon)\\s+of\\s+)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SINCE = Pattern.compile("(?i)since");
    private static final Pattern YEAR_BETWEEN = Pattern.compile("\\b\\d{4}\\b");
    /**
     * Where a clause ends; "and" between capitalised words joins a name ("the Mine and Metal Workers Union"), and one
     * before a number joins a date's day to it ("on July 12 and 13 will go ahead").
     */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[;:—–]|,\\s"
            + "|\\sand\\s(?!\\d|\\p{Lu}(?<=\\p{Lu}\\p{L}{0,20}\\sand\\s.))|\\s(?:but|while|whereas|although)\\s");

    /**
     * The tense cues of one sentence, found on the first question and kept: a sentence may hold many dates (a list
     * of thirty thousand in one hostile "sentence"), and each asks about the words around it.
     */
    public static final class Cues {
        private final String sentence;
        private List<Cue> cues;
        private final Map<Pattern, Boolean> held = new IdentityHashMap<>();

        /**
         * A cue word: where it is, the tense it says, whether it is a present "is"/"are"/"am", whether it tells
         * only a date after it ("ahead of"), whether it is an act someone is accused of ("charged with stealing"), and
         * whether it puts a thing off or extends it until a date after it, telling nothing of one before it.
         */
        private record Cue(int start, int end, Tense tense, boolean presentBe, boolean leads, boolean act,
                boolean onlyAhead) {
        }

        public Cues(String sentence) {
            this.sentence = sentence;
        }

        /** Whether the whole sentence holds {@code cue}: asked for each of its dates, read once. */
        boolean holds(Pattern cue) {
            return held.computeIfAbsent(cue, c -> c.matcher(sentence).find());
        }

        /**
         * Guesses the tense at {@code position}: the cue word nearest to it decides, a cue before it counting a little
         * nearer than one after it. News mostly reports what happened, so without cues it is PAST.
         */
        public Tense at(int position) {
            return read(position, false);
        }

        /**
         * Whether a past verb comes before {@code position}, and no "will" or "shall": "In June, he | persuaded |
         * ministers to extend the scheme through the summer" looks ahead from June.
         */
        public boolean toldInThePastBefore(int position) {
            boolean past = false;
            for (Cue cue : cues()) {
                if (cue.end() > position) {
                    break;
                }
                if (cue.tense() == FUTURE && WILL.matcher(sentence).region(cue.start(), cue.end()).matches()) {
                    return false;
                }
                // (what was put off or extended is past too: "In March, the government | extended the scheme until |")
                past |= cue.tense() == PAST || cue.onlyAhead() && DONE.matcher(sentence).region(cue.start(), cue.end())
                        .lookingAt();
            }
            return past;
        }

        private static final Pattern WILL = Pattern.compile("(?i)will|shall");
        private static final Pattern DONE = Pattern.compile("(?i)(?:\\p{L}+ed|put|gave|set)\\b");

        /**
         * Whether the date at {@code position} looks ahead only from a past clause's time, after a cue that tells only
         * a date after it: "Police had warned about him in the run-up to Christmas" (in April) need not be to come.
         */
        public boolean aheadOfAPastClause(int position) {
            return read(position, true) == null;
        }

        /** The tense at {@code position}; with {@code leadFromPast}, null where a leading cue after a past one wins. */
        private Tense read(int position, boolean leadFromPast) {
            List<Cue> cues = cues();
            // Only the words around the date count: a cue further away belongs to another clause.
            int from = Math.max(0, position - WINDOW);
            int to = Math.min(sentence.length(), position + WINDOW);
            to = inPastRelativeClause(position) ? position : clauseEnd(position, to);
            Tense best = PAST;
            int bestDistance = Integer.MAX_VALUE;
            int lastFutureEnd = -100;
            int lastPresentBeEnd = -100;
            boolean pastBefore = false; // a past verb before the cue that decides
            for (int i = firstAtOrAfter(from); i < cues.size() && cues.get(i).end() <= to; i++) {
                Cue cue = cues.get(i);
                if (cue.tense() == FUTURE) {
                    lastFutureEnd = cue.end();
                } else if (cue.tense() == PAST && lastFutureEnd >= 0 && lastFutureEnd <= cue.start()
                        && (cue.start() - lastFutureEnd <= 12 && !NEW_CLAUSE.matcher(sentence).region(lastFutureEnd,
                                cue.start()).find() && !NOT_A_PARTICIPLE.matcher(sentence).region(cue.start(),
                                        cue.end()).matches()
                                || MODAL_PASSIVE.matcher(sentence).region(lastFutureEnd, cue.start()).matches())) {
                    // a participle after a modal: "will be held", "will be formally installed" look ahead (but not
                    // a clause of its own after a noun: "her first visit since she took office in July")
                    continue;
                } else if (cue.tense() == PAST && cue.start() - lastPresentBeEnd <= 8) {
                    continue; // a present passive: "when the case is heard in May"
                } else if (cue.presentBe()) {
                    lastPresentBeEnd = cue.end();
                }
                if (cue.start() < position && cue.end() > position
                        || (cue.leads() || cue.onlyAhead()) && cue.start() >= position) {
                    continue;
                }
                if (cue.end() <= position && SINCE.matcher(sentence).region(cue.start(), cue.end()).matches()
                        && YEAR_BETWEEN.matcher(sentence).region(cue.end(), position).find()) {
                    continue; // "will play their first concert since 1985 on | June 17": "since" is the year's
                }
                int distance = cue.end() <= position ? position - cue.end() : 2 * (cue.start() - position) + 8;
                if (cue.act() && cue.end() <= position && position - cue.end() <= ACT_REACH
                        && !CLAUSE_BREAK.matcher(sentence).region(cue.end(), position).find()
                        && !verbBetween(cue.end(), position)) {
                    distance = 0; // the act's date, whatever the clause goes on to say
                }
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = leadFromPast && cue.leads() && (pastBefore || opensAPastSentence(cue, position)) ? null
                            : cue.tense();
                }
                pastBefore |= cue.tense() == PAST && cue.end() <= position;
            }
            return best;
        }

        /**
         * Whether a leading cue and its date open the sentence before a past clause: "In the run-up to Christmas, |
         * sales were 4% higher" looks back from the clause's time as much as ahead.
         */
        private boolean opensAPastSentence(Cue lead, int position) {
            int comma = sentence.indexOf(',', position);
            if (comma < 0 || !OPENING.matcher(sentence).region(0, lead.start()).matches()) {
                return false;
            }
            List<Cue> cues = cues();
            int next = firstAtOrAfter(comma);
            return next < cues.size() && cues.get(next).tense() == PAST
                    && cues.get(next).start() - comma <= OPENING_CLAUSE_VERB_REACH;
        }

        /** How far after the opening phrase's comma its clause's verb may start: ", | sales at the chain | were". */
        private static final int OPENING_CLAUSE_VERB_REACH = 40;

        /**
         * Whether the date at {@code position} ends a relative clause told in the past, whose verb decides it whatever
         * the main clause goes on to say: "The astronauts who flew to the station in June | will not return".
         */
        private boolean inPastRelativeClause(int position) {
            Matcher relative = RELATIVE_PRONOUN.matcher(sentence).region(Math.max(0, position - 100), position);
            int after = -1;
            while (relative.find()) {
                after = relative.end();
            }
            if (after < 0 || CLAUSE_BREAK.matcher(sentence).region(after, position).find()) {
                return false;
            }
            List<Cue> cues = cues();
            int first = firstAtOrAfter(after);
            if (first >= cues.size() || cues.get(first).start() - after > RELATIVE_VERB_REACH) {
                return false; // the clause's verb follows its pronoun: "who had | flown", "which was | signed"
            }
            for (int i = first; i < cues.size() && cues.get(i).end() <= position; i++) {
                if (cues.get(i).tense() != PAST) {
                    return false;
                }
            }
            return cues.get(first).end() <= position;
        }

        private static final Pattern RELATIVE_PRONOUN = Pattern.compile("\\b(?:who|which|that)\\s+",
                Pattern.CASE_INSENSITIVE);
        /** How far after its pronoun a relative clause's verb may start: "who | last week | flew". */
        private static final int RELATIVE_VERB_REACH = 16;

        /**
         * Whether a cue of the present or the future stands between two places: the clause's own verb after an act
         * ("accused of murdering a teenager in July | will go on trial in January").
         */
        private boolean verbBetween(int from, int to) {
            List<Cue> cues = cues();
            for (int i = firstAtOrAfter(from); i < cues.size() && cues.get(i).end() <= to; i++) {
                if (cues.get(i).tense() != PAST) {
                    return true;
                }
            }
            return false;
        }

        /** A word that opens a clause of its own between a future cue and a past one. */
        private static final Pattern NEW_CLAUSE = Pattern.compile("\\b(?:since|after|before|when|while|because|that"
                + "|which|who|where|and|but|he|she|it|they|we|i|you)\\b", Pattern.CASE_INSENSITIVE);
        /** Past cues that are no participle: "since", "ago" (but "will last" is a verb). */
        private static final Pattern NOT_A_PARTICIPLE = Pattern.compile("since|ago", Pattern.CASE_INSENSITIVE);

        /**
         * What may stand between a modal and its passive participle: " be formally ", " not have been "; so after an
         * expectation: "is expected | to be formally | named on Sunday".
         */
        private static final Pattern MODAL_PASSIVE = Pattern.compile(
                "\\s+(?:to\\s+)?(?:not\\s+)?(?:have\\s+)?(?:be|been)\\s+(?:\\p{L}{2,15}ly\\s+)?");

        /**
         * Where the clause of the date at {@code position} ends, at the latest {@code to}: at the next clause break
         * ("on Saturday and were planning to ..." is told by "on Saturday"), or, for a date that opens the sentence,
         * at the one after its comma ("On Tuesday, the league plans to ..." is told by "plans to").
         */
        private int clauseEnd(int position, int to) {
            Matcher clauseBreak = CLAUSE_BREAK.matcher(sentence).region(position, to);
            if (!clauseBreak.find()) {
                return to;
            }
            if (clauseBreak.group().startsWith(",") && opensSentence(position)) {
                return clauseBreak.find() ? clauseBreak.start() : to;
            }
            return clauseBreak.start();
        }

        /** Where the clause of the date at {@code position} ends, or the window around it if sooner. */
        int clauseEndAfter(int position) {
            return clauseEnd(position, Math.min(sentence.length(), position + WINDOW));
        }

        /** Whether the date at {@code position} opens its sentence: "On Tuesday,", "Late on Friday,", "In January,". */
        boolean opensSentence(int position) {
            return position <= 40 && OPENING.matcher(sentence).region(0, position).matches();
        }

        /**
         * Whether the date opens a clause after a conjunction, a semicolon or a colon: "…, and on Boxing Day more
         * people went shopping", "Looking back on 2026: In January, floods swept ...".
         */
        boolean opensClause(int position) {
            return CLAUSE_OPENING.matcher(sentence).region(Math.max(0, position - 24), position).find();
        }

        /**
         * Whether a past verb governs the date at {@code position} directly, through a preposition alone: "agreed in
         * late November", "died on Tuesday"; not "agreed to buy it in February", where the date may be the plan's.
         */
        boolean pastVerbJustBefore(int position) {
            List<Cue> cues = cues();
            Cue last = null;
            for (int i = firstAtOrAfter(Math.max(0, position - 32)); i < cues.size() && cues.get(i).end() <= position;
                    i++) {
                last = cues.get(i);
            }
            return last != null && last.tense() == PAST
                    && VERB_TO_DATE.matcher(sentence).region(last.end(), position).matches();
        }

        private List<Cue> cues() {
            if (cues == null) {
                cues = find(sentence);
            }
            return cues;
        }

        /** The index of the first cue that starts at or after {@code offset} (cues are in text order). */
        private int firstAtOrAfter(int offset) {
            return InTextOrder.firstFrom(cues, Cue::start, offset);
        }

        private static List<Cue> find(String sentence) {
            List<Cue> found = new ArrayList<>();
            CUES.forEachMatch(sentence, m -> {
                boolean deal = m.group(DEALS) != null;
                boolean act = m.group(ACTS) != null;
                boolean leads = deal || m.group(LEADS) != null;
                boolean ahead = m.group(AHEAD) != null;
                Tense tense = deal ? PRESENT : leads || ahead || m.group("FUTURE") != null ? FUTURE
                        : m.group("PRESENT") != null ? PRESENT : PAST;
                found.add(new Cue(m.start(), m.end(), tense,
                        tense == PRESENT && PRESENT_BE.matcher(m.group()).matches(), leads, act, ahead));
            });
            if (sentence.contains(", which ") || sentence.contains(", who ")) {
                Matcher verb = PRESENT_AFTER_ASIDE.matcher(sentence);
                while (verb.find()) {
                    Cue present = new Cue(verb.start(1), verb.end(1), PRESENT, false, false, false, false);
                    found.add(InTextOrder.firstFrom(found, Cue::start, present.start()), present);
                }
            }
            return found;
        }

        /**
         * The main verb in the present after a subject's "which" or "who" aside: "The play, which opened last month, |
         * transfers | to the West End in February" (a verb in "-s" that no list of cues can tell from a plural).
         */
        private static final Pattern PRESENT_AFTER_ASIDE = Pattern.compile(",\\s+(?:which|who)\\s[^,;:]{1,80},\\s+"
                + "(\\p{Ll}{3,}(?<![su'’])s)\\s+(?:to|on|in|at|into|from|for|with|the|a|an|its|his|her|their)\\b");
    }

    /** Every cue word of {@code tense.txt}, found at word starts. */
    static WordStartFinder cueFinder() {
        Map<String, String> words = new HashMap<>();
        for (String line : Resources.entries("extract/time/tense.txt")) {
            int eq = line.indexOf('=');
            words.put(line.substring(0, eq).trim().toUpperCase(Locale.ROOT), line.substring(eq + 1).trim()
                    .replace("%irregular-past", Resources.alternation("extract/text/irregular-past.txt")));
        }
        List<WordStartFinder.Group> groups = new ArrayList<>();
        // future first, then present, then past: "planned" and "scheduled" look forward although they end in -ed,
        // and "is to" is a future, not a present
        for (String group : new String[] { ACTS, DEALS, LEADS, AHEAD, FUTURE.name(), PRESENT.name(), PAST.name() }) {
            groups.add(new WordStartFinder.Group(group, words.get(group)));
        }
        return new WordStartFinder("(?<![\\w’'])", groups, "(?!\\w)", Pattern.CASE_INSENSITIVE);
    }
}
