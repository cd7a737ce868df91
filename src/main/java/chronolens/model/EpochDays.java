package chronolens.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoField;

/**
 * The time axis: a point in time as a {@code double} count of days since 1970-01-01 (proleptic Gregorian,
 * astronomical years, so year 0 is 1 BC). A double reaches the Big Bang and still resolves seconds today,
 * and nothing caps it at java.time's range; inside that range calendar arithmetic goes through java.time.
 */
public final class EpochDays {
    /** Mean Gregorian year in days, used beyond java.time's range. */
    public static final double DAYS_PER_YEAR = 365.2425;
    private static final long MAX_CALENDAR_YEAR = 999_999_999L;

    private EpochDays() {
    }

    public static double of(LocalDate date) {
        return date.toEpochDay();
    }

    public static double of(LocalDateTime time) {
        return time.toLocalDate().toEpochDay() + time.toLocalTime().toSecondOfDay() / 86_400.0;
    }

    /** The first day of an astronomical year. */
    public static double ofYear(long year) {
        if (Math.abs(year) <= MAX_CALENDAR_YEAR) {
            return LocalDate.of((int) year, 1, 1).toEpochDay();
        }
        return (year - 1970) * DAYS_PER_YEAR;
    }

    /** A point given in years before {@code referenceYear}, as deep time is ("66 million years ago"). */
    public static double yearsBefore(double years, long referenceYear) {
        return ofYear(referenceYear) - years * DAYS_PER_YEAR;
    }

    /** The astronomical year a point falls in. */
    public static long yearOf(double day) {
        if (Math.abs(day) < MAX_CALENDAR_YEAR * 365.0) {
            return LocalDate.ofEpochDay((long) Math.floor(day)).getYear();
        }
        return (long) Math.floor(day / DAYS_PER_YEAR) + 1970;
    }

    /** The fractional astronomical year of a point, e.g. 2024.5 for early July 2024. */
    public static double fractionalYear(double day) {
        long year = yearOf(day);
        double start = ofYear(year);
        double length = ofYear(year + 1) - start;
        return year + (day - start) / length;
    }

    /** The calendar date of a point, or null beyond java.time's range. */
    public static LocalDate toDate(double day) {
        if (Double.isNaN(day) || Math.abs(day) >= MAX_CALENDAR_YEAR * 365.0) {
            return null;
        }
        long d = (long) Math.floor(day);
        if (d < LocalDate.MIN.getLong(ChronoField.EPOCH_DAY) || d > LocalDate.MAX.getLong(ChronoField.EPOCH_DAY)) {
            return null;
        }
        return LocalDate.ofEpochDay(d);
    }

    /** The date and time of a point, or null beyond java.time's range. */
    public static LocalDateTime toDateTime(double day) {
        LocalDate date = toDate(day);
        if (date == null) {
            return null;
        }
        long seconds = Math.min(86_399, (long) Math.floor((day - Math.floor(day)) * 86_400.0 + 1e-6));
        return date.atStartOfDay().plusSeconds(seconds);
    }
}
