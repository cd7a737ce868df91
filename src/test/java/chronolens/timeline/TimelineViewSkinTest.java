package chronolens.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chronolens.model.EpochDays;
import chronolens.model.Event;
import chronolens.model.TemporalValue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Lays the skin out at a fixed size, without a robot, and checks what it drew. */
@ExtendWith(ApplicationExtension.class)
class TimelineViewSkinTest {

    @Start
    void start(Stage stage) {
        // the toolkit is all these tests need; each builds its own scene
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    private static TimelineView laidOut(List<Event> events, double width, double height) {
        TimelineView view = new TimelineView(events);
        new Scene(view, width, height);
        view.applyCss();
        view.resize(width, height);
        view.layout();
        return view;
    }

    private static TimelineViewSkin skin(TimelineView view) {
        return (TimelineViewSkin) view.getSkin();
    }

    @Test
    void labelsInOneLaneNeverOverlapOnADenseTimeline() throws Exception {
        List<double[]> boxes = onFx(() -> {
            TimelineView view = laidOut(TimelineFixtures.many(5000, 3), 1200, 600);
            view.zoomToFit();
            view.layout();
            return skin(view).renderer().boxes();
        });
        assertTrue(boxes.size() > 50, "only " + boxes.size() + " labels");
        Map<Double, List<double[]>> byLane = new HashMap<>();
        for (double[] b : boxes) {
            byLane.computeIfAbsent(b[2], k -> new ArrayList<>()).add(b);
        }
        for (List<double[]> lane : byLane.values()) {
            lane.sort((a, b) -> Double.compare(a[0], b[0]));
            for (int i = 1; i < lane.size(); i++) {
                assertTrue(lane.get(i - 1)[1] <= lane.get(i)[0], "labels overlap in a lane");
            }
        }
    }

    @Test
    void aHundredThousandEventsDrawAtMostTheLabelBudget() throws Exception {
        int labelled = onFx(() -> {
            TimelineView view = laidOut(TimelineFixtures.many(100_000, 5), 1600, 900);
            view.zoomToFit();
            view.layout();
            return skin(view).renderer().labelledCount();
        });
        assertTrue(labelled > 0 && labelled <= TimelineRenderer.LABEL_BUDGET, labelled + " labels");
    }

    @Test
    void anEventIn221BcSitsLeftOfAdOne() throws Exception {
        Event qin = TimelineFixtures.event("q", "Qin unifies China", TemporalValue.ofYear(-220));
        Event adOne = TimelineFixtures.event("a", "Year one", TemporalValue.ofYear(1));
        double[][] boxes = onFx(() -> {
            TimelineView view = laidOut(List.of(adOne, qin), 1000, 300);
            view.setVisibleRange(EpochDays.ofYear(-300), EpochDays.ofYear(100));
            view.layout();
            EventIndex index = skin(view).index();
            return new double[][] {skin(view).renderer().boxOf(index.indexOf(qin)),
                skin(view).renderer().boxOf(index.indexOf(adOne))};
        });
        assertTrue(boxes[0][0] < boxes[1][0], "221 BC at " + boxes[0][0] + ", AD 1 at " + boxes[1][0]);
        assertEquals(1000 * 80.0 / 400, boxes[0][0] + 3, 1.0);
    }

    @Test
    void approximateEventsSayCirca() throws Exception {
        Event founding = TimelineFixtures.event("f", "Founding", TemporalValue.ofYear(1957).asApproximate());
        String label = onFx(() -> {
            TimelineView view = laidOut(List.of(founding), 800, 300);
            view.zoomToFit();
            view.layout();
            return skin(view).renderer().labelOf(skin(view).index().indexOf(founding));
        });
        assertEquals("c. Founding", label);
    }

    @Test
    void longTitlesAreCutWithAnEllipsis() throws Exception {
        Event longOne = TimelineFixtures.event("l", "A very long title ".repeat(10), TemporalValue.ofYear(1957));
        String label = onFx(() -> {
            TimelineView view = laidOut(List.of(longOne), 800, 300);
            view.zoomToFit();
            view.layout();
            return skin(view).renderer().labelOf(0);
        });
        assertTrue(label.endsWith("\u2026") && label.length() < 60, label);
    }

    @Test
    void eventsWithoutADateAreIgnored() throws Exception {
        Event undated = TimelineFixtures.event("u", "Undated", null);
        int size = onFx(() -> skin(laidOut(List.of(undated, TimelineFixtures.twentiethCentury().get(0)), 800, 300))
                .index().size());
        assertEquals(1, size);
    }

    @Test
    void selectingFromOutsideBringsTheEventIntoViewWithItsLabel() throws Exception {
        List<Event> events = TimelineFixtures.twentiethCentury();
        double[] box = onFx(() -> {
            TimelineView view = laidOut(events, 800, 300);
            view.setVisibleRange(EpochDays.ofYear(1800), EpochDays.ofYear(1850));
            view.setSelectedEvent(events.get(4));
            view.layout();
            return skin(view).renderer().boxOf(skin(view).index().indexOf(events.get(4)));
        });
        assertNotNull(box, "the moon landing is labelled");
        assertTrue(box[0] >= 0 && box[0] < 800, "at x=" + box[0]);
    }

    @Test
    void cssVariablesRestyleTheTimeline() throws Exception {
        TimelineView view = onFx(() -> {
            TimelineView v = laidOut(List.of(), 400, 200);
            v.setStyle("-cl-accent: #ff0000; -timeline-label-font-size: 18px;");
            v.applyCss();
            return v;
        });
        assertEquals(Color.RED, view.getAccentFill());
        assertEquals(18, view.getLabelFontSize());
    }

    @Test
    void aLargerFontGivesTallerLanes() throws Exception {
        double[] heights = onFx(() -> {
            TimelineView view = laidOut(TimelineFixtures.twentiethCentury(), 800, 400);
            double normal = skin(view).renderer().geometry().laneHeight();
            view.setLabelFontSize(24);
            view.layout();
            return new double[] {normal, skin(view).renderer().geometry().laneHeight()};
        });
        assertTrue(heights[1] > heights[0] * 1.5, heights[0] + " -> " + heights[1]);
    }

    @Test
    void disposeRemovesTheCanvasAndStopsListening() throws Exception {
        Object[] result = onFx(() -> {
            TimelineView view = laidOut(TimelineFixtures.twentiethCentury(), 800, 300);
            TimelineViewSkin old = skin(view);
            EventIndex index = old.index();
            view.setSkin(new TimelineViewSkin(view));
            view.getEvents().add(TimelineFixtures.day("z", "Later", 1990, 1, 1));
            long canvases = view.getChildrenUnmodifiable().stream()
                    .filter(n -> n.getStyleClass().contains(TimelineStyle.CANVAS)).count();
            return new Object[] {index, old.index(), canvases};
        });
        assertSame(result[0], result[1], "a disposed skin does not rebuild");
        assertEquals(1L, result[2], "only the new skin's canvas is left");
    }

    @Test
    void zoomToFitWithoutEventsKeepsTheRange() throws Exception {
        double[] range = onFx(() -> {
            TimelineView view = laidOut(List.of(), 800, 300);
            double start = view.getVisibleStart();
            view.zoomToFit();
            return new double[] {start, view.getVisibleStart()};
        });
        assertEquals(range[0], range[1]);
    }

    @Test
    void zoomStopsAtAFewMinutesWithThePivotFixed() throws Exception {
        double[] result = onFx(() -> {
            TimelineView view = laidOut(List.of(), 1000, 300);
            view.setVisibleRange(EpochDays.ofYear(2000), EpochDays.ofYear(2001));
            double share = (250 - view.snappedLeftInset()) / view.contentWidth();
            double pivotDay = view.getVisibleStart() + share * (view.getVisibleEnd() - view.getVisibleStart());
            view.zoomBy(1e12, 250);
            double after = view.getVisibleStart() + share * (view.getVisibleEnd() - view.getVisibleStart());
            return new double[] {view.getVisibleEnd() - view.getVisibleStart(), pivotDay, after};
        });
        assertEquals(TimelineView.MIN_SPAN_DAYS, result[0], 1e-9);
        assertEquals(result[1], result[2], 1e-6);
    }

    @Test
    void zoomOutStopsBeyondTheAgeOfTheUniverse() throws Exception {
        double span = onFx(() -> {
            TimelineView view = laidOut(List.of(), 1000, 300);
            view.zoomBy(1e-20, 500);
            return view.getVisibleEnd() - view.getVisibleStart();
        });
        assertEquals(TimelineView.MAX_SPAN_DAYS, span, TimelineView.MAX_SPAN_DAYS * 1e-9);
    }

    @Test
    void aRangeMovedPastItsOwnEndStaysOrdered() throws Exception {
        double[] range = onFx(() -> {
            TimelineView view = laidOut(List.of(), 1000, 300);
            view.setVisibleRange(0, 10);
            List<double[]> seen = new ArrayList<>();
            view.visibleStartProperty().addListener((o, a, b) -> seen.add(
                    new double[] {view.getVisibleStart(), view.getVisibleEnd()}));
            view.setVisibleRange(100, 110);
            return seen.get(0);
        });
        assertTrue(range[0] < range[1], "start " + range[0] + " after end " + range[1]);
    }

    @Test
    void deepTimeEventsSitOnTheAxisInOrder() throws Exception {
        Event bigBang = TimelineFixtures.event("u", "Big Bang", TemporalValue.yearsAgo(13.8e9));
        Event dinosaurs = TimelineFixtures.event("k", "Dinosaurs die out", TemporalValue.yearsAgo(66e6));
        double[][] boxes = onFx(() -> {
            TimelineView view = laidOut(List.of(dinosaurs, bigBang), 1000, 300);
            view.setAnimated(false);
            view.zoomToFit();
            view.layout();
            EventIndex index = skin(view).index();
            return new double[][] {skin(view).renderer().boxOf(index.indexOf(bigBang)),
                skin(view).renderer().boxOf(index.indexOf(dinosaurs))};
        });
        assertNotNull(boxes[0]);
        assertNotNull(boxes[1]);
        assertTrue(boxes[0][0] < boxes[1][0]);
    }

    @Test
    void lineBreaksInTitlesBecomeSpacesAndScreenReadersHearTheSelection() throws Exception {
        Event split = TimelineFixtures.event("s", "Treaty\n  of   Rome", TemporalValue.ofYear(1957));
        String[] result = onFx(() -> {
            TimelineView view = laidOut(List.of(split), 800, 300);
            view.setSelectedEvent(split);
            view.layout();
            return new String[] {skin(view).renderer().labelOf(0), view.getAccessibleText()};
        });
        assertEquals("Treaty of Rome", result[0]);
        assertEquals("Treaty of Rome, 1957", result[1]);
    }

    @Test
    void eventsAddedOneByOneAreIndexedOnceForTheNextFrame() throws Exception {
        int[] result = onFx(() -> {
            TimelineView view = laidOut(List.of(), 800, 300);
            int before = skin(view).indexBuilds();
            for (Event e : TimelineFixtures.many(500, 11)) {
                view.getEvents().add(e);
            }
            view.layout();
            return new int[] {skin(view).indexBuilds() - before, skin(view).index().size()};
        });
        assertEquals(1, result[0]);
        assertEquals(500, result[1]);
    }

    @Test
    void anAppStylesheetOverridesTheVariablesAndPresentationModeRaisesTheType() throws Exception {
        String css = ".root, .timeline-view { -cl-accent: #00aa00; }\n"
                + ".presentation .timeline-view { -timeline-label-font-size: 20px; }\n";
        Object[] result = onFx(() -> {
            TimelineView view = new TimelineView(TimelineFixtures.twentiethCentury());
            StackPane root = new StackPane(view);
            Scene scene = new Scene(root, 800, 300);
            scene.getStylesheets().add("data:text/css;base64,"
                    + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8)));
            root.applyCss();
            double normal = view.getLabelFontSize();
            root.getStyleClass().add("presentation");
            root.applyCss();
            return new Object[] {view.getAccentFill(), normal, view.getLabelFontSize()};
        });
        assertEquals(Color.web("#00aa00"), result[0]);
        assertEquals(12.0, result[1]);
        assertEquals(20.0, result[2]);
    }

    @Test
    void aLongRangeThatBeganBeforeTheViewKeepsItsLabel() throws Exception {
        Event era = TimelineFixtures.event("era", "A long era",
                TemporalValue.spanning(TemporalValue.ofYear(1000), TemporalValue.ofYear(2000)));
        List<Event> events = new ArrayList<>(TimelineFixtures.many(5000, 13));
        events.add(era);
        double[] box = onFx(() -> {
            TimelineView view = laidOut(events, 1000, 300);
            view.setVisibleRange(EpochDays.ofYear(1900), EpochDays.ofYear(1950));
            view.layout();
            return skin(view).renderer().boxOf(skin(view).index().indexOf(era));
        });
        assertNotNull(box, "the era is labelled");
        assertTrue(box[0] <= 0 && box[1] >= 1000, "its bar spans the view: " + box[0] + ".." + box[1]);
    }

    @Test
    void selectingARangeAlreadyOnScreenLeavesTheViewAlone() throws Exception {
        Event era = TimelineFixtures.event("era", "A long era",
                TemporalValue.spanning(TemporalValue.ofYear(1000), TemporalValue.ofYear(2000)));
        double[] range = onFx(() -> {
            TimelineView view = laidOut(List.of(era), 1000, 300);
            view.setVisibleRange(EpochDays.ofYear(1900), EpochDays.ofYear(1950));
            view.setSelectedEvent(era);
            return new double[] {view.getVisibleStart(), view.getVisibleEnd()};
        });
        assertEquals(EpochDays.ofYear(1900), range[0]);
        assertEquals(EpochDays.ofYear(1950), range[1]);
    }
    @Test
    void categoriesColourTheMarkersAndTheLegendNamesThem() throws Exception {
        List<Event> events = TimelineFixtures.twentiethCentury();
        Map<String, String> categories = Map.of("a", "politics", "c", "politics", "e", "science");
        Object[] result = onFx(() -> {
            TimelineView view = laidOut(events, 800, 300);
            view.setVisibleRange(EpochDays.ofYear(1930), EpochDays.ofYear(1980));
            view.setCategoryOf(e -> categories.get(e.id()));
            view.layout();
            Color moon = pixelAtDot(view, events.get(4));
            Color republic = pixelAtDot(view, events.get(2));
            CategoryLegend legend = (CategoryLegend) view.getChildrenUnmodifiable().stream()
                    .filter(n -> n.getStyleClass().contains(TimelineStyle.LEGEND)).findFirst().orElseThrow();
            List<String> names = legend.getChildren().stream().map(n -> ((javafx.scene.control.Label) n).getText())
                    .toList();
            return new Object[] {moon, republic, names, legend.isVisible(), skin(view).legendCategories()};
        });
        // politics sorts first and takes the first colour, science the second
        assertClose(Color.web("#0072b2"), (Color) result[1]);
        assertClose(Color.web("#e69f00"), (Color) result[0]);
        assertEquals(List.of("politics", "science", "Other"), result[2]);
        assertEquals(true, result[3]);
        assertEquals(List.of("politics", "science"), result[4]);
    }

    @Test
    void withoutCategoriesTheLegendIsHiddenAndMarkersTakeTheAccent() throws Exception {
        List<Event> events = TimelineFixtures.twentiethCentury();
        Object[] result = onFx(() -> {
            TimelineView view = laidOut(events, 800, 300);
            view.setVisibleRange(EpochDays.ofYear(1930), EpochDays.ofYear(1980));
            view.setCategoryOf(e -> e.id().equals("e") ? "science" : null);
            view.layout();
            view.setCategoryOf(e -> " ");
            view.layout();
            boolean legendShown = view.getChildrenUnmodifiable().stream()
                    .anyMatch(n -> n.getStyleClass().contains(TimelineStyle.LEGEND) && n.isVisible());
            return new Object[] {legendShown, pixelAtDot(view, events.get(4))};
        });
        assertEquals(false, result[0]);
        assertClose(Color.web("#2f6fde"), (Color) result[1]);
    }

    @Test
    void aThemeRedefinesTheCategoryColours() throws Exception {
        String css = ".timeline-view { -cl-category-2: #ff0000; }\n";
        Paint[] fills = onFx(() -> {
            TimelineView view = new TimelineView();
            StackPane root = new StackPane(view);
            Scene scene = new Scene(root, 400, 200);
            scene.getStylesheets().add("data:text/css;base64,"
                    + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8)));
            root.applyCss();
            return view.getCategoryFills();
        });
        assertEquals(8, fills.length);
        assertEquals(Color.RED, fills[1]);
    }

    @Test
    void fitSelectionShowsTheSelectedEventWithMargins() throws Exception {
        List<Event> events = TimelineFixtures.twentiethCentury();
        double[] range = onFx(() -> {
            TimelineView view = laidOut(events, 800, 300);
            view.setVisibleRange(EpochDays.ofYear(1000), EpochDays.ofYear(1100));
            view.zoomToSelection();
            double unchanged = view.getVisibleStart();
            view.setSelectedEvent(events.get(4));
            view.zoomToSelection();
            return new double[] {unchanged, view.getVisibleStart(), view.getVisibleEnd()};
        });
        Event moon = events.get(4);
        assertEquals(EpochDays.ofYear(1000), range[0], "nothing selected: the view stays");
        assertTrue(range[1] < moon.when().start() && range[2] > moon.when().end(), "the day is in view");
        assertTrue(range[2] - range[1] < 5, "and the view is a few days wide: " + (range[2] - range[1]));
    }

    private static Color pixelAtDot(TimelineView view, Event e) {
        Node canvas = view.getChildrenUnmodifiable().stream()
                .filter(n -> n.getStyleClass().contains(TimelineStyle.CANVAS)).findFirst().orElseThrow();
        TimelineRenderer renderer = skin(view).renderer();
        double[] box = renderer.boxOf(skin(view).index().indexOf(e));
        assertNotNull(box, e.title() + " is labelled");
        // a point's dot sits at the left of its box, centred in the lane
        double x = box[0] + 3 + renderer.geometry().fontSize() * 0.32;
        double y = (box[2] + box[3]) / 2;
        WritableImage image = canvas.snapshot(null, null);
        return image.getPixelReader().getColor((int) Math.round(x), (int) Math.round(y));
    }

    private static void assertClose(Color expected, Color actual) {
        double d = Math.abs(expected.getRed() - actual.getRed()) + Math.abs(expected.getGreen() - actual.getGreen())
                + Math.abs(expected.getBlue() - actual.getBlue());
        assertTrue(d < 0.08, "expected about " + expected + " but was " + actual);
    }
}
