package chronolens.extract;

import chronolens.model.Granularity;
import chronolens.model.TemporalValue;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Calendar arithmetic in the units relative values name ("REF-2W", "LAST+6TH"): D, W, M, Q, Y, DE (decade),
 * CE (century), TH, TM, TS (hour, minute, second); their granularity, the TimeML value of an unknown one, and
 * their names in words for derivations.
 */
final class CalendarUnits {
    private CalendarUnits() {
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
}
