package chronolens.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chronolens.model.EpochDays;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class TickPlanTest {
    /** A monospaced stand-in for real text measurement. */
    private static final ToDoubleFunction<String> SEVEN_PX = s -> 7.0 * s.length();
    private static final double NOW = EpochDays.of(LocalDate.of(2026, 11, 29));

    private record Span(String name, double start, double end) {
    }

    private static List<Span> spans() {
        double may16 = EpochDays.of(LocalDateTime.of(2024, 5, 16, 20, 0));
        return List.of(
                new Span("one hour", may16, may16 + 1 / 24.0),
                new Span("one day", may16 - 0.5, may16 + 0.5),
                new Span("a month", may16 - 15, may16 + 15),
                new Span("a decade", EpochDays.ofYear(1990), EpochDays.ofYear(2000)),
                new Span("3000 BC to today", EpochDays.ofYear(-2999), NOW),
                new Span("around AD 1", EpochDays.ofYear(-30), EpochDays.ofYear(30)),
                new Span("dinosaurs", EpochDays.yearsBefore(80e6, 2000), EpochDays.yearsBefore(60e6, 2000)),
                new Span("13.8 billion years", EpochDays.yearsBefore(13.8e9, 2000), NOW));
    }

    @TestFactory
    Stream<DynamicTest> labelsNeverOverlapAndTicksStayInsideAndUnderTheCap() {
        return spans().stream().flatMap(span -> Stream.of(80, 200, 640, 1600, 4000).map(width ->
                DynamicTest.dynamicTest(span.name + " over " + width + " px", () -> {
                    TimeScale scale = TimeScale.fit(span.start, span.end, width);
                    TickPlan plan = TickPlan.plan(scale, width, SEVEN_PX, 8, 40);
                    List<TickPlan.Tick> ticks = plan.ticks();
                    assertTrue(ticks.size() <= 40, plan.unit() + ": " + ticks.size() + " ticks");
                    double previousRight = Double.NEGATIVE_INFINITY;
                    for (TickPlan.Tick t : ticks) {
                        assertTrue(t.x() >= 0 && t.x() <= width, t + " outside 0.." + width);
                        assertTrue(t.day() >= span.start && t.day() <= span.end, t + " outside the span");
                        double w = SEVEN_PX.applyAsDouble(t.label());
                        assertTrue(t.x() - w / 2 >= previousRight + 8, t + " overlaps its neighbour");
                        previousRight = t.x() + w / 2;
                        assertFalse(t.label().matches("(?i).*\\b0 BC.*|year 0|AD 0|0"), t.label());
                    }
                    if (width >= 640) {
                        assertTrue(ticks.size() >= 3, plan.unit() + " gives only " + ticks);
                    }
                })));
    }

    private static List<String> labels(double start, double end, double width) {
        return TickPlan.plan(TimeScale.fit(start, end, width), width, SEVEN_PX).ticks().stream()
                .map(TickPlan.Tick::label).toList();
    }

    @Test
    void yearsAcrossTheEraGoFromOneBcToAdOne() {
        List<String> labels = labels(EpochDays.ofYear(-3) - 1, EpochDays.ofYear(4) + 1, 1600);
        assertEquals(List.of("4 BC", "3 BC", "2 BC", "1 BC", "AD 1", "AD 2", "AD 3", "AD 4"), labels);
    }

    @Test
    void centuriesCountBcAndAdFromTheEra() {
        List<String> labels = labels(EpochDays.ofYear(-550), EpochDays.ofYear(550), 1000);
        assertEquals(List.of("500 BC", "400 BC", "300 BC", "200 BC", "100 BC", "AD 1", "AD 100", "AD 200",
                "AD 300", "AD 400", "AD 500"), labels);
    }

    @Test
    void yearBeforeChristSitsLeftOfAdOne() {
        TickPlan plan = TickPlan.plan(TimeScale.fit(EpochDays.ofYear(-300), EpochDays.ofYear(100), 1600), 1600,
                SEVEN_PX);
        double bc = plan.ticks().stream().filter(t -> t.label().equals("200 BC")).findFirst().orElseThrow().x();
        double ad = plan.ticks().stream().filter(t -> t.label().equals("AD 1")).findFirst().orElseThrow().x();
        assertTrue(bc < ad);
    }

    @Test
    void twentiethCenturyYears() {
        List<String> labels = labels(EpochDays.ofYear(1945) - 10, EpochDays.ofYear(1952) + 10, 800);
        assertEquals(List.of("1945", "1946", "1947", "1948", "1949", "1950", "1951", "1952"), labels);
    }

    @Test
    void daysAreLabelledDayAndMonthUnderTheirMonth() {
        double start = EpochDays.of(LocalDate.of(2024, 5, 14));
        TickPlan plan = TickPlan.plan(TimeScale.fit(start, start + 4.5, 400), 400, SEVEN_PX);
        assertEquals(List.of("14 May", "15 May", "16 May", "17 May", "18 May"),
                plan.ticks().stream().map(TickPlan.Tick::label).toList());
        assertEquals(List.of("May 2024"), plan.context().stream().map(TickPlan.Tick::label).toList());
        assertEquals(0, plan.context().get(0).x());
    }

    @Test
    void monthsSayMonthAndYear() {
        List<String> labels = labels(EpochDays.of(LocalDate.of(2024, 3, 20)), EpochDays.of(LocalDate.of(2024, 7, 5)),
                800);
        assertEquals(List.of("Apr 2024", "May 2024", "Jun 2024", "Jul 2024"), labels);
    }

    @Test
    void hoursUnderTheirDay() {
        double start = EpochDays.of(LocalDateTime.of(2024, 5, 16, 19, 30));
        TickPlan plan = TickPlan.plan(TimeScale.fit(start, start + 3 / 24.0, 600), 600, SEVEN_PX);
        assertTrue(plan.ticks().stream().map(TickPlan.Tick::label).toList().containsAll(List.of("20:00", "21:00")));
        assertEquals("16 May 2024", plan.context().get(0).label());
    }

    @Test
    void deepTimeSaysMillionsOfYearsAgo() {
        List<String> labels = labels(EpochDays.yearsBefore(100e6, 2000), EpochDays.yearsBefore(50e6, 2000), 1000);
        assertTrue(labels.contains("66 Ma") || labels.contains("70 Ma"), labels.toString());
        assertTrue(labels.stream().allMatch(l -> l.endsWith(" Ma")), labels.toString());
    }

    @Test
    void theAgeOfTheUniverseInBillions() {
        List<String> labels = labels(EpochDays.yearsBefore(14e9, 2000), EpochDays.ofYear(2000), 1600);
        assertTrue(labels.contains("10 Ga"), labels.toString());
    }

    @Test
    void yearsAgoLabels() {
        assertEquals("66 Ma", TickPlan.yearsAgoLabel(66e6, 1_000_000));
        assertEquals("66.5 Ma", TickPlan.yearsAgoLabel(66.5e6, 100_000));
        assertEquals("13.8 Ga", TickPlan.yearsAgoLabel(13.8e9, 100_000_000));
        assertEquals("20 ka", TickPlan.yearsAgoLabel(20_000, 10_000));
        assertEquals("present", TickPlan.yearsAgoLabel(0, 10_000));
        assertEquals("in 10 Ma", TickPlan.yearsAgoLabel(-10e6, 10_000_000));
    }

    @Test
    void yearLabels() {
        assertEquals("1 BC", TickPlan.year(0));
        assertEquals("221 BC", TickPlan.year(-220));
        assertEquals("AD 1", TickPlan.year(1));
        assertEquals("AD 800", TickPlan.year(800));
        assertEquals("1949", TickPlan.year(1949));
        assertEquals("12,000 BC", TickPlan.year(-11_999));
    }

    @Test
    void nothingFitsUnderACapOfZero() {
        TickPlan plan = TickPlan.plan(TimeScale.fit(0, 365, 800), 800, SEVEN_PX, 8, 0);
        assertEquals(List.of(), plan.ticks());
        assertEquals("none", plan.unit());
    }

    @Test
    void midnightAmongHoursNamesItsDay() {
        double start = EpochDays.of(LocalDateTime.of(2024, 5, 16, 18, 0));
        List<String> labels = labels(start, start + 12 / 24.0, 800);
        assertTrue(labels.contains("17 May"), labels.toString());
        assertTrue(labels.contains("21:00"), labels.toString());
        assertFalse(labels.contains("00:00"), labels.toString());
    }
    private static TickPlan planOver(double start, double end, double width) {
        return TickPlan.plan(TimeScale.fit(start, end, width), width, SEVEN_PX);
    }

    private static List<String> context(TickPlan plan) {
        return plan.context().stream().map(TickPlan.Tick::label).toList();
    }

    @TestFactory
    Stream<DynamicTest> contextLabelsNeverOverlapAndOneIsAlwaysAtTheLeftEdge() {
        return spans().stream().flatMap(span -> Stream.of(200, 640, 1600, 4000).map(width ->
                DynamicTest.dynamicTest(span.name + " over " + width + " px", () -> {
                    TickPlan plan = planOver(span.start, span.end, width);
                    List<TickPlan.Tick> context = plan.context();
                    if (context.isEmpty()) {
                        // a narrow view may have no room for a whole period name
                        assertTrue(width < 640 || plan.unit().startsWith("500") || plan.unit().contains("000")
                                || plan.unit().equals("none"), plan.unit() + " has no context row");
                        return;
                    }
                    TickPlan.Tick first = context.get(0);
                    boolean pinned = first.x() == 0;
                    double previousRight = Double.NEGATIVE_INFINITY;
                    for (TickPlan.Tick t : context) {
                        double w = SEVEN_PX.applyAsDouble(t.label());
                        assertTrue(t.x() >= previousRight + TickPlan.DEFAULT_GAP, t + " overlaps its neighbour");
                        assertTrue(t.x() >= 0, t + " cut by the left edge");
                        assertTrue(t.x() + w <= width || pinned && t == first, t + " cut by the right edge");
                        previousRight = t.x() + w;
                    }
                    if (!pinned) {
                        // the period at the left edge gave way only to a name that begins within its width
                        assertTrue(first.x() < SEVEN_PX.applyAsDouble(first.label()) * 3 + TickPlan.DEFAULT_GAP,
                                "nothing names the left of the view up to " + first);
                    }
                })));
    }

    @Test
    void monthsHaveTheirYearAbove() {
        TickPlan plan = planOver(EpochDays.of(LocalDate.of(2023, 11, 1)), EpochDays.of(LocalDate.of(2024, 9, 1)),
                1000);
        assertEquals("month", plan.unit());
        assertEquals(List.of("2023", "2024"), context(plan));
        double january = plan.ticks().stream().filter(t -> t.label().equals("Jan 2024")).findFirst().orElseThrow().x();
        assertEquals(january, plan.context().get(1).x(), 1e-6);
    }

    @Test
    void yearsHaveTheirDecadeAbove() {
        TickPlan plan = planOver(EpochDays.ofYear(1985), EpochDays.ofYear(2004), 1600);
        assertEquals("1 years", plan.unit());
        assertEquals(List.of("1980s", "1990s", "2000s"), context(plan));
    }

    @Test
    void decadesHaveTheirCenturyAbove() {
        TickPlan plan = planOver(EpochDays.ofYear(1850), EpochDays.ofYear(2030), 1000);
        assertEquals("10 years", plan.unit());
        assertEquals(List.of("19th century", "20th century", "21st century"), context(plan));
        // the 20th century runs 1901-2000
        assertEquals(EpochDays.ofYear(1901), plan.context().get(1).day(), 1e-9);
    }

    @Test
    void centuriesHaveTheirMillenniumAbove() {
        TickPlan plan = planOver(EpochDays.ofYear(-1400), EpochDays.ofYear(1800), 1200);
        assertTrue(plan.unit().equals("100 years") || plan.unit().equals("250 years"), plan.unit());
        assertEquals(List.of("2nd millennium BC", "1st millennium BC", "1st millennium AD", "2nd millennium"),
                context(plan));
    }

    @Test
    void decadesBeforeTheEraCountDown() {
        // astronomical -235..-205 is 236 BC to 206 BC
        TickPlan plan = planOver(EpochDays.ofYear(-235), EpochDays.ofYear(-205), 1600);
        assertEquals(List.of("239\u2013230 BC", "229\u2013220 BC", "219\u2013210 BC", "209\u2013200 BC"),
                context(plan));
        assertEquals(List.of("9\u20131 BC", "AD 1\u20139", "AD 10\u201319"),
                context(planOver(EpochDays.ofYear(-5), EpochDays.ofYear(15), 1600)));
    }

    @Test
    void theLeftLabelGivesWayRatherThanOverlapTheNextOrShowHalfOfItself() {
        // late 1999 is at the very left, and the 2000s begin a few pixels in
        TickPlan plan = planOver(EpochDays.ofYear(1999) + 300, EpochDays.ofYear(2010), 1000);
        assertEquals(List.of("2000s"), context(plan));
        // from mid-1998 there is room for both
        plan = planOver(EpochDays.ofYear(1998) + 180, EpochDays.ofYear(2010), 1000);
        assertEquals(List.of("1990s", "2000s"), context(plan));
        assertEquals(0, plan.context().get(0).x());
    }

    @Test
    void deepTimeSpellsOutItsUnit() {
        assertEquals(List.of("Ma: millions of years ago"),
                context(planOver(EpochDays.yearsBefore(100e6, 2000), EpochDays.yearsBefore(50e6, 2000), 1000)));
        assertEquals(List.of("Ga: billions of years ago"),
                context(planOver(EpochDays.yearsBefore(14e9, 2000), EpochDays.ofYear(2000), 1600)));
    }

    @Test
    void centuriesOfTheFirstMillenniumSayAd() {
        assertEquals(List.of("4th century AD", "5th century AD", "6th century AD"),
                context(planOver(EpochDays.ofYear(350), EpochDays.ofYear(520), 1600)));
    }

    @Test
    void ordinals() {
        assertEquals(List.of("1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "101st", "111th"),
                Stream.of(1, 2, 3, 4, 11, 12, 13, 21, 101, 111).map(TickPlan::ordinal).toList());
    }
}
