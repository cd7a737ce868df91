package chronolens.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The desktop app: one window on an article, the given file or else the first shipped seed. Loading starts
 * on a background thread before the toolkit is up, so extraction and window start-up overlap.
 */
public final class ChronolensApp extends Application {

    /** What {@link #main} was asked for, handed to the instance the JavaFX launcher creates. */
    record Launch(Path file, boolean checkStartup, PrintStream out, ArticleLoader loader,
                  CompletableFuture<ArticleLoader.Outcome> firstLoad) {
    }

    private static volatile Launch launch;

    /** {@code [--check-startup] [FILE]}; see the README. */
    public static void main(String[] args, PrintStream out) {
        List<String> list = List.of(args);
        boolean check = list.contains("--check-startup");
        Path file = list.stream().filter(a -> !a.startsWith("--")).findFirst().map(Path::of).orElse(null);
        ArticleLoader loader = new ArticleLoader();
        CompletableFuture<ArticleLoader.Outcome> first = CompletableFuture.supplyAsync(
                () -> file == null ? loader.loadFirstSeed() : loader.load(file));
        launch = new Launch(file, check, out, loader, first);
        Application.launch(ChronolensApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Launch l = launch != null ? launch : new Launch(null, false, null, new ArticleLoader(), null);
        MainWindow window = new MainWindow(l.loader());
        Scene scene = new Scene(window, 1280, 800);
        scene.getStylesheets().add(getClass().getResource(AppStyles.STYLESHEET).toExternalForm());
        stage.titleProperty().bind(window.viewModel().windowTitle());
        stage.setScene(scene);
        if (l.checkStartup()) {
            new StartupCheck(window, l.out()).arm();
        }
        stage.setOnCloseRequest(e -> {
            if (!window.confirmClose()) {
                e.consume();
            }
        });
        stage.show();
        CompletableFuture<ArticleLoader.Outcome> first = l.firstLoad() != null ? l.firstLoad()
                : CompletableFuture.supplyAsync(() -> l.loader().loadFirstSeed());
        window.viewModel().busyProperty().set(true);
        first.thenAccept(outcome -> Platform.runLater(() -> {
            window.show(outcome);
            if (!l.checkStartup()) {
                window.offerRecovery();
            }
        }));
    }
}

