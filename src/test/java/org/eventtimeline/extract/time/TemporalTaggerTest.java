package org.eventtimeline.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class TemporalTaggerTest {

    private static final LocalDate THURSDAY = LocalDate.of(2025, 9, 11);
    private final TemporalTagger tagger = new TemporalTagger();

    private List<TemporalExpression> tag(String text, LocalDate published) {
        return tagger.tag(text, published);
    }

    private static Optional<TemporalExpression> find(List<TemporalExpression> found, String text) {
        return found.stream().filter(e -> e.text().equals(text)).findFirst();
    }

    private static String value(List<TemporalExpression> found, String text) {
        return find(found, text).map(TemporalExpression::value)
                .orElseThrow(() -> new AssertionError("no expression '" + text + "' in " + found));
    }

    @Test
    void aTimeThatCameEarlyOrLateIsNoPartOfTheYear() {
        var found = tag("The sales started a week early this year.", LocalDate.of(2021, 11, 26));
        assertEquals(List.of("a week", "this year"), found.stream().map(TemporalExpression::text).toList());
        assertEquals(null, found.get(1).mod());
    }

    @Test
    void minutesLaterAfterADateNamedInPassingGoOnFromTheStorysDay() {
        var found = tag("The president announced on Sunday that he would not run. He had faced pressure since a debate"
                + " on June 27. He endorsed his deputy minutes later.", LocalDate.of(2024, 7, 22));
        assertEquals("2024-07-21", value(found, "minutes later"));
    }

    @Test
    void aScheduledThingIsNoVerbOfWhatIsToCome() {
        assertEquals("2023-12-12", value(tag("Talks ran a day past their scheduled close on Tuesday.",
                LocalDate.of(2023, 12, 14)), "Tuesday"));
        assertEquals("2023-12-19", value(tag("The summit closes on Tuesday.", LocalDate.of(2023, 12, 14)), "Tuesday"));
    }

    @Test
    void noExpressionRunsOnIntoTheNextSentence() {
        var found = tag("Crowds gathered from 6 a.m. Tomorrow, the city hosts a parade.", LocalDate.of(2024, 12, 31));
        assertEquals("2024-12-31T06:00", value(found, "6 a.m."));
        assertEquals("2025-01-01", value(found, "Tomorrow"));
    }

    @Test
    void aLookBackThatOpensItsSentenceLeavesTheStoryWhereItWas() {
        LocalDate thursday = LocalDate.of(2017, 9, 21);
        var found = tag("Maria made landfall on Wednesday. Two weeks earlier, Hurricane Irma had brushed the north"
                + " coast. The governor imposed a curfew from 6 p.m. to 6 a.m. through Saturday. The storm is expected"
                + " to pass the Turks and Caicos on Friday.", thursday);
        assertEquals("2017-09-06", value(found, "Two weeks earlier"));
        assertEquals("2017-09-20T18:00", value(found, "6 p.m.")); // the story's Wednesday, not the look back's day
        assertEquals("2017-09-23", value(found, "Saturday")); // what is imposed until a day lasts to it
        assertEquals("2017-09-22", value(found, "Friday")); // and the bound leaves the story where it was
    }

    @Test
    void aDayAfterTheDayItsSentenceDatedInAnEarlierYearIsOfThatYear() {
        var found = tag("Fifty years ago this week, they walked on the moon. Apollo 11 had launched on July 16, 1969,"
                + " and landed on July 20.", LocalDate.of(2019, 7, 22));
        assertEquals("1969-07-20", value(found, "July 20"));
        // and a past day a sentence or two after a look back of an earlier year, which would otherwise be still to come
        found = tag("It was 50 years ago that they walked on the moon. The crew had launched on July 16, 1969. Two men"
                + " went outside. They splashed down on July 24.", LocalDate.of(2019, 7, 22));
        assertEquals("1969-07-24", value(found, "July 24"));
    }

    @Test
    void aMonthDoneAgainAfterAStoryToldByTheYearIsTheOneJustGone() {
        LocalDate march = LocalDate.of(2025, 3, 10);
        assertEquals("2025-01", value(tag("The US left the agreement in 2020, rejoined in 2021 and announced its"
                + " withdrawal again in January.", march), "January"));
        // after a month of the story, the month after it in that year
        assertEquals("2019-06", value(tag("In 2019 the plant flooded twice, in April and again in June.", march),
                "June"));
    }

    @Test
    void aDayWordInAQuotationCountsFromTheDayItWasSaid() {
        LocalDate monday = LocalDate.of(2011, 5, 2);
        assertEquals("2011-05-01TNI", value(tag("\"Tonight, justice has been done,\" the president said in an address"
                + " late Sunday.", monday), "Tonight"));
        assertEquals("2011-04-29", value(tag("\"We vote tomorrow,\" she said on Thursday.", monday), "tomorrow"));
        // said on the day of the news, or with no day, it counts from the news
        assertEquals("2011-05-03", value(tag("\"We vote tomorrow,\" she said.", monday), "tomorrow"));
    }

    @Test
    void anAgeAPersonTurnsIsToCome() {
        LocalDate february = LocalDate.of(2017, 2, 6);
        assertEquals("2017-08", value(tag("Brady, who turns 40 in August, was named MVP.", february), "August"));
        assertEquals("2016-08", value(tag("Brady, who turned 39 in August, was named MVP.", february), "August"));
    }

    @Test
    void aNewDateForWhatWasPutOffComesAfterItsOldDate() {
        LocalDate june = LocalDate.of(2019, 6, 3);
        List<TemporalExpression> found = tag("The deadline, originally set for March 29, was extended twice, first to"
                + " April 12 and then to Oct. 31.", june);
        assertEquals("2019-04-12", value(found, "April 12")); // after that March 29, not the one to come
        assertEquals("2019-10-31", value(found, "Oct. 31")); // after April 12, not the one gone
        // with no old date, an extension's or a postponement's new date is to come, its object between
        assertEquals("2019-10-31", value(tag("The deadline was extended to Oct. 31.", june), "Oct. 31"));
        assertEquals("2020-02-03", value(tag("They postponed the talks to Feb. 3.", june), "Feb. 3"));
        // brought forward, a new date is earlier than the old one
        assertEquals("2019-05-02", value(tag("The vote was brought forward from May 20 to May 2.", june), "May 2"));
    }

    @Test
    void aComparisonsMoreThanIsNoHedgeOfTheTimeAfterIt() {
        List<TemporalExpression> found = tag("The airline carried 4.2 million passengers in April, 9% more than a year"
                + " earlier.", LocalDate.of(2026, 5, 6));
        assertEquals("2025-04", value(found, "a year earlier"));
        assertTrue(found.stream().noneMatch(e -> "MORE_THAN".equals(e.mod())));
        // a hedge still: "more than a year later"
        assertEquals("MORE_THAN", find(tag("The inquiry reported more than a year later.", THURSDAY),
                "more than a year later").orElseThrow().mod());
    }

    @Test
    void theDayOfPublicationWithoutAYearIsThatDayNotTheStorysYears() {
        List<TemporalExpression> found = tag("He was sentenced to 10 years in 2019 and released on parole on 1 October.",
                LocalDate.of(2026, 10, 1));
        assertEquals("2026-10-01", value(found, "1 October"));
        // another day stays in the story's year
        assertEquals("2019-10-03", value(tag("He was sentenced to 10 years in 2019 and began his sentence on 3"
                + " October.", LocalDate.of(2026, 10, 1)), "3 October"));
    }

    @Test
    void aYearNamingAMeasuresBaselineLeavesTheStoryWhereItWas() {
        List<TemporalExpression> found = tag("Prices are still 12% above 2021 levels, the survey found in October.",
                LocalDate.of(2026, 11, 9));
        assertEquals("2021", value(found, "2021"));
        assertEquals("2026-10", value(found, "October"));
        // a year that opens a clause is the story's: "In 2019 prices rose"
        assertEquals("2019-10", value(tag("In 2019 prices rose. Then in October they fell.", THURSDAY), "October"));
    }

    @Test
    void readsExplicitAndPartialDates() {
        var found = tag("It began on June 30, 2008, or 30 June 2008 (2008-06-30). He left on December 12, 2005,"
                + " came back in January 2008 and again in May 2025.", THURSDAY);
        assertEquals("2008-06-30", value(found, "June 30, 2008"));
        assertEquals("2008-06-30", value(found, "30 June 2008"));
        assertEquals("2008-06-30", value(found, "2008-06-30"));
        assertEquals("2005-12-12", value(found, "December 12, 2005"));
        assertEquals("2008-01", value(found, "January 2008"));
        assertEquals("2025-05", value(found, "May 2025"));
        assertEquals(Precision.MONTH, find(found, "May 2025").orElseThrow().date().precision());
    }

    @Test
    void theOtherDayOfARangeWrittenWithOneMonthIsADayOfThatMonth() {
        var found = tag("The summit was held June 24-26, 2008. The fair ran from 8 to 10 July last year.", THURSDAY);
        assertEquals("2008-06-24", value(found, "June 24")); // the year written after the range is the start's too
        assertEquals("2008-06-26", value(found, "26, 2008"));
        assertEquals("2024-07-08", value(found, "8"));
        assertEquals("2024-07-10", value(found, "10 July last year"));
        // after "and", a number followed by a noun counts something
        assertEquals(List.of("June 5"), tag("He was in Paris on June 5 and 20 soldiers died.", THURSDAY).stream()
                .map(TemporalExpression::text).toList());
        // but a day before its clause's verb is a day, and the two are told by that verb
        var shows = tag("Extra shows on July 12 and 13 will go ahead.", LocalDate.of(2024, 3, 4));
        assertEquals("2024-07-12", value(shows, "July 12"));
        assertEquals("2024-07-13", value(shows, "13"));
    }

    @Test
    void thePeriodFiguresAreForIsNotWhereTheStoryGoes() {
        LocalDate march = LocalDate.of(2024, 3, 14);
        assertEquals("2024-02", value(tag("The firm reported its results for the first half of 2023. Talks resumed in"
                + " mid-February.", march), "mid-February"));
        // a story told of that year still is
        assertEquals("2023-02", value(tag("The firm collapsed in the first half of 2023. Talks had resumed in"
                + " mid-February.", march), "mid-February"));
    }

    @Test
    void aTargetIsNotWhereTheStoryGoes() {
        LocalDate april = LocalDate.of(2024, 4, 18);
        assertEquals("2024", value(tag("Ministers promised in 2019 to build 40 new hospitals by 2030. Five years on,"
                + " only two have opened.", april), "Five years on"));
        assertEquals("2023", value(tag("The firm pledged in 2020 to halve its emissions by the end of 2030. Three"
                + " years later it reported a rise.", april), "Three years later"));
        // in its own sentence a target is still the date just named
        assertEquals("2031", value(tag("The council plans to finish the line by 2030 and to open it the following"
                + " year.", april), "the following year"));
        // a date the story reached by a time is where it is: "By 2010 the firm employed 500 people"
        assertEquals("2012", value(tag("By 2010 the firm employed 500 people. Two years later it collapsed.", april),
                "Two years later"));
        // "to" before a figure is no intention: "Sales rose to $5m by 2010"
        assertEquals("2012", value(tag("Sales rose to about $5m by 2010. Two years later they collapsed.", april),
                "Two years later"));
    }

    @Test
    void aStoryToldSentenceAfterSentenceOutlastsASentenceWithoutADate() {
        LocalDate january = LocalDate.of(2025, 1, 15);
        var found = tag("Early in 2011 the lender still looked strong. On January 10 it announced record profits."
                + " Its shares fell 20% after a report on its mortgage book. In March it received an emergency loan.",
                january);
        assertEquals("2011-03", value(found, "March"));
        // a past perfect looks back from the story's time, not on to the next year
        assertEquals("2017-02", value(tag("He retired in August 2017. He had spent a month in hospital in February.",
                january), "February"));
        // after a single date of background, a fresh day of the news is not a year past it
        assertEquals("2022-06-06", value(tag("Johnson won a landslide election in December 2019. He survived a"
                + " confidence vote on June 6.", LocalDate.of(2022, 7, 8)), "June 6"));
        // a story told along still goes on into the next year
        assertEquals("2020-06-06", value(tag("He moved to Leeds in March 2019. In December 2019 he won a seat on the"
                + " council. He survived a confidence vote on June 6.", LocalDate.of(2022, 7, 8)), "June 6"));
        // a clause of "since" reaches up to now, whatever year the sentence named before it
        assertEquals("2013-03", value(tag("North Korea said on Tuesday it would restart a reactor it shut down in 2007,"
                + " the latest threat since the United Nations imposed new sanctions in early March.",
                LocalDate.of(2013, 4, 2)), "early March"));
        // but no "since" clause runs on past "and" into a clause to come
        assertEquals("2024-06", value(tag("The bank has held rates since August and is expected to cut them in June.",
                LocalDate.of(2024, 3, 5)), "June"));
        // nor is the adverb a clause: a state that has held since, until a day, lasts to a day ahead
        assertEquals("2025-01-05", value(tag("Two men were arrested on Sunday and have since been released on bail"
                + " until 5 January.", LocalDate.of(2024, 10, 14)), "5 January"));
        // a single date of background gives way to the news after a sentence without one
        assertEquals("2024-03", value(tag("The bank was founded in 2008. Its shares fell 20% after a report on its"
                + " mortgage book. In March it received an emergency loan.", january), "March"));
        // "later" before a determiner still ends the phrase
        assertEquals("2011-01-17", value(tag("On 10 January 2011 it announced profits. Then a week later its shares"
                + " fell.", january), "a week later"));
    }

    @Test
    void aLookBackInThePastPerfectLeavesTheStoryWhereItWas() {
        var found = tag("The minister resigned on 14 March 2019. She had been appointed in July 2016. Her successor"
                + " took office on 18 March. A week later, the government announced an inquiry.", LocalDate.of(2019, 6, 3));
        assertEquals("2016-07", value(found, "July 2016"));
        assertEquals("2019-03-18", value(found, "18 March"));
        assertEquals("2019-03-25", value(found, "A week later"));
        // "later" right after the look back still counts from its date
        assertEquals("2018", value(tag("She resigned in March 2019. She had joined the firm in 2016. Two years later she"
                + " ran it.", LocalDate.of(2019, 6, 3)), "Two years later"));
        // with no publication date, the story's year is that of the latest year named
        assertEquals("2019-03-18", value(tag("The minister resigned on 14 March 2019. She had been appointed in July"
                + " 2016. Her successor took office on 18 March.", null), "18 March"));
    }

    @Test
    void aLookBackPastANameBetweenCommasLeavesTheStoryWhereItWas() {
        assertEquals("2022-09-06", value(tag("The Queen died yesterday afternoon. She had reigned since the death of her"
                + " father, King George VI, in February 1952. Two days earlier, she had appointed a prime minister.",
                LocalDate.of(2022, 9, 9)), "Two days earlier"));
    }

    @Test
    void aMonthListedWithAnotherOfAYearIsOfThatYear() {
        LocalDate published = LocalDate.of(2019, 11, 29);
        assertEquals("2018-02", value(tag("Lecturers walked out in February and March 2018.", published), "February"));
        assertEquals("2018-02", value(tag("Lecturers walked out in February or March last year.", published),
                "February"));
    }

    @Test
    void aPastVerbGovernsItsMonthPastHowLongItWent() {
        // in late November, the February of a past strike is this year's, not the one to come
        assertEquals("2019-02", value(tag("Lecturers walked out for 14 days in February.", LocalDate.of(2019, 11, 29)),
                "February"));
        // so past a name: in early November, "joined Acme in January" and "visited Paris in December" are gone
        assertEquals("2007-01", value(tag("Smith joined Acme in January.", LocalDate.of(2007, 11, 2)), "January"));
        assertEquals("2006-12", value(tag("Smith visited Paris in December.", LocalDate.of(2007, 11, 2)),
                "December"));
        // but a second phrase is another's: "for its quarter, which ended on Aug. 31, | on Sept. 24" is to come
        assertEquals("2025-09-24", value(tag("Veritas will report results for its quarter, which ended on Aug. 31, on"
                + " Sept. 24.", LocalDate.of(2025, 9, 10)), "Sept. 24"));
    }

    @Test
    void theDayASpeakerNamedAfterTheClauseSpokeLeavesTheStoryAtTheClausesDay() {
        var found = tag("The co-pilot crashed the plane on Tuesday, prosecutors said on Thursday. The flight left at"
                + " 10:01 a.m.", LocalDate.of(2015, 3, 27));
        assertEquals("2015-03-26", value(found, "Thursday"));
        assertEquals("2015-03-24T10:01", value(found, "10:01 a.m."));
    }

    @Test
    void withNoPublicationDateAStoryCountsOnPastTheLatestYearItNames() {
        assertEquals("1996", value(tag("The company was founded in 1994. Two years later it moved to Seattle.", null),
                "Two years later"));
    }

    @Test
    void whatIsDueNowBringsTheStoryBackToThePublicationsYear() {
        assertEquals("2006-01", value(tag("Pluto was discovered in 1930. The probe, launched in January, is due to"
                + " reach it in July 2015.", LocalDate.of(2006, 8, 25)), "January"));
    }

    @Test
    void aDealAPastPerfectTellsWasAgreedBefore() {
        assertEquals("2022-04", value(tag("Musk had agreed to buy the company in April, then tried to walk away in"
                + " July.", LocalDate.of(2022, 10, 28)), "April"));
    }

    @Test
    void anExpectationOfAPassiveWithAnAdverbLooksAhead() {
        assertEquals("2008-02-24", value(tag("Raul is expected to be formally named president on Sunday.",
                LocalDate.of(2008, 2, 20)), "Sunday"));
    }

    @Test
    void aHolidayOfSpringIsItsDay() {
        assertEquals("2004-04-01", value(tag("The announcement, on April Fool's Day, was taken as a joke.",
                LocalDate.of(2004, 4, 2)), "April Fool's Day"));
        assertEquals("2010-02-16", value(tag("Shares fell on Shrove Tuesday.", LocalDate.of(2010, 3, 1)),
                "Shrove Tuesday"));
    }

    @Test
    void theLastSundayOfAMonthIsNoCueOfThePast() {
        assertEquals("2026-03-29", value(tag("They will go forward again on the last Sunday in March.",
                LocalDate.of(2025, 10, 27)), "the last Sunday in March"));
        assertEquals("2025-03-17", value(tag("Jurors will return on Monday 17th.", LocalDate.of(2025, 3, 12)),
                "Monday 17th"));
    }

    @Test
    void theWeekdayAHolidayFellOnIsTheHoliday() {
        var found = tag("The House passed the bill on Friday. Obama had wanted it signed by Presidents' Day, which fell"
                + " on Monday.", LocalDate.of(2009, 2, 18));
        assertEquals("2009-02-16", value(found, "Monday"));
    }

    @Test
    void aDateACountOfYearsRunsFromToNowLiesThatLongBefore() {
        assertEquals("2023-10-07", value(tag("One year on from the October 7 attacks, families held vigils.",
                LocalDate.of(2024, 10, 7)), "October 7"));
        assertEquals("2024-03-03", value(tag("A year after the attack on March 3, the town is rebuilding.",
                THURSDAY), "March 3"));
        // a count that falls short is the nearest one, a count of more than that the one before
        assertEquals("2001-09-11", value(tag("He had evaded capture for almost 10 years since the September 11 attacks.",
                LocalDate.of(2011, 5, 2)), "September 11"));
        assertEquals("2000-09-11", value(tag("He had evaded capture for more than 10 years since the September 11"
                + " bombing.", LocalDate.of(2011, 5, 2)), "September 11"));
    }

    @Test
    void aQuarterSomethingIsDueByIsOneToCome() {
        assertEquals("2026-Q1", value(tag("The firm expects the mine to be producing by the end of the first quarter.",
                THURSDAY), "the first quarter"));
        // but a quarter reported on is the one gone
        assertEquals("2025-Q2", value(tag("The firm expects to report second-quarter results in a fortnight.",
                THURSDAY), "second-quarter"));
    }

    @Test
    void aFixtureToldInThePresentIsToCome() {
        assertEquals("2025-09-14", value(tag("They travel to Villarreal on Sunday.", THURSDAY), "Sunday"));
        // after "and" too: case-insensitive patterns read \p{Lu} as any letter, so "and" was taken for a name
        assertEquals("2025-09-16", value(tag("The band played Lisbon on Monday and travel to Porto on Tuesday.",
                THURSDAY), "Tuesday"));
        assertEquals("2025-11", value(tag("The mayor, who took office in January 2022, faces re-election in November.",
                THURSDAY), "November"));
        assertEquals("2025-09-14", value(tag("City hosts Arsenal on Sunday.", THURSDAY), "Sunday"));
        assertEquals("2025-09-14", value(tag("Their next game is away to Porto on Sunday.", THURSDAY), "Sunday"));
        assertEquals("2026-SP", value(tag("The fair, first held in 1971, returns in spring.", THURSDAY), "spring"));
        assertEquals("2026-01", value(tag("Pupils return in January after the break.", THURSDAY), "January"));
        assertEquals("2025-05", value(tag("He did not return in May as promised.", THURSDAY), "May"));
        assertEquals("2025-09-13", value(tag("He spoke in an interview to be broadcast on Saturday.", THURSDAY),
                "Saturday"));
        // but the hosts beaten are a team, no fixture to come
        assertEquals("2025-09-09", value(tag("They had thrashed hosts Brazil 7-1 in the semi-final on Tuesday.",
                THURSDAY), "Tuesday"));
    }

    @Test
    void minutesOrHoursLaterCountFromTheLastClockTimeTold() {
        var found = tag("The probe fired its engine at 03:12 UTC on Tuesday. It was launched in April 2020 and swung"
                + " past Earth in 2023. Controllers confirmed the burn about 45 minutes later.",
                LocalDate.of(2026, 10, 29));
        assertEquals("2026-10-27T03:57", value(found, "about 45 minutes later"));
        // with no clock time told, an hour is not counted from a year
        assertFalse(value(tag("It was launched in 2020. Controllers confirmed it an hour later.",
                LocalDate.of(2026, 10, 29)), "an hour later").startsWith("2020"));
    }

    @Test
    void theFullYearAfterAQuarterIsThatQuartersYear() {
        var found = tag("Profits rose 14% in the fourth quarter. For the full year, net income reached €12.9bn. Sales"
                + " for the year ahead will grow.", LocalDate.of(2026, 2, 12));
        assertEquals("2025", value(found, "the full year"));
        assertEquals("2026", value(found, "the year"));
    }

    @Test
    void whoTakesOverOnADayTakesOverToCome() {
        var found = tag("Kovacs joined the airline in 2011 and became finance chief four years later. She takes over on"
                + " 1 November. The airline lost €120m in the first half of the year, against a profit a year earlier.",
                LocalDate.of(2026, 10, 14));
        assertEquals("2026-11-01", value(found, "1 November"));
        assertEquals("2026-H1", value(found, "the first half of the year"));
        assertEquals("2025-H1", value(found, "a year earlier"));
    }

    @Test
    void aPlacesWhereClauseIsBackgroundAndFridayWeekAWeekOnFriday() {
        var found = tag("The relay begins on Wednesday in Stoke Mandeville, where the first games were held on 29 July"
                + " 1948. It ends on Friday, and the games open on Friday week.", LocalDate.of(2026, 8, 24));
        assertEquals("2026-08-28", value(found, "Friday"));
        assertEquals("2026-09-04", value(found, "Friday week"));
    }

    @Test
    void aPastClauseThatOpensWithItsMonthNeverLooksAhead() {
        LocalDate lateDecember = LocalDate.of(2026, 12, 28);
        assertEquals("2026-01", value(tag("In January, floods swept through southern Brazil.", lateDecember),
                "January"));
        assertEquals("2026-01", value(tag("Looking back on 2026: In January, floods swept through Brazil.",
                lateDecember), "January"));
        // what was last done is the one just gone, whatever year the sentence told of
        assertEquals("2025-10", value(tag("The dam was built in 2014 and last inspected in October.",
                LocalDate.of(2026, 3, 9)), "October"));
        assertEquals("2026-01", value(tag("It was announced in 2024 and delayed twice, most recently in January.",
                LocalDate.of(2026, 6, 30)), "January"));
    }

    @Test
    void aDayAClauseSaysIsToComeIsGoneByOnlyIfJustBehind() {
        LocalDate august30 = LocalDate.of(2026, 8, 30);
        assertEquals("2027-08-27", value(tag("The festival will run on 27 August.", august30), "27 August"));
        assertEquals("2026-08-28", value(tag("The festival will run on 28 August.", august30), "28 August"));
        assertEquals("2026-08-27", value(tag("He said the festival would run on 27 August.", august30),
                "27 August"));
    }

    @Test
    void bothDaysOfARangeLieInTheYearItsSentenceOpensWith() {
        LocalDate august30 = LocalDate.of(2026, 8, 30);
        List<TemporalExpression> last = tag("Last year's festival ran from 19 to 27 August.", august30);
        assertEquals("2025-08-19", value(last, "19"));
        assertEquals("2025-08-27", value(last, "27 August"));
        List<TemporalExpression> next = tag("Next year's festival will run from 19 to 27 August.", august30);
        assertEquals("2027-08-19", value(next, "19"));
        assertEquals("2027-08-27", value(next, "27 August"));
    }

    @Test
    void aStoryToldInThePastGoesForwardToAMonthWithoutItsYear() {
        LocalDate april = LocalDate.of(2026, 4, 2);
        assertEquals("2026-01", value(tag("The school was rated inadequate in March 2025. Inspectors returned in "
                + "January and found it had improved.", april), "January"));
        assertEquals("2025-01", value(tag("The school was rated inadequate in March 2025. In January, inspectors had "
                + "found it unsafe.", april), "January"));
        // the next year's month is not one still to come at publication
        assertEquals("2025-03", value(tag("The factory closed in November 2025. Workers returned in March.",
                LocalDate.of(2026, 2, 10)), "March"));
    }

    @Test
    void whatAPastClauseLeadsUpToIsNotStillToCome() {
        LocalDate april = LocalDate.of(2026, 4, 7);
        assertEquals("2025-12-25", value(tag("Police had warned about him in the run-up to Christmas.", april),
                "Christmas"));
        assertEquals("2026-12-25", value(tag("Shops are hiring in the run-up to Christmas.", april), "Christmas"));
        // nor what a sentence opens with before its past clause
        LocalDate january = LocalDate.of(2023, 1, 2);
        assertEquals("2022-12-25", value(tag("In the run-up to Christmas, sales were 4% higher, the chain said.",
                january), "Christmas"));
        assertEquals("2023-12-25", value(tag("In the run-up to Christmas, shops will open late.", january),
                "Christmas"));
    }

    @Test
    void aDateBesideASetIsTheTimeOfEach() {
        LocalDate december = LocalDate.of(2026, 12, 15);
        assertEquals("XXXX-12", value(tag("The regulator reviews them every year in December.", december),
                "December"));
        assertEquals("XXXX-06", value(tag("The town holds a fair in June every year.", december), "June"));
        assertEquals("XXXX-WXX-2", value(tag("The committee meets every week on Tuesday.", december), "Tuesday"));
        assertEquals("2026-12", value(tag("Every year the regulator reviews them, and in December it raised them.",
                december), "December"));
    }

    @Test
    void whatWasOnceExpectedOrSetIsAFutureInThePast() {
        assertEquals("2026-04-29", value(tag("Investors had expected the bank to raise rates at its April 29-30 "
                + "meeting, but it held them steady.", LocalDate.of(2026, 5, 4)), "April 29"));
        assertEquals("2026-07-15", value(tag("Her hearing, originally set for July 15, was delayed twice.",
                LocalDate.of(2026, 10, 8)), "July 15"));
    }

    @Test
    void whatEndsInTheSameSentenceEndsAfterItStarts() {
        LocalDate august = LocalDate.of(2026, 8, 17);
        assertEquals("2027-09-12", value(tag("The tour opens in Dublin on 3 June next year and ends in London on 12 "
                + "September.", august), "12 September"));
        assertEquals("2026-09-12", value(tag("The tour opens in Dublin on 3 June next year; tickets go on sale on 12 "
                + "September.", august), "12 September"));
    }

    @Test
    void aSentenceInThePresentPerfectPassiveIsTheNews() {
        assertEquals("2026-01", value(tag("He was questioned by police in 2019 and charged in 2021. His trial, which "
                + "started in January, has been adjourned until after Christmas.", LocalDate.of(2026, 9, 28)),
                "January"));
    }

    @Test
    void aMonthSetAfterAYearWithACommaIsInThatYear() {
        List<TemporalExpression> found = tag("Floods hit the valley twice last year, in March and again in November.",
                LocalDate.of(2026, 1, 12));
        assertEquals("2025-03", value(found, "March"));
        assertEquals("2025-11", value(found, "November"));
    }

    @Test
    void aMonthJoinedToTheMonthBeforeFollowsIt() {
        LocalDate august = LocalDate.of(2026, 8, 12);
        assertEquals("2026-06", value(tag("Students who sat papers in May and June will receive their grades.",
                august), "June"));
        assertEquals("2027-01", value(tag("The works will close the line in December and January.", august),
                "January"));
    }

    @Test
    void plansAfterADeterminerAreANounNotAPlanToDo() {
        assertEquals("2024-11-03", value(tag("A consultation on the plans ran from 3 November to 12 December.",
                LocalDate.of(2025, 1, 15)), "3 November"));
        assertEquals("2025-04", value(tag("They can take part in planning for the summit in April.",
                LocalDate.of(2025, 1, 15)), "April"));
    }

    @Test
    void aWeekdayAfterADayCountedWeeksBackIsTheNewsWeeks() {
        var found = tag("Early voting began three weeks ago and more than 600,000 ballots had been cast by Sunday"
                + " night. Results are expected after polls close at 7.30pm.", LocalDate.of(2026, 11, 10));
        assertEquals("2026-11-08TNI", value(found, "Sunday night"));
        // a time of day in a clause still to come is not on a day gone
        assertEquals("2026-11-10T19:30", value(found, "7.30pm"));
        assertEquals("2026-12-01TEV", value(tag("The council approved plans on Tuesday evening for 450 homes.",
                LocalDate.of(2026, 12, 2)), "Tuesday evening"));
    }

    @Test
    void aWarningForATimeIsOfTheTimeToCome() {
        LocalDate monday = LocalDate.of(2026, 9, 14);
        assertEquals("2026-09-16T18:00", value(tag("The Met Office has issued a yellow warning for wind covering much of"
                + " Scotland from 6pm on Wednesday until midday on Thursday.", monday), "6pm on Wednesday"));
        // past an aside of what it warns of
        assertEquals("2026-09-18T18:00", value(tag("The Met Office has issued a yellow warning for ice, in force from 6pm"
                + " on Friday until 10am on Saturday.", monday), "6pm on Friday"));
        // warnings from a place are not
        assertEquals("2026-09-10", value(tag("He glossed over stern warnings from Moscow on Thursday.", monday),
                "Thursday"));
    }

    @Test
    void aYearEarlierComparesThePeriodOfTheFiguresNotTheReportsDay() {
        var found = tag("The company reported second-quarter revenue of $12.3bn on Tuesday, up 9% from a year earlier.",
                LocalDate.of(2026, 7, 14));
        assertEquals("2025-Q2", value(found, "a year earlier"));
        // nor does it become the year the figures after it are of
        found = tag("It reported a fourth-quarter profit of $412 million, up from $290 million a year earlier. Revenue"
                + " for the full year rose 9%.", LocalDate.of(2024, 2, 2));
        assertEquals("2022-Q4", value(found, "a year earlier"));
        assertEquals("2023", value(found, "the full year"));
    }

    @Test
    void aDateSetAgainstIsNamedWithoutTakingTheStoryThere() {
        var found = tag("The shopping season is six days shorter than in 2018 because Thanksgiving fell late.",
                LocalDate.of(2019, 11, 29));
        assertEquals("2019-11-28", value(found, "Thanksgiving"));
        found = tag("Turnout was 58%, down from 63% in 2019. Results came in on Monday.", LocalDate.of(2024, 2, 27));
        assertEquals("2024-02-26", value(found, "Monday"));
    }

    @Test
    void aDayOfTheMonthToComeIsNotOfAMonthGone() {
        var found = tag("Workers voted on 3/9/2019 to reject the offer. Talks resume on the 24th.",
                LocalDate.of(2019, 9, 20));
        assertEquals("2019-09-24", value(found, "the 24th"));
        // told of that month, it is that month's
        assertEquals("2019-03-24", value(tag("Workers voted on 3/9/2019 to reject the offer. Talks collapsed on the"
                + " 24th.", LocalDate.of(2019, 9, 20)), "the 24th"));
    }

    @Test
    void thePreviousQuarterIsTheOneBeforeTheQuarterReportedOn() {
        var found = tag("The economy grew 1.2% in the three months to September, the statistics office said on"
                + " Thursday. Growth in the previous quarter was revised down to 0.4%.", LocalDate.of(2026, 11, 12));
        assertEquals("2026-Q2", value(found, "the previous quarter"));
    }

    @Test
    void theMorningAfterAnEveningToldIsTheNextDays() {
        var found = tag("The fire started at about 9.30pm on Monday and was brought under control by 6am.",
                LocalDate.of(2026, 2, 3));
        assertEquals("2026-02-03T06:00", value(found, "6am"));
    }

    @Test
    void whatMustBeDoneAndWhatIsInAMonthAreToCome() {
        var found = tag("Between 2019 and 2023 they laundered $40m. Bids must be submitted no later than 5pm on 30"
                + " April. As of Wednesday, 12 firms had registered.", LocalDate.of(2026, 4, 9));
        assertEquals("2026-04-30T17:00", value(found, "5pm on 30 April"));
        assertEquals("2026-04-08", value(found, "Wednesday"));
        assertEquals("2026-11", value(tag("The midterm elections are in November.", LocalDate.of(2026, 1, 20)),
                "November"));
        assertEquals("2025-01-20", value(tag("He was sworn in a year ago today.", LocalDate.of(2026, 1, 20)),
                "a year ago today"));
    }

    @Test
    void aDateFirstPlannedIsTheOldOne() {
        assertEquals("2026-03", value(tag("The summit, first planned for March, will now take place in June.",
                LocalDate.of(2026, 5, 22)), "March"));
    }

    @Test
    void aStoryOfTheLastWeeksGivesItsPastWeekdaysToTheNewsWeek() {
        var found = tag("The largest fire started on 22 July and was contained eight days later. A firefighter died"
                + " there on Monday.", LocalDate.of(2026, 8, 7));
        assertEquals("2026-07-30", value(found, "eight days later"));
        assertEquals("2026-08-03", value(found, "Monday"));
        // a story of long ago keeps its own weeks
        assertEquals("2019-05-06", value(tag("The fire started on 3 May 2019. Crews left on Monday.",
                LocalDate.of(2026, 8, 7)), "Monday"));
    }

    @Test
    void aDayToldInThePastIsNoLaterThanThePublication() {
        // counted on from the sentence's Wednesday, Friday would be the day after publication
        assertEquals("2025-09-05", value(tag("On Wednesday, two members called for an audit, and by Friday the"
                + " comptroller had agreed to open one.", THURSDAY), "Friday"));
    }

    @Test
    void aDayWrittenAloneBesideADayOfItsMonthIsInThatDaysYear() {
        var found = tag("Flights on 12 and 13 March are not affected. Those booked on 8 or 9 March get refunds.",
                LocalDate.of(2026, 3, 3));
        assertEquals("2026-03-12", value(found, "12"));
        assertEquals("2026-03-13", value(found, "13 March"));
        assertEquals("2026-03-08", value(found, "8"));
    }

    @Test
    void aLookBackCountedFromTheStoryLeavesTheNextDaysToTheStory() {
        var found = tag("The body was found on Tuesday morning. She had been seen alive the previous evening at a bar."
                + " Detectives arrested a man the following day.", LocalDate.of(2026, 5, 14));
        assertEquals("2026-05-11TEV", value(found, "the previous evening"));
        assertEquals("2026-05-13", value(found, "the following day"));
        // a step further back counts from the look back's day
        assertEquals("2021-06-26", value(tag("He spent the night of June 28 in a cell. The following morning he was"
                + " charged. He had been arrested early on Monday. Two days earlier, he had been seen arguing with the"
                + " victim.", LocalDate.of(2021, 6, 30)), "Two days earlier"));
    }

    @Test
    void whatWasDoneThePreviousDayIsBeforeTheNewsNotBeforeADayToCome() {
        LocalDate monday = LocalDate.of(2025, 9, 29);
        assertEquals("2025-09-27", value(tag("The verdict is expected a week on Friday. The judge said the previous"
                + " Saturday that she would not be rushed.", monday), "the previous Saturday"));
        // what is still to come counts from the day to come
        assertEquals("2025-10-04", value(tag("The verdict is expected a week on Friday. The jury will visit the scene"
                + " the previous Saturday.", monday), "the previous Saturday"));
    }

    @Test
    void whatAnEventFollowedIsALookBackToo() {
        var found = tag("Drones struck the port overnight, officials said on Tuesday. It followed a missile strike on"
                + " Sunday evening. The air force said it shot down 64 drones launched overnight.",
                LocalDate.of(2026, 2, 24));
        assertEquals("2026-02-22TEV", value(found, "Sunday evening"));
        assertEquals(List.of("2026-02-23TNI", "2026-02-23TNI"), found.stream().filter(e -> e.text().equals("overnight"))
                .map(TemporalExpression::value).toList());
        // the story goes on where something followed at a time
        assertEquals("2026-02-22T21:30", value(tag("A blast hit the square at 9.20pm on Sunday. Two more followed at"
                + " 9.30pm.", LocalDate.of(2026, 2, 24)), "9.30pm"));
    }

    @Test
    void aDateSetOffBetweenSubjectAndVerbDatesTheSubjectAndLeavesTheStory() {
        assertEquals("2026-W36-WE", value(tag("The last shutdown, in the fall of 2025, lasted 43 days. Over the Labor"
                + " Day weekend, the leader met with Democrats.", LocalDate.of(2026, 9, 8)), "the Labor Day weekend"));
    }

    @Test
    void aTextThatWritesOneDateDayFirstWritesThemAllSo() {
        var found = tag("The notice, dated 12/03/2026, gave residents until 31/03/2026 to respond.", null);
        assertEquals("2026-03-12", value(found, "12/03/2026"));
        assertEquals("2026-12-03", value(tag("The notice is dated 12/03/2026.", null), "12/03/2026"));
        // a month-first date whose day cannot be a month stays as written
        assertEquals("2025-06-30", value(tag("Notices of 31/03/2026 and 6/30/2025.", null), "6/30/2025"));
        // so does a text that writes its dates in words day first
        assertEquals("2021-04-12", value(tag("The hearing, set for 12/04/2021, was moved to the 19th of April.",
                LocalDate.of(2021, 3, 15)), "12/04/2021"));
        assertEquals("2021-12-04", value(tag("The hearing, set for 12/04/2021, was moved to April 19.",
                LocalDate.of(2021, 3, 15)), "12/04/2021"));
    }

    @Test
    void whatIsExpectedIsToCome() {
        assertEquals("2027-03", value(tag("Markets expect one more cut by March.", LocalDate.of(2026, 10, 2)), "March"));
        assertEquals("2026-03", value(tag("The cut came in March, as expected.", LocalDate.of(2026, 10, 2)), "March"));
        assertEquals("2026-11-16", value(tag("New rules take effect from Monday.", LocalDate.of(2026, 11, 11)), "Monday"));
        assertEquals("2026-05-25", value(tag("Tickets go on sale on Monday.", LocalDate.of(2026, 5, 20)), "Monday"));
    }

    @Test
    void aFiscalYearIsNotTheStorysCalendarYear() {
        LocalDate march = LocalDate.of(2026, 3, 12);
        assertEquals("2026-02-27", value(tag("FY2024 profit was flat. The deal, first announced on Feb. 27, closed on"
                + " Tuesday.", march), "Feb. 27"));
        assertEquals("2026-02-27", value(tag("Sales rose in fiscal 2023. The deal was announced on Feb. 27.", march),
                "Feb. 27"));
    }

    @Test
    void thePublicationsTimeOfYearInAnotherYearIsThatYearsMonth() {
        LocalDate february = LocalDate.of(2020, 2, 6);
        assertEquals("2019-02", value(tag("At this time last year, the market was booming.", february),
                "this time last year"));
        assertEquals("2000-02", value(tag("The mine closed 20 years ago this month.", february),
                "20 years ago this month"));
        // an estimated publication date (the latest year the text names) has no month to give
        assertEquals("2007", value(tag("Sales peaked in 2008. At this time last year, they fell.", null),
                "this time last year"));
    }

    @Test
    void aMidnightGoneIsTheOneThatBeganThePublicationDay() {
        TemporalExpression past = tag("The fire broke out shortly after midnight, police said.", THURSDAY).get(0);
        assertEquals("2025-09-10T24:00", past.value()); // TimeML's way to write the start of the 11th
        assertEquals(LocalDate.of(2025, 9, 11), past.date().start()); // what happened, happened on the 11th
        // a midnight a story at a morning looks back to began that day
        assertEquals("2025-09-07T24:00", value(tag("The storm made landfall on Sunday evening. By Monday morning"
                + " homes had lost power. Winds had peaked at midnight.", THURSDAY), "midnight"));
        // what happened shortly before it happened on the 10th
        TemporalExpression before = tag("Power was restored shortly before midnight.", THURSDAY).get(0);
        assertEquals("2025-09-10T24:00", before.value());
        assertEquals(LocalDate.of(2025, 9, 10), before.date().start());
        assertEquals("2025-09-11T24:00", value(tag("The curfew will start at midnight.", THURSDAY), "midnight"));
        // so is the midnight a named day began with; a deadline's midnight ends its day
        TemporalExpression began = tag("A gunman opened fire shortly after midnight on Tuesday.", THURSDAY).get(0);
        assertEquals("2025-09-08T24:00", began.value());
        assertEquals(LocalDate.of(2025, 9, 9), began.date().start());
        assertEquals("2025-09-12T24:00", value(tag("The deadline expires at midnight on Friday.", THURSDAY),
                "midnight on Friday"));
        // and the midnight that began the day a story is at
        TemporalExpression story = tag("The singer was killed early on Tuesday in a crash. She had left the hotel"
                + " shortly after midnight.", THURSDAY).get(1);
        assertEquals("2025-09-08T24:00", story.value());
        assertEquals(LocalDate.of(2025, 9, 9), story.date().start());
        // the hours after that midnight are the same day's, not the next one's
        assertEquals("2025-09-09T04:00", value(tag("The singer was killed early on Tuesday in a crash. She had left"
                + " the hotel shortly after midnight. She was pronounced dead at 4 a.m.", THURSDAY), "4 a.m."));
        // so do the small hours "between midnight and" an hour of the same night
        List<TemporalExpression> night = tag("A man was attacked at about 1.45am on Sunday. Police want to hear from"
                + " anyone who was nearby between midnight and 2.30am.", LocalDate.of(2024, 3, 18));
        assertEquals("2024-03-16T24:00", value(night, "midnight"));
        assertEquals("2024-03-17T02:30", value(night, "2.30am"));
        // the day of an aside is no day for the next sentence's midnight
        assertEquals("2010-10-13T24:00", value(tag("All 33 miners were brought up by Wednesday night, 69 days after"
                + " the mine collapsed on August 5. The first emerged shortly after midnight.", LocalDate.of(2010, 10,
                        14)), "midnight"));
        // without a publication date, the estimate (the latest year named) has no day for it
        assertEquals("XXXX-XX-XXT24:00", value(tag("Sales peaked in 2008. The fire broke out after midnight.", null),
                "midnight"));
    }

    @Test
    void aRelativeClauseToldInThePastKeepsItsDateWhateverTheMainClauseSays() {
        // Thursday 2025-09-11: "will not return" is the main clause's, not the June's
        assertEquals("2025-06", value(tag("The astronauts who flew to the space station in June will not return until"
                + " February.", THURSDAY), "June"));
        assertEquals("2026-02", value(tag("The astronauts who flew to the space station in June will not return until"
                + " February.", THURSDAY), "February"));
        // but not a relative clause that looks ahead
        assertEquals("2026-06", value(tag("The ministers who will meet in June have not agreed.", THURSDAY), "June"));
    }

    @Test
    void anAsidesDayIsNoDayForTheMainClausesWeekday() {
        // Thursday 2025-09-11: "after ... on Sunday" counts back from the sentence's day, but not from an aside's
        assertEquals("2025-09-07TNI", value(tag("The strike, which began on April 2, is set to end after the union"
                + " reached a deal on Sunday night.", THURSDAY), "Sunday night"));
        assertEquals("2025-03-30", value(tag("He died on April 2, days after he was attacked on Sunday.", THURSDAY),
                "Sunday"));
    }

    @Test
    void weekdaysFollowPlansAndNotPlacesNextToThings() {
        // Thursday 2025-09-11: plans and schedules look forward although they end in -ed; "next to" is a place
        assertEquals("2025-09-12", value(tag("The team planned to leave Nairobi on Friday.", THURSDAY), "Friday"));
        assertEquals("2026-SP", value(tag("Delegates agreed to meet again in the spring.", THURSDAY), "the spring"));
        assertEquals("2025-03", value(tag("The unions agreed to a deal in March.", THURSDAY), "March"));
        // a decision to do something dates only what follows it: a day before it is the deciding's
        assertEquals("2025-09-07", value(tag("On Sunday, the bank agreed to buy its rival for $50 billion.",
                THURSDAY), "Sunday"));
        // a deal, a payment or a plea is reported when it is agreed, or for when it is to be done: the nearest date
        LocalDate monday = LocalDate.of(2025, 9, 15);
        assertEquals("2026-02", value(tag("Acme agreed to buy the line for $22 million in February.",
                LocalDate.of(2025, 10, 30)), "February"));
        assertEquals("2025-03", value(tag("Acme agreed to buy the line for $22 million in March.",
                LocalDate.of(2025, 6, 30)), "March"));
        assertEquals("2025-09-14", value(tag("The bank agreed to buy its rival for $3bn on Sunday.", monday),
                "Sunday"));
        assertEquals("2025-09-14", value(tag("The firm agreed to pay $2bn to settle the case on Sunday.", monday),
                "Sunday"));
        assertEquals("2025-09-21", value(tag("The two sides agreed to meet again on Sunday.", monday), "Sunday"));
        assertEquals("2025-09-09", value(tag("The exchange had agreed to be bought by its rival on Tuesday.",
                LocalDate.of(2025, 9, 12)), "Tuesday"));
        assertEquals("2025-09-09", value(tag("The union voted on Tuesday to strike.", THURSDAY), "Tuesday"));
        // but a vote cast in a day's ballot is that day's
        assertEquals("2025-09-09", value(tag("Voters in the province voted to leave the federation in Tuesday's"
                + " referendum.", THURSDAY), "Tuesday"));
        // a weekday's deadline to be met is ahead; one things were done by is gone
        assertEquals("2025-09-15", value(tag("The island raced to meet a Monday deadline.", THURSDAY), "Monday"));
        assertEquals("2025-09-08", value(tag("Holders tendered 99% of the shares by the Monday deadline.", THURSDAY),
                "Monday"));
        // a forecast made on a day, after its maker, was made then, whatever it foresees
        assertEquals("2025-09-10", value(tag("The economy will shrink by 4.5% this year, the government forecast on"
                + " Wednesday.", THURSDAY), "Wednesday"));
        // a time that "is" on a weekday is the coming one
        assertEquals("2025-09-14T24:00", value(tag("The deadline is midnight on Sunday.", THURSDAY),
                "midnight on Sunday"));
        // a ban or a suspension announced to start on a day is announced before it starts
        assertEquals("2025-09-12", value(tag("The government suspended flights from the region for 30 days, starting"
                + " Friday.", THURSDAY), "Friday"));
        // a period still running ends ahead; one that ended is gone
        LocalDate november = LocalDate.of(2004, 11, 4);
        assertEquals("2005-03", value(tag("For the fiscal year ending in March, the carmaker forecasts a profit.",
                november), "March"));
        assertEquals("2004-03", value(tag("Profit for the fiscal year ended in March rose 5%.", november), "March"));
        assertEquals("2025-09-15", value(tag("He has scheduled a news conference Monday.", THURSDAY), "Monday"));
        assertEquals("2026-04-01", value(tag("The new rules come into force on 1 April.", THURSDAY), "1 April"));
        assertEquals("2025-W37-WE", value(tag("Rain is forecast for the weekend.", THURSDAY), "the weekend"));
        // what someone said on a day was said, whatever it looks forward to
        assertEquals("2025-09-09", value(tag("Serena Williams said on Tuesday she would retire.", THURSDAY), "Tuesday"));
        assertEquals("2025-09-16", value(tag("They could be home as soon as Tuesday.", THURSDAY), "Tuesday"));
        assertEquals("2025-09-12T19:30", value(tag("Their next game is on Friday at 7.30pm.", THURSDAY),
                "Friday at 7.30pm"));
        // a new end set for something is still to come; the night a report speaks of is the one just gone
        var found = tag("Russian drones hit the grid overnight. On Friday, parliament extended martial law for"
                + " another 90 days, until Feb. 7.", LocalDate.of(2024, 11, 17));
        assertEquals("2025-02-07", value(found, "Feb. 7"));
        assertEquals("2024-11-16TNI", value(found, "overnight"));
        // "The following spring," sets the scene (a comma after a date makes it a noun's only after a year)
        var story = tag("In the autumn of 2022, auditors flagged transfers. The board ignored it. The following spring,"
                + " savers began to withdraw. On April 3 the shares fell, and two days later regulators stepped in.",
                LocalDate.of(2026, 5, 20));
        assertEquals("2023-04-03", value(story, "April 3"));
        assertEquals("2023-04-05", value(story, "two days later"));
        // what was scheduled on a day of the story a year ago is scheduled from that day
        assertEquals("2025-10", value(tag("The fire broke out on September 14, 2025. The landlord had replied on"
                + " August 20 that repairs were scheduled for October.", LocalDate.of(2026, 10, 20)), "October"));
        // "since" with a present perfect reaches up to now, whatever year the story told of before
        assertEquals("2026-01", value(tag("The previous emergency was lifted in May 2023. Since January, 14,000 cases"
                + " have been reported.", LocalDate.of(2026, 6, 5)), "January"));
        // a count of time that the date after its comma says again is that date
        assertEquals("2030-04", value(tag("The Clipper probe, which launched in October 2024, is due to arrive a year"
                + " earlier, in April 2030.", LocalDate.of(2026, 8, 12)), "a year earlier"));
        // and one set between commas after a date says that date again, however it would count
        String rescue = "The team went missing on June 23. Divers found them on July 2, nine days later, on a ledge.";
        assertEquals("2018-07-02", value(tag(rescue, LocalDate.of(2018, 7, 11)), "nine days later"));
        // a count of years says again a clock time's day, not its hour
        TemporalExpression later = find(tag("The referendum was held in June 2016. Britain left the EU at 11pm on 31"
                + " January 2020, three and a half years later.", LocalDate.of(2025, 9, 29)),
                "three and a half years later").orElseThrow();
        assertEquals(TimexType.DATE, later.type());
        assertEquals("2020-01-31", later.value());
        assertEquals("2019-04-16T10:00", value(tag("The blaze broke out at 6.50pm on Monday and was put out at 10am on"
                + " Tuesday, almost 15 hours later.", LocalDate.of(2019, 4, 16)), "almost 15 hours later"));
        // but not one that opens the next clause
        assertEquals("2015-03-05", value(tag("He was arrested on 3 March 2015, two days later he was freed.",
                LocalDate.of(2019, 4, 16)), "two days later"));
        // a range's first weekday goes back by weeks, not a year, to start before its end
        assertEquals("2026-02-23", value(tag("Early voting ran from Monday to Wednesday last week.",
                LocalDate.of(2026, 3, 2)), "Monday"));
        LocalDate march = LocalDate.of(2026, 3, 9);
        assertEquals("2026-06", value(tag("Prices rose after producers surprised markets by agreeing to extend output"
                + " cuts through the end of June.", march), "the end of June"));
        assertEquals("2026-Q3", value(tag("Analysts raised their forecast for the third quarter.", march),
                "the third quarter"));
        assertEquals("P1D", value(tag("It pumps 9 million barrels a day.", march), "a day"));
        assertEquals("2025-09-05", value(tag("Ten people were hurt in the blast next to the embassy on Friday.", THURSDAY),
                "Friday"));
        // a weekday's thing has already been, even in a clause about what is to come, unless it is awaited
        assertEquals("2025-09-10", value(tag("Lawyers said they would appeal Wednesday's ruling.", THURSDAY),
                "Wednesday"));
        assertEquals("2025-09-14", value(tag("Markets rose ahead of Sunday's vote.", THURSDAY), "Sunday"));
        assertEquals("2025-09-16", value(tag("Investors are now looking to Tuesday's meeting.", THURSDAY), "Tuesday"));
        assertEquals("2025-09-13", value(tag("Fans are getting ready for Saturday's final.", THURSDAY), "Saturday"));
        // or foreseen, but not what will be done to it
        assertEquals("2025-09-13", value(tag("Turnout in Saturday's local elections is expected to be low.", THURSDAY),
                "Saturday"));
        assertEquals("2025-09-12", value(tag("Friday's jobs report is expected to show slower hiring.", THURSDAY),
                "Friday"));
        assertEquals("2025-09-10", value(tag("Wednesday's ruling is expected to be appealed.", THURSDAY), "Wednesday"));
        // a weekday's thing the text named as to come is that day's, and so is its time of day
        assertEquals(List.of("2025-09-16", "2025-09-16", "2025-09-16T10:00"), tag("The board will meet on Tuesday."
                + " Tuesday's meeting, which starts at 10 a.m., is expected to approve the merger.", THURSDAY).stream()
                .map(TemporalExpression::value).toList());
        assertEquals(List.of("2025-09-09", "2025-09-09"), tag("The court sat on Tuesday. Tuesday's hearing was"
                + " adjourned.", THURSDAY).stream().map(TemporalExpression::value).toList());
        // what is prepared for comes after the preparing, even in a past sentence; "prepared for" alone may say when
        assertEquals("1999-12-31T24:00", value(tag("Engineers worked through the night to prepare for the date change"
                + " at midnight Friday.", LocalDate.of(1999, 12, 30)), "midnight Friday"));
        assertEquals("2024-03-10", value(tag("Troops prepared for the assault on Sunday.", LocalDate.of(2024, 3, 11)),
                "Sunday"));
        assertEquals("2025-09-15", value(tag("Traders await jobs figures on Monday.", THURSDAY), "Monday"));
        assertEquals("2025-09-13", value(tag("Shops stocked up ahead of the Saturday deadline.", THURSDAY), "Saturday"));
        assertEquals("2025-09-15", value(tag("He plays the winner of Monday's match.", THURSDAY), "Monday"));
        // a period said to start on a weekday is yet to start
        assertEquals("2025-09-16", value(tag("The government declared three days of mourning starting Tuesday.",
                THURSDAY), "Tuesday"));
        // told as it is observed, the nearest
        assertEquals("2025-09-09", value(tag("The country observed three days of mourning, beginning Tuesday.",
                THURSDAY), "Tuesday"));
        // after the date, "ahead of" says only which came first
        assertEquals("2025-09-07", value(tag("Voters cast their ballots on Sunday in a local election ahead of the"
                + " general election.", THURSDAY), "Sunday"));
        assertEquals("2025-09-14", value(tag("Voters will cast their ballots on Sunday ahead of the general election.",
                THURSDAY), "Sunday"));
    }

    @Test
    void theDateOfAnActSomeoneIsAccusedOfIsPastWhateverTheClauseThenSays() {
        var found = tag("The man accused of murdering a teenager in a park in July will go on trial in January.",
                LocalDate.of(2023, 3, 15));
        assertEquals("2022-07", value(found, "July"));
        assertEquals("2024-01", value(found, "January"));
        found = tag("A woman charged with stealing a painting on Friday is due in court on Thursday.",
                LocalDate.of(2025, 9, 15));
        assertEquals("2025-09-12", value(found, "Friday"));
        assertEquals("2025-09-18", value(found, "Thursday"));
    }

    @Test
    void aWeekNamedInARelativeClauseOfTheSubjectLeavesTheWeekdayToTheNews() {
        LocalDate wednesday = LocalDate.of(2025, 7, 30);
        assertEquals("2025-07-28", value(tag("The heat dome that settled over the eastern US last week broke on"
                + " Monday.", wednesday), "Monday"));
        // but a week the clause itself tells is the weekday's
        assertEquals("2025-07-27", value(tag("She flew to Tokyo last week for the final on Sunday.", wednesday),
                "Sunday"));
    }

    @Test
    void whatAMeasureIsPassedToFundUntilADateRunsToTheComingOne() {
        var found = tag("The shutdown ended late Wednesday when Congress passed a bill to fund the government through"
                + " Jan. 15 and raise the debt limit through Feb. 7.", LocalDate.of(2013, 10, 17));
        assertEquals("2014-01-15", value(found, "Jan. 15"));
        assertEquals("2014-02-07", value(found, "Feb. 7"));
    }

    @Test
    void toBeAfterTheFirstOrTheOnlyTellsWhoWasNotWhatIsToCome() {
        LocalDate thursday = LocalDate.of(2021, 1, 14);
        assertEquals("2021-01-13", value(tag("Trump became the first US president to be impeached twice on Wednesday.",
                thursday), "Wednesday"));
        assertEquals("2021-01-20", value(tag("The first flight is to be launched on Wednesday.", thursday),
                "Wednesday"));
    }

    @Test
    void willBeforeACapitalisedWordIsANameNotTheFuture() {
        LocalDate monday = LocalDate.of(2022, 3, 28);
        assertEquals("2022-03-27TNI", value(tag("Will Smith slapped Chris Rock at the Oscars on Sunday night.", monday),
                "Sunday night"));
        assertEquals("2022-04", value(tag("Will the bank cut rates in April?", monday), "April"));
    }

    @Test
    void whatIsDeclaredFromAWeekdayRunsFromTheNearestOne() {
        LocalDate wednesday = LocalDate.of(2024, 1, 10);
        assertEquals("2024-01-11", value(tag("Three days of national mourning were declared from Thursday after the"
                + " earthquake.", wednesday), "Thursday"));
        assertEquals("2024-01-08TEV", value(tag("The government ordered people to stay at home from Monday evening.",
                LocalDate.of(2024, 1, 9)), "Monday evening"));
        // not a weekday's thing
        assertEquals("2024-01-07", value(tag("Airlines halted flights from Sunday's storm zone.", wednesday),
                "Sunday"));
    }

    @Test
    void aDayWithoutAYearBeforeTheStorysTimeIsTheNewsDay() {
        LocalDate october = LocalDate.of(2025, 10, 2);
        assertEquals("2025-09-12", value(tag("Calder applied for approval in October 2024; the agency's panel backed it"
                + " in a vote on Sept. 12.", october), "Sept. 12"));
        // a day that carries the story on is still the story's
        assertEquals("2024-10-19", value(tag("Calder applied for approval on October 3, 2024. The panel backed it on"
                + " Oct. 19.", october), "Oct. 19"));
        // so is a month
        LocalDate lateDecember = LocalDate.of(2006, 12, 30);
        assertEquals("2006-11", value(tag("He was captured in December 2003 near Tikrit and sentenced to death in"
                + " November.", lateDecember), "November"));
        // but a look back in the past perfect steps back
        assertEquals("2003-11", value(tag("He was captured in December 2003 near Tikrit. He had fled Baghdad in"
                + " November.", lateDecember), "November"));
        assertEquals("2003-11-20", value(tag("He was captured on December 13, 2003 near Tikrit. He had fled Baghdad on"
                + " November 20.", lateDecember), "November 20"));
    }

    @Test
    void aWeekdayThatBoundsWhatAPastDayBeganIsAfterIt() {
        assertEquals("2025-06-13", value(tag("He appeared before magistrates on Monday morning and was remanded in"
                + " custody until Friday, when he will appear at the crown court.", LocalDate.of(2025, 6, 10)), "Friday"));
        // and so is what someone went on to do after it
        assertEquals("2021-06-16", value(tag("Biden flew to Brussels on Sunday night for a Nato summit on Monday, before"
                + " meeting Putin in Geneva on Wednesday.", LocalDate.of(2021, 6, 14)), "Wednesday"));
    }

    @Test
    void whatIsLikelyIsToComeAndWhatMarketsNowPriceIsTheNearer() {
        LocalDate november = LocalDate.of(2025, 11, 20);
        assertEquals("2026-SP", value(tag("The governor said a cut was \"likely\" by the spring.", november),
                "the spring"));
        assertEquals("2026-03", value(tag("Markets now price a first cut in March, traders said.", november), "March"));
        assertEquals("2025-03", value(tag("The fire likely started in March.", november), "March"));
        assertEquals("2026-01", value(tag("The budget had to be withdrawn in late January.", LocalDate.of(2026, 2,
                12)), "late January"));
        assertEquals("2025-11-25", value(tag("More cancellations were expected Tuesday.", LocalDate.of(2025, 11, 24)),
                "Tuesday"));
        assertEquals("2025-W02-WE", value(tag("Strong winds were expected over the weekend.", LocalDate.of(2025, 1, 9)),
                "the weekend"));
        // "later" counted from no time the text named is no date; a time of day still to come is today's
        assertEquals("XXXX", value(tag("Osei wrote his first symphony at the age of 12. Four decades later, he is one of"
                + " the most performed composers.", LocalDate.of(2019, 3, 8)), "Four decades later"));
        assertEquals("2024-07-05T12:00", value(tag("Starmer became leader in April 2020. He is expected to travel to"
                + " the palace at around midday.", LocalDate.of(2024, 7, 5)), "midday"));
        // a story told by the clock keeps its day for a few sentences, a day it stays at named again by each time
        var night = tag("Gunmen attacked Paris on Friday night. The first blast came at 9.20pm. Two more followed at"
                + " 9.30pm. Minutes later, gunmen opened fire. At 9.40pm, three men entered the hall. Police stormed it"
                + " shortly after midnight.", LocalDate.of(2015, 11, 16));
        assertEquals("2015-11-13T21:30", value(night, "9.30pm"));
        assertEquals("2015-11-13T21:40", value(night, "9.40pm"));
        assertEquals("2015-11-13T24:00", value(night, "midnight"));
        // a day counted from a story told by the week or the month stays in it, not in the one before
        assertEquals("2026-W10", value(tag("Talks resumed later that week. A day earlier, the army had withdrawn.",
                LocalDate.of(2026, 3, 5)), "A day earlier"));
        assertEquals("2008-03", value(tag("The crisis began in March 2008. The previous day, the bank had failed.",
                LocalDate.of(2026, 3, 5)), "The previous day"));
        // the small hours after an evening the story told of are the next day's
        var count = tag("Polls closed at 10pm on Thursday. Counting went on. By 4am, the result was clear.",
                LocalDate.of(2026, 11, 6));
        assertEquals("2026-11-06T04:00", value(count, "4am"));
        assertEquals("2026-11-03T16:00", value(tag("The fire started at 9am on Tuesday. By 4pm it was out.",
                LocalDate.of(2026, 11, 6)), "4pm"));
        // four sentences of the scene later, a past time of day is still on that day
        assertEquals("2026-07-14T06:00", value(tag("A quake struck at 3:42 a.m. on Tuesday. It was centred off the"
                + " coast. There were no reports of deaths. Residents were told to move to higher ground. By 6 a.m., most"
                + " had returned home.", LocalDate.of(2026, 7, 15)), "6 a.m."));
        // "an hour earlier" counts from a day, not from the year just named
        assertEquals("XXXX", value(tag("She broke the record on Saturday, knocking a second off the mark set in 2008."
                + " Lochte won his race an hour earlier.", LocalDate.of(2012, 7, 30)), "an hour earlier"));
        // the same week a year earlier is that week's number a year before
        assertEquals("2022-W52", value(tag("Footfall was down 4% on the last week of December compared with the same"
                + " week a year earlier.", LocalDate.of(2024, 1, 4)), "a year earlier"));
        // "the decade" in a story told by the decade is that decade
        assertEquals("197", value(tag("The decline began in the 1970s. By the end of the decade, half the looms stood"
                + " idle.", LocalDate.of(2026, 1, 30)), "the end of the decade"));
        // a story told by the decade has no year to give a day of the month
        assertEquals("2019-04-10", value(tag("In the mid-1990s she worked in Osaka. Her hearing on April 10 was"
                + " interrupted by protesters.", LocalDate.of(2019, 5, 22)), "April 10"));
        // "the month" in a past clause is the story's; "this month" the publication's
        var story = tag("The first case was confirmed on March 11. Within a week, schools had closed. By the end of the"
                + " month, the factories had closed. Earlier this month, cases rose.", LocalDate.of(2020, 12, 28));
        assertEquals("2020-03", value(story, "the end of the month"));
        assertEquals("2020-12", value(story, "Earlier this month"));
        // a weekday is within a week of the news, not counted from a day further ahead the sentence before named
        assertEquals("2025-09-19T08:00", value(tag("Apple unveiled its phones on Tuesday and said they would ship on"
                + " the 26th. Pre-orders open at 8 a.m. Eastern on Friday.", LocalDate.of(2025, 9, 17)),
                "8 a.m. Eastern on Friday"));
        // a range from a day ends on the New Year's day, not in the new year; on its own it is the year
        var holidays = tag("Travel between Christmas and New Year could be disrupted. Prices rise in the New Year.",
                LocalDate.of(2025, 12, 19));
        assertEquals(List.of("2025-12-25", "2026-01-01", "2026"), holidays.stream().map(TemporalExpression::value)
                .toList());
        // a deadline set is still to come; a clock time before GMT is no year
        var deadline = tag("The bank set a Monday deadline (1700 GMT Monday).", LocalDate.of(2013, 3, 22));
        assertEquals("2013-03-25", value(deadline, "Monday"));
        assertEquals("2013-03-25T17:00", value(deadline, "1700 GMT Monday"));
    }

    @Test
    void aDayThatNamesAThingIsNoDayForATimeOfDay() {
        assertEquals("2025-11-24T06:15", value(tag("The airline canceled 1,200 flights on Monday, at the start of the"
                + " Thanksgiving travel week. The outage began at 6:15 a.m.", LocalDate.of(2025, 11, 24)), "6:15 a.m."));
    }

    @Test
    void aPeriodThatOpensASentenceHoldsItsMonths() {
        LocalDate november = LocalDate.of(2025, 11, 8);
        assertEquals("2024-03", value(tag("Last year, sales fell sharply in March.", november), "March"));
        assertEquals("2025-01", value(tag("Last winter, storms caused damage in the same region in January.",
                november), "January"));
        assertEquals("2024-01", value(tag("In the winter of 2024, storms caused damage in the region in January.",
                november), "January"));
        // a period named further on is no scene
        assertEquals("2025-03", value(tag("Sales rose 5% last year and the company hired staff in March.", november),
                "March"));
    }

    @Test
    void aWeekdayThatSomeoneSaidSomethingOnIsTheNewsDay() {
        LocalDate monday = LocalDate.of(2024, 1, 8);
        List<TemporalExpression> news = tag("The court agreed on Monday to hear the case. The state first sued on"
                + " Aug. 2, 2022. Attorney General Raul Labrador said Monday that he welcomed the decision.", monday);
        assertEquals(List.of("2024-01-08", "2022-08-02", "2024-01-08"), news.stream().map(TemporalExpression::value)
                .toList());
        // in a text told only of that earlier year, it is a day of that year's story
        assertTrue(value(tag("It was a hot Wednesday, July 13, 1977. The mayor said Monday that order was back.",
                monday), "Monday").startsWith("1977-07"));
    }

    @Test
    void aMonthScheduledOrStillToBeDoneIsTheComingOne() {
        LocalDate october = LocalDate.of(1989, 10, 27);
        assertEquals("1990-04", value(tag("The issue will dominate a NATO summit set for Washington in April.", october),
                "April"));
        assertEquals("1990-04", value(tag("Final guidelines to be published in April will decide it.", october), "April"));
        assertEquals("1989-04", value(tag("The guidelines were published in April.", october), "April"));
        assertEquals("1990-03-14", value(tag("He was convicted on Friday. Sentencing was set for March 14.", october),
                "March 14"));
        // a schedule told in the past: the nearest such month, gone or to come
        assertEquals("2025-04", value(tag("The fault was found on January 19, but repairs were scheduled for April.",
                LocalDate.of(2025, 7, 17)), "April"));
        // a month just gone is not what a clause about the future means, even weeks after it
        assertEquals("2025-10", value(tag("The judge refused to delay it until after the election in October.",
                LocalDate.of(2024, 11, 20)), "October"));
    }

    @Test
    void lastOrNextWithTheMonthBesideThePublicationsIsAYearAway() {
        // the month just gone would be "last month", the one to come "next month"
        assertEquals("1997-02", value(tag("Two helicopters crashed last February.", LocalDate.of(1998, 3, 1)),
                "last February"));
        assertEquals("2026-01", value(tag("He left last January.", LocalDate.of(2026, 3, 1)), "last January"));
        assertEquals("2027-10", value(tag("The plant opens next October.", LocalDate.of(2026, 9, 30)), "next October"));
    }

    @Test
    void aYearAgoInACompanyReportIsTheSameQuarterOfTheYearBefore() {
        LocalDate october = LocalDate.of(1989, 10, 25);
        assertEquals("1988-Q3", value(tag("The thrift earned $132,000, or three cents a share, a year ago.", october),
                "a year ago"));
        assertEquals("1988", value(tag("The thrift opened its first branch a year ago.", october), "a year ago"));
        // a sentence on, only a quarter's figures are set against it: after a month, it is a year before the news
        assertEquals("1988-Q3", value(tag("Net rose 8% in the third quarter. A year ago, it fell 2%.", october),
                "A year ago"));
        assertEquals("1988", value(tag("In March 1988, the thrift was valued at $2 million. A year ago, it agreed"
                + " to merge.", october), "A year ago"));
    }

    @Test
    void aYearEarlierSetAgainstTheQuarterJustNamedLeavesTheStoryThere() {
        var found = tag("In this year's third quarter, net was $10.5 million, compared with $10.3 million a year"
                + " earlier. Assets as of Sept. 30 fell to $2.46 billion.", LocalDate.of(1989, 10, 26));
        assertEquals("1988-Q3", value(found, "a year earlier"));
        assertEquals("1989-09-30", value(found, "Sept. 30"));
    }

    @Test
    void aFigureSetAgainstAYearAgoLeavesTheStoryThere() {
        var found = tag("Layoffs are planned by year end. Vehicle output fell 8.4% from a year ago. Revenue slipped"
                + " to $2.58 billion. The lender blamed higher borrowing costs compared with a year earlier.",
                LocalDate.of(1989, 10, 26));
        assertEquals("1988", value(found, "a year ago"));
        assertEquals("1988", value(found, "a year earlier"));
        // two comparisons in a row are both set against the story's year, not the second against the first
        var both = tag("Net income in 2009 was $95 million, up from $80 million a year earlier. Sales were $1.2"
                + " billion, compared with $1.1 billion a year earlier.", LocalDate.of(2026, 1, 5));
        assertEquals(List.of("2008", "2008"), both.stream().filter(t -> t.text().equals("a year earlier"))
                .map(TemporalExpression::value).toList());
    }

    @Test
    void readsBareYearsDecadesAndPartsOfYears() {
        var found = tag("In 2010, she moved. The firm has grown since 2019, through the 2008 crisis, and stayed"
                + " open until at least 2012 or 2013. It was founded in the 1990s, expanded in mid-2010 and"
                + " shrank in late 2019.", THURSDAY);
        assertEquals("2010", value(found, "2010"));
        assertEquals("2019", value(found, "2019"));
        assertEquals("2008", value(found, "2008"));
        assertEquals("2013", value(found, "2013"));
        assertEquals("199", value(found, "the 1990s"));
        assertEquals("MID", find(found, "mid-2010").orElseThrow().mod());
        assertEquals("END", find(found, "late 2019").orElseThrow().mod());
    }

    @Test
    void resolvesAgainstTheStorysTime() {
        var found = tag("At the start of 2008, the lawyer wrote to him. In a message on January 7, he asked for help."
                + " Then a week later, the reply came.", THURSDAY);
        assertEquals("2008-01-07", value(found, "January 7"));
        assertEquals("2008-01-14", value(found, "a week later"));
        assertEquals(Anchor.NARRATIVE, find(found, "January 7").orElseThrow().anchor());
    }

    @Test
    void aTimeOfDayFallsOnTheDayJustNamed() {
        var found = tag("The father will travel to Washington on Thursday. He will leave at 4 in the morning.",
                LocalDate.of(2000, 4, 5));
        assertEquals("2000-04-06T04:00", value(found, "4 in the morning"));
        // also a day that does not take the story there ("due" makes it a deadline)
        assertEquals("2000-04-07T08:30", value(tag("The next jobs report is due April 7 at 8:30 a.m. ET.",
                LocalDate.of(2000, 4, 5)), "8:30 a.m."));
        // with no day named, the publication's
        assertEquals("2000-04-05T16:00", value(tag("The talks ended at 4 p.m.", LocalDate.of(2000, 4, 5)), "4 p.m."));
        // and not a day still to come for what has happened
        assertEquals("2000-04-05T12:00", value(tag("He will travel to Ohio on Thursday. A jet flew over the site at"
                + " noon.", LocalDate.of(2000, 4, 5)), "noon"));
        // a happening named with its day is told of on that day, whatever day came since
        var quake = tag("The death toll from Monday's earthquakes rose above 11,000 on Wednesday. The first quake"
                + " struck at 4.17 a.m. near Gaziantep, followed nine hours later by another.", LocalDate.of(2023, 2, 8));
        assertEquals("2023-02-06T04:17", value(quake, "4.17 a.m."));
        assertEquals("2023-02-06T13:17", value(quake, "nine hours later"));
        assertEquals("2023-02-08T04:17", value(tag("The death toll from Monday's earthquakes rose above 11,000 on"
                + " Wednesday. A curfew began at 4.17 a.m.", LocalDate.of(2023, 2, 8)), "4.17 a.m."));
        // a month named in passing since is no day: the day before it still is
        assertEquals("2021-01-06T14:00", value(tag("Crowds stormed the building on Wednesday as officials met to"
                + " certify the November vote. Staff were evacuated shortly after 2 p.m.", LocalDate.of(2021, 1, 7)),
                "2 p.m."));
    }

    @Test
    void aRangeOfMonthsTakesTheStoryToItsEndAndARangeOfYearsSumsThemUp() {
        assertEquals("2008-04", value(tag("She ran the city from January to March 2008. In April, she moved to Paris.",
                THURSDAY), "April"));
        // an end counted from the publication date gives the story back to it
        assertEquals("2025-SP", value(tag("She led the Treasury from 2021 until last year. She had considered"
                + " leaving in the spring.", THURSDAY), "the spring"));
        // years summed up are background: the news goes on in its own year, and "the following year" counts on
        var found = tag("Prosecutors said he took bribes between 2018 and 2022. The jury convicted him on July 16.",
                THURSDAY);
        assertEquals("2025-07-16", value(found, "July 16"));
        found = tag("Smith was mayor from 1994 until 2007. The following year he moved to Paris.", THURSDAY);
        assertEquals("2008", value(found, "The following year"));
        // but a story told up to them goes on through them, not back to where it was before
        assertEquals("2019-03", value(tag("Ana Lind was elected in 2010 and served as minister from 2016 to 2019. She"
                + " resigned in March over the budget.", THURSDAY), "March"));
    }

    @Test
    void aSentenceThatSaysWhenTheOneBeforeHappenedIsReadBackwards() {
        var found = tag("He wrote: 'The board has a meeting Thursday.' This was in January 2008.", THURSDAY);
        assertEquals("XXXX-WXX-4", value(found, "Thursday"));
        assertEquals(Anchor.UNRESOLVED, find(found, "Thursday").orElseThrow().anchor());
        found = tag("The board met in March. This was in 2008, before the crash.", THURSDAY);
        assertEquals("2008-03", value(found, "March"));
        // a sentence that only goes on from the one before leaves it as it was
        assertEquals("2025-03", value(tag("The board met in March. In 2008, it had met in May.", THURSDAY), "March"));
        assertEquals("2025-03", value(tag("The board met in March. It was in 2008 that it was founded.", THURSDAY),
                "March"));
    }

    @Test
    void thisSeasonInAFutureClauseOnceItHasGoneIsNextYears() {
        LocalDate december = LocalDate.of(2024, 12, 2);
        assertEquals("2025-SP", value(tag("The mayor said the town will rebuild this spring.", december),
                "this spring"));
        assertEquals("2024-SP", value(tag("Sales rose this spring.", december), "this spring"));
    }

    @Test
    void aStoryInAYearStillToComeDoesNotTakeAPastMonth() {
        var found = tag("Britain pledged to cut emissions by 68% by 2030. The target is at risk, the committee warned"
                + " in July.", LocalDate.of(2024, 11, 20));
        assertEquals("2024-07", value(found, "July"));
    }

    @Test
    void aDayAPastVerbGovernsHasBeenEvenWhenTheNextIsWeeksAway() {
        LocalDate november = LocalDate.of(2024, 11, 14);
        assertEquals("2023-W47-WE", value(tag("Traffic peaked over the Thanksgiving weekend.", november),
                "the Thanksgiving weekend"));
        assertEquals("2023-12-25", value(tag("Shoppers spent more at Christmas.", november), "Christmas"));
        assertEquals("2024-11-28", value(tag("He will speak on Nov. 28.", november), "Nov. 28"));
        assertEquals("2025-01-24", value(tag("Congress reconvenes Jan. 24.", november), "Jan. 24"));
        // a thing that is at a time on a weekday is to come, as one that is on a weekday is
        assertEquals("2024-11-15T12:00", value(tag("The vote is at midday Friday.", november), "midday Friday"));
    }

    @Test
    void aRangeOfHoursStartsOnTheDayItEnds() {
        var found = tag("He appears in court on 2 December. Police want to hear from anyone who was in the area between"
                + " 2am and 3am on Sunday.", LocalDate.of(2025, 11, 7));
        assertEquals("2025-11-02T02:00", value(found, "2am"));
        assertEquals("2025-11-02T03:00", value(found, "3am on Sunday"));
    }

    @Test
    void aTimeLaterThanADateStillToComeIsToComeToo() {
        assertEquals("2024-12-19", value(tag("The recount must be finished by Dec. 14, and the result certified five days"
                + " later.", LocalDate.of(2024, 11, 14)), "five days later"));
    }

    @Test
    void aSentenceThatSpeaksOfThePublicationsDaysLeavesTheStorysYear() {
        var found = tag("She spent 186 days in orbit in 2021 and 2022. Her crew will replace two astronauts who arrived"
                + " in March and return next week.", LocalDate.of(2024, 10, 4));
        assertEquals("2024-03", value(found, "March"));
        // a present perfect with "since" runs up to the publication's days; a past perfect stays in the story
        LocalDate november = LocalDate.of(2023, 11, 15);
        assertEquals("2023-07", value(tag("Prices peaked in June 2022. The Fed has raised its rate 11 times since the"
                + " spring of 2022, most recently in July.", november), "July"));
        assertEquals("1990-07", value(tag("Prices peaked in June 1990. The party had ruled since 1979, and in July it"
                + " lost.", november), "July"));
        // so does remembering the story
        assertEquals("2023-11-10", value(tag("The river burst its banks on 12 November 1953. By dawn the next day the"
                + " town was gone. Families gathered on Friday to remember those who died.", november), "Friday"));
        // a relative clause that ends the sentence is background too: it leaves the story where it was
        assertEquals("2024-03", value(tag("He trails the president, who took office in January 2020. His aide pleaded"
                + " guilty in March.", LocalDate.of(2024, 11, 20)), "March"));
        // nor after a year that sentence names; and a year that only says since when leaves the story where it was
        LocalDate september = LocalDate.of(2025, 9, 5);
        assertEquals("2025-12", value(tag("Prices rose in March 2024. Scientists expect this year to surpass 2023 by the"
                + " end of December.", september), "the end of December"));
        assertEquals("2025-08-23", value(tag("It is the hottest year since records began in 1850. The sea reached"
                + " 20.98C on Aug. 23.", september), "Aug. 23"));
        // without such words, the story's year still dates the month
        assertEquals("2022-03", value(tag("She flew in 2021 and 2022. She docked in March.", LocalDate.of(2024, 10, 4)),
                "March"));
    }

    @Test
    void resolvesThePreviousMonthAndADayLaterInTheSameStory() {
        var found = tag("The emails were sent in June 2008. The previous month, in May, he was warned."
                + " Then on June 30, he pleaded guilty.", THURSDAY);
        assertEquals("2008-05", value(found, "The previous month"));
        assertEquals("2008-05", value(found, "May"));
        assertEquals("2008-06-30", value(found, "June 30"));
    }

    @Test
    void hoursLaterCountFromTheMidnightThatBeganTheDay() {
        LocalDate thursday = LocalDate.of(2010, 10, 14);
        var found = tag("The first miner reached the surface just after midnight on Wednesday. The last emerged 22"
                + " hours later.", thursday);
        assertEquals("2010-10-13T22:00", value(found, "22 hours later"));
        assertEquals("2023-06-18T09:45", value(tag("The descent began at 8am on Sunday, June 18. About an hour and"
                + " 45 minutes later, it lost contact.", LocalDate.of(2023, 6, 24)),
                "About an hour and 45 minutes later"));
    }

    @Test
    void aSentenceWithTheNewsWeekdayIsBackInTheNewsYear() {
        LocalDate saturday = LocalDate.of(2024, 7, 6);
        assertEquals("2024-05", value(tag("She became party leader in April 2020. Her rival, who had called the"
                + " election in May, conceded early on Friday.", saturday), "May"));
        // a weekday told with its date is no such sign
        assertEquals("2011-03", value(tag("The wave struck in 2011. On Friday, March 11, the first alarms sounded, and"
                + " in March the plant failed.", saturday), "March"));
    }

    @Test
    void aQuarterToComeIsOneJustEndedOnlyForItsFigures() {
        LocalDate january = LocalDate.of(2007, 1, 10);
        assertEquals("2007-Q4", value(tag("The phone will go on sale in Europe in the fourth quarter.", january),
                "the fourth quarter"));
        assertEquals("2007-Q4", value(tag("It will go on sale in the US in June, and in Europe in the fourth quarter.",
                january), "the fourth quarter"));
        assertEquals("2006-Q4", value(tag("The company will report fourth-quarter results on Thursday.", january),
                "fourth-quarter"));
    }

    @Test
    void earlierInTheDayIsTheStorysDayElseTheNews() {
        LocalDate friday = LocalDate.of(2025, 3, 14);
        assertEquals("2025-03-13", value(tag("The firm announced the merger on Wednesday. On Thursday its shares rose."
                + " Earlier in the day, the regulator had said it would review the deal.", friday),
                "Earlier in the day"));
        assertEquals("2025-03-14", value(tag("Later in the day, police said two men had been arrested.", friday),
                "Later in the day"));
    }

    @Test
    void aPlanToldInThePastIsForADayAfterItWasMade() {
        LocalDate monday = LocalDate.of(2025, 2, 3);
        assertEquals("2025-02-04", value(tag("The tariffs, announced on Saturday, were due to take effect on Tuesday.",
                monday), "Tuesday"));
        // with no day it was made on, the plan's day is the one gone
        assertEquals("2025-01-28", value(tag("The tariffs were due to take effect on Tuesday.", monday), "Tuesday"));
    }

    @Test
    void easterAndTheDaysCountedFromItMoveWithTheYear() {
        // known Easter Sundays, the earliest (22 March) and latest (25 April) possible among them
        for (String day : List.of("2000-04-23", "2019-04-21", "2024-03-31", "2025-04-20", "2038-04-25", "2285-03-22")) {
            LocalDate easter = LocalDate.parse(day);
            assertEquals(easter, TimexResolver.easterSunday(easter.getYear()));
        }
        // before the Gregorian calendar, the Julian reckoning (Easter 1066 fell on 16 April); and any year has one
        assertEquals(LocalDate.of(1066, 4, 16), TimexResolver.easterSunday(1066));
        for (int year = -500; year <= 10_000; year++) {
            int month = TimexResolver.easterSunday(year).getMonthValue();
            assertTrue(month == 3 || month == 4, year + ": month " + month);
        }
        assertEquals("2019-04-19", value(tag("He was freed on Good Friday 2019.", THURSDAY), "Good Friday 2019"));
        assertEquals("2000-W16", value(tag("Pilgrims came during Easter week.", LocalDate.of(2000, 4, 17)),
                "Easter week"));
    }

    @Test
    void aDayNamingAnEventNearlyAYearGoneKeepsItsYearUnknown() {
        LocalDate august = LocalDate.of(2024, 8, 8);
        assertEquals("XXXX-09-11", value(tag("The Sept. 11 attacks changed everything.", august), "Sept. 11"));
        // last month's is news
        assertEquals("2024-07-23", value(tag("Police spoke shortly after the July 23 shooting.", august), "July 23"));
    }

    @Test
    void aParticipleAsideOfANounIsNotWhereTheStoryGoes() {
        LocalDate september = LocalDate.of(2026, 9, 2);
        assertEquals("2026-04", value(tag("The lower court ruled in March that the statute, passed in 2019, was void."
                + " The state appealed in April.", september), "April"));
        // a name's too
        assertEquals("2026-05-03", value(tag("Section 230 of the Communications Decency Act, passed in 1996, shields"
                + " platforms. Cases rose by 12% in the week to 3 May.", LocalDate.of(2026, 5, 12)), "3 May"));
        // nor is a beginning that opens the sentence
        assertEquals("2020-03", value(tag("Founded in 1902, the chain had struggled for a decade. It closed its stores"
                + " in mid-March as lockdowns spread.", LocalDate.of(2020, 6, 16)), "mid-March"));
    }

    @Test
    void aDayNamingAnEventTakesTheYearTheTextGivesTheSameDay() {
        LocalDate november = LocalDate.of(2026, 11, 19);
        var found = tag("A man who stormed a ministry in the Jan. 6 riot was jailed. The riot on Jan. 6, 2023, left"
                + " two dead.", november);
        assertEquals("2023-01-06", value(found, "Jan. 6"));
        assertEquals(Anchor.NARRATIVE, find(found, "Jan. 6").orElseThrow().anchor());
        // a day the text names in two years keeps its year unknown
        assertEquals("XXXX-01-06", value(tag("The Jan. 6 riot was recalled. Riots on Jan. 6, 2023, and on Jan. 6,"
                + " 2024, left two dead.", november), "Jan. 6"));
        // a thing's day in a past clause weeks ahead is to come; months ahead, one gone
        assertEquals("2026-12-04", value(tag("He gave no reason for the Dec. 4 deadline.", november), "Dec. 4"));
        assertEquals("XXXX-01-06", value(tag("He stormed a ministry in the Jan. 6 riot.", november), "Jan. 6"));
        // or the year the words right after it give
        assertEquals("2001-09-11", value(tag("The Dow fell 504 points, its biggest drop since the September 11 attacks"
                + " in 2001.", LocalDate.of(2008, 9, 16)), "September 11"));
    }

    @Test
    void thatYearIsTheYearJustNamedEvenOneThatDidNotMoveTheStory() {
        assertEquals("2011-10-05", value(tag("Cook has run the company since August 2011, when Jobs stepped down."
                + " Jobs died on Oct. 5 of that year.", THURSDAY), "Oct. 5 of that year"));
    }

    @Test
    void aRangeStartsBeforeItEnds() {
        var found = tag("Between January and March, sales rose.", LocalDate.of(2025, 10, 30));
        assertEquals("2025-01", value(found, "January"));
        assertEquals("2025-03", value(found, "March"));
        found = tag("The festival runs from 28 December to 3 January.", LocalDate.of(2025, 10, 30));
        assertEquals("2025-12-28", value(found, "28 December"));
        assertEquals("2026-01-03", value(found, "3 January"));
        // a start without a year takes the year its end gives, or the year before
        assertEquals("2008-01", value(tag("She ran the city from January to March 2008.", THURSDAY), "January"));
        assertEquals("2008-12-20", value(tag("He was away between Dec. 20 and Jan. 5, 2009.", THURSDAY), "Dec. 20"));
    }

    @Test
    void aStoryThatHasReachedDecemberGoesOnIntoTheNextJanuary() {
        var found = tag("The crisis began in September 2008. By December, the recession was official."
                + " In January, Obama took office.", THURSDAY);
        assertEquals("2008-12", value(found, "December"));
        assertEquals("2009-01", value(found, "January"));
        found = tag("The first lockdown began on 23 March 2020. The second followed in November, and a third in"
                + " January.", THURSDAY);
        assertEquals("2020-11", value(found, "November"));
        assertEquals("2021-01", value(found, "January"));
    }

    @Test
    void someWeekdayAndTheNextDayBelongToTheStory() {
        var found = tag("It was a Thursday evening in November 1989 when the spokesman spoke. He had not been told"
                + " that the rules were meant to take effect the next day. By midnight, guards opened the gates."
                + " Twenty-eight years earlier, the wall went up.", LocalDate.of(2024, 11, 6));
        assertEquals("XXXX-XX-XXT24:00", value(found, "midnight"));
        assertEquals("XXXX-WXX-4TEV", value(found, "Thursday evening"));
        assertEquals("1989-11", value(found, "the next day"));
        assertEquals("1961", value(found, "Twenty-eight years earlier"));
        assertEquals("2024-11-03TNI", value(tag("About 500 people attended a Sunday night vigil.", LocalDate.of(2024, 11, 4)),
                "Sunday night"));
        // a day described is some such day; a thing done on one is not
        assertEquals("XXXX-WXX-2TNI", value(tag("It began on a wet Tuesday night in August.", LocalDate.of(2025, 5, 16)),
                "Tuesday night"));
        assertEquals("2025-05-13", value(tag("The council passed a resolution Tuesday.", LocalDate.of(2025, 5, 16)),
                "Tuesday"));
        // a weekday set after a day says which weekday that day was
        LocalDate may = LocalDate.of(2024, 5, 7);
        assertEquals("2024-04-28", value(tag("He was last seen on the evening of 28 April, a Sunday.", may), "Sunday"));
        assertEquals("1990-03-03", value(tag("She was born on 3 March 1990, which was a Saturday.", may), "Saturday"));
        assertEquals("XXXX-WXX-1", value(tag("He was last seen on 28 April, a Monday, they said.", may), "Monday"));
    }

    @Test
    void aWeekdayInAFeatureToldOnlyOfAPastYearIsSomeSuchDay() {
        var found = tag("It was a hot evening in July 1977 when the lights went out. At 8:37 p.m., lightning struck."
                + " Within an hour, the city was dark. By Thursday morning, looters had hit 1,600 stores.",
                LocalDate.of(2027, 7, 13));
        assertEquals("XXXX-WXX-4TMO", value(found, "Thursday morning"));
        // once the text has spoken of the publication's days, a weekday is theirs again
        assertEquals("2027-07-08", value(tag("The lights went out in July 1977. Last week the city marked it. On"
                + " Thursday, the mayor spoke.", LocalDate.of(2027, 7, 13)), "Thursday"));
        // a report or an inquest about the story made public on a weekday is news
        var inquest = tag("On the night of 14 February 2023, he left a bar at about 11pm. His phone was last used at"
                + " 11.42pm. The inquest, which opened on Monday, heard that he had drunk heavily.",
                LocalDate.of(2025, 3, 12));
        assertEquals("2025-03-10", value(inquest, "Monday"));
        // a past told only by months and years is the background of news: its weekdays are the publication's
        assertEquals("2026-08-08", value(tag("The trial enrolled patients between March 2021 and June 2023. Results"
                + " were presented in Madrid on Saturday.", LocalDate.of(2026, 8, 11)), "Saturday"));
    }

    @Test
    void aWeekdayInAStoryToldInThePastIsTheNearestOne() {
        var found = tag("The deadline passed on Thursday, Nov. 14, 2019. The fire started in the early hours of"
                + " Friday. Crews had arrived on Monday.", THURSDAY);
        assertEquals("2019-11-15", value(found, "Friday"));
        assertEquals("2019-11-11", value(found, "Monday"));
    }

    @Test
    void aDateNamingSomethingElseDoesNotMoveTheStory() {
        // a date as a modifier, a bound, or counted back from now leaves a later "Nov. 25" in the news year
        var found = tag("The rallies of early December recalled the revolution that brought him to power 41 years ago."
                + " The boy was found Nov. 25 off the coast. His father was a trustee until 1974."
                + " The office opened on Feb. 1 with three members.", LocalDate.of(2000, 3, 15));
        assertEquals("1959", value(found, "41 years ago"));
        assertEquals("1999-11-25", value(found, "Nov. 25"));
        assertEquals("2000-02-01", value(found, "Feb. 1"));
        found = tag("The two men charged in the Dec. 21, 1988, bombing were handed over after Libya agreed in April.",
                LocalDate.of(1999, 6, 7));
        assertEquals("1999-04", value(found, "April"));
        // a relative clause between commas gives background; the sentence's own date is the news year's
        LocalDate june = LocalDate.of(2025, 6, 10);
        assertEquals("2025-03", value(tag("Mr Smith, who left office in September 2022, signed the deal in March.",
                june), "March"));
        assertEquals("2023-03", value(tag("He left office in September 2022. He signed the deal in March.", june),
                "March"));
        // and so does a participle's ("born", "arrested", "founded" ...)
        assertEquals("2025-01-06", value(tag("The suspect, born on 2 March 1985, appeared in court on Jan. 6.", june),
                "Jan. 6"));
    }

    @Test
    void resolvesAgainstThePublicationDateByTense() {
        var found = tag("He was appointed in February. The minister broke cover on Wednesday morning."
                + " She married two years ago. The summit is next week; they met last year and this year.", THURSDAY);
        assertEquals("2025-02", value(found, "February"));
        assertEquals("2025-01", value(tag("Shares have fallen 40% since January.", THURSDAY), "January"));
        // since a date, it is gone, however near the next one is
        assertEquals("2025-11", value(tag("Shares have fallen since November.", LocalDate.of(2026, 10, 20)),
                "November"));
        assertEquals("2025-09-10TMO", value(found, "Wednesday morning"));
        assertEquals("2023", value(found, "two years ago"));
        assertEquals("2025-W38", value(found, "next week"));
        assertEquals("2024", value(found, "last year"));
        assertEquals("2025", value(found, "this year"));
    }

    /** A month that opens a past sentence is the one gone, however near the next one is. */
    @Test
    void aMonthOpeningAPastSentenceIsTheOneGone() {
        LocalDate october = LocalDate.of(1989, 10, 27);
        assertEquals("1989-01", value(tag("In January, the company hired a new chief.", october), "January"));
        assertEquals("1990-01", value(tag("In January, the company will hire a new chief.", october), "January"));
        // so is one that a past verb and its object govern; a plan's month ("agreed to meet in") is not
        LocalDate december = LocalDate.of(2024, 12, 2);
        assertEquals("2024-01", value(tag("The mayor took office in January.", december), "January"));
        assertEquals("2025-01", value(tag("They agreed to meet again in January.", december), "January"));
        // an object of three words still leaves the verb its month
        LocalDate october1989 = LocalDate.of(1989, 10, 27);
        assertEquals("1988-12", value(tag("The company hired a new auditor in December.", october1989), "December"));
        // and so does an object counted in figures
        LocalDate march = LocalDate.of(2024, 3, 15);
        assertEquals("2023-05", value(tag("The company sold 1,000 cars in May.", march), "May"));
        assertEquals("2023-05", value(tag("The charity raised £40m in May.", march), "May"));
    }

    @Test
    void aQuarterInAPastClauseIsOneReportedOn() {
        var found = tag("The airline earned $5.2 million in the fiscal first quarter.", LocalDate.of(1989, 10, 26));
        assertEquals("1989-Q1", value(found, "the fiscal first quarter"));
        found = tag("Sales are expected to recover in the second quarter.", LocalDate.of(1989, 10, 26));
        assertEquals("1990-Q2", value(found, "the second quarter"));
    }

    @Test
    void aFutureClauseLooksForward() {
        var found = tag("The vote will be held in November.", THURSDAY);
        assertEquals("2025-11", value(found, "November"));
        // but not into a clause of its own after a noun that looks like a verb
        assertEquals("2025-07", value(tag("The minister will travel to Kyiv on Friday, her first visit since she took"
                + " office in July.", THURSDAY), "July"));
        assertEquals("2025-07", value(tag("It was her first visit since taking office in July.", THURSDAY), "July"));
        assertEquals("2025-09-16", value(tag("Forecasters say the heat will last until at least Tuesday.", THURSDAY),
                "Tuesday"));
        // a time of day to come is the day to come two sentences back, past one that named a date only in passing
        assertEquals("2025-09-14T20:00", value(tag("Voters go to the polls on Sunday. The mayor, elected four years ago,"
                + " is seeking a second term. Polls close at 8 p.m.", THURSDAY), "8 p.m."));
        // "was open" is a state gone, not the verb of what opens
        assertEquals("2025-09-05T23:00", value(tag("The museum was open until 11 p.m. on Friday.", THURSDAY),
                "11 p.m. on Friday"));
        // a warning for the weekend is for the coming one
        assertEquals("2026-W35-WE", value(tag("Storm warnings were issued on Wednesday for the weekend.",
                LocalDate.of(2026, 8, 28)), "the weekend"));
        // "yesterday afternoon" is the publication's yesterday, whatever day the sentence named before it
        assertEquals("2026-02-11TAF", value(tag("The jury was sworn in on Tuesday and visited the scene yesterday"
                + " afternoon.", LocalDate.of(2026, 2, 12)), "yesterday afternoon"));
        // a thing that is out on a weekday is to come
        assertEquals("2026-05-15", value(tag("The band's first album in a decade is out on Friday.",
                LocalDate.of(2026, 5, 11)), "Friday"));
        // "as planned" says how, not when
        assertEquals("1996-05-29", value(tag("Peres said Monday that elections would go ahead as planned on May 29.",
                LocalDate.of(1996, 5, 14)), "May 29"));
        assertEquals("2010-01", value(tag("His term expires in January.", LocalDate.of(2009, 9, 22)), "January"));
        assertEquals("2025-09-12", value(tag("Pre-orders begin Friday.", THURSDAY), "Friday"));
        assertEquals("2025-09-05", value(tag("The offer had been due to expire Friday.", THURSDAY), "Friday"));
        assertEquals("2025-09-14", value(tag("The festival runs until Sunday.", THURSDAY), "Sunday"));
        // what a figure was before is of a time gone, whatever the clause looks forward to
        assertEquals("2026-07", value(tag("It now expects annual profit of £310m, down from £400m in July.",
                LocalDate.of(2026, 9, 9)), "July"));
        // a verb whose past reads as its present is a past after "which"
        assertEquals("2026-01", value(tag("Governor Lena Varga said further rises could follow at the next meeting in"
                + " April if inflation, which hit 6.1% in January, does not ease.", LocalDate.of(2026, 3, 3)),
                "January"));
        // "next" before a time is a date of its own, no cue that the clause looks ahead
        assertEquals("2026-11-14TNI", value(tag("England booked their place at next summer's World Cup with a 2-0 win"
                + " over Serbia on Saturday night.", LocalDate.of(2026, 11, 16)), "Saturday night"));
        assertEquals("2026-07-22", value(tag("Schools break up for the summer holidays on July 22.",
                LocalDate.of(2026, 3, 11)), "July 22"));
        assertEquals("2025-07-22", value(tag("The talks broke up on July 22.", LocalDate.of(2026, 3, 11)), "July 22"));
        assertEquals("2025-09-15", value(tag("Talks start Monday, and polls open on Tuesday.", THURSDAY), "Monday"));
        assertEquals("2025-09-16", value(tag("Talks start Monday, and polls open on Tuesday.", THURSDAY), "Tuesday"));
        assertEquals("2025-09-15", value(tag("He and Arafat meet separately Monday with the envoy.", THURSDAY), "Monday"));
        // the new date of something moved is to come; a move to a place says nothing of the date
        assertEquals("2025-12-12", value(tag("The vote, first set for October, was moved to December 12.", THURSDAY),
                "December 12"));
        assertEquals("2025-03", value(tag("He moved to London in March.", THURSDAY), "March"));
        // a month a past verb says something happened in is one gone, unless a present passive makes it one to come
        LocalDate lateMarch = LocalDate.of(2025, 3, 29);
        assertEquals("2024-05", value(tag("The truce, agreed in late May, collapsed.", lateMarch), "late May"));
        assertEquals("2025-05", value(tag("It could change when the case is heard in May.", lateMarch), "May"));
        // a date that opens the sentence is told by the clause after its comma; "and" inside a name ends no clause
        assertEquals("2025-09-16", value(tag("On Tuesday, the Mine and Metal Workers Union plans to hold a rally.",
                THURSDAY), "Tuesday"));
        assertEquals("2025-09-09", value(tag("On Tuesday, the union held a rally.", THURSDAY), "Tuesday"));
        // "may", "might" and "should" look forward, unless what they say may have happened already
        assertEquals("2026-03", value(tag("The government may revisit the decision in March.", THURSDAY), "March"));
        assertEquals("2026-02", value(tag("The comet should be visible from mid-February.", THURSDAY),
                "mid-February"));
        assertEquals("2025-03", value(tag("Officials said he may have met the envoy in March.", THURSDAY), "March"));
        assertEquals("2025-12-25", value(tag("The miners may have to wait until Christmas to be rescued.", THURSDAY),
                "Christmas"));
        // "could" with a verb looks forward; "could be located" does not
        assertEquals("2025-09-13TEV", value(tag("Up to 80mm could fall on high ground by Saturday evening.", THURSDAY),
                "Saturday evening"));
        assertEquals("2025-W37-WE", value(tag("Airlines warned that it could take until the weekend for"
                + " schedules to return to normal.", THURSDAY), "the weekend"));
        assertEquals("2025-09-10", value(tag("The family could not be located Wednesday.", THURSDAY), "Wednesday"));
        // the weekend after a day to come that its sentence named is that day's
        assertEquals("2025-W38-WE", value(tag("Annan will travel next week. He is expected to leave on Tuesday and meet"
                + " the president over the weekend.", THURSDAY), "the weekend"));
        // a change "effective" on a day is one to come, even in a clause told in the past
        assertEquals("2026-02-01", value(tag("The bank created an office of the chairman, effective Feb. 1.", THURSDAY),
                "Feb. 1"));
        // a new date for what was put off is to come; what went "as planned" went
        assertEquals("2025-09-16TMO", value(tag("Officials postponed until Tuesday morning any action on the permit.",
                THURSDAY), "Tuesday morning"));
        assertEquals("2025-09-13T09:00", value(tag("The agency extended its deadline until 9 a.m. Saturday.", THURSDAY),
                "9 a.m. Saturday"));
        assertEquals("2025-09-15", value(tag("Officials gave the country until Monday to raise the money.", THURSDAY),
                "Monday"));
        assertEquals("2025-09-06TNI", value(tag("He let the offensive begin as previously planned Saturday night.",
                THURSDAY), "Saturday night"));
        // an opening that is a noun is not a plan
        assertEquals("2025-09-09", value(tag("The open letter was sent on Tuesday.", THURSDAY), "Tuesday"));
        // a deadline in a present clause is to come, although the last one was nearer
        assertEquals("2026-04-15", value(tag("Taxpayers have until April 15 to file.", LocalDate.of(2025, 7, 1)),
                "April 15"));
        assertEquals("2026-07-04", value(tag("The election takes place on the 4th of July.", THURSDAY),
                "the 4th of July"));
        // a present passive is present, not past: the nearer January, which is the next one
        assertEquals("2026-01", value(tag("The case goes on when it is heard in January.", THURSDAY), "January"));
        assertEquals("2026-01", value(tag("Closing, expected in January, needs approval.", THURSDAY), "January"));
        // the coming December, although the last one was nearer
        assertEquals("1998-12", value(tag("She will command a mission in December.", LocalDate.of(1998, 3, 4)),
                "December"));
        // a date just gone still wins in a clause that only looks forward from the past
        assertEquals("1998-08-07", value(tag("They hoped she would bring aid after the Aug. 7 blasts.",
                LocalDate.of(1998, 8, 18)), "Aug. 7"));
    }

    @Test
    void typesDurationsSetsAndVagueReferences() {
        assertEquals("PAST_REF", value(tag("Prices have doubled in recent years.", THURSDAY), "recent years"));
        assertEquals("PAST_REF", value(tag("She left the firm several years ago.", THURSDAY), "several years ago"));
        assertEquals("PXQ", value(tag("Margins shrank over the past several quarters.", THURSDAY),
                "the past several quarters"));
        var found = tag("He began an 18-month sentence, while she is serving 20 years; they met for four years,"
                + " every year, and now he has recently spoken about the future.", THURSDAY);
        assertEquals("P18M", value(found, "18-month"));
        assertEquals("P20Y", value(found, "20 years"));
        assertEquals("P4Y", value(found, "four years"));
        assertEquals(TimexType.SET, find(found, "every year").orElseThrow().type());
        // a number and a preposition before "a month" make no rate: "on March 16 after a month's stay"
        assertEquals(TimexType.DURATION, find(tag("He left hospital on March 16 after a month's stay.", THURSDAY),
                "a month").orElseThrow().type());
        assertEquals("PRESENT_REF", value(found, "now"));
        assertEquals("PAST_REF", value(found, "recently"));
        assertEquals("FUTURE_REF", value(found, "the future"));
        // "last" after "to" or a modal is the verb
        assertEquals(List.of("10 weeks"), tag("The trial is expected to last 10 weeks.", THURSDAY).stream()
                .map(TemporalExpression::text).toList());
        found.stream().filter(e -> e.type() == TimexType.DURATION || e.type() == TimexType.SET)
                .forEach(e -> assertTrue(!e.canAnchorEvent(), e + " must not anchor an event"));
    }

    @Test
    void extentsAreTimeMLs() {
        var found = tag("Net rose in the nine months ended Sept. 30 and in the third-quarter period; the plant ran over"
                + " three years and closed for only 14 days over the weekend, in about five hours.", THURSDAY);
        assertEquals(List.of("the nine months", "Sept. 30", "third-quarter", "three years", "14 days", "the weekend",
                "about five hours"), found.stream().map(TemporalExpression::text).toList());
    }

    @Test
    void leavesAloneWhatIsNotADate() {
        var found = tag("He paid £21,000 for a 238-foot yacht on a 74-acre island and wrote a 10-page letter."
                + " Maxwell, 63, said it. Page 7 shows it. The Sun reported that he may call. Protesters March on."
                + " He won a second term, and a second-round vote for a second time.",
                THURSDAY);
        assertEquals(List.of(), found, "no temporal expressions");
    }

    @Test
    void aCountFromAStoryNotYetToldIsADayOfUnknownDate() {
        assertEquals("XXXX-XX-XX", value(tag("Two days later, he resigned.", THURSDAY), "Two days later"));
        assertEquals("XXXX", value(tag("Ten years later, it was gone.", THURSDAY), "Ten years later"));
    }

    @Test
    void neverResolvesAgainstTodayWithoutAPublicationDate() {
        var found = tag("He resigned on Tuesday, in March.", null);
        assertEquals(Anchor.UNRESOLVED, find(found, "Tuesday").orElseThrow().anchor());
        assertEquals("XXXX-WXX-2", value(found, "Tuesday"));
        assertEquals("XXXX-03", value(found, "March"));
        // a range's end gives its start the year
        assertEquals("2022-03", value(tag("The offences were committed between March and May 2022.", null), "March"));
    }

    @Test
    void estimatesThePublicationYearFromTheTextAndSaysSo() {
        var found = tag("He was appointed in 2024. The alarm was raised more than 15 years ago.", null);
        TemporalExpression ago = find(found, "more than 15 years ago").orElseThrow();
        assertEquals("2009", ago.value());
        assertEquals(Anchor.ESTIMATED, ago.anchor());
        // a weekday with its date pins the year near the estimate
        TemporalExpression appeal = find(tag("In 2025 he was convicted. The appeal is on Monday, Nov. 4.", null),
                "Monday, Nov. 4").orElseThrow();
        assertEquals("2024-11-04", appeal.value());
        assertEquals(Anchor.ESTIMATED, appeal.anchor());
        assertEquals("2024-11-04T12:00", value(tag("In 2025 he was convicted. The appeal is at noon on Monday, Nov. 4.",
                null), "noon on Monday, Nov. 4"));
        // a day counted from the estimate is some day: the estimate is good to the year only
        var story = tag("At 2:30 p.m. on March 8, the bank spoke. By that evening, firms fled. The next day, customers"
                + " ran. Deposits had tripled in 2022.", null);
        assertEquals("XXXX-03-08T14:30", value(story, "2:30 p.m. on March 8"));
        assertEquals("XXXX-XX-XXTEV", value(story, "that evening"));
        assertEquals("XXXX-XX-XX", value(story, "The next day"));
        // a year told as still to come is no estimate while the text names one gone, and the earliest when it does not
        assertEquals("2018", value(tag("Sales fell last year. The plant, opened in 2019, will close in 2031.", null),
                "last year"));
        assertEquals("2026", value(tag("The first flight, planned for June 2026, will now take place by the end of"
                + " the year. The rival jet would enter service in 2029.", null), "the end of the year"));
    }

    @Test
    void aDatelineStandsInForAMissingPublicationDateAndSaysSo() {
        var found = tag("Tuesday, March 4, 2008\n\nThe chief executive said on Monday that the plan, first reported"
                + " in February, will be voted on next Thursday.", null);
        assertEquals("2008-03-03", value(found, "Monday"));
        assertEquals("2008-02", value(found, "February"));
        assertEquals("2008-03-13", value(found, "next Thursday")); // said on a Tuesday: next week's
        assertEquals(Anchor.DATELINE, find(found, "February").orElseThrow().anchor());
        assertEquals("2008-03-03", value(tag("Published: 4 March 2008\nHe resigned on Monday.", null), "Monday"));
        // with its time of day and zone
        var stamped = tag("Published: 12 March 2026, 09:14 GMT\nHe will step down at the end of the month.", null);
        assertEquals("2026-03", value(stamped, "the end of the month"));
        assertEquals(Anchor.DATELINE, find(stamped, "the end of the month").orElseThrow().anchor());
        // the place it was filed from, the date and a dash before the story on the same line
        var filed = tag("WASHINGTON, March 3, 2019 — The Senate voted on Tuesday. A final vote is expected next week.",
                null);
        assertEquals("2019-02-26", value(filed, "Tuesday"));
        assertEquals("2019-W10", value(filed, "next week"));
        assertEquals(Anchor.DATELINE, find(filed, "next week").orElseThrow().anchor());
        // a labelled date that ends its sentence on the story's line; an unlabelled one is a sentence of the story
        var labelled = tag("Published 12 May 2023. Work will begin in the autumn.", null);
        assertEquals("2023-FA", value(labelled, "the autumn"));
        assertEquals(Anchor.DATELINE, find(labelled, "the autumn").orElseThrow().anchor());
        assertEquals(Anchor.UNRESOLVED, find(tag("12 May 2023. Work will begin in the autumn.", null), "the autumn")
                .orElseThrow().anchor());
        // but one given with its weekday, as news sites head a story, is a dateline
        var weekday = tag("Wednesday, January 9, 2008. The keynote will be on Tuesday. It sold 4 million last year.",
                null);
        assertEquals("2008-01-15", value(weekday, "Tuesday"));
        assertEquals("2007", value(weekday, "last year"));
        assertEquals(Anchor.DATELINE, find(weekday, "last year").orElseThrow().anchor());
        // a date that opens a sentence, or a publication date given with the article, is no dateline
        assertEquals(Anchor.UNRESOLVED, find(tag("On March 4, 2008 he resigned.\nHe was warned last week.", null),
                "last week").orElseThrow().anchor());
        assertEquals(Anchor.PUBLICATION, find(tag("Tuesday, March 4, 2008\nHe was warned last week.", THURSDAY),
                "last week").orElseThrow().anchor());
        // under a title and a byline too, but not under a sentence
        assertEquals("2025-03-05", value(tag("Pressure mounts\nBy Jane Smith, Political Correspondent\n"
                + "March 3, 2025\n\nThe prime minister will face MPs on Wednesday.", null), "Wednesday"));
        assertEquals(Anchor.UNRESOLVED, find(tag("The talks failed.\nMarch 3, 2025\nHe was warned last week.", null),
                "last week").orElseThrow().anchor());
    }

    @Test
    void aRepeatedPassageMeansWhatItMeantTheFirstTime() {
        String passage = "In a message on January 7, he asked for help.";
        var found = tag("At the start of 2008, the talks began. " + passage + " Years later, in 2015, he"
                + " spoke. " + passage, THURSDAY);
        assertEquals(2, found.stream().filter(e -> e.text().equals("January 7")).count());
        found.stream().filter(e -> e.text().equals("January 7")).forEach(e -> assertEquals("2008-01-07", e.value()));
    }

    @Test
    void theMonthAPeriodOfFiguresRunsToHasEnded() {
        LocalDate june = LocalDate.of(2026, 6, 30);
        assertEquals("2025-09", value(tag("The economy grew 1.2% in the three months to September.", june),
                "September"));
        // whatever the clause expects, a figure compared with was reported; a period still to run is to come
        assertEquals("2026-03", value(tag("It expects revenue of $1.2bn in fiscal 2027, up from $640m in the year to"
                + " March.", june), "March"));
        assertEquals("2027-03", value(tag("It expects sales to rise in the year to March.", june), "March"));
        // but one that ended in the last two months is the one the figures still to come are about
        assertEquals("2025-12", value(tag("Figures due on Thursday are expected to show growth of 0.2% in the three"
                + " months to December.", LocalDate.of(2026, 1, 15)), "December"));
        // "the fiscal year ending March 31" is often the current one
        assertEquals("2026-03-31", value(tag("It raised its forecast for the fiscal year ending March 31.",
                LocalDate.of(2026, 2, 8)), "March 31"));
    }

    @Test
    void aDayAStoryHadDoneSomethingByIsAfterItsDay() {
        var found = tag("The fire started in a warehouse shortly after midnight on Sunday 15 September 2019. By Monday"
                + " it had reached the harbour. On Tuesday the wind dropped.", LocalDate.of(2026, 9, 14));
        assertEquals("2019-09-16", value(found, "Monday"));
        assertEquals("2019-09-17", value(found, "Tuesday"));
    }

    @Test
    void theDayAPeriodJustNamedEndsOnIsADayOfThatPeriod() {
        assertEquals("2013-09-30", value(tag("The Senate voted to extend funding through the end of the fiscal year on"
                + " Sept. 30.", LocalDate.of(2013, 3, 14)), "Sept. 30"));
    }

    @Test
    void whatIsDueFromTheNewsLooksForwardFromItNotFromTheStorysDay() {
        LocalDate wednesday = LocalDate.of(2026, 8, 19);
        var found = tag("A week earlier, a strike killed seven people. Talks are due to resume on Monday.", wednesday);
        assertEquals("2026-08-24", value(found, "Monday"));
    }

    @Test
    void aHappeningsDayNamedInPassingIsNotWhereTheStoryGoes() {
        var found = tag("The last hostages were freed on Monday, two years after the attack of 7 October 2023 that"
                + " started the war. The ceasefire took effect at noon on Friday.", LocalDate.of(2026, 10, 13));
        assertEquals("2026-10-09T12:00", value(found, "noon on Friday"));
    }

    @Test
    void aPresentVerbWithItsObjectAndADeadlineLooksForward() {
        var found = tag("The measure funds the government through Jan. 15 and raises the debt limit until Feb. 7.",
                LocalDate.of(2013, 10, 17));
        assertEquals("2014-01-15", value(found, "Jan. 15"));
        assertEquals("2014-02-07", value(found, "Feb. 7"));
    }

    @Test
    void whereADayFallsInTheCalendarIsTheComingOne() {
        assertEquals("2031-06-14", value(tag("The festival falls on the second Saturday in June.",
                LocalDate.of(2031, 3, 10)), "the second Saturday in June"));
        assertEquals("2031-11-27", value(tag("The anniversary falls on the last Thursday of November.",
                LocalDate.of(2031, 1, 20)), "the last Thursday of November"));
        assertEquals("2031-03-31", value(tag("The rent is due on the last business day of March.",
                LocalDate.of(2031, 3, 10)), "the last business day of March"));
    }

    @Test
    void theNextDayOfAStoryIsNoCueOfWhatIsToCome() {
        assertEquals("2026-04-11", value(tag("He was arrested on 3 March, released on bail the next day but re-arrested"
                + " on 11 April.", LocalDate.of(2026, 7, 22)), "11 April"));
    }

    @Test
    void anElectionToldInThePresentIsToCome() {
        assertEquals("2026-04-04", value(tag("Voters go to the polls on Saturday in a run-off.",
                LocalDate.of(2026, 4, 2)), "Saturday"));
        assertEquals("2026-09-28", value(tag("Parliament returns from its summer recess on Monday.",
                LocalDate.of(2026, 9, 24)), "Monday"));
    }

    @Test
    void aStrikeAPresentPerfectSetsForADateIsToComeWhateverYearTheStoryToldOf() {
        LocalDate june = LocalDate.of(2026, 6, 15);
        assertEquals("2026-06-24", value(tag("The last reform was overturned by the court in 2019. Unions have called a"
                + " general strike for June 24.", june), "June 24"));
        assertEquals("2019-06-24", value(tag("In 2019, unions called a strike for June 24.", june), "June 24"));
    }

    @Test
    void aPresentPerfectTellsOfNowNotOfTheStorysYear() {
        LocalDate june = LocalDate.of(2026, 6, 15);
        assertEquals("2026-03", value(tag("The reform was overturned in 2019. The company has cut 300 jobs in March.",
                june), "March"));
        assertEquals("2019-03", value(tag("The reform was overturned in 2019. The company cut 300 jobs in March.",
                june), "March"));
    }

    @Test
    void aVerbInTheThirdPersonPresentTellsOfTheNearestDate() {
        assertEquals("2026-10-29", value(tag("It reports third-quarter results on October 29.", LocalDate.of(2026, 7, 31)),
                "October 29"));
        assertEquals("2025-10-29", value(tag("It reported third-quarter results on October 29.",
                LocalDate.of(2026, 7, 31)), "October 29"));
    }

    @Test
    void aTextThatToldADayWithItsWeekdayCountsTheDaysAfterByWeekday() {
        var found = tag("He set off early on Saturday, August 9. His wife called police after 11 p.m. A search began on"
                + " Sunday. Rescuers found his bag on Tuesday afternoon.", LocalDate.of(2025, 8, 22));
        assertEquals("2025-08-10", value(found, "Sunday"));
        assertEquals("2025-08-12TAF", value(found, "Tuesday afternoon"));
        // without its weekday, a day two weeks back gives way to the news's week
        assertEquals("2025-08-17", value(tag("He set off on August 9. A search began on Sunday.",
                LocalDate.of(2025, 8, 22)), "Sunday"));
    }

    @Test
    void aPassiveAfterAModalLooksAheadPastAnAdverb() {
        assertEquals("2025-05-18", value(tag("He celebrated his first Mass on Friday and will be formally installed on"
                + " May 18.", LocalDate.of(2025, 5, 9)), "May 18"));
    }

    @Test
    void resultsACompanyReportsInThePresentAreToCome() {
        assertEquals("2024-10", value(tag("Last year's models were launched on September 12, 2023. Apple reports"
                + " quarterly results at the end of October.", LocalDate.of(2024, 9, 3)), "the end of October"));
    }

    @Test
    void toRunForAnOfficeLooksAhead() {
        assertEquals("2026-11", value(tag("The mayor resigned in December to run for governor in November's election.",
                LocalDate.of(2026, 1, 15)), "November"));
    }

    @Test
    void aVerbWhosePastIsItsPresentAfterItOrSheIsPast() {
        // the present would be "forecasts": "it forecast" is past, however the month is read in the present
        assertEquals("2025-03", value(tag("Profit will be 310 million euros, down from the 400 million it forecast in"
                + " March.", LocalDate.of(2025, 6, 18)), "March"));
        assertEquals("2025-03", value(tag("She will run again, and hopes to beat the time she set in March.",
                LocalDate.of(2025, 6, 18)), "March"));
    }

    @Test
    void thePreviousQuarterIsTheOneBeforeTheQuarterReportedOnTwoSentencesBefore() {
        assertEquals("2026-Q1", value(tag("The economy grew 1.9% in the April-June quarter, data showed on Monday. It was"
                + " the third straight quarter of growth. Consumption rose 0.4% from the previous quarter.",
                LocalDate.of(2026, 8, 17)), "the previous quarter"));
    }

    @Test
    void votersHeadingToThePollsOnAWeekdayVoteOnTheNextOne() {
        assertEquals("2026-10-11", value(tag("Voters in Bavaria head to the polls on Sunday.", LocalDate.of(2026, 10, 5)),
                "Sunday"));
    }

    @Test
    void aPresentClauseAfterTheLastDateTakesTheStoryBackToNow() {
        LocalDate january = LocalDate.of(2026, 1, 26);
        assertEquals("2025-12", value(tag("The company launched the phone in October 2021 and says 70% of customers have"
                + " switched. A survey in December found that many had not.", january), "December"));
        assertEquals("2021-12", value(tag("The company launched the phone in October 2021. A survey in December found"
                + " that many had not switched.", january), "December"));
    }

    @Test
    void aCapitalisedOpenIsATournamentNotAVerb() {
        assertEquals("2026-01", value(tag("She won the Australian Open in January.", LocalDate.of(2026, 3, 2)),
                "January"));
    }

    @Test
    void aPastClauseReadAsDaysToComeIsTheStoryToldAWhileAgo() {
        assertEquals("1969-07-24", value(tag("Apollo 11 launched from Florida on July 16, 1969. The two men spent about"
                + " two hours outside. The crew splashed down in the Pacific on July 24.", LocalDate.of(2026, 7, 20)),
                "July 24"));
    }

    @Test
    void aWeekdayToComeToldInThePresentIsTheNewssWhateverYearTheStoryWasIn() {
        LocalDate friday = LocalDate.of(2026, 7, 3);
        assertEquals("2026-07-06", value(tag("The previous record was set on June 29, 2019. Forecasters expect the heat"
                + " to ease from Monday.", friday), "Monday"));
        assertEquals("2019-07-01", value(tag("The strike began on June 29, 2019. He said he would return on Monday.",
                friday), "Monday"));
    }

    @Test
    void aStepOfDaysOrWeeksCountsFromTheStorysDayNotFromAMonthLookedBackTo() {
        assertEquals("2026-11-22", value(tag("Hamilton won the race on Sunday, his first win since joining Ferrari at the"
                + " start of 2025. He last won a race in July 2024. Verstappen, who clinched his title a week earlier,"
                + " finished second.", LocalDate.of(2026, 11, 30)), "a week earlier"));
    }

    @Test
    void aDayCountedFromAYearNamedInPassingIsCountedFromTheNews() {
        assertEquals("2026-05-23", value(tag("Arsenal won the title on the final day of the 2025-26 season. It was their"
                + " first league title since 2004. A day earlier, City had lost at Brighton.", LocalDate.of(2026, 5, 24)),
                "A day earlier"));
        // but one counted from the year the story is in stays in it
        assertEquals("1998", value(tag("The company was founded in 1998. A day later, it hired its first employee.",
                LocalDate.of(2026, 5, 24)), "A day later"));
    }

    @Test
    void theTimeOfTheOneBeforeLeavesTheStoryOnItsDay() {
        assertEquals("2026-02-07T12:23", value(tag("The volcano erupted on Saturday. The last eruption was in 2017. The"
                + " first explosion came at about 12:23 p.m., witnesses said.", LocalDate.of(2026, 2, 7)), "12:23 p.m."));
        // a year the story moves to is the day's for no time of day
        assertEquals("XXXX-XX-XXT12:23", value(tag("The volcano erupted on Saturday. In 2017, lava flowed for weeks."
                + " The first explosion came at about 12:23 p.m., witnesses said.", LocalDate.of(2026, 2, 7)),
                "12:23 p.m."));
        // but years told as background within a sentence leave the story's day in reach
        assertEquals("2026-02-07T12:23", value(tag("The volcano erupted on Saturday. It last erupted in 2017 after"
                + " decades of calm. The first explosion had come at about 12:23 p.m.", LocalDate.of(2026, 2, 8)),
                "12:23 p.m."));
    }

    @Test
    void aWeekdayInAClauseOfAfterIsNoLaterThanTheDayTheSentenceNamed() {
        LocalDate saturday = LocalDate.of(2026, 2, 14);
        assertEquals("2026-02-07T24:00", value(tag("He died in hospital on Sunday morning, hours after he was attacked"
                + " shortly before midnight on Saturday.", saturday), "midnight on Saturday"));
        // but "after lunch" is a time of that day, no happening before it
        assertEquals("2026-02-10", value(tag("The hearing opened on Monday morning and ended shortly after lunch on"
                + " Tuesday.", LocalDate.of(2026, 2, 10)), "Tuesday"));
        // nor is a time that something is just after
        assertEquals("2024-11-06T01:00", value(tag("Polls closed at 7 p.m. on Tuesday, and the state was called shortly"
                + " after 1 a.m. Wednesday.", LocalDate.of(2024, 11, 7)), "1 a.m. Wednesday"));
        // a clause of "after" that names its own day goes on from it
        var found = tag("After touring the capital Thursday and meeting police leaders Friday morning, he left.",
                LocalDate.of(2026, 2, 13));
        assertEquals("2026-02-13TMO", value(found, "Friday morning"));
    }

    @Test
    void aWeekdayThatIsTheSubjectOfAPresentIsIsTheComingOne() {
        LocalDate sunday = LocalDate.of(2026, 5, 3);
        assertEquals("2026-05-04", value(tag("The concert was held last night. Monday is a bank holiday.", sunday),
                "Monday"));
        assertEquals("2026-05-07", value(tag("Thursday is polling day.", sunday), "Thursday"));
        // told in the past, it is the one just gone
        assertEquals("2026-04-30", value(tag("Thursday was polling day.", sunday), "Thursday"));
    }

    @Test
    void aPartOfTheStorysDayAfterAYearNamedInPassingIsStillThatDays() {
        assertEquals("2026-03-10TNI", value(tag("The earthquake that struck at 5:04 p.m. Tuesday killed 70 people. It"
                + " was the strongest in the region since the 1906 disaster. A football match scheduled for that night"
                + " was called off.", LocalDate.of(2026, 3, 12)), "that night"));
    }

    @Test
    void whatRunsThroughAWeekdayInThePresentRunsToTheComingOne() {
        LocalDate tuesday = LocalDate.of(2026, 12, 1);
        assertEquals("2026-12-04", value(tag("The talks, which run through Friday, are the first held here since 1990.",
                tuesday), "Friday"));
        assertEquals("2026-11-27", value(tag("The talks ran through Friday.", tuesday), "Friday"));
    }

    @Test
    void aWeekdayLookedAheadToInThePresentIsTheNewsWeeksAfterAStoryOfAnEarlierYear() {
        LocalDate monday = LocalDate.of(2026, 9, 21);
        assertEquals("2026-09-23", value(tag("The tribunal heard that she was dismissed on 3 February 2025. The hearing"
                + " resumes on Wednesday.", monday), "Wednesday"));
        // a future told from the past counts from the story's day
        assertEquals("2025-02-05", value(tag("The tribunal heard that she was dismissed on 3 February 2025. She said"
                + " she would appeal on Wednesday.", monday), "Wednesday"));
    }

    @Test
    void aWeekdayWhoseClauseGoesOnInThePresentIsTheNewsWeeksAfterAnOlderStory() {
        LocalDate monday = LocalDate.of(2026, 10, 5);
        String story = "The court heard that he had bought the knife two weeks before the attack on 14 March 2025. He"
                + " was arrested the next day. ";
        assertEquals("2026-10-05", value(tag(story + "His trial began on Monday and is expected to last three weeks.",
                monday), "Monday"));
        // the story goes on without the present: its own Monday
        assertEquals("2025-03-17", value(tag(story + "He appeared in court on Monday.", monday), "Monday"));
    }

    @Test
    void overnightLookedAheadToIsTheNightOfTheDayToComeOrTonight() {
        LocalDate monday = LocalDate.of(2026, 5, 4);
        assertEquals("2026-05-07TNI", value(tag("Polls close at 10pm on Thursday. Counting begins overnight.", monday),
                "overnight"));
        assertEquals("2026-05-04TNI", value(tag("Engineers will work overnight to restore power.", monday),
                "overnight"));
        // told in the past, the night just gone
        assertEquals("2026-05-03TNI", value(tag("Engineers worked overnight to restore power.", monday), "overnight"));
    }

    @Test
    void aWeekdayOfAskingOrSpeakingIsThePastOneWhateverWasAskedAbout() {
        LocalDate tuesday = LocalDate.of(2026, 4, 7);
        assertEquals("2026-04-06", value(tag("Asked on Monday whether the plan would go ahead, the minister said it"
                + " would.", tuesday), "Monday"));
        assertEquals("2026-04-03", value(tag("Speaking on Friday, she said the talks would resume.", tuesday),
                "Friday"));
    }

    @Test
    void aQuotationThatTellsAStoryGoesOnFromItsOwnDates() {
        LocalDate october = LocalDate.of(2026, 10, 13);
        assertEquals("2019-12-25", value(tag("\"We first met in March 2019,\" she said. \"By Christmas we were"
                + " engaged.\"", october), "Christmas"));
        // over two sentences of one quotation
        assertEquals("2019-12-25", value(tag("“We first met in March 2019. By Christmas we were engaged,” she said.",
                october), "Christmas"));
        // the text's own story stays where it was, and a year that names a thing tells no story
        assertEquals("2026-03", value(tag("\"We first met in March 2019,\" she said. In March the couple opened a"
                + " restaurant.", october), "March"));
        assertEquals("2026-03", value(tag("\"The 2008 crisis taught us a lot,\" he said. \"In March we cut rates"
                + " again.\"", october), "March"));
    }

    @Test
    void yearsAgoYesterdayOrTomorrowIsThatDayThen() {
        assertEquals("1976-05-02", value(tag("Fifty years ago yesterday, the bridge was opened to traffic.",
                LocalDate.of(2026, 5, 3)), "Fifty years ago yesterday"));
        // a day over the turn of the year
        assertEquals("1975-12-31", value(tag("The club was founded 50 years ago yesterday.", LocalDate.of(2026, 1, 1)),
                "50 years ago yesterday"));
    }

    @Test
    void offsetsAreStringIndexes() {
        String text = "Written on 3 March 2020 — and revised in April.";
        for (TemporalExpression e : tag(text, THURSDAY)) {
            assertEquals(e.text(), text.substring(e.start(), e.end()));
        }
    }

    @Test
    void anEveningHourAfterANightRanIntoTheNextDayIsStillTheEvenings() {
        List<TemporalExpression> found = tag("A fire broke out on Monday evening and was brought under control in the"
                + " early hours of Tuesday. The blaze was first reported at 6:20 p.m. By 4 a.m. it was out.",
                LocalDate.of(2019, 4, 16));
        assertEquals("2019-04-15T18:20", value(found, "6:20 p.m."));
        assertEquals("2019-04-16T04:00", value(found, "4 a.m."));
        // told that day without the night before: the day named
        assertEquals("2019-04-16T18:20", value(tag("Crews worked through Tuesday. The alarm was raised at 6:20 p.m.",
                LocalDate.of(2019, 4, 17)), "6:20 p.m."));
    }

    @Test
    void aTimeOfDayOfAHappeningToldByItsVerbIsThatDays() {
        List<TemporalExpression> found = tag("Lehman Brothers filed for bankruptcy protection early Monday. Merrill"
                + " Lynch agreed on Sunday to sell itself. The bankruptcy filing, made at 1:45 a.m. in federal court,"
                + " is the largest in U.S. history.", LocalDate.of(2008, 9, 15));
        assertEquals("2008-09-15T01:45", value(found, "1:45 a.m."));
    }

    @Test
    void aHolidayEveryYearIsASet() {
        List<TemporalExpression> found = tag("The marathon, held on Patriots' Day every April since 1897, draws"
                + " crowds. Next year's race is on Patriots' Day.", LocalDate.of(2013, 4, 16));
        assertEquals("XXXX-04", value(found, "Patriots' Day"));
        assertEquals("2014-04-21", found.stream().filter(e -> e.text().equals("Patriots' Day")).reduce((a, b) -> b)
                .orElseThrow().value());
    }

    @Test
    void aWeekdaysThingTakenPartInLooksAhead() {
        LocalDate wednesday = LocalDate.of(2002, 6, 26);
        assertEquals("2002-06-30", value(tag("Germany will play Brazil in Sunday's final.", wednesday), "Sunday"));
        assertEquals("2002-06-23", value(tag("Lawyers would appeal Sunday's ruling.", wednesday), "Sunday"));
    }

    @Test
    void aDateThatSaysALookBackAgainLeavesTheStoryWhereItWas() {
        List<TemporalExpression> found = tag("Fifty years ago today, Apollo 11 touched down on the Moon. The crew had"
                + " launched four days earlier, on July 16, 1969. Neil Armstrong stepped out at 10:56 p.m.",
                LocalDate.of(2019, 7, 20));
        assertEquals("1969-07-20T22:56", value(found, "10:56 p.m."));
    }

    @Test
    void aParticipleAfterBeingIsNoCueOfThePast() {
        assertEquals("2016-12-04", value(tag("Castro stepped down in 2008. His ashes will be taken across the island"
                + " before being buried on Dec. 4.", LocalDate.of(2016, 11, 26)), "Dec. 4"));
    }

    @Test
    void aDayAfterASingleSentenceOfBackgroundInNewsIsTheNewssDay() {
        List<TemporalExpression> found = tag("Syrian rebels entered the capital early on Sunday after an offensive that"
                + " began 11 days earlier. His father seized power in a coup in 1970. The rebels took Aleppo on 30"
                + " November and Hama on 5 December.", LocalDate.of(2024, 12, 9));
        assertEquals("2024-11-30", value(found, "30 November"));
        assertEquals("2024-12-05", value(found, "5 December"));
    }

    @Test
    void asRecentlyAsIsNoVagueReference() {
        List<TemporalExpression> found = tag("He had denied wrongdoing as recently as Sunday.", THURSDAY);
        assertEquals(List.of("Sunday"), found.stream().map(TemporalExpression::text).toList());
        found = tag("It was rejected three times, most recently last October.", THURSDAY);
        assertEquals(List.of("last October"), found.stream().map(TemporalExpression::text).toList());
    }

    @Test
    void anEveningHourInThePastAfterADayToComeIsTheNightToldOf() {
        List<TemporalExpression> found = tag("A man was charged over a fire at a block of flats on Saturday night. He"
                + " will appear before magistrates on Tuesday morning. Residents were evacuated shortly before 11pm.",
                LocalDate.of(2026, 5, 4));
        assertEquals("2026-05-02T23:00", value(found, "11pm"));
    }

    @Test
    void theSameMomentOnAnotherZonesClockLeavesTheStorysDay() {
        List<TemporalExpression> found = tag("A quake struck early on Wednesday. It hit at 11:25 a.m. local time (23:25"
                + " GMT Tuesday). Japan lifted its warnings by the evening.", LocalDate.of(2025, 7, 30));
        assertEquals("2025-07-29T23:25", value(found, "23:25 GMT Tuesday"));
        assertEquals("2025-07-30TEV", value(found, "the evening"));
    }

    @Test
    void clocksThatGoForwardOnAWeekdayGoOnTheComingOne() {
        LocalDate friday = LocalDate.of(2026, 3, 27);
        List<TemporalExpression> found = tag("The clocks go forward at 1am on Sunday.", friday);
        assertEquals("2026-03-29T01:00", value(found, "1am on Sunday"));
    }

    @Test
    void aCountSaidAgainByADayWithoutItsYearTakesTheDayInTheCountsYear() {
        List<TemporalExpression> found = tag("Allied forces swept into Kuwait on Sunday. The air war had begun five"
                + " weeks earlier, on Jan. 17.", LocalDate.of(1991, 2, 25));
        assertEquals("1991-01-17", value(found, "five weeks earlier"));
        List<TemporalExpression> apart = tag("Allied forces swept into Kuwait on Sunday. The air war had begun a"
                + " day earlier, on Jan. 17.", LocalDate.of(1991, 2, 25));
        assertEquals("1991-02-23", value(apart, "a day earlier"), "a day's count is not rounded a month away");
    }

    @Test
    void whatFollowsADateToComeIsToComeToo() {
        List<TemporalExpression> found = tag("The album will be released in the spring, followed by a tour in the"
                + " autumn.", LocalDate.of(2026, 2, 2));
        assertEquals("2026-SP", value(found, "the spring"));
        assertEquals("2026-FA", value(found, "the autumn"));
    }

    @Test
    void aPlanThatWasOriginallyDueIsPast() {
        List<TemporalExpression> found = tag("The change was approved in March and was originally due to start in"
                + " April.", LocalDate.of(2024, 7, 1));
        assertEquals("2024-04", value(found, "April"));
    }

    @Test
    void holidayTravelIsANounNotAVerbToCome() {
        LocalDate friday = LocalDate.of(2025, 11, 28);
        assertEquals("2025-11-26", value(tag("Thanksgiving travel hit a record on Wednesday, the busiest day.",
                friday), "Wednesday"));
        assertEquals("2025-12-03", value(tag("The president travels to Paris on Wednesday.", friday), "Wednesday"));
    }

    @Test
    void aWeekdayAfterAWeekNamedInItsSentenceIsThatWeeks() {
        List<TemporalExpression> found = tag("She flies to Tokyo this week for four concerts before heading to Las"
                + " Vegas for the Super Bowl on Sunday.", LocalDate.of(2024, 2, 5));
        assertEquals("2024-02-11", value(found, "Sunday"));
        assertEquals("2025-09-02", value(tag("Last week, the firm said on Tuesday it would cut jobs.", THURSDAY),
                "Tuesday"));
    }

    @Test
    void aWeekdayInAClauseOfAfterIsBeforeTheDayEvenWithThrough() {
        List<TemporalExpression> found = tag("The summit closed on Saturday, a day later than planned, after"
                + " negotiators worked through Friday night.", LocalDate.of(2025, 12, 8));
        assertEquals("2025-12-05TNI", value(found, "Friday night"));
    }

    @Test
    void aRangeFromAWeekdayToComeEndsAfterIt() {
        LocalDate monday = LocalDate.of(2025, 3, 3);
        var found = tag("The bridge will close from 10pm on Friday until 6am on Monday.", monday);
        assertEquals("2025-03-07T22:00", found.get(0).value());
        assertEquals("2025-03-10T06:00", found.get(1).value());
        // a range gone still starts before it ends
        assertEquals("2025-02-24", value(tag("The bridge was closed from Monday to Wednesday last week.", monday),
                "Monday"));
        // a night's range of clock times ends the morning after
        var night = tag("The curfew will run from 6 p.m. to 6 a.m. on Saturday.", monday);
        assertEquals(List.of("2025-03-07T18:00", "2025-03-08T06:00"), night.stream().map(TemporalExpression::value)
                .toList());
        night = tag("The road will be closed from 10 p.m. to 5 a.m.", monday);
        assertEquals(List.of("2025-03-03T22:00", "2025-03-04T05:00"), night.stream().map(TemporalExpression::value)
                .toList());
        // two weekdays named alone are a range without "from"
        var week = tag("The shop is open Monday through Friday.", LocalDate.of(2024, 5, 8));
        assertEquals(List.of("2024-05-13", "2024-05-17"), week.stream().map(TemporalExpression::value).toList());
    }

    @Test
    void aWeekdayAndADayOfTheMonthAreInAMonthWhereTheyAgree() {
        assertEquals("2021-03-12", value(tag("The hearing was moved to the 19th of April. Lawyers filed the motion on"
                + " Friday the 12th.", LocalDate.of(2021, 3, 15)), "Friday the 12th"));
    }

    @Test
    void aDayAheadOfTheStoryInAnAsideIsNoDayToCountFrom() {
        assertEquals("2021-12-30TMO", value(tag("He arrived in Melbourne late on Wednesday ahead of the Open, which"
                + " starts on January 17. His visa was cancelled the following morning.", LocalDate.of(2022, 1, 4)),
                "the following morning"));
    }

    @Test
    void aDayCountedFromAYearlyDateIsTheNearestOnTheTensesSide() {
        LocalDate december20 = LocalDate.of(2026, 12, 20);
        assertEquals("2026-12-18", value(tag("A week before Christmas, shops reported record footfall.", december20),
                "A week before Christmas"));
        assertEquals("2026-12-27", value(tag("The sales will start two days after Christmas.", december20),
                "two days after Christmas"));
    }

    @Test
    void aPastVerbOfBeginningGovernsThePlanningAfterIt() {
        assertEquals("2026-01", value(tag("We started planning this in January, the organiser said.",
                LocalDate.of(2026, 7, 28)), "January"));
    }

    /** A time moved to another day keeps its hour (found by ExtractorRobustnessTest: it once lost it, and failed). */
    @Test
    void aTimeMovedToAnotherDayKeepsItsHour() {
        List<TemporalExpression> found = tag("in the last week of June 2008 Power was cut between 2 and 4 a.m. Sunday,",
                LocalDate.of(9, 6, 7));
        assertTrue(value(found, "2").endsWith("T02:00"), value(found, "2"));
    }

    /** "overnight" before a range is no night of its own: the range says which. */
    @Test
    void overnightBeforeARangeIsNoDate() {
        List<TemporalExpression> found = tag("The bridge will be closed overnight from 10pm on Friday until 6am on"
                + " Monday for repairs.", LocalDate.of(2024, 3, 12));
        assertEquals(List.of("10pm on Friday", "6am on Monday"), found.stream().map(TemporalExpression::text).toList());
    }

    /** What is cancelled until a day, and who headlines a festival on one, are of the days to come. */
    @Test
    void cancelledUntilADayAndHeadliningOnOneLookAhead() {
        assertEquals("2023-12-28TMO", value(tag("Trains between Glasgow and Edinburgh were cancelled until Thursday"
                + " morning.", LocalDate.of(2023, 12, 27)), "Thursday morning"));
        LocalDate monday = LocalDate.of(2024, 6, 24);
        assertEquals("2024-06-28", value(tag("Dua Lipa headlines on Friday.", monday), "Friday"));
        assertEquals("2024-06-21", value(tag("The strike made headlines on Friday.", monday), "Friday"));
    }

    /** "later the same day" is a day of the story's, not of a month named since. */
    @Test
    void theSameDayIsTheStorysDayNotAMonthNamedSince() {
        assertEquals("2024-11-07", value(tag("The Bank of England cut interest rates on Thursday, its second cut since"
                + " August. The Federal Reserve cut rates later the same day.", LocalDate.of(2024, 11, 8)),
                "later the same day"));
    }

    /** A break that something comes back after is the nearest one, even in a clause looking ahead. */
    @Test
    void theBreakSomethingReturnsAfterIsTheNearest() {
        assertEquals("2024-SU", value(tag("Schools in England return this week after the summer break.",
                LocalDate.of(2024, 9, 2)), "the summer"));
        assertEquals("2024-SU", value(tag("Parliament will return after the summer recess.", LocalDate.of(2024, 6, 2)),
                "the summer"));
    }

    /** A day counted years back from the publication sets the story there, as a full date does. */
    @Test
    void anAnniversarysDaySetsTheStoryInItsYear() {
        assertEquals("1944-08", value(tag("Eighty years ago today, troops landed on the beaches. By the end of August,"
                + " the capital had been freed.", LocalDate.of(2024, 6, 6)), "the end of August"));
        // not a day a year back, which news compares with
        assertEquals("2024-08", value(tag("A year ago today, the plant shut. By the end of August, it had been sold.",
                LocalDate.of(2025, 6, 6)), "the end of August"));
    }

    /** "the evening of" a day makes the midnight after it the one that ends that day. */
    @Test
    void midnightAfterTheEveningOfADayEndsThatDay() {
        assertEquals("2024-08-16T24:00", value(tag("She was last seen on the evening of Friday, August 16. Her phone"
                + " was switched off shortly after midnight.", LocalDate.of(2024, 9, 2)), "midnight"));
    }

    /** A season a date slipped to after another comes after it, whatever the tense. */
    @Test
    void aSeasonSomethingSlippedToComesAfterTheOneBefore() {
        assertEquals("2025-SU", value(tag("The launch slipped from last autumn to this spring, then to the summer.",
                LocalDate.of(2025, 3, 12)), "the summer"));
    }

    /** A bare "end", "start", "open" or "close" after "a" and a word is a noun, no verb of what is to come. */
    @Test
    void aBareEndAfterAnArticleAndAWordIsANoun() {
        assertEquals("2017-02-26", value(tag("In a chaotic end to the ceremony on Sunday, the wrong film was named best"
                + " picture.", LocalDate.of(2017, 2, 27)), "Sunday"));
        assertEquals("2017-03-05", value(tag("The festival begins on Sunday.", LocalDate.of(2017, 2, 27)), "Sunday"));
    }

    /** A sentence that goes on in the present after an aside's date leaves the story at now. */
    @Test
    void thePresentAfterAnAsidesDateIsNow() {
        assertEquals("2009-07-13", value(tag("The singer died on Thursday. His best-known record, released in November"
                + " 1982, remains a bestseller. He was due to begin a run of concerts on July 13.",
                LocalDate.of(2009, 6, 26)), "July 13"));
    }

    /** A verb in the present after "before", "until" or "once" and its subject tells what is to come. */
    @Test
    void thePresentAfterBeforeAndItsSubjectIsToCome() {
        assertEquals("2019-09-02", value(tag("The storm will strengthen before it reaches the coast on Monday.",
                LocalDate.of(2019, 8, 31)), "Monday"));
        assertEquals("2019-09-02", value(tag("Crews will stay until the river falls on Monday.",
                LocalDate.of(2019, 8, 31)), "Monday"));
    }

    /** A plan told in a relative clause after the story's day may have been missed: the day before is as likely. */
    @Test
    void aThingsPlanInARelativeClauseIsTheNearestDayBefore() {
        assertEquals("2021-11-12", value(tag("Delegates agreed a deal on Saturday night at the talks, which were due to"
                + " end on Friday.", LocalDate.of(2021, 11, 14)), "Friday"));
        // but a plan told of the day's own news goes on from it
        assertEquals("2025-04-08", value(tag("The tariffs, announced on Saturday, were due to take effect on Tuesday.",
                LocalDate.of(2025, 4, 6)), "Tuesday"));
    }

    /** A past perfect in a clause after the weekday's is another's: the story moves on to the nearer weekday. */
    @Test
    void aPastPerfectAfterTheWeekdaysClauseLeavesItTheNearer() {
        assertEquals("1969-08-18TMO", value(tag("The festival began on August 15, 1969, on a farm. The last band closed"
                + " it on the Monday morning, by which time most of the crowd had left.", null), "Monday morning"));
    }

    @Test
    void aReportOfWhatIsToComeIsTheNewsAfterAnEarlierYear() {
        assertEquals("2023-10-01", value(tag("A chapel that was destroyed by fire on Christmas Day 2021 will be"
                + " rebuilt, the diocese said on Sunday.", LocalDate.of(2023, 10, 2)), "Sunday"));
    }

    @Test
    void aPresentPerfectAfterASubjectsDatedClauseTakesTheStoryBackToNow() {
        assertEquals("2024-04-02", value(tag("A man who stole a guitar from a shop in 1994 has been traced after 30"
                + " years. Police said it was recovered from a house on April 2.", LocalDate.of(2024, 4, 15)),
                "April 2"));
    }

    @Test
    void aPastPerfectBeforeTheClausesAndLooksNoFurtherBack() {
        assertEquals("2022-01", value(tag("The pool reopened on Saturday after a refit that began in June 2021. It had"
                + " been closed for nine months, and was due to reopen in January.", LocalDate.of(2022, 3, 28)),
                "January"));
    }

    @Test
    void aPastVerbAndWhereItWasGovernTheDayAfterThem() {
        assertEquals("2024-01-14", value(tag("He was in Paris on January 14.", LocalDate.of(2024, 11, 25)),
                "January 14"));
        assertEquals("2024-01-14", value(tag("He said he was at home on the night of January 14.",
                LocalDate.of(2024, 11, 25)), "January 14"));
    }

    @Test
    void aMonthWhoseStormDidHarmIsTheOneGone() {
        assertEquals("2025-01", value(tag("Residents of counties hit by January's wildfires have until Oct. 15 to"
                + " file.", LocalDate.of(2025, 4, 15)), "January"));
    }

    @Test
    void theSecondOfTwoWeekdaysInTheWeeksOrderFollowsAFirstThatIsTheNewsDay() {
        List<TemporalExpression> found = tag("The warning covers Monday and Tuesday.", LocalDate.of(2022, 7, 18));
        assertEquals("2022-07-18", value(found, "Monday"));
        assertEquals("2022-07-19", value(found, "Tuesday"));
        // named out of the week's order, the second is the day before
        assertEquals("1998-02-05", value(tag("Following are statements made Friday and Thursday by the lawyer.",
                LocalDate.of(1998, 2, 6)), "Thursday"));
    }

    @Test
    void aSinceOfItsOwnYearLeavesALaterDateToItsClause() {
        assertEquals("2023-06-17", value(tag("The band will play their first concert in the town since 1985 on June"
                + " 17.", LocalDate.of(2023, 2, 20)), "June 17"));
    }

    @Test
    void monthsBeforeInAndAYearAreOfThatYear() {
        List<TemporalExpression> found = tag("The race had been moved from April to October in 2021 because of the"
                + " pandemic.", LocalDate.of(2025, 4, 7));
        assertEquals("2021-04", value(found, "April"));
        assertEquals("2021-10", value(found, "October"));
    }

    @Test
    void aMonthInTheAsideOfASpeakerIsTheNewssMonth() {
        assertEquals("2023-11", value(tag("They reached the cup final in 2019. The manager, appointed in November,"
                + " said he would stay.", LocalDate.of(2024, 5, 13)), "November"));
    }

    @Test
    void aVerbInSAfterASubjectsAsideTellsThePresent() {
        assertEquals("2025-02", value(tag("The play, which opened at the National Theatre last month, transfers to the"
                + " West End in February for a 12-week run.", LocalDate.of(2024, 11, 11)), "February"));
    }

    @Test
    void anEndAPastClauseSetsAfterItsSentencesDateFollowsThatDate() {
        LocalDate october = LocalDate.of(2020, 10, 12);
        assertEquals("2020-08", value(tag("In June, he persuaded ministers to extend the scheme until August.",
                october), "August"));
        assertEquals("2020-SU", value(tag("In June, he persuaded ministers to extend the scheme through the summer.",
                october), "the summer"));
        // not one still to come
        assertEquals("2021-08", value(tag("Sales fell in June and will stay low until August.", october), "August"));
        // and what was extended until a date tells no future to the date before it
        List<TemporalExpression> extended = tag("In March, the government extended the scheme until October.",
                LocalDate.of(2020, 12, 12));
        assertEquals("2020-03", value(extended, "March"));
        assertEquals("2020-10", value(extended, "October"));
    }

    @Test
    void whatAPlaceWasToHostIsTheNearestTime() {
        assertEquals("2016-W34-WE", value(tag("Amatrice, which was to host a food festival at the weekend, was almost"
                + " destroyed.", LocalDate.of(2016, 8, 25)), "the weekend"));
    }
}
