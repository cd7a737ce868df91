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
}
