package chronolens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chronolens.model.DocumentDate;
import chronolens.model.DocumentType;
import chronolens.model.Sentence;
import chronolens.model.TemporalValue;
import chronolens.model.TimeExpression;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnchoringTest {
    private static final Pipeline PIPELINE = new Pipeline();

    private static List<TimeExpression> anchor(String text, DocumentDate date, DocumentType type) {
        List<Sentence> s = PIPELINE.sentences(text);
        return PIPELINE.anchor(text, s, PIPELINE.mentions(text, s), Pipeline.context(date, type));
    }

    private static DocumentDate day(String iso) {
        return DocumentDate.fromFile(TemporalValue.parse(iso).orElseThrow());
    }

    @Test
    void monthWithoutYearTakesDocumentYearInNews() {
        assertEquals("2024-03", anchor("Talks resumed in March.", day("2024-05-16"), DocumentType.NEWS).get(0).value());
    }

    @Test
    void pastTenseMonthAfterTheDocumentMonthIsLastYear() {
        assertEquals("2023-11", anchor("Talks collapsed in November.", day("2024-05-16"), DocumentType.NEWS)
                .get(0).value());
    }

    @Test
    void withoutADocumentDateAYearlessDateTakesTheYearTheStoryReached() {
        for (DocumentType type : DocumentType.values()) {
            List<TimeExpression> t = anchor("The rocket left on July 16, 1969. It landed at 20:17 UTC on July 20. "
                    + "The crew came home on July 24.", DocumentDate.none(), type);
            assertEquals(List.of("1969-07-16", "1969-07-20T20:17", "1969-07-24"),
                    t.stream().map(TimeExpression::value).toList(), type.name());
            assertTrue(t.get(2).derivation().describe().contains("the last date mentioned"),
                    t.get(2).derivation().describe());
        }
        TimeExpression deictic = anchor("The rocket left on July 16, 1969. He spoke yesterday.", DocumentDate.none(),
                DocumentType.NEWS).get(1);
        assertNull(deictic.resolved(), "yesterday counts from the unknown article date, not the story");
    }

    @Test
    void theFollowingSpringAndThatSummerCountFromTheStoryEvenInNews() {
        List<TimeExpression> t = anchor("They fled on April 30, 1975, and settled in California the following "
                + "spring. That summer they found work. Next spring they will go back.", day("2025-05-06"),
                DocumentType.NEWS);
        assertEquals(List.of("1975-04-30", "1976-SP", "1976-SU", "2026-SP"),
                t.stream().map(TimeExpression::value).toList(), "'next spring' stays the writer's");
        assertTrue(t.get(1).derivation().describe().contains("the last date mentioned"),
                t.get(1).derivation().describe());
    }

    @Test
    void weeksCountedFromASpanOfYearsStayUnresolved() {
        List<TimeExpression> t = anchor("He starred in the 2023-24 season. Three weeks on, he was hurt.",
                DocumentDate.none(), DocumentType.NARRATIVE);
        assertEquals("2023/2024", t.get(0).value());
        assertNull(t.get(1).resolved(), "no week of two years is meant: " + t.get(1).value());
    }

    @Test
    void theFifteenthIsADayOfTheMonthInScope() {
        List<TimeExpression> t = anchor("The strike began on 14 June. The last walkout, on the 3rd, cost millions.",
                day("2025-06-20"), DocumentType.NEWS);
        assertEquals(List.of("2025-06-14", "2025-06-03"), t.stream().map(TimeExpression::value).toList());
        List<TimeExpression> alone = anchor("The offer expired on the 28th.", day("2025-06-20"), DocumentType.NEWS);
        assertEquals("2025-05-28", alone.get(0).value(), "told in the past, the 28th still ahead: last month's");
        assertTrue(anchor("He lives on the 28th floor.", DocumentDate.none(), DocumentType.NEWS).isEmpty(),
                "a rank before a noun is no date");
    }

    @Test
    void aDateAfterSinceDoesNotMoveTheStory() {
        List<TimeExpression> t = anchor("Stocks had their worst day since October 1974. It was the third cut since "
                + "September.", DocumentDate.none(), DocumentType.NEWS);
        assertNull(t.get(1).resolved(), "September is not in 1974: " + t.get(1).value());
        List<TimeExpression> season = anchor("Fees stay frozen in the 2024-25 academic year, as they have been since "
                + "the 2017/18 academic year. Courses start next September.", DocumentDate.none(),
                DocumentType.NARRATIVE);
        assertEquals("2025-09", season.get(2).value(), "counted from 2024-25, not from 2017/18");
    }

    @Test
    void aDecadeTheStoryReachedNamesNoYearForAMonth() {
        String text = "Emissions peaked in the late 1970s. New targets are due by September.";
        assertNull(anchor(text, DocumentDate.none(), DocumentType.NARRATIVE).get(1).resolved(),
                "not September 1970");
        assertEquals("2025-09", anchor(text, day("2025-03-01"), DocumentType.NARRATIVE).get(1).value(),
                "with the article's date known, its year");
    }

    @Test
    void aStoryMovesOnFromItsLastDateWithNoTenseToSayOtherwise() {
        List<TimeExpression> t = anchor("2007 \u2014 The phone is unveiled in January and goes on sale on June 29.",
                DocumentDate.none(), DocumentType.NARRATIVE);
        assertEquals(List.of("2007", "2007-01", "2007-06-29"), t.stream().map(TimeExpression::value).toList());
    }

    @Test
    void aPartOfADayCountsFromADayNotFromAYear() {
        List<TimeExpression> t = anchor("The gust broke a record set in 1945. Engineers worked overnight to restore "
                + "power.", day("2025-01-25"), DocumentType.NEWS);
        assertEquals(List.of("1945", "2025-01-24TNI"), t.stream().map(TimeExpression::value).toList());
        List<TimeExpression> none = anchor("The record was set in 1945. Crews worked overnight to clear the line.",
                DocumentDate.none(), DocumentType.NARRATIVE);
        assertNull(none.get(1).resolved(), "no day is known: " + none.get(1).value());
    }

    @Test
    void anAmbiguousNumericDateTakesTheOrderOfTheTextsOtherNumericDates() {
        assertEquals(List.of("2025-03-13", "2025-03-04"), anchor("Tickets dated 13/03/2025 or 04/03/2025 are valid.",
                DocumentDate.none(), DocumentType.NEWS).stream().map(TimeExpression::value).toList());
        assertEquals(List.of("2025-04-03", "2025-03-13"), anchor("Tickets dated 04/03/2025 or 03/13/2025 are valid.",
                DocumentDate.none(), DocumentType.NEWS).stream().map(TimeExpression::value).toList());
        assertTrue(anchor("Tickets dated 04/03/2025 remain valid.", DocumentDate.none(), DocumentType.NEWS).isEmpty(),
                "with nothing to tell the order, no guess");
    }

    @Test
    void aDateInAnAsideDoesNotMoveTheStory() {
        List<TimeExpression> t = anchor("The chief executive, who took over in January 2023, said results for the "
                + "first quarter are due in late July.", DocumentDate.none(), DocumentType.NEWS);
        assertNull(t.get(1).resolved(), "the first quarter of no known year, not of 2023: " + t.get(1).value());
    }

    @Test
    void clockTimesKeepTheirSecondsAndMidnightEndsItsDay() {
        List<TimeExpression> t = anchor("Talks broke down at 14:32:07 on Tuesday. The strike will start at midnight "
                + "on Friday.", day("2025-06-11"), DocumentType.NEWS);
        assertEquals(List.of("2025-06-10T14:32:07", "2025-06-13T24:00"),
                t.stream().map(TimeExpression::value).toList());
        assertEquals(TemporalValue.parse("2025-06-14T00:00").orElseThrow().start(), t.get(1).resolved().start(),
                "T24:00 is the end of Friday, the start of Saturday");
    }

    @Test
    void aClockTimeTakesTheDayNamedRightAfterIt() {
        List<TimeExpression> t = anchor("Apollo 11 lifted off at 09:32 EDT (13:32 UTC) on July 16, 1969.",
                DocumentDate.none(), DocumentType.NARRATIVE);
        assertEquals(List.of("1969-07-16T09:32", "1969-07-16T13:32", "1969-07-16"),
                t.stream().map(TimeExpression::value).toList());
        List<TimeExpression> apart = anchor("The crew woke at 06:00. On July 20, 1969, they landed.",
                DocumentDate.none(), DocumentType.NARRATIVE);
        assertNull(apart.get(0).resolved(), "a day in the next sentence is not the time's day");
    }

    @Test
    void inALifeStoryNextMonthToldInTheFutureIsTheWritersNotTheStorys() {
        String text = "He retired in the spring of 2011. A memorial will be held next month.";
        List<TimeExpression> none = anchor(text, DocumentDate.none(), DocumentType.NARRATIVE);
        assertEquals(List.of("2011-SP", "XXXX-XX"), none.stream().map(TimeExpression::value).toList());
        assertNull(none.get(1).resolved(), "the article's date is unknown, so the writer's next month is too");
        List<TimeExpression> dated = anchor(text, day("2025-06-10"), DocumentType.NARRATIVE);
        assertEquals("2025-07", dated.get(1).value());
        List<TimeExpression> told = anchor("He retired in March 2011. The next month he will move.",
                DocumentDate.none(), DocumentType.NARRATIVE);
        assertEquals("2011-04", told.get(1).value(), "'the next month' is the story's, whatever the tense");
    }

    @Test
    void aYearlessDateOpeningARangeTakesTheYearThatClosesIt() {
        assertEquals(List.of("2021-04", "2021-10"), values("The expedition ran from April to October 2021.",
                "2026-03-01"));
        assertEquals(List.of("2020-12", "2021-02"), values("The season ran from December to February 2021.",
                "2026-03-01"));
        assertEquals(List.of("2020-05-03", "2020-06-01"), values("It runs between May 3 and June 1, 2020.",
                "2026-03-01"));
        assertEquals("2025-04", values("It rained in April, and in May 2020 it snowed.", "2025-06-01").get(0),
                "no range: April is the article's");
    }

    @Test
    void theFirstWeekdayOfARangeIsInTheWeekOfItsLast() {
        assertEquals(List.of("2025-03-07", "2025-03-09"), values("The festival runs from Friday through Sunday.",
                "2025-03-05"));
        assertEquals(List.of("2025-02-24", "2025-02-28"), values("The strike lasted Monday to Friday.",
                "2025-03-05"));
        assertEquals(List.of("2025-02-28", "2025-02-27"), values("He spoke Friday and Thursday.", "2025-03-05"),
                "two days named, no range");
    }

    @Test
    void withoutADocumentDateABareYearOrADeicticSeasonGivesNoYear() {
        List<TimeExpression> t = anchor("The bridge, which opened in 1931, carried cars until last spring. A meeting "
                + "is planned for March 3.", DocumentDate.none(), DocumentType.NEWS);
        assertEquals(List.of("1931", "XXXX-SP", "XXXX-03-03"), t.stream().map(TimeExpression::value).toList());
        assertNull(t.get(1).resolved(), "last spring counts from the unknown article date");
        assertNull(t.get(2).resolved(), "a year said in passing does not date a later March 3");
    }

    @Test
    void centuriesCountAcrossTheEraLikeYears() {
        List<TimeExpression> t = anchor("In 509 BC the king fled. Two centuries later the city fell. In 60 BC the "
                + "wall rose. A century later it fell.", DocumentDate.none(), DocumentType.NARRATIVE);
        // 309 BC lies in the 4th century BC (400-301 BC); AD 41 in the 1st century AD
        assertEquals(List.of("BC0509", "BC03", "BC0060", "00"), t.stream().map(TimeExpression::value).toList());
    }

    @Test
    void relativeDateStaysUnresolvedWithoutDocumentDate() {
        TimeExpression t = anchor("He said yesterday.", DocumentDate.none(), DocumentType.NEWS).get(0);
        assertEquals("XXXX-XX-XX", t.value());
        assertNull(t.resolved());
    }

    @Test
    void yesterdayAgainstAYearOnlyDateKeepsTheYear() {
        TimeExpression t = anchor("He said yesterday.", DocumentDate.given(TemporalValue.ofYear(2024)),
                DocumentType.NEWS).get(0);
        assertEquals("2024", t.value());
    }

    @Test
    void narrativeCountsFromTheLastDateReached() {
        List<TimeExpression> t = anchor("The siege began on 3 March 1801. Two days later the town fell.",
                DocumentDate.none(), DocumentType.NARRATIVE);
        assertEquals(List.of("1801-03-03", "1801-03-05"), t.stream().map(TimeExpression::value).toList());
    }

    @Test
    void aDateToldInThePastPerfectLooksBackAndTheStoryStaysWhereItWas() {
        List<TimeExpression> t = anchor("The probe landed on 18 February 2021. It had left Earth on 30 July 2020 "
                + "and reached orbit the next day. Two months later, on April 19, its drone flew.", DocumentDate.none(),
                DocumentType.NARRATIVE);
        assertEquals(List.of("2021-02-18", "2020-07-30", "2020-07-31", "2021-04", "2021-04-19"),
                t.stream().map(TimeExpression::value).toList());
        List<TimeExpression> onward = anchor("The probe landed on 18 February 2021. By 30 July 2021 it had driven "
                + "a mile. Two days later it stopped.", DocumentDate.none(), DocumentType.NARRATIVE);
        assertEquals("2021-08-01", onward.get(2).value(), "a past perfect that moves forward still moves the story");
    }

    @Test
    void weekdayFollowsTense() {
        assertEquals("2024-05-10", anchor("He spoke on Friday.", day("2024-05-16"), DocumentType.NEWS).get(0).value());
        assertEquals("2024-05-17", anchor("He will speak on Friday.", day("2024-05-16"), DocumentType.NEWS)
                .get(0).value());
    }

    @Test
    void thirtyFirstOfFebruaryIsDropped() {
        assertEquals(List.of(), anchor("on 31 February 2023", day("2024-05-16"), DocumentType.NEWS));
    }

    @Test
    void derivationShowsTheArithmetic() {
        TimeExpression t = anchor("two years ago", day("2024-05-16"), DocumentType.NEWS).get(0);
        assertEquals("2022", t.value());
        assertTrue(t.derivation().describe().contains("2024-05-16 minus 2 years = 2022"), t.derivation().describe());
    }

    private static List<String> values(String text, String dct) {
        return anchor(text, day(dct), DocumentType.NEWS).stream().map(TimeExpression::value).toList();
    }

    @Test
    void yearEarlierComparesTheQuarterUnderDiscussion() {
        assertEquals(List.of("1989-Q3", "1988-Q3", "1988-Q3"), values("Third-quarter profit rose 5%. "
                + "Sales were flat from a year earlier. Revenue fell from a year earlier.", "1989-10-26"));
    }

    @Test
    void comparisonOverNineMonthsIsTheYearBefore() {
        assertEquals(List.of("1989-Q3", "P9M", "1988"), values("Third-quarter profit rose. For the nine months, "
                + "net rose from a year earlier.", "1989-10-26"));
    }

    @Test
    void latestQuarterIsTheLastCompletedOne() {
        assertEquals(List.of("1989-Q4", "1989-Q3"), values("It expects a fourth-quarter loss. Sales in the latest "
                + "quarter fell.", "1989-11-02"));
    }

    @Test
    void yearPeriodTakesTheQuarterUnderDiscussion() {
        assertEquals(List.of("1989-Q3", "1988-Q3"), values("Third-quarter net fell. It earned more in the 1988 "
                + "quarter.", "1989-10-26"));
    }

    @Test
    void dividendPayableInAPastTenseReportIsAhead() {
        assertEquals(List.of("1989-12-15"), values("The company declared a dividend, payable Dec. 15.",
                "1989-10-26"));
    }

    @Test
    void yearlessMonthWithoutTenseIsTheNearestLeaningPast() {
        assertEquals(List.of("1997-10", "PRESENT_REF"), values("Her properties, worth much in October, are worth "
                + "half that now.", "1998-01-08"));
        assertEquals(List.of("1999-04"), values("They can take part in the summit in April.", "1998-12-05"));
    }
}
