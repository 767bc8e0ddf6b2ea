package org.eventtimeline.extract.event;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eventtimeline.extract.Resources;
import org.eventtimeline.extract.people.PersonNames;
import org.eventtimeline.extract.text.Sentence;

/**
 * The thing a story's sentences are about, for a next sentence that opens with "It": "The spacecraft lifted off on
 * Nov. 3. It is scheduled to land on Dec. 12" is headed "The spacecraft is scheduled to land on Dec. 12", as a timeline
 * shows it without its article. Only a singular subject opened by "The", "This" or "That" and no person's role, or a
 * firm's name ("Eastern Airlines"), at the sentence's start or after a short opening phrase ("A year ago, it ..."),
 * that acted on no thing the "It" could be instead ("The company unveiled its new phone. It goes on sale ..."); and
 * only an "It" that acts ("It opened", "It will close", "It was founded in 1987"), not one that stands for no thing
 * ("It seemed", "It was announced that", "It was unclear").
 */
final class ThingSubject {

    private static final String VERB = "(?:is|was|has|had|will|would|could|can|may|might|should|must|said|says"
            + "|\\p{Ll}{2,}ed|(?!(?:its|his|this|us)\\b)\\p{Ll}{2,}s|"
            + Resources.alternation("extract/text/irregular-past.txt") + ")\\b";
    /** Before the subject's verb: a comma, or an adverb and the verb. */
    private static final String THEN_VERB = "(?=,|\\s+(?:(?:\\p{Ll}+ly|also|first|later|then)\\s+)?" + VERB + ")";
    /**
     * "The retailer, which ...", "The Met Office issued", "Nasa's Perseverance rover landed": up to four words before a
     * comma or a verb.
     */
    private static final Pattern SUBJECT = Pattern.compile("(?:[Tt]he|[Tt]his|[Tt]hat|\\p{Lu}[\\p{L}\\d.-]*['’]s)\\s+"
            + "(?!(?:same|first|last|next|other|following|previous)\\b)"
            + "(?:[\\p{L}\\d'’-]+\\s+){0,3}?(\\p{L}[\\p{L}\\d-]*)" + THEN_VERB); // a word may hold a figure: "The Cop26
            // summit", "The Airbus A380"
    /** A firm or an institution by its name: "Sansui Electric Co.", "Eastern Airlines". */
    private static final Pattern FIRM = Pattern.compile("\\p{Lu}[\\p{L}&'’.-]*(?:\\s+\\p{Lu}[\\p{L}&'’.-]*){0,4}?"
            + "\\s+(?:" + Resources.alternation("extract/people/organisation-words.txt") + ")\\b\\.?" + THEN_VERB);
    /** A thing named after the word that says what it is: "Hurricane Milton", "Mount Etna", "Flight 370". */
    private static final Pattern NAMED_THING = Pattern.compile("(?:" + Resources.alternation(
            "extract/event/named-things.txt") + ")\\s+[\\p{Lu}\\d][\\p{L}\\d'’-]*" + THEN_VERB);
    private static final Pattern PLURAL = Pattern.compile(".*(?<![su])s");
    /** A time, no thing: "That autumn, they founded a company". */
    private static final Pattern TIME = Pattern.compile("(?i:" + Headline.TIME_NOUNS + ")");

    private static final String PARTICIPLE = "(?:\\p{Ll}+(?:ed|en|wn)|"
            + Resources.alternation("extract/text/irregular-past.txt") + ")";
    /**
     * An "It" that acts: with a modal, before "due to", in the passive without a "that" after, with a verb of its own;
     * or "Its" and a noun.
     */
    private static final Pattern ACTING_IT = Pattern.compile("[Ii]t(?:s\\s+\\p{Ll}|\\s+(?:"
            + "(?:will|would|could|can|may|might|should|must)\\s+(?:not\\s+)?(?!(?:be|take|seem|appear|remain)\\b)"
            + "\\p{Ll}+\\b"
            + "|(?:is|was)\\s+(?:due|scheduled|set|expected|slated|planned|poised)\\s+to\\s"
            + "|(?:is|was|has\\s+been|had\\s+been|(?:will|would|could|can|may|might|should|must)\\s+be)\\s+"
            + "(?:(?:first|later|also)\\s+)?" + PARTICIPLE + "\\b(?![^,;]*\\b(?:that|whether|if)\\b)"
            + "|(?!(?:is|was|has|had|does|did|" + Resources.alternation("extract/event/not-referring-it-verbs.txt")
            + ")\\b)"
            + "(?:\\p{Ll}{2,}ed|\\p{Ll}{2,}s|" + Resources.alternation("extract/text/irregular-past.txt") + ")\\b))");

    private static final Pattern IT = Pattern.compile("[Ii]ts?\\s");
    /** A thing's word that a phrase before it writes in lower case: "The", "This", "That", "It", "Its". */
    private static final Pattern ARTICLE = Pattern.compile("(?:The|This|That|Its?)\\s");
    private static final Pattern FIRST_WORD = Pattern.compile("\\p{Ll}+");
    private static final Pattern COMMA_IT = Pattern.compile(",\\s+[Ii]ts?\\s");
    /**
     * A phrase of time without its comma before a subject with "the": "Late last month | the company"; before "it", as
     * far as it: "In the winter of 1895 | it was closed".
     */
    private static final Pattern TIME_OPENING = Pattern.compile("(?:Late|Early|Earlier|Later|Last|This|Next|On|In"
            + "|By|During)\\s+(?:(?:[\\p{L}\\d'’.-]+\\s+){0,4}?(?=its?\\s)|(?:[\\p{L}\\d'’.-]+\\s+){0,3}?"
            + "(?=(?:the|this|that)\\s))");
    /** A short phrase and its comma before a sentence's subject: "A year ago, | it reported". */
    private static final Pattern OPENING = Pattern.compile("(?:[\\p{L}\\d'’.-]+\\s+){0,4}?[\\p{L}\\d'’.-]+,\\s+");

    private final String text;
    /** The last sentence that did not open with "It": where the thing is looked for, when an "It" asks. */
    private Sentence source;
    private String thing;
    /** The same subject, even where it acted on a thing: the owner an "Its chief executive" may mean. */
    private String owner;
    private boolean found;

    ThingSubject(String text) {
        this.text = text;
    }

    void finished(Sentence sentence) {
        if (!opensWithIt(sentence)) {
            source = sentence; // "It expects ...", "It was unclear why": no new subject, the same thing goes on
            found = false;
        }
    }

    /** The headline with its opening "It" or "Its" replaced by the thing, when it opens the sentence and acts. */
    String headed(String title, Sentence sentence) {
        Matcher time = TIME_OPENING.matcher(title);
        if (time.lookingAt() && IT.matcher(title).region(time.end(), title.length()).lookingAt()) {
            // "Last month | it reopened": the phrase of time stays before the thing
            String headed = headed(Headline.capitalised(title.substring(time.end())), sentence);
            boolean plain = ARTICLE.matcher(headed).lookingAt();
            return title.substring(0, time.end())
                    + (plain ? Character.toLowerCase(headed.charAt(0)) + headed.substring(1) : headed);
        }
        if (!title.startsWith("It ") && !title.startsWith("Its ") || !opensWithIt(sentence)) {
            return title;
        }
        Matcher it = ACTING_IT.matcher(text).region(sentence.start(), sentence.end());
        String thing = thing();
        Matcher role = FIRST_WORD.matcher(title).region(Math.min(4, title.length()), title.length());
        if (thing == null && title.startsWith("Its ") && role.lookingAt() && PersonNames.isRole(role.group())) {
            thing = owner; // "The company will hold a capital markets day in March. Its chief executive ..."
        }
        if (thing == null || !it.lookingAt() && !it.region(afterOpening(text, sentence.start(), sentence.end()),
                sentence.end()).lookingAt()) {
            return title;
        }
        String word = it.group().regionMatches(true, 0, "its ", 0, 4) ? "Its " : "It ";
        if (!title.startsWith(word)) {
            return title;
        }
        String rest = title.substring(word.length());
        if (word.equals("Its ")) {
            // "The inquiry's final report, published on Wednesday, ... Its first report came out in 2019": the
            // report's owner's, not the report's report
            Matcher owned = OWNER_AND_HEAD.matcher(thing);
            if (owned.matches() && rest.matches("(?:\\p{L}+\\s+){0,2}" + Pattern.quote(owned.group(2)) + "\\b.*")) {
                return owned.group(1) + "'s " + rest;
            }
        }
        return thing + (word.equals("Its ") ? "'s " : " ") + rest;
    }

    /** A thing named by its owner: "The public inquiry|'s final |report". */
    private static final Pattern OWNER_AND_HEAD = Pattern.compile("(.+?)['’]s\\s+(?:\\p{L}+\\s+)*?(\\p{L}+)");

    private boolean opensWithIt(Sentence sentence) {
        int start = sentence.start();
        if (IT.matcher(text).region(start, sentence.end()).lookingAt()) {
            return true;
        }
        // only a sentence with ", it" near its start, or a phrase of time right before it, may open with a phrase
        // before its "it"
        if (!COMMA_IT.matcher(text).region(start, Math.min(sentence.end(), start + 90)).find()
                && !TIME_OPENING.matcher(text).region(start, sentence.end()).lookingAt()) {
            return false;
        }
        int afterOpening = afterOpening(text, start, sentence.end());
        return afterOpening > start && IT.matcher(text).region(afterOpening, sentence.end()).lookingAt();
    }

    /** The thing the last sentence that did not open with "It" was about, or null: found once, when first asked. */
    private String thing() {
        if (!found && source != null) {
            int at = source.start();
            String subject = subjectAt(at, source.end());
            int afterOpening = afterOpening(text, at, source.end());
            if (subject == null && afterOpening > at) {
                at = afterOpening;
                subject = subjectAt(at, source.end()); // "In 2019, the plant ..."
            }
            owner = subject == null ? null : Character.toUpperCase(subject.charAt(0)) + subject.substring(1);
            // "The company unveiled its new phone on Tuesday. It goes on sale on May 1": the "It" may be the object's
            boolean actsOnAThing = subject != null
                    && OBJECT_AFTER.matcher(text).region(at + subject.length(), source.end()).lookingAt();
            thing = actsOnAThing ? null : owner;
            found = true;
        }
        return source == null ? null : thing;
    }

    /** The thing or firm that opens the words at {@code start}, or null. */
    private String subjectAt(int start, int end) {
        Matcher subject = SUBJECT.matcher(text).region(start, end);
        Matcher firm = FIRM.matcher(text).region(start, end);
        Matcher named = NAMED_THING.matcher(text).region(start, end);
        return subject.lookingAt() ? (noThing(subject.group(1)) ? null
                : text.substring(subject.start(), subject.end(1))) : firm.lookingAt() ? firm.group()
                        : named.lookingAt() ? named.group() : null;
    }

    /** Whether a subject's head is many things, a person's role or a time: none an "It" stands for. */
    private static boolean noThing(String head) {
        return PLURAL.matcher(head).matches() || PersonNames.isRole(head) || TIME.matcher(head).matches()
                || head.equalsIgnoreCase("it"); // "In the winter of 1895 it was closed": a time, then the thing
    }

    /** A verb and its object after a subject (and its aside): "unveiled | its new phone", "acquired Instagram". */
    private static final Pattern OBJECT_AFTER = Pattern.compile("\\s*(?:,[^,]{0,80},)?\\s+(?:(?:has|had|have|will"
            + "|would|\\p{Ll}+ly)\\s+)?(?!(?:said|says|added|told)\\b)\\p{Ll}+(?:\\s+(?:off|up|out|down))?\\s+"
            + "(?:its|a|an|the|his|her|their|this|that|(?-i:\\p{Lu}))\\b"
            + "(?!\\s+(?:\\p{L}+\\s+)?" + TIME.pattern() + "\\b)"); // not "reopens | this spring"

    /**
     * After a short opening phrase and its comma before a lower-case word ("A year ago, | it"), or a phrase of time
     * without one ("Late last month | the company"), or {@code start}.
     */
    private static int afterOpening(CharSequence text, int start, int end) {
        Matcher opening = OPENING.matcher(text).region(start, end);
        if (opening.lookingAt() && opening.end() < end && Character.isLowerCase(text.charAt(opening.end()))) {
            return opening.end();
        }
        Matcher time = TIME_OPENING.matcher(text).region(start, end);
        return time.lookingAt() ? time.end() : start;
    }
}
