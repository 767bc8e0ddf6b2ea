package org.eventtimeline.extract.event;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eventtimeline.extract.Resources;
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
            + "|\\p{Ll}{2,}ed|\\p{Ll}{2,}s|" + Resources.alternation("extract/text/irregular-past.txt") + ")\\b";
    /** Before the subject's verb: a comma, or an adverb and the verb. */
    private static final String THEN_VERB = "(?=,|\\s+(?:(?:\\p{Ll}+ly|also|first|later|then)\\s+)?" + VERB + ")";
    /** "The retailer, which ...", "The Met Office issued": up to four words before a comma or a verb. */
    private static final Pattern SUBJECT = Pattern.compile("(?:[Tt]he|[Tt]his|[Tt]hat)\\s+(?!(?:same|first|last|next"
            + "|other|following|previous)\\b)(?:[\\p{L}'’-]+\\s+){0,3}?([\\p{L}-]+)" + THEN_VERB);
    /** A firm or an institution by its name: "Sansui Electric Co.", "Eastern Airlines". */
    private static final Pattern FIRM = Pattern.compile("\\p{Lu}[\\p{L}&'’.-]*(?:\\s+\\p{Lu}[\\p{L}&'’.-]*){0,4}?"
            + "\\s+(?:" + Resources.alternation("extract/people/organisation-words.txt") + ")\\b\\.?" + THEN_VERB);
    private static final Pattern ROLE = Pattern.compile("(?i:" + Resources.alternation("extract/people/roles.txt")
            + ")");
    private static final Pattern PLURAL = Pattern.compile(".*(?<![su])s");
    /** A time, no thing: "That autumn, they founded a company". */
    private static final Pattern TIME = Pattern.compile("(?i:year|month|week|weekend|day|morning|afternoon|evening|night"
            + "|spring|summer|autumn|fall|winter|season|time|decade|century|quarter|half|period|moment|hour|era)");

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
    /** A short phrase and its comma before a sentence's subject: "A year ago, | it reported". */
    private static final Pattern OPENING = Pattern.compile("(?:[\\p{L}\\d'’.-]+\\s+){0,4}?[\\p{L}\\d'’.-]+,\\s+");

    private final String text;
    /** The last sentence's subject when it was such a thing, or the thing its acting "It" stood for; else null. */
    private String thing;

    ThingSubject(String text) {
        this.text = text;
    }

    /** The thing a sentence's opening "It" stands for, or null. */
    String before() {
        return thing;
    }

    void finished(Sentence sentence) {
        int start = sentence.start();
        int afterOpening = afterOpening(text, start, sentence.end());
        if (IT.matcher(text).region(start, sentence.end()).lookingAt()
                || afterOpening > start && IT.matcher(text).region(afterOpening, sentence.end()).lookingAt()) {
            return; // "It expects ...", "It was unclear when it would reopen": no new subject, the same thing goes on
        }
        String found = subjectAt(start, sentence.end());
        found = found == null && afterOpening > start ? subjectAt(afterOpening, sentence.end()) : found;
        thing = found == null ? null : Character.toUpperCase(found.charAt(0)) + found.substring(1);
    }

    private String subjectAt(int start, int end) {
        Matcher subject = SUBJECT.matcher(text).region(start, end);
        Matcher firm = FIRM.matcher(text).region(start, end);
        String found = subject.lookingAt() ? (PLURAL.matcher(subject.group(1)).matches()
                || ROLE.matcher(subject.group(1)).matches() || TIME.matcher(subject.group(1)).matches() ? null : text.substring(subject.start(), subject.end(1)))
                : firm.lookingAt() ? firm.group() : null;
        int after = start + (found == null ? 0 : found.length());
        // "The company unveiled its new phone on Tuesday. It goes on sale on May 1": the "It" may be the object's
        return found == null || OBJECT_AFTER.matcher(text).region(after, end).lookingAt() ? null : found;
    }

    /** A verb and its object after a subject (and its aside): "unveiled | its new phone", "acquired Instagram". */
    private static final Pattern OBJECT_AFTER = Pattern.compile("\\s*(?:,[^,]{0,80},)?\\s+(?:(?:has|had|have|will"
            + "|would|\\p{Ll}+ly)\\s+)?(?!(?:said|says|added|told)\\b)\\p{Ll}+(?:\\s+(?:off|up|out|down))?\\s+"
            + "(?:its|a|an|the|his|her|their|this|that|(?-i:\\p{Lu}))\\b");

    /** After a short opening phrase and its comma before a lower-case word ("A year ago, | it"), or {@code start}. */
    private static int afterOpening(CharSequence text, int start, int end) {
        Matcher opening = OPENING.matcher(text).region(start, end);
        return opening.lookingAt() && opening.end() < end && Character.isLowerCase(text.charAt(opening.end()))
                ? opening.end() : start;
    }

    /** The headline with its opening "It" or "Its" replaced by the thing, when it opens the sentence and acts. */
    static String headed(String title, String sentence, String thing) {
        Matcher it = ACTING_IT.matcher(sentence);
        if (thing == null || !it.lookingAt() && !it.region(afterOpening(sentence, 0, sentence.length()),
                sentence.length()).lookingAt()) {
            return title;
        }
        String word = it.group().regionMatches(true, 0, "its ", 0, 4) ? "Its " : "It ";
        return !title.startsWith(word) ? title : thing + (word.equals("Its ") ? "'s " : " ")
                + title.substring(word.length());
    }
}
