package org.eventtimeline.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eventtimeline.extract.NewsExtractor;
import org.eventtimeline.extract.people.Person;
import org.junit.jupiter.api.Test;

class CountedFromTest {

    private final NewsExtractor extractor = new NewsExtractor();

    private List<ExtractedEvent> events(String text, LocalDate published) {
        return extractor.extract(text, published).events();
    }

    private ExtractedEvent counted(List<ExtractedEvent> events, String dateText) {
        return events.stream().filter(e -> e.dateText().equals(dateText)).findFirst()
                .orElseThrow(() -> new AssertionError("no event dated by '" + dateText + "' in " + events));
    }

    @Test
    void aClauseAnAmountAfterADatedOneIsDatedByCountingBack() {
        ExtractedEvent appeal = counted(events("Ana Lind was freed at dawn on Saturday, four days after an appeals"
                + " court overturned her conviction.", LocalDate.of(2026, 12, 5)), "four days after");
        assertEquals("2026-12-01", appeal.date().value());
        assertEquals("An appeals court overturned her conviction", appeal.title());
        assertEquals(List.of("Ana Lind"), appeal.people().stream().map(Person::name).toList());
        assertEquals("four days after an appeals court overturned her conviction", appeal.sources().get(0).quote());
    }

    @Test
    void aBarePluralMayBeTheCountedClausesSubject() {
        ExtractedEvent closed = counted(events("Ana Lind was declared the winner on Saturday, four days after polls"
                + " closed.", LocalDate.of(2020, 11, 8)), "four days after");
        assertEquals("2020-11-03", closed.date().value());
        assertEquals("Polls closed", closed.title());
    }

    @Test
    void aPhraseOfHowOrWhereMayStandBetweenTheDateAndItsCount() {
        ExtractedEvent helene = counted(events("Hurricane Milton made landfall on Wednesday night as a category 3"
                + " storm, two weeks after Hurricane Helene killed more than 200 people.", LocalDate.of(2024, 10, 11)),
                "two weeks after");
        assertEquals("2024-09-25", helene.date().value());
        assertEquals("Hurricane Helene killed more than 200 people", helene.title());
    }

    @Test
    void beforeCountsForwardAndWeeksMonthsAndYearsKeepTheirPrecision() {
        LocalDate published = LocalDate.of(2026, 6, 10);
        assertEquals("2026-06-22", counted(events("The strike began on Monday, two weeks before the contract was due"
                + " to expire.", published), "two weeks before").date().value());
        assertEquals("2025-12", counted(events("The plant closed on 3 June, six months after the owners had warned"
                + " of losses.", published), "six months after").date().value());
        assertEquals("2016", counted(events("The bridge reopened in 2026, ten years after a flood destroyed it.",
                published), "ten years after").date().value());
    }

    @Test
    void aClauseWithoutASubjectIsTheMainSubjects() {
        LocalDate published = LocalDate.of(2026, 5, 12);
        ExtractedEvent attack = counted(events("Ana Lind died in hospital on Sunday, two days after being attacked"
                + " outside her home.", published), "two days after");
        assertEquals("2026-05-08", attack.date().value());
        assertEquals("Ana Lind was attacked outside her home", attack.title());
        assertEquals("The bank announced record profits", counted(events("The bank collapsed on Friday, a week after"
                + " announcing record profits.", published), "a week after").title());
        // the doer and whom the clause names
        ExtractedEvent lost = counted(events("Omar Haddad won the vote on Tuesday, four years after losing to Anna"
                + " Lind.", published), "four years after");
        assertEquals("Omar Haddad lost to Anna Lind", lost.title());
        assertEquals(List.of("Omar Haddad", "Anna Lind"), lost.people().stream().map(Person::name).toList());
        // as short as any headline
        String told = counted(events("Ana Lind died in hospital on Sunday, two days after being attacked outside the"
                + " house in the village where her family had lived and farmed for more than two hundred years.",
                published), "two days after").title();
        assertTrue(told.length() <= Headline.MAX_LENGTH && told.startsWith("Ana Lind was attacked"), told);
    }

    @Test
    void aThingThatOpensTheSentenceHeadsItsIt() {
        assertEquals("The cargo ship Ever Bright ran aground in the canal", counted(events("The cargo ship Ever Bright"
                + " was refloated on Monday, six days after it ran aground in the canal.", LocalDate.of(2026, 3, 30)),
                "six days after").title());
    }

    @Test
    void aNamedSubjectAfterItsDescriptionDoesTheClauseWithoutASubject() {
        ExtractedEvent office = counted(events("The country's prime minister, Ana Lind, lost a confidence vote on Monday"
                + " evening, nine months after taking office.", LocalDate.of(2025, 9, 9)), "nine months after");
        assertEquals("Ana Lind took office", office.title());
        assertEquals("2024-12", office.date().value());
    }

    @Test
    void aPassiveItIsWhatTheMainClauseDidSomethingTo() {
        assertEquals("The bridge was closed", counted(events("The council reopened the bridge on Monday, two years after"
                + " it was closed.", LocalDate.of(2026, 3, 30)), "two years after").title());
    }

    @Test
    void onlyAClauseThatTellsWhatHappenedAndHasNoDateOfItsOwn() {
        LocalDate published = LocalDate.of(2026, 3, 30);
        // a noun, not a clause; an approximate amount; a clause with its own day; an amount not after a dated clause
        for (String text : List.of("Talks resumed on Monday, three weeks after the election.",
                "Talks resumed on Monday, about three weeks after the vote was held.",
                "Talks resumed on Monday, six days after the ship ran aground on 18 March.",
                "Talks resumed six days after the ship ran aground.")) {
            assertTrue(events(text, published).stream().noneMatch(e -> e.dateText().contains(" after")), text);
        }
    }

    @Test
    void aClauseToComeAndARoughCountOfYearsAreCountedToo() {
        LocalDate published = LocalDate.of(2024, 5, 31);
        ExtractedEvent convention = counted(events("Sentencing is scheduled for 11 July, four days before the party's"
                + " convention opens.", published), "four days before");
        assertEquals("2024-07-15", convention.date().value());
        assertEquals("The party's convention opens", convention.title());
        assertEquals("1980", counted(events("The plant closed in 2010, nearly 30 years after it opened.", published),
                "nearly 30 years after").date().value());
        // and "to the day" or "exactly" counts to the day
        assertEquals("2021-03-15", counted(events("The factory reopened on Tuesday, exactly three months after a fire"
                + " destroyed it.", LocalDate.of(2021, 6, 17)), "three months after").date().value());
        assertEquals("2023-06-23", counted(events("The plane crashed on Wednesday, two months to the day after he led a"
                + " mutiny.", LocalDate.of(2023, 8, 25)), "two months to the day after").date().value());
        // but not a rough count of days, nor a clause without a verb
        List<ExtractedEvent> found = events("The plant closed on 11 July, about two weeks after the strike began. The"
                + " vote was held on 11 July, four days before the results.", published);
        assertTrue(found.stream().noneMatch(e -> e.dateText().contains(" after") || e.dateText().contains(" before")),
                found.toString());
    }

    @Test
    void theNounOfAHappeningOfSomeoneIsCountedAsItsClause() {
        ExtractedEvent death = counted(events("The conclave began on Wednesday, 16 days after the death of Pope"
                + " Francis.", LocalDate.of(2025, 5, 9)), "16 days after");
        assertEquals("2025-04-21", death.date().value());
        assertEquals("Pope Francis died", death.title());
        assertEquals("The opposition leader was arrested", counted(events("The protests began on Tuesday, a week after"
                + " the arrest of the opposition leader.", LocalDate.of(2024, 3, 10)), "a week after").title());
        // but not a happening of no one's
        assertTrue(events("Markets fell on Tuesday, a week after the election.", LocalDate.of(2024, 3, 10)).stream()
                .noneMatch(e -> e.dateText().contains(" after")));
    }

    @Test
    void aPhraseOfWhereMayStandBetweenTheDateAndTheAmount() {
        ExtractedEvent orbit = counted(events("Ana Lind returned to space on Thursday aboard the station's ferry, 20"
                + " years after she became the first woman to command it.", LocalDate.of(2024, 10, 30)),
                "20 years after");
        assertEquals("2004", orbit.date().value());
        assertEquals("Lind became the first woman to command it", orbit.title());
    }

    @Test
    void aHappeningOfThePersonAPronounPointsToIsCountedByName() {
        ExtractedEvent sworn = counted(events("Ana Lind won the vote on Friday. The nominations closed on February 1,"
                + " 12 days after her inauguration.", LocalDate.of(2009, 10, 10)), "12 days after");
        assertEquals("2009-01-20", sworn.date().value());
        assertEquals("Lind was inaugurated", sworn.title());
    }

    @Test
    void whatAClauseWasForMayStandBetweenTheDateAndTheAmount() {
        ExtractedEvent resigned = counted(events("The board voted on Sunday to hire Dara Vance as chief executive, two"
                + " months after Ana Lind resigned under pressure.", LocalDate.of(2017, 8, 15)), "two months after");
        assertEquals("2017-06", resigned.date().value());
        assertEquals("Ana Lind resigned under pressure", resigned.title());
    }
}
