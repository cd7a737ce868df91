package chronolens.app;

import chronolens.model.EpochDays;
import chronolens.model.Event;
import chronolens.timeline.TimelineScreenshot;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

/**
 * Writes the README's timeline pictures from the running window: deep time, centuries (with categories, their
 * legend, the keyboard focus and a selection) and hours of a day, each from a short article under
 * {@code src/test/resources/chronolens/app/screenshots}.
 * Not a test. Run it on a display, e.g. under Xvfb:
 * {@code xvfb-run -a java -cp target/classes:target/test-classes:<deps> chronolens.app.ReadmeScreenshots DIR}.
 */
public final class ReadmeScreenshots {
    private ReadmeScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        File dir = new File(args.length > 0 ? args[0] : "target/shots");
        dir.mkdirs();
        ArticleLoader loader = new ArticleLoader();
        ArticleLoader.Outcome deep = loader.load(article("deep-time.txt"));
        ArticleLoader.Outcome rome = loader.load(article("rome.txt"));
        ArticleLoader.Outcome apollo = loader.load(article("apollo.txt"));
        TimelineScreenshot.onFxThread(() -> shoot(dir, deep, rome, apollo));
    }

    private static Path article(String name) throws URISyntaxException {
        return Path.of(ReadmeScreenshots.class.getResource("screenshots/" + name).toURI());
    }

    private static void shoot(File dir, ArticleLoader.Outcome deep, ArticleLoader.Outcome rome,
                              ArticleLoader.Outcome apollo) throws IOException {
        MainWindow window = new MainWindow(new ArticleLoader(), new Recovery(dir.toPath().resolve("recovery.json")));
        Scene scene = new Scene(window, 1280, 800);
        scene.getStylesheets().add(ReadmeScreenshots.class.getResource(AppStyles.STYLESHEET).toExternalForm());
        Stage stage = new Stage();
        stage.setScene(scene);
        stage.show();
        window.timeline().setAnimated(false);

        window.show(deep);
        write(window, new File(dir, "timeline-deep-time.png"));

        window.show(rome);
        Map<String, String> categories = Map.of("founded", "city", "king", "politics", "Carthage", "war",
                "Rubicon", "war", "murdered", "politics", "emperor", "politics", "fire", "disaster",
                "Empire", "politics");
        for (Event e : List.copyOf(window.viewModel().getEvents())) {
            categories.entrySet().stream().filter(c -> e.title().contains(c.getKey())).findFirst().ifPresent(c -> {
                window.viewModel().selectedEventProperty().set(e);
                window.editing().setCategory(c.getValue());
            });
        }
        // a keyboard user's view: the timeline focused (its ring) and one event selected
        window.viewModel().getEvents().stream().filter(e -> e.title().contains("Rubicon")).findFirst()
                .ifPresent(window.viewModel().selectedEventProperty()::set);
        window.timeline().requestFocus();
        window.timeline().zoomToFit();
        write(window, new File(dir, "timeline-rome.png"));

        window.show(apollo);
        window.timeline().setVisibleRange(EpochDays.of(LocalDateTime.of(1969, 7, 20, 12, 0)),
                EpochDays.of(LocalDateTime.of(1969, 7, 21, 22, 0)));
        write(window, new File(dir, "timeline-apollo.png"));
    }

    /** The timeline's part of the window, as a person sees it. */
    private static void write(MainWindow window, File file) throws IOException {
        window.applyCss();
        window.layout();
        Bounds bounds = window.timeline().localToScene(window.timeline().getBoundsInLocal());
        SnapshotParameters params = new SnapshotParameters();
        WritableImage image = window.timeline().snapshot(params, null);
        PngExport.writePng(image, file.toPath());
        System.out.println(file + " " + (int) bounds.getWidth() + "x" + (int) bounds.getHeight());
    }
}
