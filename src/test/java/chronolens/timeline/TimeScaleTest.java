package chronolens.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chronolens.model.EpochDays;
import chronolens.model.TemporalValue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeScaleTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            0,       0.5,     0
            0,       0.5,     1234.5
            19000,   3.0,     19123.25
            -80000,  0.01,    -79000
            """)
    void dayToPixelAndBackIsTheSameDay(double origin, double pxPerDay, double day) {
        TimeScale scale = new TimeScale(origin, pxPerDay);
        assertEquals(day, scale.toDay(scale.toPixel(day)), 1e-9);
    }

    @Test
    void fitPutsStartAtZeroAndEndAtWidth() {
        TimeScale scale = TimeScale.fit(100, 200, 1000);
        assertEquals(0, scale.toPixel(100), 1e-9);
        assertEquals(1000, scale.toPixel(200), 1e-9);
        assertEquals(200, scale.endDay(1000), 1e-9);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            0,     2
            300,   2
            300,   0.5
            999,   10
            """)
    void zoomAroundAPivotKeepsTheTimeUnderIt(double pivot, double factor) {
        TimeScale scale = TimeScale.fit(EpochDays.ofYear(1900), EpochDays.ofYear(2000), 1000);
        TimeScale zoomed = scale.zoomedAround(pivot, factor);
        assertEquals(scale.toDay(pivot), zoomed.toDay(pivot), 1e-6);
        assertEquals(scale.pixelsPerDay() * factor, zoomed.pixelsPerDay(), 1e-15);
    }

    @Test
    void panningMovesContentByThePixels() {
        TimeScale scale = TimeScale.fit(0, 1000, 500);
        TimeScale panned = scale.pannedBy(50);
        assertEquals(scale.toPixel(400) + 50, panned.toPixel(400), 1e-9);
    }

    @Test
    void yearsBeforeChristRoundTripAndSitLeftOfAdOne() {
        TimeScale scale = TimeScale.fit(EpochDays.ofYear(-500), EpochDays.ofYear(500), 1000);
        double bc221 = TemporalValue.ofYear(-220).start();
        double ad1 = TemporalValue.ofYear(1).start();
        assertEquals(bc221, scale.toDay(scale.toPixel(bc221)), 1e-6);
        assertTrue(scale.toPixel(bc221) < scale.toPixel(ad1));
        assertEquals(500 - 220.5, scale.toPixel(bc221), 1.0);
    }

    @Test
    void deepTimeRoundTripsToWithinAFewDays() {
        double bigBang = EpochDays.yearsBefore(13.8e9, 2000);
        TimeScale scale = TimeScale.fit(EpochDays.yearsBefore(14e9, 2000), EpochDays.of(LocalDate.of(2024, 1, 1)),
                1600);
        double x = scale.toPixel(bigBang);
        assertEquals(1600 * 0.2 / 14, x, 0.1);
        assertEquals(bigBang, scale.toDay(x), Math.abs(bigBang) * 1e-12);
        TimeScale zoomed = scale.zoomedAround(x, 1e6);
        assertEquals(bigBang, zoomed.toDay(x), Math.abs(bigBang) * 1e-12);
    }

    @Test
    void rejectsEmptyRangesAndBadFactors() {
        assertThrows(IllegalArgumentException.class, () -> TimeScale.fit(5, 5, 100));
        assertThrows(IllegalArgumentException.class, () -> TimeScale.fit(0, 5, 0));
        assertThrows(IllegalArgumentException.class, () -> new TimeScale(0, 1).zoomedAround(0, 0));
    }
}
