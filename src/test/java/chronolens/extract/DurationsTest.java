package chronolens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            P2D     | P2D
            P3Q     | P9M
            P1DE    | P10Y
            PXDE    | PXDE
            PXY     | PXY
            PXTH    | PTXH
            P2TH    | PT2H
            P2.5Y   | P2Y6M
            P0.5TH  | PT30M
            P5.5TH  | PT5H30M
            P1.5TM  | PT1M30S
            P1.5D   | P1DT12H
            P0.5W   | P0.5W
            P1.5M   | P1.5M
            PT5M    | PT5M
            P007D   | P7D
            P0Y     | P0Y
            P10DE   | P100Y
            P3TM    | PT3M
            P2ML    | P2000Y
            P8D3TH18TM | P8DT3H18M
            P102TH45TM | PT102H45M
            P4Y2M   | P4Y2M
            P6M18M  | P6M18M
            P2TH1D  | P2TH1D
            """)
    void normalizesToTimeMl(String raw, String timeMl) {
        assertEquals(timeMl, Durations.normalize(raw));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"P6M18M", "P2TH1D", "P1W2D", "P2D", "P1.5Y2M"})
    void aCompoundNeedsTwoWholeCountsInFallingUnits(String raw) {
        assertNull(Durations.compound(raw), raw);
    }
}
