package chronolens.timeline;

import chronolens.model.EpochDays;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The ticks of a time axis: the finest calendar unit whose labels, measured with a supplied width function,
 * fit across the viewport without overlapping, plus a context row naming the enclosing period.
 *
 * <p>The ladder climbs minute, hour, day, week, month, quarter, year, then 2, 5, 10, 25, 50, 100, 250, 500, 1000
 * years and on by 1-2-5 steps into thousands, millions and billions of years. Year labels never say "year 0":
 * "1 BC" is followed by "AD 1". Steps of more than 5,000 years, and views reaching before 100,000 BC, are
 * labelled in years before present ("66 Ma", "13.8 Ga").
 */
public final class TickPlan {
    /** Gap between neighbouring labels, in pixels, used by {@link #plan(TimeScale, double, ToDoubleFunction)}. */
    public static final double DEFAULT_GAP = 12;
    /** Most ticks a plan may hold, used by {@link #plan(TimeScale, double, ToDoubleFunction)}. */
    public static final int DEFAULT_MAX_TICKS = 100;

    private static final String[] MONTHS = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    private static final long DEEP_TIME_REFERENCE_YEAR = 2000;
    private static final long DEEP_VIEW_YEAR = -99_999;
    private static final long CALENDAR_LIMIT_YEAR = 999_000_000;
    private static final List<Unit> LADDER = ladder();

    /** A labelled position on the axis: the epoch day, its pixel, and what it says. */
    public record Tick(double day, double x, String label) {
    }

    private enum Kind { MINUTES, DAYS, WEEKS, MONTHS, YEARS, YEARS_AGO }

    /** One rung of the ladder: a kind of unit, how many of it per step, and roughly how long a step is. */
    private record Unit(Kind kind, long step, double approxDays, String name) {
    }

    private final String unit;
    private final List<Tick> ticks;
    private final List<Tick> context;

    private TickPlan(String unit, List<Tick> ticks, List<Tick> context) {
        this.unit = unit;
        this.ticks = List.copyOf(ticks);
        this.context = List.copyOf(context);
    }

    /** Plans with {@link #DEFAULT_GAP} and {@link #DEFAULT_MAX_TICKS}. */
    public static TickPlan plan(TimeScale scale, double width, ToDoubleFunction<String> labelWidth) {
        return plan(scale, width, labelWidth, labelWidth, DEFAULT_GAP, DEFAULT_MAX_TICKS);
    }

    /** Plans with the defaults, measuring the context row with {@code contextWidth} (it may be set in bold). */
    public static TickPlan plan(TimeScale scale, double width, ToDoubleFunction<String> labelWidth,
                                ToDoubleFunction<String> contextWidth) {
        return plan(scale, width, labelWidth, contextWidth, DEFAULT_GAP, DEFAULT_MAX_TICKS);
    }

    /** Plans measuring tick and context labels alike. */
    public static TickPlan plan(TimeScale scale, double width, ToDoubleFunction<String> labelWidth, double gap,
                                int maxTicks) {
        return plan(scale, width, labelWidth, labelWidth, gap, maxTicks);
    }

    /**
     * The finest plan whose tick labels, centred on their ticks, keep {@code gap} pixels apart.
     *
     * @param width      viewport width in pixels; ticks lie in {@code [0, width]}
     * @param labelWidth   the drawn width of a tick label in pixels
     * @param contextWidth the drawn width of a context label in pixels
     * @param maxTicks     hard cap on the number of ticks, whatever the labels
     * @return the plan, with no ticks when not even the coarsest unit fits
     */
    public static TickPlan plan(TimeScale scale, double width, ToDoubleFunction<String> labelWidth,
                                ToDoubleFunction<String> contextWidth, double gap, int maxTicks) {
        double start = scale.toDay(0);
        double end = scale.toDay(width);
        long startYear = EpochDays.yearOf(start);
        long endYear = EpochDays.yearOf(end);
        boolean calendar = startYear > -CALENDAR_LIMIT_YEAR && endYear < CALENDAR_LIMIT_YEAR;
        boolean deepView = startYear < DEEP_VIEW_YEAR;
        for (Unit unit : LADDER) {
            if (!usable(unit, calendar, deepView) || (end - start) / unit.approxDays + 2 > maxTicks) {
                continue;
            }
            List<Tick> ticks = ticks(unit, scale, start, end, width, startYear, endYear);
            if (ticks.size() <= maxTicks && fits(ticks, labelWidth, gap)) {
                return new TickPlan(unit.name, ticks, context(unit, scale, start, end, width, contextWidth, gap));
            }
        }
        return new TickPlan("none", List.of(), List.of());
    }

    /** The ladder rung used, e.g. "day", "month", "100 years", "1000000 years ago"; "none" when nothing fits. */
    public String unit() {
        return unit;
    }

    /** Ticks inside the viewport, left to right. */
    public List<Tick> ticks() {
        return ticks;
    }

    /**
     * The period each stretch of ticks belongs to ("May 2024" over its days), left to right; the first entry is
     * pinned at the left edge so the reader sees one unless the next period's name needs the room; names are
     * whole, never cut by an edge: the day above hours, the month above days and weeks,
     * the year above months, the decade above years, the century above decades, the millennium above centuries;
     * in deep time, what "Ga", "Ma" or "ka" stands for. Empty for steps of 500 to 5,000 calendar years.
     */
    public List<Tick> context() {
        return context;
    }

    // ---- the ladder ------------------------------------------------------------------------------

    private static List<Unit> ladder() {
        List<Unit> units = new ArrayList<>();
        for (long m : new long[] {1, 5, 15, 30}) {
            units.add(new Unit(Kind.MINUTES, m, m / 1440.0, m + " minutes"));
        }
        for (long h : new long[] {1, 3, 6, 12}) {
            units.add(new Unit(Kind.MINUTES, h * 60, h / 24.0, h + " hours"));
        }
        units.add(new Unit(Kind.DAYS, 1, 1, "day"));
        units.add(new Unit(Kind.WEEKS, 1, 7, "week"));
        units.add(new Unit(Kind.MONTHS, 1, 30.4, "month"));
        units.add(new Unit(Kind.MONTHS, 3, 91.3, "quarter"));
        for (long y : new long[] {1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2000, 5000}) {
            units.add(new Unit(Kind.YEARS, y, y * EpochDays.DAYS_PER_YEAR, y + " years"));
        }
        for (long decade = 1; decade <= 100_000_000_000L; decade *= 10) {
            for (long m : new long[] {1, 2, 5}) {
                long y = decade * m;
                units.add(new Unit(Kind.YEARS_AGO, y, y * EpochDays.DAYS_PER_YEAR, y + " years ago"));
            }
        }
        return List.copyOf(units);
    }

    private static boolean usable(Unit unit, boolean calendar, boolean deepView) {
        return switch (unit.kind) {
            case MINUTES, DAYS, WEEKS, MONTHS -> calendar && !deepView;
            case YEARS -> !deepView;
            // below 10,000 years, steps are counted in calendar years unless the view reaches into deep time
            case YEARS_AGO -> deepView || unit.step > 5000;
        };
    }

    private static boolean fits(List<Tick> ticks, ToDoubleFunction<String> labelWidth, double gap) {
        double previousRight = Double.NEGATIVE_INFINITY;
        for (Tick t : ticks) {
            double w = labelWidth.applyAsDouble(t.label);
            if (t.x - w / 2 < previousRight + gap) {
                return false;
            }
            previousRight = t.x + w / 2;
        }
        return true;
    }

    // ---- tick generation -------------------------------------------------------------------------

    private static List<Tick> ticks(Unit unit, TimeScale scale, double start, double end, double width,
                                    long startYear, long endYear) {
        List<Tick> out = new ArrayList<>();
        switch (unit.kind) {
            case MINUTES -> {
                long first = (long) Math.ceil(start * 1440 / unit.step);
                long last = (long) Math.floor(end * 1440 / unit.step);
                for (long k = first; k <= last; k++) {
                    long minute = Math.floorMod(k * unit.step, 1440L);
                    double day = k * unit.step / 1440.0;
                    // midnight names the day it opens, so a row of hours never loses its date
                    String label = minute == 0 ? dayMonth(LocalDate.ofEpochDay(Math.round(day)))
                            : "%02d:%02d".formatted(minute / 60, minute % 60);
                    add(out, scale, start, end, width, day, label);
                }
            }
            case DAYS -> {
                for (long d = (long) Math.ceil(start); d <= end; d++) {
                    add(out, scale, start, end, width, d, dayMonth(LocalDate.ofEpochDay(d)));
                }
            }
            case WEEKS -> {
                LocalDate monday = LocalDate.ofEpochDay((long) Math.floor(start))
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                for (LocalDate d = monday; d.toEpochDay() <= end; d = d.plusWeeks(1)) {
                    add(out, scale, start, end, width, d.toEpochDay(), dayMonth(d));
                }
            }
            case MONTHS -> {
                LocalDate first = LocalDate.ofEpochDay((long) Math.floor(start)).withDayOfMonth(1);
                first = first.withMonth((first.getMonthValue() - 1) / (int) unit.step * (int) unit.step + 1);
                for (LocalDate d = first; d.toEpochDay() <= end; d = d.plusMonths(unit.step)) {
                    String label = unit.step == 3 ? "Q" + ((d.getMonthValue() + 2) / 3) + " " + year(d.getYear())
                            : MONTHS[d.getMonthValue() - 1] + " " + year(d.getYear());
                    add(out, scale, start, end, width, d.toEpochDay(), label);
                }
            }
            case YEARS -> years(out, unit.step, scale, start, end, width, startYear, endYear);
            case YEARS_AGO -> yearsAgo(out, unit.step, scale, start, end, width);
            default -> throw new IllegalStateException();
        }
        return out;
    }

    /**
     * Ticks at years that are multiples of the step as a reader counts them: 200 BC, 100 BC, AD 1, AD 100, AD 200.
     * There is no year 0, so the step across the era boundary is one year short.
     */
    private static void years(List<Tick> out, long step, TimeScale scale, double start, double end, double width,
                              long startYear, long endYear) {
        if (step == 1) {
            for (long y = startYear; y <= endYear; y++) {
                add(out, scale, start, end, width, EpochDays.ofYear(y), year(y));
            }
            return;
        }
        // BC years h*step, i.e. astronomical 1 - h*step, from the earliest to the latest
        long firstBc = Math.max(1, Math.floorDiv(1 - endYear + step - 1, step));
        long lastBc = Math.floorDiv(1 - startYear, step);
        for (long k = lastBc; k >= firstBc; k--) {
            long y = 1 - k * step;
            add(out, scale, start, end, width, EpochDays.ofYear(y), year(y));
        }
        if (startYear <= 1 && 1 <= endYear) {
            add(out, scale, start, end, width, EpochDays.ofYear(1), year(1));
        }
        long firstAd = Math.max(1, Math.floorDiv(startYear + step - 1, step));
        for (long k = firstAd; k * step <= endYear; k++) {
            add(out, scale, start, end, width, EpochDays.ofYear(k * step), year(k * step));
        }
    }

    private static void yearsAgo(List<Tick> out, long step, TimeScale scale, double start, double end,
                                 double width) {
        double reference = EpochDays.ofYear(DEEP_TIME_REFERENCE_YEAR);
        // years before present grow to the left
        long first = (long) Math.ceil((reference - end) / EpochDays.DAYS_PER_YEAR / step);
        long last = (long) Math.floor((reference - start) / EpochDays.DAYS_PER_YEAR / step);
        for (long k = last; k >= first; k--) {
            double years = (double) k * step;
            add(out, scale, start, end, width, EpochDays.yearsBefore(years, DEEP_TIME_REFERENCE_YEAR),
                    yearsAgoLabel(years, step));
        }
    }

    private static void add(List<Tick> out, TimeScale scale, double start, double end, double width, double day,
                            String label) {
        if (day >= start && day <= end) {
            // clamp away rounding: a tick at the last day sits at the last pixel, not 2e-13 beyond it
            out.add(new Tick(day, Math.min(Math.max(scale.toPixel(day), 0), width), label));
        }
    }

    // ---- context row -----------------------------------------------------------------------------

    private static List<Tick> context(Unit unit, TimeScale scale, double start, double end, double width,
                                      ToDoubleFunction<String> labelWidth, double gap) {
        List<Tick> periods = new ArrayList<>();
        switch (unit.kind) {
            case MINUTES -> {
                for (long d = (long) Math.floor(start); d <= end; d++) {
                    LocalDate date = LocalDate.ofEpochDay(d);
                    periods.add(new Tick(d, scale.toPixel(d), dayMonth(date) + " " + year(date.getYear())));
                }
            }
            case DAYS, WEEKS -> {
                LocalDate first = LocalDate.ofEpochDay((long) Math.floor(start)).withDayOfMonth(1);
                for (LocalDate d = first; d.toEpochDay() <= end; d = d.plusMonths(1)) {
                    periods.add(new Tick(d.toEpochDay(), scale.toPixel(d.toEpochDay()),
                            MONTHS[d.getMonthValue() - 1] + " " + year(d.getYear())));
                }
            }
            case MONTHS -> {
                for (long y = EpochDays.yearOf(start); EpochDays.ofYear(y) <= end; y++) {
                    periods.add(new Tick(EpochDays.ofYear(y), scale.toPixel(EpochDays.ofYear(y)), year(y)));
                }
            }
            case YEARS -> {
                long startYear = EpochDays.yearOf(start);
                long endYear = EpochDays.yearOf(end);
                if (unit.step <= 5) {
                    decades(periods, scale, startYear, endYear);
                } else if (unit.step <= 25) {
                    ordinalPeriods(periods, scale, startYear, endYear, 100, "century");
                } else if (unit.step <= 250) {
                    ordinalPeriods(periods, scale, startYear, endYear, 1000, "millennium");
                }
            }
            case YEARS_AGO -> {
                // no calendar period to name in deep time, but the short unit of the ticks wants spelling out
                String unitName = unit.step >= 100_000_000 ? "Ga: billions of years ago"
                        : unit.step >= 100_000 ? "Ma: millions of years ago"
                        : unit.step >= 5_000 ? "ka: thousands of years ago" : null;
                if (unitName != null) {
                    periods.add(new Tick(start, 0, unitName));
                }
            }
            default -> throw new IllegalStateException();
        }
        List<Tick> out = new ArrayList<>();
        double previousRight = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < periods.size(); i++) {
            Tick p = periods.get(i);
            double w = labelWidth.applyAsDouble(p.label);
            boolean pinned = p.x <= 0;
            double x = Math.max(p.x, 0);
            if (i + 1 < periods.size() && x + w + gap > periods.get(i + 1).x) {
                // the next period's name needs the room: a label cut in half ("um BC") would read as a fault
                continue;
            }
            // only the name pinned at the left edge may run past the right one, when the view is that narrow
            boolean whole = pinned || x + w <= width;
            if (whole && x < width && x >= previousRight + gap) {
                out.add(new Tick(p.day, x, p.label));
                previousRight = x + w;
            }
        }
        return out;
    }

    /**
     * Decades as a reader names them: "1990s" from 1000 on, "AD 800–809" before (the 800s would read as a
     * century), "229–220 BC" before the era (BC decades count down). AD 1–9 and 9–1 BC are the short decades
     * either side of the missing year 0.
     */
    private static void decades(List<Tick> out, TimeScale scale, long startYear, long endYear) {
        long y = decadeStart(startYear);
        while (y <= endYear) {
            long next;
            String label;
            if (y >= 1) {
                next = (y / 10 + 1) * 10;
                label = y >= 1000 ? y + "s" : "AD " + y + "\u2013" + (next - 1);
            } else {
                long bc = 1 - y;
                long lastBc = bc / 10 * 10;
                next = lastBc == 0 ? 1 : 1 - lastBc + 1;
                label = bc + "\u2013" + Math.max(1, lastBc) + " BC";
            }
            out.add(new Tick(EpochDays.ofYear(y), scale.toPixel(EpochDays.ofYear(y)), label));
            y = next;
        }
    }

    /** The astronomical year that opens the decade holding {@code year}. */
    private static long decadeStart(long year) {
        if (year >= 1) {
            return Math.max(1, year / 10 * 10);
        }
        long bc = 1 - year;
        return 1 - (bc / 10 * 10 + 9);
    }

    /**
     * Centuries or millennia counted as ordinals from the era: the 20th century is 1901–2000, the 1st millennium
     * BC 1000–1 BC, the 5th century AD 401–500. With astronomical years every such period opens on a year
     * {@code length * k + 1}.
     */
    private static void ordinalPeriods(List<Tick> out, TimeScale scale, long startYear, long endYear, long length,
                                       String name) {
        for (long y = Math.floorDiv(startYear - 1, length) * length + 1; y <= endYear; y += length) {
            long n = Math.floorDiv(y - 1, length);
            // "AD" only where the years are written with it too: the first thousand years
            String label = n < 0 ? ordinal(-n) + " " + name + " BC"
                    : ordinal(n + 1) + " " + name + ((n + 1) * length <= 1000 ? " AD" : "");
            out.add(new Tick(EpochDays.ofYear(y), scale.toPixel(EpochDays.ofYear(y)), label));
        }
    }

    /** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st. */
    static String ordinal(long n) {
        long lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th"
                : switch ((int) (n % 10)) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return String.format(Locale.ENGLISH, n >= 10_000 ? "%,d" : "%d", n) + suffix;
    }

    // ---- labels ----------------------------------------------------------------------------------

    /** Astronomical year as a reader says it: 1949, AD 800, 221 BC (year 0 is 1 BC). */
    static String year(long astronomical) {
        if (astronomical <= 0) {
            return String.format(Locale.ENGLISH, astronomical > -9999 ? "%d BC" : "%,d BC", 1 - astronomical);
        }
        return astronomical < 1000 ? "AD " + astronomical
                : String.format(Locale.ENGLISH, astronomical > 9999 ? "%,d" : "%d", astronomical);
    }

    private static String dayMonth(LocalDate d) {
        return d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1];
    }

    /** "present", "500 years ago", "12 ka", "66 Ma", "13.8 Ga", with as many decimals as the step needs. */
    static String yearsAgoLabel(double years, long step) {
        double magnitude = Math.abs(years);
        if (magnitude == 0) {
            return "present";
        }
        String suffix;
        double unit;
        if (magnitude >= 1e9) {
            unit = 1e9;
            suffix = " Ga";
        } else if (magnitude >= 1e6) {
            unit = 1e6;
            suffix = " Ma";
        } else if (magnitude >= 1e4) {
            unit = 1e3;
            suffix = " ka";
        } else {
            return String.format(Locale.ENGLISH, "%,d years ago", Math.round(years));
        }
        int decimals = (int) Math.max(0, Math.ceil(Math.log10(unit / step) - 1e-9));
        String number = String.format(Locale.ENGLISH, "%,." + decimals + "f", magnitude / unit);
        return years < 0 ? "in " + number + suffix : number + suffix;
    }
}
