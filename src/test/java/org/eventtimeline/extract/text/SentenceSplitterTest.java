package org.eventtimeline.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> split(String text) {
        return splitter.split(text).stream().map(Sentence::text).toList();
    }

    @Test
    void keepsTitlesAndInitialsInsideASentence() {
        assertEquals(List.of("Mr. Smith met Dr. Jones and J. K. Rowling in the U.S. capital.", "They talked."),
                split("Mr. Smith met Dr. Jones and J. K. Rowling in the U.S. capital. They talked."));
        assertEquals(1, split("The Rt. Hon. Peter Mandelson replied.").size());
    }

    @Test
    void aTimeZoneOrWeekdayAfterAClockTimeGoesOnTheSentence() {
        assertEquals(1, split("The call is at 2 p.m. PT on Thursday, May 2.").size());
        assertEquals(1, split("Polls close at 8 p.m. Tuesday in most states.").size());
        assertEquals(1, split("The rocket lifted off at 3:17 a.m. Eastern time on Sunday.").size());
        assertEquals(List.of("It ended at 5 p.m.", "The mayor left."), split("It ended at 5 p.m. The mayor left."));
        assertEquals(1, split("The blast came at 10:35 a.m. (0735 GMT) Friday, toppling a building.").size());
    }

    @Test
    void aNumberSignBeforeANumberGoesOnTheSentence() {
        assertEquals(1, split("It said that team no. 225 visited the site.").size());
        assertEquals(List.of("He said no.", "Then he left."), split("He said no. Then he left."));
    }

    @Test
    void endsAtQuotesThatCloseASentence() {
        assertEquals(List.of("He said: ‘I regret it.’", "Then he left."), split("He said: ‘I regret it.’ Then he left."));
    }

    @Test
    void treatsLinesAsSentencesEvenWithoutAFullStop() {
        assertEquals(List.of("Headline without a stop", "A caption", "Body text."),
                split("Headline without a stop\n\nA caption\nBody text."));
    }

    @Test
    void doesNotEndBeforeALowerCaseWord() {
        assertEquals(1, split("He met him before the meeting.. then we are done.").size());
    }

    @Test
    void aDatelinesAgencyGoesOnAfterAnAbbreviatedState() {
        assertEquals(1, split("LITTLETON, Colo. (AP) -- Two students opened fire on Tuesday.").size());
        assertEquals(2, split("He moved to Denver, Colo. (He later left.)").size());
    }

    @Test
    void keepsOffsetsIntoTheText() {
        String text = "  First one.  Second one.";
        for (Sentence s : splitter.split(text)) {
            assertEquals(s.text(), text.substring(s.start(), s.end()));
        }
    }

    @Test
    void aWordThatOpensSentencesEndsOneAfterAnAbbreviation() {
        assertEquals(List.of("It flew to Charlotte, N.C.", "Less than two minutes later, it fell."),
                split("It flew to Charlotte, N.C. Less than two minutes later, it fell."));
        assertEquals(List.of("Sales rose in the U.S.", "The company said so."),
                split("Sales rose in the U.S. The company said so."));
        assertEquals(1, split("He met U.S. Rep. John Lewis and Acme Inc. said nothing.").size());
    }

    @Test
    void theWiresQuotationMarksOpenASentence() {
        assertEquals(List.of("Bridges were built before 1950.", "``We cannot wait,'' said Sen. John Warner."),
                split("Bridges were built before 1950. ``We cannot wait,'' said Sen. John Warner."));
    }

    @Test
    void aPlacesTimeAfterTheClockGoesOnTheSentence() {
        assertEquals(1, split("The offensive began at 4 a.m. Saudi time (8 p.m. EST Saturday).").size());
        assertEquals(2, split("The offensive began at 4 a.m. Saudi troops moved first.").size());
    }

    @Test
    void aRunLongerThanASentenceIsCutAfterACommaElseAfterASpace() {
        String clause = "the plant was closed in 2011 and reopened in 2013, ";
        List<String> listed = split("Since then " + clause.repeat(100) + "they said.");
        assertTrue(listed.size() > 1, "one sentence of " + listed.get(0).length() + " characters");
        for (String sentence : listed) {
            assertTrue(sentence.length() <= SentenceSplitter.MAX_LENGTH, sentence.length() + " characters");
            assertTrue(sentence.endsWith(",") || sentence.endsWith("said."), sentence);
        }
        List<String> words = split("word ".repeat(1_000));
        assertTrue(words.stream().allMatch(w -> w.length() <= SentenceSplitter.MAX_LENGTH && w.endsWith("word")));
        assertEquals(2, split("x".repeat(1_500)).size());
    }
}
