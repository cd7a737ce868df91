package chronolens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chronolens.model.Article;
import chronolens.model.DocumentDate;
import chronolens.model.TemporalValue;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DocumentDatingTest {
    private static final Pipeline PIPELINE = new Pipeline();

    private static DocumentDate date(String text) {
        return PIPELINE.extract(new Article("t", text)).documentDate();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The festival marks 50 years since the town was founded in 1970.                 | 2020
            Crowds gathered for the 30th anniversary of the fall of the wall in 1989.         | 2019
            She won a four-year term, which keeps her in office until 2027.                   | 2023
            Officials celebrated 10 years after the bridge opened in 2005.                    | 2015
            The city held a parade for the fiftieth anniversary of its founding in 1968.      | 2018
            The treaty was signed in 1994, 25 years ago, and still holds.                      | 2019
            Fans celebrated the club's 100-year anniversary; it was founded in 1921.           | 2021
            This year's 2018 festival drew record crowds.                                      | 2018
            Crowds marked the 25th anniversary of the landing on July 20, 1969.                | 1994
            It is 30 years since the Berlin Wall fell on 9 November 1989.                      | 2019
            A decade after the 2015 Paris accord, emissions are still rising.                  | 2025
            This year's 50th anniversary of the fall drew crowds. On April 30, 1975, tanks came. | 2025
            Crowds came for the bicentenary of the canal's opening in 1825.                     | 2025
            The hall, which opened in 1924, was due to mark its centenary with a festival last year. | 2025
            The club, founded in 1975, will celebrate its 50th anniversary next year.            | 2024
            """)
    void infersTheYearFromStatedArithmetic(String text, String year) {
        DocumentDate d = date(text);
        assertEquals(DocumentDate.Origin.INFERRED, d.origin());
        assertEquals(year, d.value().timex());
        assertTrue(d.evidence() != null && !d.evidence().isBlank());
    }

    @Test
    void latestYearIsWeakEvidence() {
        DocumentDate d = date("The company was founded in 1990 and listed in 2001.");
        assertEquals("2001", d.value().timex());
        assertTrue(d.confidence() < 0.5);
    }

    @Test
    void aYearComparedWithLastYearIsNotLastYear() {
        DocumentDate d = date("Last year was the hottest on record, surpassing 2023. Talks resume in March.");
        assertTrue(d.confidence() < 0.5 && !d.value().timex().equals("2024"),
                "'last year' is after 2023, so the article is not from 2024; only the weak latest-year guess: " + d);
    }

    @Test
    void aYearFarFromLastYearInItsSentenceIsNotLastYear() {
        DocumentDate d = date("The mill, which first opened in 1924 on the river bank, was sold last year.");
        assertTrue(d.confidence() < 0.5, "'last year' is not said of 1924, so only the weak latest-year guess: " + d);
    }

    @Test
    void aSeasonAcrossTwoYearsCountsAsItsFirstYear() {
        DocumentDate d = date("He joined in August 2021 and was the best player in the 2023-24 season.");
        assertEquals("2023", d.value().timex());
        assertTrue(d.confidence() < 0.5);
    }

    @Test
    void theYearANarrativeReachedIsNoEvidenceOfTheArticlesYear() {
        DocumentDate d = date("She moved to Paris in 1891. Biographers agree on the year: in 1903 she won the prize. "
                + "She died in 1934.");
        assertTrue(d.confidence() < 0.5, "only the latest year mentioned, weak: " + d);
        assertEquals("1934", d.value().timex());
    }

    @Test
    void aYearAfterSinceIsNoGuessAtTheArticlesYear() {
        DocumentDate d = date("United won on Saturday, their first win at the ground since 2019.");
        assertEquals(DocumentDate.Origin.NONE, d.origin(), "written after 2019, not in it: " + d);
    }

    @Test
    void noEvidenceMeansNoDate() {
        DocumentDate d = date("The minister said on Friday that talks would continue.");
        assertEquals(DocumentDate.Origin.NONE, d.origin());
        assertNull(d.value());
    }

    @Test
    void givenDateWins() {
        Article a = new Article("t", "Ten years since 1990.", DocumentDate.given(TemporalValue.ofYear(1999)));
        assertEquals(DocumentDate.Origin.GIVEN, PIPELINE.extract(a).documentDate().origin());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "LONDON, Oct. 3, 2025 \u2014 The architect died on Thursday.",
        "WASHINGTON (Reuters), Oct. 3, 2025 - Talks resumed on Thursday.",
        "NEW YORK, October 3, 2025 (AP) -- Shares fell on Thursday.",
        "ST. PAUL, Minn., Oct. 3, 2025: The council met on Thursday."})
    void aNewsDatelineDatesTheArticle(String text) {
        assertNewsDateline(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Retailer lifts outlook\n\nNEW YORK, Oct. 3, 2025 (Reuters) - Shares fell on Thursday.",
        "Retailer lifts outlook after strong quarter\nLONDON, Oct. 3, 2025 \u2014 Shares fell on Thursday."})
    void aNewsDatelineUnderAHeadlineDatesTheArticle(String text) {
        assertNewsDateline(text);
    }

    private static void assertNewsDateline(String text) {
        DocumentDate d = date(text);
        assertEquals("2025-10-03", d.value().timex(), text);
        assertTrue(d.confidence() >= 0.9);
        assertEquals("2025-10-02", PIPELINE.extract(new Article("t", text)).timexes().get(1).value());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "Paris, Oct. 3, 2025 \u2014 the talks began there.",
        "In LONDON on Oct. 3, 2025 - the talks began.",
        "LONDON, Oct. 3, 2025 the talks began."})
    void aPlaceAndDateInASentenceIsNoDateline(String text) {
        assertTrue(date(text).confidence() < 0.9, text);
    }

    @Test
    void aPublishedLineWithItsWeekdayDatesTheArticleAndIsNoEvent() {
        String text = "Published: Tuesday, 14 May 2024\n\nThe council approved the budget on Monday.";
        assertEquals("2024-05-14", date(text).value().timex());
        var events = PIPELINE.extract(new Article("t", text)).events();
        assertEquals(List.of("2024-05-13"), events.stream().map(e -> e.when().timex()).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Published 3 June 2024.\nThe council approved the budget.",
        "Council approves budget\n3 June 2024\nThe council approved the budget.",
        "Monday, 3 June 2024\n\nCouncil approves budget\n\nThe council approved the budget.",
        "PARIS, June 3, 2024 (AP) \u2014 The council approved the budget."})
    void aDateLineEndingInAPeriodIsNoLede(String text) {
        var events = PIPELINE.extract(new Article("t", text)).events();
        assertEquals(List.of("The council approved the budget"), events.stream().map(e -> e.title()).toList());
        assertEquals("2024-06-03", events.get(0).when().timex());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Storm hits coast\n\n4 March 2025 | 10:32 GMT\n\nThe storm hit on Tuesday.",
        "Published: Tuesday 4 March 2025, 06:45\n\nThe storm hit on Tuesday.",
        "Storm hits coast\n4 March 2025 10:32 UTC\nThe storm hit on Tuesday.",
        "Storm hits coast\n\nMar 4, 2025, 10:32 AM ET\n\nThe storm hit on Tuesday.",
        "Posted on 4th March 2025 at 9:15am\n\nThe storm hit on Tuesday.",
        "Storm hits coast\n\nBy Jane Doe | March 4, 2025\n\nThe storm hit on Tuesday.",
        "Storm hits coast\n\nFirst published on Tue 4 Mar 2025 10.32 GMT\n\nThe storm hit on Tuesday.",
        "Storm hits coast\n\nMarch 4, 2025 / 10:32 AM / Updated 2 hours ago\n\nThe storm hit on Tuesday.",
        "Storm hits coast\n\n4 March 2025 \u2022 3 min read\n\nThe storm hit on Tuesday.",
        "Storm hits coast\n\n2025-03-04T10:32:00Z\n\nThe storm hit on Tuesday."})
    void aDateLineWithItsClockTimeDatesTheArticle(String text) {
        DocumentDate d = date(text);
        assertEquals("2025-03-04", d.value().timex(), text);
        assertTrue(d.confidence() >= 0.9, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Storm hits coast\n4 March 2025, when the storm hit at 10:32 GMT\n",
        "Storm hits coast\nIn Paris on March 4, 2025 it rained.\n",
        "Storm hits coast\nBy March 4, 2025 | the storm had passed.\n"})
    void aDateWithWordsBesideItIsNoDateLine(String text) {
        assertTrue(date(text).confidence() < 0.9, text);
    }

    @Test
    void aDateLineDatesTheArticle() {
        DocumentDate d = date("Leaders meet\nMay 16, 2024\nThe leaders met in the capital.");
        assertEquals("2024-05-16", d.value().timex());
    }
}
