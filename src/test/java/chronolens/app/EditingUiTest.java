package chronolens.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chronolens.model.Event;
import chronolens.model.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A student corrects, adds and annotates events, undoes, and gets unsaved work back after a crash. */
@ExtendWith(ApplicationExtension.class)
class EditingUiTest {
    private static final String TEXT =
            "The bridge opened in 1937. It was repainted in 1968. A museum followed in 1995.";
    private MainWindow window;
    private ArticleLoader loader;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        loader = new ArticleLoader();
        window = new MainWindow(loader, new Recovery(dir.resolve("recovery.chronolens.json")));
        stage.setScene(new Scene(window, 1280, 800));
        stage.getScene().getStylesheets().add(getClass().getResource(AppStyles.STYLESHEET).toExternalForm());
        window.timeline().setAnimated(false); // no fly-to in flight while a test measures the view
        stage.show();
        Path article = Files.writeString(dir.resolve("bridge.txt"), TEXT);
        window.show(loader.load(article));
    }

    private Event eventDated(String timex) {
        return window.timeline().getEvents().stream().filter(e -> e.when().timex().equals(timex)).findFirst()
                .orElseThrow(() -> new AssertionError("no event dated " + timex + " on the timeline"));
    }

    private void select(FxRobot robot, Event e) {
        robot.interact(() -> window.viewModel().selectedEventProperty().set(e));
    }

    @Test
    void typingANewDateMovesTheEventAndUndoMovesItBack(FxRobot robot) {
        Event repainted = eventDated("1968");
        select(robot, repainted);
        robot.doubleClickOn("#edit-date").eraseText(20).write("spring 1970");
        assertTrue(robot.lookup("#date-preview").queryAs(Label.class).getText().startsWith("reads as"),
                "the typed date is previewed before it is applied");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Event moved = window.viewModel().selectedEventProperty().get();
        assertEquals(repainted.id(), moved.id());
        assertTrue(moved.when().start() > repainted.when().end(), "the event moved later on the timeline");
        assertTrue(window.timeline().getEvents().contains(moved));
        assertTrue(window.viewModel().dirtyProperty().get());
        robot.clickOn("#event-list");
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(repainted.when(), window.timeline().getEvents().stream()
                .filter(e -> e.id().equals(repainted.id())).findFirst().orElseThrow().when());
    }

    @Test
    void anEventCanBeAddedFromWordsSelectedInTheArticle(FxRobot robot) {
        int before = window.timeline().getEvents().size();
        int at = TEXT.indexOf("A museum");
        robot.interact(() -> {
            window.articlePane().select(new Span(at, TEXT.length()));
            window.addFromSelection();
        });
        assertEquals(before + 1, window.timeline().getEvents().size());
        Event added = window.viewModel().selectedEventProperty().get();
        assertEquals("1995", added.when().timex());
        assertTrue(window.viewModel().annotationsProperty().get().isEdited(added.id()));
    }

    @Test
    void deletingAnEventCanBeUndone(FxRobot robot) {
        select(robot, eventDated("1937"));
        int before = window.timeline().getEvents().size();
        robot.interact(() -> window.editing().deleteSelected());
        assertEquals(before - 1, window.timeline().getEvents().size());
        robot.interact(() -> window.editing().undo());
        assertEquals(before, window.timeline().getEvents().size());
    }

    @Test
    void unsavedWorkComesBackAfterACrash(FxRobot robot) throws TimeoutException {
        Event bridge = eventDated("1937");
        select(robot, bridge);
        TextArea note = robot.lookup("#edit-note").queryAs(TextArea.class);
        robot.interact(() -> note.setText("Ask grandma about the opening"));
        assertTrue(window.viewModel().dirtyProperty().get(), "a note is a change");
        robot.interact(() -> window.autosaveNow());
        Path recoveryFile = dir.resolve("recovery.chronolens.json");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(recoveryFile));
        // The app "crashes": nothing is saved or cleared; a new window starts on the same recovery file.
        MainWindow[] next = new MainWindow[1];
        robot.interact(() -> {
            next[0] = new MainWindow(loader, new Recovery(recoveryFile));
            assertTrue(next[0].recoverPending());
        });
        assertEquals("Ask grandma about the opening",
                next[0].viewModel().annotationsProperty().get().note(bridge.id()));
        assertTrue(next[0].viewModel().dirtyProperty().get(), "recovered work is still unsaved");
    }

    @Test
    void aNewArticleDateKeepsTheStudentsEdits(FxRobot robot) throws TimeoutException {
        Event bridge = eventDated("1937");
        select(robot, bridge);
        robot.interact(() -> {
            window.editing().retitle("Golden Gate Bridge opens");
            window.editing().setNote("Check the day in May");
        });
        robot.interact(() -> window.setArticleDate(chronolens.model.TemporalValue.ofYear(2001)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().getExtraction().documentDate()
                .origin() == chronolens.model.DocumentDate.Origin.GIVEN);
        WaitForAsyncUtils.waitForFxEvents();
        Event kept = window.timeline().getEvents().stream().filter(e -> e.id().equals(bridge.id())).findFirst()
                .orElseThrow();
        assertEquals("Golden Gate Bridge opens", kept.title());
        assertEquals("Check the day in May", window.viewModel().annotationsProperty().get().note(bridge.id()));
        assertTrue(window.viewModel().dirtyProperty().get());
    }
}
