package chronolens.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EpochDaysTest {

    @ParameterizedTest
    @ValueSource(longs = {-13_800_000_000L, -66_000_000L, -10_000L, -220, 0, 1, 1949, 2024, 9999})
    void yearsRoundTripThroughTheAxis(long year) {
        assertEquals(year, EpochDays.yearOf(EpochDays.ofYear(year)));
        assertEquals(year, EpochDays.yearOf(EpochDays.ofYear(year + 1) - 0.5));
    }

    @Test
    void calendarDatesAreWholeDaysSinceTheUnixEpoch() {
        assertEquals(0.0, EpochDays.of(LocalDate.of(1970, 1, 1)));
        assertEquals(LocalDate.of(2024, 5, 16), EpochDays.toDate(EpochDays.of(LocalDate.of(2024, 5, 16))));
        assertEquals(0.5, EpochDays.of(LocalDateTime.of(1970, 1, 1, 12, 0)));
    }

    @Test
    void deepTimeHasNoCalendarDate() {
        assertEquals(null, EpochDays.toDate(EpochDays.ofYear(-13_800_000_000L)));
    }

    @Test
    void fractionalYearGrowsThroughTheYear() {
        assertEquals(2024.5, EpochDays.fractionalYear(EpochDays.of(LocalDateTime.of(2024, 7, 2, 0, 0))), 0.01);
    }
}
