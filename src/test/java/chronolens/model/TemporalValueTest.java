package chronolens.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TemporalValueTest {

    @ParameterizedTest(name = "{0} covers {2} to {3}")
    @CsvSource(delimiter = '|', textBlock = """
            1949             | YEAR     | 1949-01-01  | 1949-12-31
            2022-02          | MONTH    | 2022-02-01  | 2022-02-28
            2024-02          | MONTH    | 2024-02-01  | 2024-02-29
            2024-05-16       | DAY      | 2024-05-16  | 2024-05-16
            2024-05-16T20:17 | MINUTE   | 2024-05-16  | 2024-05-16
            2024-05-16T20    | HOUR     | 2024-05-16  | 2024-05-16
            0800-02-29       | DAY      | 0800-02-29  | 0800-02-29
            196              | DECADE   | 1960-01-01  | 1969-12-31
            18               | CENTURY  | 1800-01-01  | 1899-12-31
            BC0221           | YEAR     | -0220-01-01 | -0220-12-31
            BC022            | DECADE   | -0228-01-01 | -0219-12-31
            BC02             | CENTURY  | -0299-01-01 | -0200-12-31
            BC0044-03        | MONTH    | -0043-03-01 | -0043-03-31
            BC0044-03-15     | DAY      | -0043-03-15 | -0043-03-15
            2                | MILLENNIUM | 2000-01-01 | 2999-12-31
            BC2              | MILLENNIUM | -2999-01-01 | -2000-12-31
            2024-SU          | SEASON   | 2024-06-01  | 2024-08-31
            2023-Q1          | QUARTER  | 2023-01-01  | 2023-03-31
            2024-W20         | WEEK     | 2024-05-13  | 2024-05-19
            1914/1918        | YEAR     | 1914-01-01  | 1918-12-31
            """)
    void parsesTimexValuesIntoSpans(String timex, Granularity granularity, String first, String last) {
        TemporalValue v = TemporalValue.parse(timex).orElseThrow();
        assertEquals(timex, v.timex());
        assertEquals(granularity, v.granularity());
        assertEquals(LocalDate.parse(first), v.startDate());
        assertEquals(LocalDate.parse(last), v.endDate());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "P2D", "PRESENT_REF", "XXXX-05", "2023-02-31", "2024-13", "BC0000", "BC0000-03",
        "BC0044-13", "soon", "19490", "2024-5-16", "2024-05-16T24", "2024-05-16T20:60", "2024-05-16 20:17", "2O24"})
    void refusesValuesThatNameNoDefiniteSpan(String timex) {
        assertEquals(Optional.empty(), TemporalValue.parse(timex));
    }

    @Test
    void aDayOfTheYearZeroIsWrittenAsTheYearOneBc() {
        assertEquals("BC0001-05-16", TemporalValue.parse("0000-05-16").orElseThrow().timex());
    }

    @ParameterizedTest(name = "{0} reads \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            1949             | 1949
            0800             | AD 800
            2022-02          | February 2022
            2024-05-16       | 16 May 2024
            2024-05-16T20:17 | 16 May 2024, 20:17
            196              | the 1960s
            18               | the 19th century
            BC0221           | 221 BC
            BC02             | the 3rd century BC
            BC0044-03        | March 44 BC
            BC0044-03-15     | 15 March 44 BC
            2                | the 3rd millennium
            BC2              | the 3rd millennium BC
            2024-SP          | spring 2024
            2023-Q1          | Q1 2023
            MA66             | 66 million years ago
            GA4.5            | 4.5 billion years ago
            1914/1918        | 1914–1918
            198/199          | the 1980s–1990s
            """)
    void labelsReadAsAPersonWouldSayThem(String timex, String label) {
        assertEquals(label, TemporalValue.parse(timex).orElseThrow().label());
    }

    @Test
    void dayRangeInOneMonthSharesTheMonthName() {
        TemporalValue visit = TemporalValue.spanning(TemporalValue.ofDay(LocalDate.of(2024, 5, 16)),
                TemporalValue.ofDay(LocalDate.of(2024, 5, 17)));
        assertEquals("16–17 May 2024", visit.label());
        assertEquals(2.0, visit.end() - visit.start());
    }

    @Test
    void approximateValuesSayCirca() {
        assertEquals("c. 1200", TemporalValue.ofYear(1200).asApproximate().label());
        assertTrue(TemporalValue.ofYear(1200).asApproximate().approximate());
    }

    @Test
    void yearZeroIsOneBcAndPrecedesAdOne() {
        TemporalValue oneBc = TemporalValue.ofYear(0);
        TemporalValue adOne = TemporalValue.ofYear(1);
        assertEquals("BC0001", oneBc.timex());
        assertEquals("1 BC", oneBc.label());
        assertEquals(oneBc.end(), adOne.start());
    }

    @Test
    void bcYearsPlaceBeforeAdYears() {
        assertTrue(TemporalValue.parse("BC0221").orElseThrow().end() < TemporalValue.ofYear(1).start());
    }

    @Test
    void deepTimeHasNoCalendarDatesButPlacesOnTheAxis() {
        TemporalValue dinosaurs = TemporalValue.yearsAgo(66e6);
        assertEquals("MA66", dinosaurs.timex());
        assertNull(dinosaurs.startDate());
        assertTrue(dinosaurs.start() < TemporalValue.parse("BC0221").orElseThrow().start());
        TemporalValue earth = TemporalValue.yearsAgo(4.5e9);
        assertEquals(Granularity.BILLION_YEARS, earth.granularity());
        assertTrue(earth.start() < dinosaurs.start());
    }

    @Test
    void decadeAndCenturyFactoriesAgreeWithParsing() {
        assertEquals(TemporalValue.parse("196").orElseThrow(), TemporalValue.ofDecade(1960));
        assertEquals(TemporalValue.parse("18").orElseThrow(), TemporalValue.ofCentury(19, false));
        assertEquals(TemporalValue.parse("BC02").orElseThrow(), TemporalValue.ofCentury(3, true));
    }

    @Test
    void anchoredValuesAreAnchored() {
        assertTrue(TemporalValue.ofYear(2024).isAnchored());
        assertFalse(Granularity.YEAR.isDeepTime());
    }
}
