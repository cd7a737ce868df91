package chronolens.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chronolens.model.EpochDays;
import chronolens.model.Event;

import java.util.List;
import java.util.concurrent.ExecutionException;

import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.VBox;
import javafx.scene.Group;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TimelineViewUiTest {
    private static final double WIDTH = 800;
    private static final double HEIGHT = 300;

    private TimelineView view;

    @Start
    void start(Stage stage) {
        view = new TimelineView(TimelineFixtures.twentiethCentury());
        // fly-to animations would move the range after each step; one test below covers them
        view.setAnimated(false);
        view.setVisibleRange(EpochDays.ofYear(1930), EpochDays.ofYear(1980));
        stage.setScene(new Scene(view, WIDTH, HEIGHT));
        stage.show();
    }

    /** The view's border: the drawing, and the visible range, start this far in. */
    private double inset() {
        return view.snappedLeftInset();
    }

    /** The time under {@code x}, in the view's coordinates. */
    private double dayAt(double x) {
        return view.getVisibleStart()
                + (x - inset()) / view.contentWidth() * (view.getVisibleEnd() - view.getVisibleStart());
    }

    /** Where {@code day} is drawn, in the view's coordinates. */
    private double xOf(double day) {
        double span = view.getVisibleEnd() - view.getVisibleStart();
        return inset() + (day - view.getVisibleStart()) / span * view.contentWidth();
    }

    private double daysPerPixel() {
        return (view.getVisibleEnd() - view.getVisibleStart()) / view.contentWidth();
    }

    private Event event(String id) {
        return view.getEvents().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    private PixelReader canvasPixels(FxRobot robot) throws ExecutionException, InterruptedException {
        Node canvas = robot.lookup("." + TimelineStyle.CANVAS).query();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> canvas.snapshot(null, null)).get();
        return image.getPixelReader();
    }

    private static boolean isAccent(int argb) {
        int r = argb >> 16 & 0xff;
        int g = argb >> 8 & 0xff;
        int b = argb & 0xff;
        return Math.abs(r - 0x2f) < 40 && Math.abs(g - 0x6f) < 40 && Math.abs(b - 0xde) < 40;
    }

    /** Where a person sees the dot of a point event: the accent-coloured pixel in its column, above the axis. */
    private Point2D dotOf(FxRobot robot, Event e) throws ExecutionException, InterruptedException {
        PixelReader pixels = canvasPixels(robot);
        // the first whole pixel at or after the start: a bar begins there, a dot is centred on the start
        int x = (int) Math.ceil(xOf(e.when().start()) - inset());
        for (int y = 0; y < HEIGHT - 60; y++) {
            if (isAccent(pixels.getArgb(x, y))) {
                return new Point2D(x + inset(), y + 3 + inset());
            }
        }
        throw new AssertionError("no marker drawn at x=" + x + " for " + e.title());
    }

    private int accentPixelsAround(FxRobot robot, Point2D at) throws ExecutionException, InterruptedException {
        PixelReader pixels = canvasPixels(robot);
        Point2D p = at.subtract(inset(), inset());
        int count = 0;
        for (int y = (int) p.getY() - 14; y < p.getY() + 14; y++) {
            for (int x = (int) p.getX() - 12; x < p.getX() + 180; x++) {
                count += isAccent(pixels.getArgb(x, y)) ? 1 : 0;
            }
        }
        return count;
    }

    private Point2D screen(double x, double y) {
        return view.localToScreen(x, y);
    }

    @Test
    void wheelZoomKeepsTheTimeUnderThePointer(FxRobot robot) {
        double pointerX = 200;
        double before = dayAt(pointerX);
        double spanBefore = view.getVisibleEnd() - view.getVisibleStart();
        robot.moveTo(screen(pointerX, 100));
        robot.scroll(3, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        double spanAfter = view.getVisibleEnd() - view.getVisibleStart();
        // Monocle's robot wheel gives small deltas of its own sign, so this checks the pivot; the test below the sign
        assertNotEquals(spanBefore, spanAfter, 1e-6);
        assertEquals(before, dayAt(pointerX), spanBefore * 1e-9);
    }

    @Test
    void dragPansByTheDraggedPixels(FxRobot robot) {
        double daysPerPixel = daysPerPixel();
        double start = view.getVisibleStart();
        double end = view.getVisibleEnd();
        robot.drag(screen(400, 60), MouseButton.PRIMARY).moveBy(120, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(start - 120 * daysPerPixel, view.getVisibleStart(), daysPerPixel * 0.5);
        assertEquals(end - 120 * daysPerPixel, view.getVisibleEnd(), daysPerPixel * 0.5);
        assertNull(view.getSelectedEvent(), "a drag is not a click");
    }

    @Test
    void clickOnAMarkerSelectsItsEventAndHighlightsIt(FxRobot robot) throws Exception {
        Event republic = event("c");
        Point2D dot = dotOf(robot, republic);
        int accentBefore = accentPixelsAround(robot, dot);
        robot.clickOn(screen(dot.getX(), dot.getY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(republic, view.getSelectedEvent());
        int accentAfter = accentPixelsAround(robot, dot);
        assertTrue(accentAfter > accentBefore + 200, "selection outline: " + accentBefore + " -> " + accentAfter);
    }

    @Test
    void clickOnEmptySpaceClearsTheSelection(FxRobot robot) {
        robot.interact(() -> view.setSelectedEvent(event("c")));
        robot.clickOn(screen(xOf(EpochDays.ofYear(1976)), 20));
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(view.getSelectedEvent());
    }

    @Test
    void leftAndRightKeysStepThroughEventsInTimeOrder(FxRobot robot) throws Exception {
        robot.clickOn(screen(dotOf(robot, event("c")).getX(), dotOf(robot, event("c")).getY()));
        robot.type(KeyCode.RIGHT);
        assertEquals(event("d"), view.getSelectedEvent());
        robot.type(KeyCode.LEFT, 2);
        assertEquals(event("b"), view.getSelectedEvent());
    }

    @Test
    void rightKeyBringsAnEventOffScreenIntoView(FxRobot robot) {
        robot.interact(() -> {
            view.setVisibleRange(EpochDays.ofYear(1930), EpochDays.ofYear(1948));
            view.setSelectedEvent(event("b"));
            view.requestFocus();
        });
        assertEquals(EpochDays.ofYear(1930), view.getVisibleStart(), 1e-6, "the war years were in view already");
        robot.type(KeyCode.RIGHT);
        Event republic = event("c");
        assertEquals(republic, view.getSelectedEvent());
        assertTrue(view.getVisibleStart() > EpochDays.ofYear(1930));
        double x = xOf(republic.when().start());
        assertTrue(x >= 0 && x <= view.getWidth(), "1 October 1949 drawn at x=" + x);
    }

    @Test
    void plusAndMinusZoomAroundTheMiddleAndHomeFitsAll(FxRobot robot) {
        robot.interact(view::requestFocus);
        double middle = dayAt(view.getWidth() / 2);
        double span = view.getVisibleEnd() - view.getVisibleStart();
        robot.type(KeyCode.EQUALS);
        assertEquals(span / TimelineViewSkin.ZOOM_STEP, view.getVisibleEnd() - view.getVisibleStart(), span * 1e-9);
        assertEquals(middle, dayAt(view.getWidth() / 2), span * 1e-9);
        robot.type(KeyCode.MINUS, 2);
        assertEquals(span * TimelineViewSkin.ZOOM_STEP, view.getVisibleEnd() - view.getVisibleStart(), span * 1e-9);
        robot.interact(() -> view.setVisibleRange(EpochDays.ofYear(1000), EpochDays.ofYear(1001)));
        robot.type(KeyCode.HOME);
        for (Event e : view.getEvents()) {
            assertTrue(e.when().start() >= view.getVisibleStart() && e.when().end() <= view.getVisibleEnd(),
                    e.title() + " not in view after Home");
        }
    }

    @Test
    void withAnimationTheViewFliesToTheNextEvent(FxRobot robot) {
        robot.interact(() -> {
            view.setAnimated(true);
            view.setVisibleRange(EpochDays.ofYear(1930), EpochDays.ofYear(1948));
            view.setSelectedEvent(event("b"));
            view.requestFocus();
        });
        robot.type(KeyCode.RIGHT);
        assertEquals(event("c"), view.getSelectedEvent());
        robot.interact(() -> {
            assertNotNull(view.flight(), "a flight is under way");
            view.flight().jumpTo(view.flight().getTotalDuration());
        });
        double x = xOf(event("c").when().start());
        assertTrue(x >= 0 && x <= view.getWidth(), "1 October 1949 at x=" + x + " after the flight");
    }

    @Test
    void pressingTheOverviewBandOutsideTheWindowCentresTheViewThere(FxRobot robot) {
        robot.interact(() -> view.setVisibleRange(EpochDays.ofYear(1935), EpochDays.ofYear(1940)));
        TimelineViewSkin skin = (TimelineViewSkin) view.getSkin();
        TimelineRenderer.Geometry geometry = skin.renderer().geometry();
        double y = inset() + geometry.overviewTop() + geometry.overviewHeight() / 2;
        double target = skin.renderer().overviewDayAt(600 - inset());
        double span = view.getVisibleEnd() - view.getVisibleStart();
        robot.clickOn(screen(600, y));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(target, (view.getVisibleStart() + view.getVisibleEnd()) / 2, span / 800);
        assertEquals(span, view.getVisibleEnd() - view.getVisibleStart(), span * 1e-9);
    }

    @Test
    void hoveringAMarkerShowsItsDate(FxRobot robot) throws Exception {
        Event moon = event("e");
        Point2D dot = dotOf(robot, moon);
        int inkBefore = darkPixelsAbove(robot, dot);
        robot.moveTo(screen(dot.getX(), dot.getY()));
        WaitForAsyncUtils.waitForFxEvents();
        TimelineViewSkin skin = (TimelineViewSkin) view.getSkin();
        assertEquals(moon, skin.hoveredEvent());
        int inkAfter = darkPixelsAbove(robot, dot);
        assertTrue(inkAfter > inkBefore + 40, "a tooltip with text above the marker: " + inkBefore + " -> " + inkAfter);
    }

    private int darkPixelsAbove(FxRobot robot, Point2D at) throws ExecutionException, InterruptedException {
        PixelReader pixels = canvasPixels(robot);
        Point2D p = at.subtract(inset(), inset());
        int count = 0;
        for (int y = Math.max(0, (int) p.getY() - 60); y < p.getY() - 10; y++) {
            for (int x = Math.max(0, (int) p.getX() - 160); x < Math.min(WIDTH, p.getX() + 160); x++) {
                int argb = pixels.getArgb(x, y);
                count += (argb >> 16 & 0xff) + (argb >> 8 & 0xff) + (argb & 0xff) < 200 ? 1 : 0;
            }
        }
        return count;
    }

    @Test
    void clickingTheRugZoomsInThere(FxRobot robot) {
        TimelineRenderer.Geometry geometry = ((TimelineViewSkin) view.getSkin()).renderer().geometry();
        double x = Math.round(xOf(EpochDays.ofYear(1942)));
        double day = dayAt(x);
        double span = view.getVisibleEnd() - view.getVisibleStart();
        robot.clickOn(screen(x, inset() + (geometry.rugTop() + geometry.axisY()) / 2));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(span / 4, view.getVisibleEnd() - view.getVisibleStart(), span * 1e-9);
        assertEquals(day, dayAt(x), span * 1e-9);
    }

    @Test
    void pageKeysPanByMostOfAScreenAndEscapeClearsTheSelection(FxRobot robot) {
        robot.interact(() -> {
            view.setSelectedEvent(event("c"));
            view.requestFocus();
        });
        double start = view.getVisibleStart();
        double daysPerPixel = daysPerPixel();
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(start + view.getWidth() * TimelineKeys.PAGE_SHARE * daysPerPixel, view.getVisibleStart(),
                daysPerPixel * 1e-6);
        robot.type(KeyCode.PAGE_UP);
        assertEquals(start, view.getVisibleStart(), daysPerPixel * 1e-6);
        robot.type(KeyCode.ESCAPE);
        assertNull(view.getSelectedEvent());
    }

    @Test
    void doubleClickOnABarZoomsToItsSpan(FxRobot robot) throws Exception {
        Event war = event("b");
        Point2D bar = dotOf(robot, war);
        robot.doubleClickOn(screen(bar.getX() + 20, bar.getY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(war, view.getSelectedEvent());
        assertTrue(view.getVisibleStart() < war.when().start() && view.getVisibleEnd() > war.when().end(),
                "the war years are all in view");
        double warShare = (war.when().end() - war.when().start()) / (view.getVisibleEnd() - view.getVisibleStart());
        assertTrue(warShare > 0.6, "and fill most of it: " + warShare);
    }

    @Test
    void selectingAMarkerLeavesEveryLabelWhereItWas(FxRobot robot) throws Exception {
        TimelineViewSkin skin = (TimelineViewSkin) view.getSkin();
        List<double[]> before = skin.renderer().boxes().stream().map(b -> new double[] {b[0], b[2]}).toList();
        Point2D bar = dotOf(robot, event("b"));
        robot.clickOn(screen(bar.getX() + 20, bar.getY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(event("b"), view.getSelectedEvent());
        List<double[]> after = skin.renderer().boxes().stream().map(b -> new double[] {b[0], b[2]}).toList();
        assertEquals(before.size(), after.size());
        for (double[] b : before) {
            assertTrue(after.stream().anyMatch(a -> a[0] == b[0] && a[1] == b[1]), "a label moved from " + b[0]);
        }
    }

    @Test
    void oneWheelNotchUpZoomsInOneStepAroundThePointer(FxRobot robot) {
        double x = 600;
        double day = dayAt(x);
        double span = view.getVisibleEnd() - view.getVisibleStart();
        // what a real mouse sends for one notch away from the user: deltaY +40
        robot.interact(() -> javafx.event.Event.fireEvent(view, new ScrollEvent(ScrollEvent.SCROLL, x, 100, 0, 0,
                false, false, false, false, false, false, 0, 40, 0, 40, ScrollEvent.HorizontalTextScrollUnits.NONE,
                0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        assertEquals(span / TimelineViewSkin.ZOOM_STEP, view.getVisibleEnd() - view.getVisibleStart(), span * 1e-9);
        assertEquals(day, dayAt(x), span * 1e-9);
    }
    private void fireScroll(double x, double dx, double dy, boolean control, int touches) {
        javafx.event.Event.fireEvent(view, new ScrollEvent(ScrollEvent.SCROLL, x, 100, 0, 0, false, control, false,
                false, false, false, dx, dy, dx, dy, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.NONE, 0, touches, null));
    }

    private void fireInertia(double x, double dx, double dy) {
        // shift, control, alt, meta, direct, inertia
        javafx.event.Event.fireEvent(view, new ScrollEvent(ScrollEvent.SCROLL, x, 100, 0, 0, false, false, false,
                false, false, true, dx, dy, dx, dy, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
    }

    @Test
    void aSidewaysTrackpadSwipePansAndCtrlWheelZooms(FxRobot robot) {
        double start = view.getVisibleStart();
        double span = view.getVisibleEnd() - view.getVisibleStart();
        double daysPerPixel = daysPerPixel();
        robot.interact(() -> fireScroll(400, 30, 4, false, 0));
        assertEquals(start - 30 * daysPerPixel, view.getVisibleStart(), daysPerPixel * 1e-6);
        assertEquals(span, view.getVisibleEnd() - view.getVisibleStart(), span * 1e-9);
        double day = dayAt(300);
        robot.interact(() -> fireScroll(300, 0, 40, true, 0));
        assertEquals(span / TimelineViewSkin.ZOOM_STEP, view.getVisibleEnd() - view.getVisibleStart(), span * 1e-9);
        assertEquals(day, dayAt(300), span * 1e-9);
    }

    @Test
    void aTouchSwipePansAndMomentumNeverZooms(FxRobot robot) {
        double span = view.getVisibleEnd() - view.getVisibleStart();
        double start = view.getVisibleStart();
        double daysPerPixel = daysPerPixel();
        robot.interact(() -> fireScroll(400, -50, 10, false, 1));
        assertEquals(start + 50 * daysPerPixel, view.getVisibleStart(), daysPerPixel * 1e-6);
        assertEquals(span, view.getVisibleEnd() - view.getVisibleStart(), span * 1e-9, "a finger does not zoom");
        robot.interact(() -> fireInertia(400, -20, 40));
        assertEquals(start + 70 * daysPerPixel, view.getVisibleStart(), daysPerPixel * 1e-6);
        assertEquals(span, view.getVisibleEnd() - view.getVisibleStart(), span * 1e-9, "momentum does not zoom");
    }

    @Test
    void aPinchZoomsAroundItsCentre(FxRobot robot) {
        double x = 500;
        double day = dayAt(x);
        double span = view.getVisibleEnd() - view.getVisibleStart();
        robot.interact(() -> javafx.event.Event.fireEvent(view, new ZoomEvent(ZoomEvent.ZOOM, x, 100, 0, 0, false,
                false, false, false, false, false, 2, 2, null)));
        assertEquals(span / 2, view.getVisibleEnd() - view.getVisibleStart(), span * 1e-9);
        assertEquals(day, dayAt(x), span * 1e-9);
    }

    @Test
    void theOverviewWindowFollowsTheViewAsItPansAndZooms(FxRobot robot) {
        TimelineViewSkin skin = (TimelineViewSkin) view.getSkin();
        robot.interact(() -> view.setVisibleRange(EpochDays.ofYear(1945), EpochDays.ofYear(1955)));
        WaitForAsyncUtils.waitForFxEvents();
        double[] before = skin.renderer().overviewWindow().clone();
        double bandDaysPerPixel = skin.renderer().overviewDayAt(1) - skin.renderer().overviewDayAt(0);
        assertEquals(view.getVisibleStart(), skin.renderer().overviewDayAt(before[0]), bandDaysPerPixel * 1.5);
        assertEquals(view.getVisibleEnd(), skin.renderer().overviewDayAt(before[1]), bandDaysPerPixel * 1.5);

        robot.interact(() -> view.panByPixels(-150));
        WaitForAsyncUtils.waitForFxEvents();
        double[] panned = skin.renderer().overviewWindow().clone();
        assertTrue(panned[0] > before[0], "panning to later times moves the window right");
        assertEquals(before[1] - before[0], panned[1] - panned[0], 1.5, "and keeps its width");
        assertEquals(view.getVisibleStart(), skin.renderer().overviewDayAt(panned[0]), bandDaysPerPixel * 1.5);

        robot.interact(() -> view.zoomBy(2, WIDTH / 2.0));
        WaitForAsyncUtils.waitForFxEvents();
        double[] zoomed = skin.renderer().overviewWindow();
        assertEquals((panned[1] - panned[0]) / 2, zoomed[1] - zoomed[0], 1.5, "zooming in twice narrows it by half");
        assertEquals(view.getVisibleEnd(), skin.renderer().overviewDayAt(zoomed[1]), bandDaysPerPixel * 1.5);
    }

    @Test
    void draggingTheOverviewWindowPansAndDraggingItsEdgeZooms(FxRobot robot) {
        robot.interact(() -> view.setVisibleRange(EpochDays.ofYear(1945), EpochDays.ofYear(1955)));
        TimelineViewSkin skin = (TimelineViewSkin) view.getSkin();
        TimelineRenderer.Geometry geometry = skin.renderer().geometry();
        double y = inset() + geometry.overviewTop() + geometry.overviewHeight() / 2;
        double[] window = skin.renderer().overviewWindow();
        double bandDaysPerPixel = skin.renderer().overviewDayAt(1) - skin.renderer().overviewDayAt(0);
        double span = view.getVisibleEnd() - view.getVisibleStart();
        double start = view.getVisibleStart();

        double middle = inset() + (window[0] + window[1]) / 2;
        robot.drag(screen(middle, y), MouseButton.PRIMARY).moveBy(60, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(span, view.getVisibleEnd() - view.getVisibleStart(), span * 1e-9, "the window keeps its size");
        assertEquals(start + 60 * bandDaysPerPixel, view.getVisibleStart(), bandDaysPerPixel * 1.5,
                "and moves with the pointer, not jumping to centre on it");

        window = skin.renderer().overviewWindow();
        double end = view.getVisibleEnd();
        start = view.getVisibleStart();
        robot.drag(screen(inset() + window[1], y), MouseButton.PRIMARY).moveBy(80, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(start, view.getVisibleStart(), 1e-6, "the left edge stays");
        assertEquals(end + 80 * bandDaysPerPixel, view.getVisibleEnd(), bandDaysPerPixel * 1.5,
                "the right edge follows the pointer, which zooms the view out");

        window = skin.renderer().overviewWindow();
        end = view.getVisibleEnd();
        robot.drag(screen(inset() + window[0], y), MouseButton.PRIMARY).moveBy(40, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(end, view.getVisibleEnd(), 1e-6, "the right edge stays");
        assertEquals(start + 40 * bandDaysPerPixel, view.getVisibleStart(), bandDaysPerPixel * 1.5);
    }

    @Test
    void tabStepsToTheNextEventAndKeepsTheFocusWhileCtrlTabLeaves(FxRobot robot) {
        Button after = new Button("after");
        robot.interact(() -> {
            Scene scene = view.getScene();
            scene.setRoot(new Group());
            scene.setRoot(new VBox(view, after));
            view.setSelectedEvent(event("b"));
            view.requestFocus();
        });
        robot.type(KeyCode.TAB);
        assertEquals(event("c"), view.getSelectedEvent());
        assertTrue(view.isFocused(), "Tab stays in the timeline");
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertEquals(event("b"), view.getSelectedEvent());
        assertTrue(view.isFocused());
        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(after.isFocused(), "Ctrl+Tab moves on to the next control");
        assertEquals(event("b"), view.getSelectedEvent());
    }

    @Test
    void fFitsTheSelectedEventAndHomeFitsThemAll(FxRobot robot) {
        Event war = event("b");
        robot.interact(() -> {
            view.setVisibleRange(EpochDays.ofYear(1800), EpochDays.ofYear(2100));
            view.setSelectedEvent(war);
            view.requestFocus();
        });
        robot.type(KeyCode.F);
        double span = view.getVisibleEnd() - view.getVisibleStart();
        double warSpan = war.when().end() - war.when().start();
        assertTrue(view.getVisibleStart() < war.when().start() && view.getVisibleEnd() > war.when().end(),
                "the war is in view");
        assertTrue(warSpan / span > 0.6, "and fills most of it: " + warSpan / span);
        robot.type(KeyCode.HOME);
        for (Event e : view.getEvents()) {
            assertTrue(e.when().start() >= view.getVisibleStart() && e.when().end() <= view.getVisibleEnd());
        }
    }

    @Test
    void enterSelectsTheEventNearestTheMiddle(FxRobot robot) {
        robot.interact(() -> {
            view.setVisibleRange(EpochDays.ofYear(1940), EpochDays.ofYear(1960));
            view.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        assertEquals(event("c"), view.getSelectedEvent());
        assertEquals("Republic proclaimed, 1 October 1949", view.getAccessibleText());
    }

    @Test
    void withReducedMotionTheViewJumpsInsteadOfFlying(FxRobot robot) {
        robot.interact(() -> {
            view.setAnimated(true);
            view.setReducedMotion(true);
            view.setVisibleRange(EpochDays.ofYear(1930), EpochDays.ofYear(1948));
            view.setSelectedEvent(event("b"));
            view.requestFocus();
        });
        robot.type(KeyCode.RIGHT);
        assertEquals(event("c"), view.getSelectedEvent());
        assertNull(view.flight(), "no flight");
        double x = xOf(event("c").when().start());
        assertTrue(x >= 0 && x <= view.getWidth(), "1 October 1949 at x=" + x + " at once");
    }

    @Test
    void doubleClickOnEmptyLanesZoomsInAroundThePointer(FxRobot robot) {
        double x = xOf(EpochDays.ofYear(1976));
        double day = dayAt(x);
        double span = view.getVisibleEnd() - view.getVisibleStart();
        robot.doubleClickOn(screen(x, 20));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(span / 2, view.getVisibleEnd() - view.getVisibleStart(), span * 1e-9);
        assertEquals(day, dayAt(x), span * 1e-3);
    }

    @Test
    void fittingLeavesRoomForTheLastEventsWidestLabel(FxRobot robot) {
        String longTitle = "A title long enough to be cut short with an ellipsis at the widest a label may get";
        robot.interact(() -> {
            view.getEvents().setAll(TimelineFixtures.day("a", longTitle, 1900, 1, 1),
                    TimelineFixtures.day("b", longTitle, 1950, 1, 1));
            view.zoomToFit();
        });
        WaitForAsyncUtils.waitForFxEvents();
        double lastX = xOf(TimelineFixtures.day("b", longTitle, 1950, 1, 1).when().start()) - inset();
        double room = view.contentWidth() - lastX;
        assertTrue(room >= TimelineRenderer.LABEL_EMS * view.getLabelFontSize(),
                "room right of the last event: " + room + " px");
    }

    @Test
    void hoveringAClusterListsItsEvents(FxRobot robot) throws Exception {
        robot.interact(() -> {
            view.getEvents().setAll(TimelineFixtures.many(3000, 7));
            view.zoomToFit();
        });
        TimelineViewSkin skin = (TimelineViewSkin) view.getSkin();
        TimelineRenderer renderer = skin.renderer();
        double y = renderer.geometry().axisY() - 2;
        double x = 0;
        while (x < WIDTH && renderer.badgeAt(x, y) < 0) {
            x++;
        }
        assertTrue(x < WIDTH, "a cluster badge is drawn");
        int count = renderer.badgeCount(renderer.badgeAt(x, y));
        PixelReader before = canvasPixels(robot);
        robot.moveTo(screen(x + inset() + 1, y + inset()));
        WaitForAsyncUtils.waitForFxEvents();
        List<Event> listed = skin.hoveredCluster();
        assertEquals(Math.min(5, count), listed.size(), "the first few of its " + count + " events");
        PixelReader after = canvasPixels(robot);
        int changed = 0;
        for (int py = 0; py < (int) renderer.geometry().rugTop(); py++) {
            for (int px = 0; px < WIDTH - 4; px++) {
                changed += before.getArgb(px, py) != after.getArgb(px, py) ? 1 : 0;
            }
        }
        assertTrue(changed > 2000, "a list is drawn above the rug: " + changed + " pixels changed");
    }
}
