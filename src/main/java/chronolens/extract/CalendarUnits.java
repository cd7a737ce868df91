package chronolens.extract;

import chronolens.model.Granularity;
import chronolens.model.TemporalValue;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar arithmetic in the units relative values name ("REF-2W", "LAST+6TH"): D, W, M, Q, Y, DE (decade),
 * CE (century), TH, TM, TS (hour, minute, second); their granularity, the TimeML value of an unknown one, and
 * their names in words for derivations; and the quarter a "quarter ended July 31" reports on.
 */
final class CalendarUnits {
    /** "ended Sept. 30", "ending July 31": the month a reporting quarter closes with. */
    private static final Pattern QUARTER_ENDED = Pattern.compile(
            "\\s+(?:ended|ending)\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s",
            Pattern.CASE_INSENSITIVE);
    private static final String MONTH_ABBREVIATIONS = "janfebmaraprmayjunjulaugsepoctnovdec";

    private CalendarUnits() {
    }

    /**
     * {@link TemporalValue#parse}, keeping what TimeML writes of a clock time that the model's own value drops:
     * the seconds ("2024-09-29T13:25:07") and T24:00, the midnight that ends a day, placed at the next day's start.
     */
    static java.util.Optional<TemporalValue> parseTimex(String v) {
        int t = v.length() - 6;
        if (t < 10 || v.charAt(t) != 'T' && (t < 13 || v.charAt(t - 3) != 'T')) {
            return TemporalValue.parse(v); // no clock time, or hours and minutes only: the model keeps them
        }
        if (v.endsWith("T24:00")) {
            return TemporalValue.parse(v.substring(0, t)).filter(d -> d.granularity() == Granularity.DAY
                    && d.startDate() != null).map(d -> {
                        TemporalValue next = TemporalValue.ofTime(d.startDate().plusDays(1).atStartOfDay(),
                                Granularity.MINUTE);
                        return new TemporalValue(v, Granularity.MINUTE, false, next.start(), next.end());
                    });
        }
        return TemporalValue.parse(v).map(p -> p.timex().equals(v) ? p
                : new TemporalValue(v, p.granularity(), p.approximate(), p.start(), p.end()));
    }

    /**
     * The century of an astronomical year, as TimeML counts them: 1800-1899 is "18"; 309 BC (year -308) is in
     * the 4th century BC, "BC03".
     */
    private static TemporalValue century(long year) {
        return year > 0 ? TemporalValue.ofCentury((int) (year / 100) + 1, false)
                : TemporalValue.ofCentury((int) ((-year) / 100) + 1, true);
    }

    /** {@code base} moved by {@code n} units, at the unit's granularity or the base's if that is coarser. */
    static TemporalValue shift(TemporalValue base, String unit, int n) {
        LocalDate date = base.startDate();
        if (date == null) {
            return null;
        }
        Granularity g = granularity(unit);
        if (g.compareTo(Granularity.YEAR) < 0 && base.timex().indexOf('/') >= 0) {
            return null; // "three weeks on" from "the 2023-24 season": no week of a span of years is meant
        }
        if (base.granularity().compareTo(g) > 0 && base.granularity().compareTo(Granularity.YEAR) <= 0) {
            if (base.granularity() == Granularity.YEAR || g.compareTo(Granularity.YEAR) < 0) {
                return unit.equals("Y") ? TemporalValue.ofYear(date.getYear() + (long) n)
                        : g.compareTo(Granularity.YEAR) < 0 ? base : null;
            }
        }
        try {
            return switch (unit) {
                case "D" -> TemporalValue.ofDay(date.plusDays(n));
                case "W" -> TemporalValue.ofWeek(date.plusWeeks(n));
                case "M" -> {
                    LocalDate x = date.withDayOfMonth(1).plusMonths(n);
                    yield TemporalValue.ofMonth(x.getYear(), x.getMonthValue());
                }
                case "Q" -> {
                    LocalDate x = date.withDayOfMonth(1).withMonth((date.getMonthValue() - 1) / 3 * 3 + 1)
                            .plusMonths(3L * n);
                    yield TemporalValue.ofQuarter(x.getYear(), (x.getMonthValue() - 1) / 3 + 1);
                }
                case "Y" -> TemporalValue.ofYear(date.getYear() + (long) n);
                case "DE" -> TemporalValue.ofDecade(Math.floorDiv(date.getYear() + 10 * n, 10) * 10);
                case "CE" -> century(date.getYear() + 100L * n);
                default -> {
                    LocalDateTime t = base.granularity().compareTo(Granularity.HOUR) <= 0
                            ? chronolens.model.EpochDays.toDateTime(base.start()) : null;
                    if (t == null) {
                        yield base;
                    }
                    yield switch (unit) {
                        case "TH" -> TemporalValue.ofTime(t.plusHours(n), Granularity.HOUR);
                        case "TM" -> TemporalValue.ofTime(t.plusMinutes(n), Granularity.MINUTE);
                        default -> TemporalValue.ofTime(t.plusSeconds(n), Granularity.MINUTE);
                    };
                }
            };
        } catch (RuntimeException e) {
            return null; // beyond java.time's range
        }
    }

    static Granularity granularity(String unit) {
        return switch (unit) {
            case "TS", "TM" -> Granularity.MINUTE;
            case "TH" -> Granularity.HOUR;
            case "D" -> Granularity.DAY;
            case "W" -> Granularity.WEEK;
            case "M" -> Granularity.MONTH;
            case "Q" -> Granularity.QUARTER;
            case "DE" -> Granularity.DECADE;
            case "CE" -> Granularity.CENTURY;
            default -> Granularity.YEAR;
        };
    }

    static String unknown(String unit) {
        return switch (unit) {
            case "D" -> "XXXX-XX-XX";
            case "W" -> "XXXX-WXX";
            case "M" -> "XXXX-XX";
            case "Q" -> "XXXX-QX";
            case "DE" -> "XXX";
            case "CE" -> "XX";
            case "TH", "TM", "TS" -> "XXXX-XX-XXTXX:XX";
            default -> "XXXX";
        };
    }

    static String unitName(String unit, int n) {
        String s = switch (unit) {
            case "TS" -> "second";
            case "TM" -> "minute";
            case "TH" -> "hour";
            case "D" -> "day";
            case "W" -> "week";
            case "M" -> "month";
            case "Q" -> "quarter";
            case "DE" -> "decade";
            case "CE" -> "century";
            default -> "year";
        };
        return n == 1 ? s : s.equals("century") ? "centuries" : s + "s";
    }

    /**
     * "the quarter ended July 31": the calendar quarter that holds most of the three months up to that month, i.e.
     * the one of the month before it (May to July is mostly the second quarter); null when no "ended"/"ending" and
     * month follow.
     */
    static TemporalValue quarterEnded(String text, int at, TemporalValue dct) {
        if (dct == null || dct.startDate() == null) {
            return null;
        }
        Matcher e = QUARTER_ENDED.matcher(text).region(at, Math.min(text.length(), at + 24));
        if (!e.lookingAt()) {
            return null;
        }
        int month = MONTH_ABBREVIATIONS.indexOf(e.group(1).toLowerCase(java.util.Locale.ROOT)) / 3 + 1;
        LocalDate ref = dct.startDate();
        // the closing month falls in the document's year unless that is over a quarter ahead of it
        int year = month - ref.getMonthValue() > 3 ? ref.getYear() - 1 : ref.getYear();
        int middle = month == 1 ? 12 : month - 1;
        if (month == 1) {
            year--;
        }
        int quarter = (middle - 1) / 3 + 1;
        return TemporalValue.parse("%04d-Q%d".formatted(year, quarter)).orElse(null);
    }
}
