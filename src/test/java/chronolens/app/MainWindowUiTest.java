package chronolens.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chronolens.model.EpochDays;
import chronolens.model.Event;
import chronolens.timeline.TimelineFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.RangeSlider;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowUiTest {
    private MainWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        ArticleLoader loader = new ArticleLoader();
        window = new MainWindow(loader, new Recovery(dir.resolve("recovery.chronolens.json")));
        Scene scene = new Scene(window, 1280, 800);
        scene.getStylesheets().add(getClass().getResource(AppStyles.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        window.timeline().setAnimated(false); // no fly-to in flight while a test measures the view
        stage.show();
        window.show(loader.loadFirstSeed());
    }

    @Test
    void startsOnTheSeedAndShowsItsEvents(FxRobot robot) {
        List<Event> shown = window.timeline().getEvents();
        assertFalse(shown.isEmpty(), "the timeline shows the seed's events");
        assertEquals(window.viewModel().getEvents(), shown);
        StatusBar status = robot.lookup("#status").queryAs(StatusBar.class);
        assertTrue(status.getText().contains(shown.size() + " events"), status.getText());
    }

    @Test
    void selectingAnEventShowsItsDetailAndHighlightsItsSentence(FxRobot robot) {
        robot.clickOn(robot.lookup(".event-list-pane .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        Event selected = window.viewModel().selectedEventProperty().get();
        assertEquals(window.viewModel().getEvents().get(0), selected);
        assertEquals(selected.title(), robot.lookup("#detail-title").queryAs(Label.class).getText());
        assertFalse(robot.lookup("#detail-date").queryAs(Label.class).getText().isEmpty());
        assertEquals(selected.source(), window.articlePane().highlighted());
        Bounds mark = window.articlePane().highlightOnScene();
        assertTrue(mark.getWidth() > 0 && mark.getHeight() > 0, "the sentence is visibly marked");
        if (selected.timex() >= 0) {
            Bounds words = window.articlePane().timexOnScene(selected.timex());
            assertTrue(mark.contains(words.getCenterX(), words.getCenterY()),
                    "the mark covers the sentence's own date words: " + mark + " vs " + words);
        }
        assertEquals(selected, window.timeline().selectedEventProperty().get());
        robot.interact(() -> window.articlePane().setVvalue(1));
        robot.clickOn("#show-in-article");
        Bounds back = window.articlePane().highlightOnScene();
        Bounds viewport = window.articlePane().localToScene(window.articlePane().getLayoutBounds());
        assertTrue(viewport.intersects(back), "Show in article scrolls the sentence back into view");
    }

    @Test
    void wheelOverTheTimelineZooms(FxRobot robot) {
        double span = window.timeline().visibleEndProperty().get() - window.timeline().visibleStartProperty().get();
        robot.moveTo("#timeline");
        robot.scroll(3, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        double after = window.timeline().visibleEndProperty().get() - window.timeline().visibleStartProperty().get();
        assertNotEquals(span, after, 1e-9);
    }

    @Test
    void openingABinaryFileShowsAProblemAndKeepsTheTimeline(FxRobot robot) throws IOException, TimeoutException {
        List<Event> before = List.copyOf(window.timeline().getEvents());
        Path pdf = Files.write(dir.resolve("paper.pdf"), "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1));
        robot.interact(() -> window.open(pdf));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().problemProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Label problem = robot.lookup("#problem").queryAs(Label.class);
        assertTrue(problem.isVisible());
        assertEquals("paper.pdf is not text: looks like a PDF document", problem.getText());
        assertEquals(before, window.timeline().getEvents());
    }

    @Test
    void openingAnotherArticleRebuildsTheTimeline(FxRobot robot) throws IOException, TimeoutException {
        Path other = Files.writeString(dir.resolve("other.txt"),
                "The bridge opened in 1937. It was repainted in 1968 and again in 1995.");
        robot.interact(() -> window.open(other));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> window.viewModel().getExtraction().article().name().equals("other.txt"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.timeline().getEvents().stream()
                .anyMatch(e -> e.when().timex().equals("1937")), "the new article's events are shown");
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(window.viewModel().getEvents().get(0), window.viewModel().selectedEventProperty().get());
    }

    @Test
    void aSheetOfAHundredThousandEventsOpensFitsAndStaysUsable(FxRobot robot) throws IOException, TimeoutException {
        Path sheet = Files.writeString(dir.resolve("many.csv"), TimelineFixtures.sheet(100_000, 7));
        robot.interact(() -> window.open(sheet));
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> window.timeline().getEvents().size() == 100_000);
        WaitForAsyncUtils.waitForFxEvents();
        double start = window.timeline().visibleStartProperty().get();
        double end = window.timeline().visibleEndProperty().get();
        assertTrue(start <= EpochDays.ofYear(-1000) && end >= EpochDays.ofYear(2000),
                "the view fits all 3000 years: " + start + " .. " + end);

        robot.clickOn(window.timeline());
        robot.type(KeyCode.RIGHT);
        Event first = window.viewModel().selectedEventProperty().get();
        assertTrue(first != null, "a key selects an event");
        robot.type(KeyCode.RIGHT);
        Event second = window.viewModel().selectedEventProperty().get();
        assertTrue(second.when().start() >= first.when().start(), "Right steps forward in time");

        double before = window.timeline().visibleEndProperty().get() - window.timeline().visibleStartProperty().get();
        robot.moveTo(window.timeline());
        robot.scroll(3, javafx.geometry.VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        double zoomed = window.timeline().visibleEndProperty().get() - window.timeline().visibleStartProperty().get();
        assertNotEquals(before, zoomed, 1e-9, "the wheel zooms");
    }

    @Test
    void aSavedTimelineReopensAsItWasLeft(FxRobot robot) throws TimeoutException {
        Path file = dir.resolve("seed" + chronolens.io.ProjectStore.EXTENSION);
        robot.interact(() -> {
            window.viewModel().selectNext();
            window.viewModel().selectNext();
        });
        Event selected = window.viewModel().selectedEventProperty().get();
        double start = window.timeline().visibleStartProperty().get();
        robot.interact(() -> window.saveTo(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> file.equals(window.viewModel().documentPathProperty().get()));
        robot.interact(() -> window.timeline().zoomToFit());
        robot.interact(() -> window.open(dir.resolve("missing.txt")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().problemProperty().get() != null);
        robot.interact(() -> window.open(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().problemProperty().get() == null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(selected, window.viewModel().selectedEventProperty().get());
        assertEquals(start, window.timeline().visibleStartProperty().get(), 1e-6);
        assertEquals(file, window.viewModel().documentPathProperty().get());
        assertEquals(file.getFileName() + " — Chronolens", window.viewModel().windowTitle().get());
    }

    @Test
    void pastedTextBecomesANewUnsavedTimeline(FxRobot robot) throws TimeoutException {
        robot.interact(() -> window.openText("The canal opened in 1869."));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> window.viewModel().getExtraction().article().name().equals("Pasted text"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, window.viewModel().documentPathProperty().get());
        assertTrue(window.timeline().getEvents().stream().anyMatch(e -> e.when().timex().equals("1869")));
    }

    @Test
    void searchFiltersTheListAndTheTimeline(FxRobot robot) {
        int all = window.timeline().getEvents().size();
        Event first = window.viewModel().getEvents().get(0);
        String word = first.title().split("\\s+")[0];
        robot.press(KeyCode.CONTROL).press(KeyCode.F).release(KeyCode.F).release(KeyCode.CONTROL);
        robot.write(first.when().label() + " " + word);
        WaitForAsyncUtils.waitForFxEvents();
        List<Event> shown = window.timeline().getEvents();
        assertTrue(shown.contains(first), "the event searched for stays");
        assertTrue(shown.size() <= all);
        assertEquals(shown, robot.lookup("#event-list").queryTableView().getItems());
        robot.interact(() -> window.viewModel().searchProperty().set("zzzz-no-such-words"));
        assertTrue(window.timeline().getEvents().isEmpty());
    }

    @Test
    void clickingAMarkerOnTheTimelineShowsItsEventInThePanes(FxRobot robot) throws Exception {
        Event target = window.viewModel().getEvents().get(0);
        Node canvas = robot.lookup(".timeline-canvas").query();
        Point2D marker = markerOf(canvas, target);
        robot.clickOn(canvas.localToScreen(marker));
        WaitForAsyncUtils.waitForFxEvents();
        Event selected = window.viewModel().selectedEventProperty().get();
        assertEquals(target.when(), selected.when(), "the click selected an event at that date");
        assertEquals(selected.title(), robot.lookup("#detail-title").queryAs(Label.class).getText());
        assertEquals(selected.source(), window.articlePane().highlighted());
        assertEquals(selected, robot.lookup("#event-list").queryTableView().getSelectionModel().getSelectedItem());
    }

    /** Where a person sees an event's marker: the first accent-blue pixel in the column of its start. */
    private Point2D markerOf(Node canvas, Event e) throws Exception {
        PixelReader pixels = WaitForAsyncUtils.asyncFx(() -> canvas.snapshot(null, null)).get().getPixelReader();
        double start = window.timeline().getVisibleStart();
        double span = window.timeline().getVisibleEnd() - start;
        int x = (int) Math.round((e.when().start() - start) / span * canvas.getLayoutBounds().getWidth()) + 2;
        for (int y = 0; y < canvas.getLayoutBounds().getHeight(); y++) {
            int argb = pixels.getArgb(x, y);
            int r = argb >> 16 & 0xff;
            int b = argb & 0xff;
            if (b - r > 80) {
                return new Point2D(x, y + 2);
            }
        }
        throw new AssertionError("no marker drawn at x=" + x + " for " + e.title());
    }

    @Test
    void theDateRangeSliderIsTheTimelinesVisibleRange(FxRobot robot) {
        RangeSlider range = robot.lookup("#date-range").queryAs(RangeSlider.class);
        double lowYear = chronolens.model.EpochDays.fractionalYear(window.timeline().getVisibleStart());
        assertEquals(Math.max(range.getMin(), lowYear), range.getLowValue(), 1e-6);
        robot.interact(() -> {
            range.setLowValue(2020);
            range.setHighValue(2026);
        });
        assertEquals(2020, chronolens.model.EpochDays.fractionalYear(window.timeline().getVisibleStart()), 1e-6);
        assertTrue(window.viewModel().getListedEvents().stream().allMatch(e -> e.when().startYear() >= 2019),
                "the table lists what lies in the range");
        assertTrue(window.viewModel().getListedEvents().size() < window.viewModel().getEvents().size());
    }

    @Test
    void openingALongArticleCanBeCancelledAndNothingIsReplaced(FxRobot robot) throws Exception {
        Path small = Files.writeString(dir.resolve("small.txt"), "The tower was finished in 1889.");
        List<String> shownNames = new java.util.ArrayList<>();
        robot.interact(() -> window.viewModel().extractionProperty().addListener(
                (obs, old, now) -> shownNames.add(now.article().name())));
        java.util.concurrent.CountDownLatch reading = new java.util.concurrent.CountDownLatch(1);
        robot.interact(() -> window.open("long.txt", () -> {
            try {
                reading.await(30, TimeUnit.SECONDS); // a long read, still going when Cancel is pressed
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return chronolens.io.ReadResult.of(new chronolens.model.Article("long.txt", "It ended in 1902."));
        }));
        assertTrue(robot.lookup("#cancel-load").query().isVisible(), "a long load can be cancelled");
        robot.clickOn("#cancel-load");
        assertFalse(window.viewModel().busyProperty().get());
        reading.countDown();
        // Loads run one after another, so once the small article shows, the cancelled one has finished too.
        robot.interact(() -> window.open(small));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shownNames.contains("small.txt"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("small.txt"), shownNames, "the cancelled article never replaced the timeline");
    }

    @Test
    void aLongArticleShowsTheTextAroundTheSelectedEvent(FxRobot robot) throws IOException, TimeoutException {
        String filler = "The river runs by the old mill and the farms around it.\n".repeat(4_000);
        Path book = Files.writeString(dir.resolve("book.txt"),
                "The mill was built in 1820.\n" + filler + "The mill burned down in 1911.\n");
        robot.interact(() -> window.open(book));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> window.viewModel().getExtraction().article().name().equals("book.txt"));
        WaitForAsyncUtils.waitForFxEvents();
        Event fire = window.viewModel().getEvents().stream().filter(e -> e.when().timex().equals("1911"))
                .findFirst().orElseThrow();
        robot.interact(() -> window.viewModel().selectedEventProperty().set(fire));
        Bounds mark = window.articlePane().highlightOnScene();
        Bounds words = window.articlePane().timexOnScene(fire.timex());
        assertTrue(mark.contains(words.getCenterX(), words.getCenterY()),
                "the sentence 200,000 characters in is shown and marked: " + mark + " vs " + words);
        Event built = window.viewModel().getEvents().get(0);
        robot.interact(() -> window.viewModel().selectedEventProperty().set(built));
        Bounds first = window.articlePane().timexOnScene(built.timex());
        assertTrue(window.articlePane().highlightOnScene().contains(first.getCenterX(), first.getCenterY()));
    }

    @Test
    void clickingADateInTheArticleSelectsItsEverywhere(FxRobot robot) {
        Event target = window.viewModel().getEvents().stream().filter(e -> e.timex() >= 0).findFirst().orElseThrow();
        robot.interact(() -> window.articlePane().highlight(target.source())); // scrolls the words into view
        Bounds words = window.articlePane().timexOnScene(target.timex());
        robot.clickOn(new Point2D(words.getCenterX(), words.getCenterY())
                .add(window.getScene().getWindow().getX() + window.getScene().getX(),
                        window.getScene().getWindow().getY() + window.getScene().getY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(target, window.viewModel().selectedEventProperty().get());
        assertEquals(target, window.timeline().getSelectedEvent());
        assertEquals(target, robot.lookup("#event-list").queryTableView().getSelectionModel().getSelectedItem());
    }

    @Test
    void presentationModeEnlargesTheTimelinesType(FxRobot robot) {
        double before = window.timeline().getLabelFontSize();
        robot.interact(window::togglePresentation);
        assertTrue(window.getStyleClass().contains(AppStyles.PRESENTATION));
        assertTrue(window.timeline().getLabelFontSize() > before, "larger labels for a projector");
        robot.interact(window::togglePresentation);
        assertEquals(before, window.timeline().getLabelFontSize(), 1e-9);
    }
    @Test
    void aCategoryGivenInTheEditPaneRecoloursTheTimelineAndShowsInItsLegend(FxRobot robot) {
        Event first = window.viewModel().getEvents().get(0);
        robot.interact(() -> window.viewModel().selectedEventProperty().set(first));
        assertTrue(robot.lookup(".timeline-view .legend-item").queryAll().isEmpty(), "no legend without categories");
        // what the category field of the edit pane calls as it is typed
        robot.interact(() -> window.editing().setCategory("war"));
        List<String> legend = robot.lookup(".timeline-view .legend-item").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertEquals(List.of("war", "Other"), legend);
        assertEquals("war", window.timeline().getCategoryOf().apply(first));
        robot.interact(() -> window.editing().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".timeline-view .legend-item").queryAll().isEmpty(),
                "undo takes the category and the legend away");
    }

    @Test
    void reduceMotionInTheViewMenuIsRememberedAndStopsTheFlights(FxRobot robot) {
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.CheckMenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "reduce-motion".equals(i.getId())).map(javafx.scene.control.CheckMenuItem.class::cast)
                .findFirst().orElseThrow();
        boolean before = item.isSelected();
        try {
            robot.interact(() -> item.setSelected(!before));
            assertEquals(!before, window.timeline().isReducedMotion());
            assertEquals(!before, new ViewPreferences().reducedMotionProperty().get(), "saved for the next run");
            robot.interact(() -> {
                item.setSelected(true);
                window.timeline().setAnimated(true);
                window.timeline().setVisibleRange(0, 1);
                window.timeline().zoomToFit();
            });
            assertTrue(window.timeline().getVisibleEnd() - window.timeline().getVisibleStart() > 1,
                    "with reduced motion Home jumps at once");
        } finally {
            robot.interact(() -> {
                item.setSelected(before);
                window.timeline().setAnimated(false);
            });
        }
    }
}
