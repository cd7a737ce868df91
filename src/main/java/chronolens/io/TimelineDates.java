package chronolens.io;

import chronolens.model.Granularity;
import chronolens.model.TemporalValue;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Turns the date fields of a TimelineJS slide or spreadsheet row back into a {@link TemporalValue} as precise as
 * the fields: a year alone is a year, a year and month a month, and so on. TimelineJS has no year 0 and writes
 * 221 BC as -221; inside, years are astronomical (-220). On a cosmological timeline, years before TimelineJS's
 * human scale are deep time.
 */
final class TimelineDates {
    private static final long MAX_CALENDAR_YEAR = 999_999_999L;
    /** The year "years ago" counts back from, as {@link TemporalValue#yearsAgo} does. */
    private static final long DEEP_TIME_REFERENCE_YEAR = 2000;

    /** One date as given: a TimelineJS year (never 0 when TimelineJS wrote it) and the finer fields, or null. */
    record Parts(long year, Integer month, Integer day, Integer hour, Integer minute) {
    }

    private TimelineDates() {
    }

    /**
     * The value a start date, an optional end date and the display date name together. The display date refines
     * the dates where they are coarser than what it says: a slide from 1960 to 1969 shown as "the 1960s" is that
     * decade, a year shown as "66 million years ago" is deep time, "c. 1200" is approximate.
     *
     * @throws DateTimeException for a date no calendar has (31 February, month 13), with a message to show
     */
    static TemporalValue when(Parts start, Parts end, String display, boolean cosmological) {
        TemporalValue from = value(start, cosmological);
        TemporalValue v = from;
        boolean hasEnd = false;
        if (end != null) {
            TemporalValue to = value(end, cosmological);
            if (!to.timex().equals(from.timex())) {
                v = TemporalValue.spanning(from, to);
                hasEnd = true;
            }
        }
        String said = display == null ? "" : display.strip();
        boolean approximate = isCirca(said);
        String words = approximate ? withoutCirca(said) : said;
        if (!words.isEmpty() && !words.equalsIgnoreCase(v.label())) {
            for (TemporalValue named : namedSpans(v, astronomical(start.year()))) {
                boolean fits = named.granularity().isDeepTime()
                        || named.start() == v.start() && (hasEnd ? named.end() == v.end() : named.end() >= v.end());
                if (fits && words.equalsIgnoreCase(named.label())) {
                    v = named;
                    break;
                }
            }
        }
        return approximate ? v.asApproximate() : v;
    }

    /** The value of one date's fields; years beyond any calendar, or before TimelineJS's human scale, are deep. */
    static TemporalValue value(Parts p, boolean cosmological) {
        long year = astronomical(p.year());
        if (year > MAX_CALENDAR_YEAR) {
            throw new DateTimeException("the year " + p.year() + " is too far in the future");
        }
        if (year < -MAX_CALENDAR_YEAR || cosmological && year < TimelineJs.HUMAN_SCALE_FIRST_YEAR) {
            return deep(year);
        }
        if (p.month() == null) {
            return TemporalValue.ofYear(year);
        }
        if (p.day() == null) {
            return TemporalValue.ofMonth((int) year, p.month());
        }
        LocalDate date = LocalDate.of((int) year, p.month(), p.day());
        if (p.hour() == null) {
            return TemporalValue.ofDay(date);
        }
        LocalDateTime time = date.atTime(p.hour(), p.minute() == null ? 0 : p.minute());
        return TemporalValue.ofTime(time, p.minute() == null ? Granularity.HOUR : Granularity.MINUTE);
    }

    /**
     * The deep-time value of a year. We write "66 million years ago" as the year 2000 minus 66 million, but a
     * hand-made file writes -66000000; so of the two readings, years before 2000 or years before now, the one
     * that is the rounder number of years is meant.
     */
    private static TemporalValue deep(long year) {
        TemporalValue beforeReference = yearsAgo(DEEP_TIME_REFERENCE_YEAR - (double) year);
        TemporalValue beforeNow = yearsAgo(-(double) year);
        return beforeNow.timex().length() < beforeReference.timex().length() ? beforeNow : beforeReference;
    }

    /**
     * Deep time as precise as it is said: a file's year is an exact number, but "13.8 billion years ago" is all
     * it means, so the value is the one its TIMEX ("GA13.8") names and a trip out and back does not drift a year.
     */
    private static TemporalValue yearsAgo(double years) {
        TemporalValue v = TemporalValue.yearsAgo(years);
        return TemporalValue.parse(v.timex()).orElse(v);
    }

    /** TimelineJS year to astronomical: -221 (221 BC) is -220. A 0, which TimelineJS never writes, is read as 1 BC. */
    static long astronomical(long timelineJsYear) {
        return timelineJsYear < 0 ? timelineJsYear + 1 : timelineJsYear;
    }

    /** A whole number written as JSON or typed in a cell: "1989", "-221", "1989.0", "-1.38e10". */
    static long wholeNumber(String s) {
        try {
            return new BigDecimal(s.strip()).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new NumberFormatException(s);
        }
    }

    /** The fields as a person would read them back, for the derivation: "year 1989, month 11, day 9". */
    static String describe(Parts p) {
        StringBuilder s = new StringBuilder("year ").append(p.year());
        append(s, "month", p.month());
        append(s, "day", p.day());
        append(s, "hour", p.hour());
        append(s, "minute", p.minute());
        return s.toString();
    }

    private static void append(StringBuilder s, String name, Integer value) {
        if (value != null) {
            s.append(", ").append(name).append(' ').append(value);
        }
    }

    static boolean isCirca(String display) {
        String d = display.toLowerCase(Locale.ROOT);
        return d.startsWith("c.") || d.startsWith("circa");
    }

    private static String withoutCirca(String display) {
        return display.substring(display.toLowerCase(Locale.ROOT).startsWith("c.") ? 2 : 5).strip();
    }

    /**
     * What a display date may name instead of the fields' own value: deep time around {@code firstYear} (the
     * astronomical year of the start date), and the decade, century, millennium, season, quarter, half-year and
     * week that start where {@code v} does.
     */
    private static List<TemporalValue> namedSpans(TemporalValue v, long firstYear) {
        List<TemporalValue> out = new ArrayList<>();
        if (firstYear < DEEP_TIME_REFERENCE_YEAR) {
            // "1,500 years ago" falls late in the year 499, which is the year TimelineJs writes for it
            out.add(yearsAgo(DEEP_TIME_REFERENCE_YEAR - (double) firstYear));
            out.add(yearsAgo(DEEP_TIME_REFERENCE_YEAR - (double) firstYear - 1));
        }
        if (firstYear < 0) {
            out.add(yearsAgo(-(double) firstYear));
        }
        long y = v.startYear();
        if (v.granularity().isDeepTime() || Math.abs(y) > 9999) {
            return out;
        }
        int year = (int) y;
        attempt(out, () -> TemporalValue.ofDecade(year));
        attempt(out, () -> year > 0 ? TemporalValue.ofCentury(year / 100 + 1, false)
                : TemporalValue.ofCentury((1 - year) / 100, true));
        attempt(out, () -> TemporalValue.parse(Integer.toString(year / 1000)).orElseThrow());
        LocalDate day = v.startDate();
        for (TemporalValue.Season season : TemporalValue.Season.values()) {
            attempt(out, () -> TemporalValue.ofSeason(year, season));
        }
        for (int q = 1; q <= 4; q++) {
            int quarter = q;
            attempt(out, () -> TemporalValue.ofQuarter(year, quarter));
        }
        attempt(out, () -> TemporalValue.parse("%04d-H1".formatted(year)).orElseThrow());
        attempt(out, () -> TemporalValue.parse("%04d-H2".formatted(year)).orElseThrow());
        attempt(out, () -> TemporalValue.ofWeek(day));
        return out;
    }

    private static void attempt(List<TemporalValue> out, Supplier<TemporalValue> candidate) {
        try {
            out.add(candidate.get());
        } catch (RuntimeException e) {
            // no such value around this date (a century 0, a half-year of a BC year); try the next
        }
    }
}
