package chronolens.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chronolens.io.ProjectStore;
import chronolens.model.Event;
import chronolens.model.Span;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
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

/**
 * The whole round a student makes: open the seed, correct an event, add one from words in the article, write
 * a note, save, close, and find it all again in a fresh window.
 */
@ExtendWith(ApplicationExtension.class)
class StudentFlowUiTest {
    private MainWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        window = new MainWindow(new ArticleLoader(), new Recovery(dir.resolve("recovery.chronolens.json")));
        window.timeline().setAnimated(false);
        stage.setScene(new Scene(window, 1280, 800));
        stage.getScene().getStylesheets().add(getClass().getResource(AppStyles.STYLESHEET).toExternalForm());
        stage.show();
        window.show(new ArticleLoader().loadFirstSeed());
    }

    @Test
    void correctAddAnnotateSaveAndReopen(FxRobot robot) throws Exception {
        Event first = window.viewModel().getEvents().get(0);
        robot.interact(() -> window.viewModel().selectedEventProperty().set(first));
        ScrollPane detail = robot.lookup("#event-detail").queryAs(ScrollPane.class);
        robot.interact(() -> detail.setVvalue(1)); // the student scrolls down to the fields
        robot.clickOn("#edit-title").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("My corrected title").type(KeyCode.ENTER);
        TextArea note = robot.lookup("#edit-note").queryAs(TextArea.class);
        robot.interact(() -> note.setText("Ask in class why this year matters"));

        String text = window.viewModel().getExtraction().article().text();
        int at = text.indexOf("2022");
        int sentenceStart = text.lastIndexOf('.', at) + 1;
        robot.interact(() -> {
            window.articlePane().select(new Span(sentenceStart, at + 4));
            window.addFromSelection();
        });
        Event added = window.viewModel().selectedEventProperty().get();
        assertEquals("2022", added.when().timex());
        int count = window.viewModel().getEvents().size();

        Path file = dir.resolve("homework" + ProjectStore.EXTENSION);
        robot.interact(() -> window.saveTo(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.viewModel().dirtyProperty().get());

        MainWindow[] reopened = new MainWindow[1];
        robot.interact(() -> {
            reopened[0] = new MainWindow(new ArticleLoader(), new Recovery(dir.resolve("other.chronolens.json")));
            reopened[0].open(file);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> reopened[0].viewModel().getExtraction() != null);
        WaitForAsyncUtils.waitForFxEvents();
        MainViewModel again = reopened[0].viewModel();
        assertEquals(count, again.getEvents().size());
        Event corrected = again.getEvents().stream().filter(e -> e.id().equals(first.id())).findFirst().orElseThrow();
        assertEquals("My corrected title", corrected.title());
        assertTrue(again.annotationsProperty().get().isEdited(first.id()), "still marked as edited");
        assertEquals("Ask in class why this year matters", again.annotationsProperty().get().note(first.id()));
        assertTrue(again.getEvents().stream().anyMatch(e -> e.id().equals(added.id())), "the added event is back");
        assertFalse(again.dirtyProperty().get());
        assertEquals(file, again.documentPathProperty().get());
    }
}
