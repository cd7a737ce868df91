package chronolens.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

/** Reader wording for single temporal values; ranges and the "c." prefix are added by {@link TemporalValue}. */
final class TemporalLabels {
    private TemporalLabels() {
    }

    static String of(TemporalValue v) {
        String t = v.timex();
        LocalDate d = EpochDays.toDate(v.start());
        return switch (v.granularity()) {
            case MINUTE, HOUR -> {
                LocalDateTime time = EpochDays.toDateTime(v.start());
                yield day(time.toLocalDate()) + ", %02d:%02d".formatted(time.getHour(), time.getMinute());
            }
            case DAY -> day(d);
            case WEEK -> "week of " + day(d);
            case MONTH -> TemporalValue.monthName(d.getMonthValue()) + " " + year(d.getYear());
            case SEASON -> seasonWord(t) + " " + year(yearPart(t));
            case QUARTER -> t.contains("-H")
                    ? (t.endsWith("H1") ? "first half of " : "second half of ") + year(yearPart(t))
                    : "Q" + t.charAt(t.length() - 1) + " " + year(yearPart(t));
            case YEAR -> year(v.startYear());
            case DECADE -> decade(v);
            case CENTURY -> century(v);
            case MILLENNIUM -> "the " + ordinal(Integer.parseInt(t.replace("BC", "")) + 1) + " millennium"
                    + (t.startsWith("BC") ? " BC" : "");
            case THOUSAND_YEARS -> String.format(Locale.ENGLISH, "%,d years ago",
                    Math.round(Double.parseDouble(t.substring(2)) * 1000));
            case MILLION_YEARS -> t.substring(2) + " million years ago";
            case BILLION_YEARS -> t.substring(2) + " billion years ago";
        };
    }

    static String day(LocalDate d) {
        return d.getDayOfMonth() + " " + TemporalValue.monthName(d.getMonthValue()) + " " + year(d.getYear());
    }

    /** Astronomical year as a reader says it: 1949, AD 800, 221 BC. */
    static String year(long astronomical) {
        if (astronomical <= 0) {
            return (1 - astronomical) + " BC";
        }
        return astronomical < 1000 ? "AD " + astronomical : Long.toString(astronomical);
    }

    private static String decade(TemporalValue v) {
        if (v.timex().startsWith("BC")) {
            return "the " + Integer.parseInt(v.timex().substring(2)) * 10 + "s BC";
        }
        return "the " + v.startYear() + "s";
    }

    private static String century(TemporalValue v) {
        int n = Integer.parseInt(v.timex().replace("BC", ""));
        return "the " + ordinal(n + 1) + " century" + (v.timex().startsWith("BC") ? " BC" : "");
    }

    private static int yearPart(String timex) {
        return Integer.parseInt(timex.substring(0, 4));
    }

    private static String seasonWord(String timex) {
        return TemporalValue.Season.valueOf(timex.substring(timex.length() - 2)).word();
    }

    static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
