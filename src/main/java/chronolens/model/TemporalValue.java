package chronolens.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A span of time named by a date, with its TimeML value, its precision, whether it is approximate,
 * and the span it covers on the time axis ({@link EpochDays}; {@code end} exclusive).
 *
 * {@code TemporalValue.parse("2022-02")} covers February 2022 at month granularity;
 * {@code TemporalValue.ofYear(-220)} is 221 BC ("BC0221").
 */
public record TemporalValue(String timex, Granularity granularity, boolean approximate, double start, double end) {

    /** Seasons as TimeML writes them, with the month each starts in (northern, meteorological). */
    public enum Season {
        SP(3, "spring"), SU(6, "summer"), FA(9, "autumn"), WI(12, "winter");

        final int firstMonth;
        final String word;

        Season(int firstMonth, String word) {
            this.firstMonth = firstMonth;
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:T(\\d{2})(?::(\\d{2}))?(?::\\d{2}(?:\\.\\d+)?)?)?)?)?");
    private static final Pattern PART = Pattern.compile("(\\d{4})-(SP|SU|FA|WI|Q[1-4]|H[12]|W\\d{2})");
    private static final Pattern BC = Pattern.compile("BC(\\d+)");
    /** A month or day in a year before Christ, as {@link #ofMonth} and {@link #ofDay} write it: "BC0044-03-15". */
    private static final Pattern BC_DATE = Pattern.compile("BC(\\d{4})-(\\d{2})(?:-(\\d{2}))?");
    private static final Pattern DEEP = Pattern.compile("(KA|MA|GA)(\\d+(?:\\.\\d+)?)");
    private static final long DEEP_TIME_REFERENCE_YEAR = 2000;

    public TemporalValue {
        if (!(start <= end)) {
            throw new IllegalArgumentException("span ends before it starts: " + timex);
        }
    }

    // ---- factories -------------------------------------------------------------------------------

    /** An astronomical year (0 is 1 BC). */
    public static TemporalValue ofYear(long year) {
        return new TemporalValue(yearTimex(year), Granularity.YEAR, false, EpochDays.ofYear(year),
                EpochDays.ofYear(year + 1));
    }

    public static TemporalValue ofMonth(int year, int month) {
        LocalDate first = LocalDate.of(year, month, 1);
        return new TemporalValue(yearTimex(year) + "-" + twoDigits(month), Granularity.MONTH, false,
                EpochDays.of(first), EpochDays.of(first.plusMonths(1)));
    }

    public static TemporalValue ofDay(LocalDate date) {
        return new TemporalValue(yearTimex(date.getYear()) + "-" + twoDigits(date.getMonthValue()) + "-"
                + twoDigits(date.getDayOfMonth()), Granularity.DAY, false, EpochDays.of(date), EpochDays.of(date) + 1);
    }

    /** A clock time; {@code granularity} is HOUR or MINUTE. */
    public static TemporalValue ofTime(LocalDateTime time, Granularity granularity) {
        String day = ofDay(time.toLocalDate()).timex();
        if (granularity == Granularity.HOUR) {
            LocalDateTime hour = time.withMinute(0).withSecond(0).withNano(0);
            return new TemporalValue(day + "T" + twoDigits(hour.getHour()), granularity, false,
                    EpochDays.of(hour), EpochDays.of(hour.plusHours(1)));
        }
        LocalDateTime minute = time.withSecond(0).withNano(0);
        return new TemporalValue(day + "T" + twoDigits(minute.getHour()) + ":" + twoDigits(minute.getMinute()),
                Granularity.MINUTE, false, EpochDays.of(minute), EpochDays.of(minute.plusMinutes(1)));
    }

    /** The ISO week containing {@code date}. */
    public static TemporalValue ofWeek(LocalDate date) {
        LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int weekYear = monday.plusDays(3).get(IsoFields.WEEK_BASED_YEAR);
        int week = monday.plusDays(3).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        return new TemporalValue(yearTimex(weekYear) + "-W" + twoDigits(week), Granularity.WEEK, false,
                EpochDays.of(monday), EpochDays.of(monday) + 7);
    }

    public static TemporalValue ofSeason(int year, Season season) {
        LocalDate first = LocalDate.of(year, season.firstMonth, 1);
        return new TemporalValue(yearTimex(year) + "-" + season.name(), Granularity.SEASON, false,
                EpochDays.of(first), EpochDays.of(first.plusMonths(3)));
    }

    public static TemporalValue ofQuarter(int year, int quarter) {
        LocalDate first = LocalDate.of(year, quarter * 3 - 2, 1);
        return new TemporalValue(yearTimex(year) + "-Q" + quarter, Granularity.QUARTER, false,
                EpochDays.of(first), EpochDays.of(first.plusMonths(3)));
    }

    /** The decade starting at {@code firstYear} (a multiple of ten): 1960 gives "the 1960s". */
    public static TemporalValue ofDecade(int firstYear) {
        if (firstYear > 0) {
            return new TemporalValue(yearTimex(firstYear).substring(0, 3), Granularity.DECADE, false,
                    EpochDays.ofYear(firstYear), EpochDays.ofYear(firstYear + 10L));
        }
        return parse("BC" + "%03d".formatted((1 - firstYear) / 10)).orElseThrow();
    }

    /** An ordinal century, e.g. 19 for the 19th century (1800s); {@code bc} for centuries before Christ. */
    public static TemporalValue ofCentury(int ordinal, boolean bc) {
        return parse((bc ? "BC" : "") + "%02d".formatted(ordinal - 1)).orElseThrow();
    }

    /** A point in deep time, {@code years} before the present: "66 million years ago". */
    public static TemporalValue yearsAgo(double years) {
        Granularity g = years >= 1e9 ? Granularity.BILLION_YEARS
                : years >= 1e6 ? Granularity.MILLION_YEARS : Granularity.THOUSAND_YEARS;
        double unit = g == Granularity.BILLION_YEARS ? 1e9 : g == Granularity.MILLION_YEARS ? 1e6 : 1e3;
        String prefix = g == Granularity.BILLION_YEARS ? "GA" : g == Granularity.MILLION_YEARS ? "MA" : "KA";
        String number = trimNumber(years / unit);
        double at = EpochDays.yearsBefore(years, DEEP_TIME_REFERENCE_YEAR);
        return new TemporalValue(prefix + number, g, true, at, at + EpochDays.DAYS_PER_YEAR);
    }

    /** One value from the start of {@code from} to the end of {@code to}: "1914–1918". */
    public static TemporalValue spanning(TemporalValue from, TemporalValue to) {
        if (to.end < from.start) {
            return spanning(to, from);
        }
        return new TemporalValue(from.timex + "/" + to.timex, Granularity.coarser(from.granularity, to.granularity),
                from.approximate || to.approximate, from.start, Math.max(from.end, to.end));
    }

    public TemporalValue asApproximate() {
        return approximate ? this : new TemporalValue(timex, granularity, true, start, end);
    }

    // ---- parsing ---------------------------------------------------------------------------------

    /**
     * Reads a TIMEX3 value that names a definite span: "1949", "2022-02", "2024-05-16T20:17", "196", "18",
     * "BC0221", "BC0044-03-15", "2024-SU", "2023-Q1", "2024-W20", "MA66" and ranges "1914/1918". Anything else, such as
     * "P2D", "XXXX-05" or "PRESENT_REF", gives empty.
     */
    public static Optional<TemporalValue> parse(String timex) {
        if (timex == null || timex.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(parseOrNull(timex.strip()));
        } catch (RuntimeException e) {
            return Optional.empty(); // 2023-02-31 and friends name no day
        }
    }

    private static TemporalValue parseOrNull(String t) {
        int slash = t.indexOf('/');
        if (slash > 0) {
            TemporalValue a = parseOrNull(t.substring(0, slash));
            TemporalValue b = parseOrNull(t.substring(slash + 1));
            return a == null || b == null ? null : spanning(a, b);
        }
        TemporalValue calendar = calendarDate(t);
        if (calendar != null) {
            return calendar;
        }
        Matcher m = DATE.matcher(t);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return ofYear(year);
            }
            int month = Integer.parseInt(m.group(2));
            if (m.group(3) == null) {
                return ofMonth(year, month);
            }
            LocalDate date = LocalDate.of(year, month, Integer.parseInt(m.group(3)));
            if (m.group(4) == null) {
                return ofDay(date);
            }
            LocalDateTime time = date.atTime(Integer.parseInt(m.group(4)),
                    m.group(5) == null ? 0 : Integer.parseInt(m.group(5)));
            return ofTime(time, m.group(5) == null ? Granularity.HOUR : Granularity.MINUTE);
        }
        if ((m = PART.matcher(t)).matches()) {
            int year = Integer.parseInt(m.group(1));
            String part = m.group(2);
            return switch (part.charAt(0)) {
                case 'Q' -> ofQuarter(year, part.charAt(1) - '0');
                case 'H' -> half(year, part.charAt(1) - '0');
                case 'W' -> part.equals("WI") ? ofSeason(year, Season.WI)
                        : ofWeek(LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR,
                                Integer.parseInt(part.substring(1))));
                default -> ofSeason(year, Season.valueOf(part));
            };
        }
        if (t.length() == 3 && digits(t, 0, 3)) {
            int first = Integer.parseInt(t) * 10;
            return new TemporalValue(t, Granularity.DECADE, false, EpochDays.ofYear(first),
                    EpochDays.ofYear(first + 10L));
        }
        if (t.length() == 2 && digits(t, 0, 2)) {
            int first = Integer.parseInt(t) * 100;
            return new TemporalValue(t, Granularity.CENTURY, false, EpochDays.ofYear(first),
                    EpochDays.ofYear(first + 100L));
        }
        if (t.length() == 1 && digits(t, 0, 1)) {
            int first = Integer.parseInt(t) * 1000;
            return new TemporalValue(t, Granularity.MILLENNIUM, false, EpochDays.ofYear(first),
                    EpochDays.ofYear(first + 1000L));
        }
        if ((m = BC.matcher(t)).matches()) {
            return beforeChrist(t, m.group(1));
        }
        if ((m = BC_DATE.matcher(t)).matches()) {
            int year = 1 - Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            return year > 0 ? null : m.group(3) == null ? ofMonth(year, month)
                    : ofDay(LocalDate.of(year, month, Integer.parseInt(m.group(3))));
        }
        if ((m = DEEP.matcher(t)).matches()) {
            double unit = switch (m.group(1)) {
                case "GA" -> 1e9;
                case "MA" -> 1e6;
                default -> 1e3;
            };
            return yearsAgo(Double.parseDouble(m.group(2)) * unit);
        }
        return null;
    }

    /**
     * The common shapes of {@link #DATE}, read by hand: "2024", "2024-05", "2024-05-16", "2024-05-16T20" and
     * "2024-05-16T20:17", as the regex reads them; null for any other string, which the regex then reads. Anchoring
     * parses a value or two per mention, and a Matcher for each was a hot spot on date-dense text.
     */
    private static TemporalValue calendarDate(String t) {
        int n = t.length();
        if (n < 4 || !digits(t, 0, 4) || n != 4 && n != 7 && n != 10 && n != 13 && n != 16) {
            return null;
        }
        int year = number(t, 0, 4);
        if (n == 4) {
            return ofYear(year);
        }
        if (t.charAt(4) != '-' || !digits(t, 5, 7)) {
            return null;
        }
        if (n == 7) {
            return ofMonth(year, number(t, 5, 7));
        }
        if (t.charAt(7) != '-' || !digits(t, 8, 10)) {
            return null;
        }
        if (n == 10) {
            LocalDate day = LocalDate.of(year, number(t, 5, 7), number(t, 8, 10));
            // from year 1 on, t is already the timex ofDay would build for it
            return year > 0 ? new TemporalValue(t, Granularity.DAY, false, EpochDays.of(day), EpochDays.of(day) + 1)
                    : ofDay(day);
        }
        if (t.charAt(10) != 'T' || !digits(t, 11, 13) || n == 16 && (t.charAt(13) != ':' || !digits(t, 14, 16))) {
            return null;
        }
        LocalDate date = LocalDate.of(year, number(t, 5, 7), number(t, 8, 10));
        return n == 13 ? ofTime(date.atTime(number(t, 11, 13), 0), Granularity.HOUR)
                : ofTime(date.atTime(number(t, 11, 13), number(t, 14, 16)), Granularity.MINUTE);
    }

    /** Whether {@code t[from, to)} is all ASCII digits, as {@code \d} means them. */
    private static boolean digits(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The number {@code t[from, to)} spells, all ASCII digits. */
    private static int number(String t, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + t.charAt(i) - '0';
        }
        return v;
    }

    /**
     * BC0221 is the year 221 BC, BC022 the 220s BC, BC02 the 3rd century BC (300–201 BC), BC2 the 3rd millennium BC.
     */
    private static TemporalValue beforeChrist(String timex, String digits) {
        long n = Long.parseLong(digits);
        return switch (digits.length()) {
            case 1 -> new TemporalValue(timex, Granularity.MILLENNIUM, false,
                    EpochDays.ofYear(1 - (n + 1) * 1000), EpochDays.ofYear(1 - n * 1000));
            case 2 -> new TemporalValue(timex, Granularity.CENTURY, false,
                    EpochDays.ofYear(1 - (n + 1) * 100), EpochDays.ofYear(1 - n * 100));
            case 3 -> new TemporalValue(timex, Granularity.DECADE, false,
                    EpochDays.ofYear(1 - (n * 10 + 9)), EpochDays.ofYear(2 - n * 10));
            default -> {
                if (n == 0) {
                    yield null; // there is no year 0 BC
                }
                yield new TemporalValue(timex, Granularity.YEAR, false, EpochDays.ofYear(1 - n),
                        EpochDays.ofYear(2 - n));
            }
        };
    }

    private static TemporalValue half(int year, int half) {
        LocalDate first = LocalDate.of(year, half == 1 ? 1 : 7, 1);
        return new TemporalValue(yearTimex(year) + "-H" + half, Granularity.QUARTER, false,
                EpochDays.of(first), EpochDays.of(first.plusMonths(6)));
    }

    // ---- reading ---------------------------------------------------------------------------------

    public boolean isAnchored() {
        return !Double.isNaN(start);
    }

    /** The astronomical year the span starts in. */
    public long startYear() {
        return EpochDays.yearOf(start);
    }

    /** The first day covered, or null for deep time. */
    public LocalDate startDate() {
        return granularity.isDeepTime() ? null : EpochDays.toDate(start);
    }

    /** The last day covered (inclusive), or null for deep time. */
    public LocalDate endDate() {
        if (granularity.isDeepTime()) {
            return null;
        }
        double lastDay = Math.ceil(end) - 1;
        return EpochDays.toDate(Math.max(lastDay, Math.floor(start)));
    }

    /** The value as a reader would say it: "1949", "February 2022", "16 May 2024", "221 BC", "the 1960s". */
    public String label() {
        String label = timex.contains("/") ? rangeLabel() : TemporalLabels.of(this);
        return approximate && !granularity.isDeepTime() ? "c. " + label : label;
    }

    private String rangeLabel() {
        int slash = timex.indexOf('/');
        TemporalValue a = parse(timex.substring(0, slash)).orElse(null);
        TemporalValue b = parse(timex.substring(slash + 1)).orElse(null);
        if (a == null || b == null) {
            return timex;
        }
        LocalDate da = a.startDate();
        LocalDate db = b.startDate();
        if (a.granularity == Granularity.DAY && b.granularity == Granularity.DAY && da != null && db != null
                && da.getYear() == db.getYear() && da.getMonth() == db.getMonth()) {
            return da.getDayOfMonth() + "\u2013" + TemporalLabels.of(b); // 16–17 May 2024
        }
        String second = TemporalLabels.of(b);
        // "the 1980s–1990s", "the 18th–19th century" read better than two articles
        String first = TemporalLabels.of(a);
        if (first.startsWith("the ") && second.startsWith("the ")) {
            second = second.substring(4);
        }
        return first + "\u2013" + second;
    }

    // ---- helpers ---------------------------------------------------------------------------------

    static String yearTimex(long year) {
        // padded by hand: a Formatter per value was a hot spot when extracting dates from long texts
        return year > 0 ? zeroPadded(year, 4) : "BC" + zeroPadded(1 - year, 4);
    }

    /** A month, day, hour, minute or week (0..99) as two ASCII digits, as "%02d" gives it in English. */
    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /** A positive number with leading zeros up to {@code width} digits, as "%0{width}d" would give it. */
    private static String zeroPadded(long n, int width) {
        String digits = Long.toString(n);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    static String monthName(int month) {
        return java.time.Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    static String trimNumber(double x) {
        String s = String.format(Locale.ROOT, "%.3f", x);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
