package chronolens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import chronolens.model.Article;
import chronolens.model.DocumentDate;
import chronolens.model.TemporalValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A happening whose clause says how long it lasted runs from its date for that long. */
class LastingTest {
    private static final Pipeline PIPELINE = new Pipeline();

    private static List<String> dates(String text) {
        Article a = new Article("t", text, DocumentDate.given(TemporalValue.ofYear(2020)));
        return PIPELINE.extract(a).events().stream().map(e -> e.when().start() + "|" + e.when().end()).toList();
    }

    /** The start of {@code from} and the end of {@code to}, as {@link #dates} writes an event's stretch. */
    private static String range(String from, String to) {
        return TemporalValue.parse(from).orElseThrow().start() + "|" + TemporalValue.parse(to).orElseThrow().end();
    }

    @Test
    void aThreeDayHappeningInTheSubjectRunsThreeDaysFromItsDate() {
        assertEquals(List.of(range("1969-08-15", "1969-08-17")),
                dates("The three-day festival opened on 15 August 1969."));
    }

    @Test
    void whatIsExpectedToLastRunsThatLong() {
        assertEquals(List.of(range("2024-09", "2025-02")),
                dates("An inquiry will begin in September 2024 and is expected to last six months."));
    }

    @Test
    void theLengthOfSomethingElseOrAnEndDatesOnlyTheDay() {
        assertEquals(List.of(range("2022-07-01", "2022-07-01")),
                dates("Their coach signed a new three-year contract on 1 July 2022."));
        assertEquals(List.of(range("1969-08-18", "1969-08-18")),
                dates("The three-day festival ended on 18 August 1969."));
        assertEquals(List.of(range("2024", "2024")),
                dates("The two-day state visit took place in 2024."));
    }
}
