package chronolens.app;

import chronolens.io.AtomicWrite;
import chronolens.io.CsvExport;
import chronolens.io.ProjectStore;
import chronolens.io.ReadResult;
import chronolens.io.TimelineJs;
import chronolens.model.Annotations;
import chronolens.model.Article;
import chronolens.model.Project;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * What the File menu and drag-and-drop do: open articles and projects, paste text as an article, save,
 * remember recent files. Reading, extracting and saving run in background tasks; results come back to the
 * window on the FX thread.
 */
final class FileActions {
    private final ArticleLoader loader;
    private final MainViewModel vm;
    private final Consumer<ArticleLoader.Outcome> show;
    private final Supplier<Project> snapshot;
    private final Supplier<Window> owner;
    private final Runnable saved;
    private final RecentFiles recent = new RecentFiles();
    private final ExecutorService background = daemon("chronolens-files");
    /** Opening runs apart from saving, so a long article never holds up a save or the recovery copy. */
    private final ExecutorService loads = daemon("chronolens-loads");
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper(this, "cancellable");
    private Task<?> loading;

    /**
     * @param show     shows a finished load in the window
     * @param snapshot the timeline as it is now, to save
     * @param saved    told after each successful save
     */
    FileActions(ArticleLoader loader, MainViewModel vm, Consumer<ArticleLoader.Outcome> show,
                Supplier<Project> snapshot, Supplier<Window> owner, Runnable saved) {
        this.saved = saved;
        this.loader = loader;
        this.vm = vm;
        this.show = show;
        this.snapshot = snapshot;
        this.owner = owner;
    }

    /** Reads and extracts an article, or opens a project, in the background, then shows it. */
    void open(Path file) {
        run(file.toString(), () -> loader.load(file), outcome -> {
            if (outcome.isOk()) {
                recent.add(file);
            }
        });
    }

    void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open an article or a timeline");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Articles and timelines",
                        "*.txt", "*.md", "*.html", "*.htm", "*.tml", "*.json", "*.csv"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File chosen = chooser.showOpenDialog(owner.get());
        if (chosen != null) {
            open(chosen.toPath());
        }
    }

    /** Asks for text (the clipboard's, to start with) and makes it a new, unsaved article. */
    void newFromText() {
        TextArea text = new TextArea(Clipboard.getSystemClipboard().hasString()
                ? Clipboard.getSystemClipboard().getString() : "");
        text.setWrapText(true);
        text.setPrefSize(640, 360);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle("New timeline from text");
        dialog.setHeaderText("Paste or type the article");
        dialog.getDialogPane().setContent(text);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> openText(text.getText()));
    }

    /** Reads an article from any source in the background (tests use a source that waits), then shows it. */
    void open(String source, Supplier<ReadResult> reading) {
        run(source, () -> loader.load(source, reading), outcome -> { });
    }

    /** Makes {@code text} a new, unsaved article. */
    void openText(String text) {
        run("pasted text", () -> loader.load("pasted text", () -> text.isBlank()
                ? ReadResult.problem("the pasted text is empty")
                : ReadResult.of(new Article("Pasted text", text))), outcome -> { });
    }

    /** Saves where the timeline came from, or asks where when it is new. */
    void save() {
        Path target = vm.documentPathProperty().get();
        if (target == null) {
            saveAs();
        } else {
            saveTo(target);
        }
    }

    void saveAs() {
        if (vm.getExtraction() == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the timeline");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Chronolens timeline",
                "*" + ProjectStore.EXTENSION));
        chooser.setInitialFileName(baseName(vm.getExtraction().article().name()) + ProjectStore.EXTENSION);
        File chosen = chooser.showSaveDialog(owner.get());
        if (chosen != null) {
            String name = chosen.getName().endsWith(ProjectStore.EXTENSION) ? chosen.getName()
                    : chosen.getName() + ProjectStore.EXTENSION;
            saveTo(chosen.toPath().resolveSibling(name));
        }
    }

    /** Saves the timeline to {@code target} in the background; a failure leaves any old file as it was. */
    void saveTo(Path target) {
        Project project = snapshot.get();
        if (project == null) {
            return;
        }
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws IOException {
                new ProjectStore().save(project, target);
                return null;
            }
        };
        task.setOnSucceeded(e -> savedTo(target));
        task.setOnFailed(e -> saveFailed(target, task.getException()));
        background.execute(task);
    }

    private void saveFailed(Path target, Throwable why) {
        vm.fail("could not save " + target + ": " + why.getMessage() + ". Any earlier copy of the file is unchanged.");
    }

    private void savedTo(Path target) {
        vm.documentPathProperty().set(target);
        vm.dirtyProperty().set(false);
        recent.add(target);
        saved.run();
    }

    /**
     * Saves at once, on this thread, asking where if the timeline is new; for closing the window, which must
     * know the outcome. Returns false when the save was cancelled or failed (the failure is shown).
     */
    boolean saveNow() {
        Path target = vm.documentPathProperty().get();
        if (target == null) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Save the timeline");
            chooser.setInitialFileName(baseName(vm.getExtraction().article().name()) + ProjectStore.EXTENSION);
            File chosen = chooser.showSaveDialog(owner.get());
            if (chosen == null) {
                return false;
            }
            target = chosen.toPath();
        }
        try {
            new ProjectStore().save(snapshot.get(), target);
            savedTo(target);
            return true;
        } catch (IOException e) {
            saveFailed(target, e);
            return false;
        }
    }

    /** Writes the unsaved timeline to the recovery file in the background. */
    void writeRecovery(Recovery recovery) {
        Project project = snapshot.get();
        background.execute(() -> recovery.write(() -> project));
    }

    /** Asks where, then writes the timeline as TimelineJS JSON or CSV for the web or a spreadsheet. */
    void exportAs(String format) {
        Project project = snapshot.get();
        if (project == null) {
            return;
        }
        boolean csv = format.equals("csv");
        File chosen = chooseTarget(csv ? "Export as CSV (TimelineJS spreadsheet)" : "Export as TimelineJS JSON",
                csv ? ".csv" : ".timeline.json", csv ? "*.csv" : "*.json");
        if (chosen == null) {
            return;
        }
        var x = project.extraction();
        String content = csv ? new CsvExport().write(x, x.events()) : new TimelineJs().write(x, x.events());
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws IOException {
                AtomicWrite.writeString(chosen.toPath(), content);
                return null;
            }
        };
        task.setOnFailed(e -> vm.fail("could not export to " + chosen + ": " + task.getException().getMessage()));
        background.execute(task);
    }

    /** Asks where, then draws the timeline into a PNG: the current view, or every event at poster width. */
    void exportPng(boolean poster, double start, double end, double viewWidth, double viewHeight) {
        Project project = snapshot.get();
        if (project == null) {
            return;
        }
        File chosen = chooseTarget(poster ? "Export the whole timeline as a poster PNG" : "Export the view as PNG",
                ".png", "*.png");
        if (chosen == null) {
            return;
        }
        int width = poster ? 3840 : (int) Math.max(100, viewWidth);
        int height = poster ? 1080 : (int) Math.max(100, viewHeight);
        try {
            Annotations annotations = project.annotations();
            PngExport.write(vm.getEvents(), e -> annotations.category(e.id()), poster ? Double.NaN : start,
                    poster ? Double.NaN : end, width, height,
                    FileActions.class.getResource(AppStyles.STYLESHEET).toExternalForm(), chosen.toPath());
        } catch (IOException e) {
            vm.fail("could not export to " + chosen + ": " + e.getMessage());
        }
    }

    private File chooseTarget(String title, String extension, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(pattern, pattern));
        chooser.setInitialFileName(baseName(vm.getExtraction().article().name()) + extension);
        return chooser.showSaveDialog(owner.get());
    }

    /** Fills a menu with the recent files each time it is about to show. */
    void fillRecent(Menu menu) {
        menu.getItems().clear();
        List<Path> files = recent.list();
        for (Path f : files) {
            MenuItem item = new MenuItem(f.getFileName() + "  \u2014  " + f.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> open(f));
            menu.getItems().add(item);
        }
        if (files.isEmpty()) {
            MenuItem none = new MenuItem("No recent files");
            none.setDisable(true);
            menu.getItems().add(none);
        }
    }

    void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    void dropped(DragEvent e) {
        List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
        if (!files.isEmpty()) {
            open(files.get(0).toPath());
        }
        e.setDropCompleted(!files.isEmpty());
        e.consume();
    }

    /** Extracts the article again (with a corrected date, say) and hands the result to {@code done}. */
    void reextract(Article article, Consumer<ArticleLoader.Outcome> done) {
        run(article.name(), () -> loader.load(article.name(), () -> ReadResult.of(article)), done, outcome -> { });
    }

    private void run(String source, Supplier<ArticleLoader.Outcome> work, Consumer<ArticleLoader.Outcome> after) {
        run(source, work, show, after);
    }

    private void run(String source, Supplier<ArticleLoader.Outcome> work, Consumer<ArticleLoader.Outcome> show,
                     Consumer<ArticleLoader.Outcome> after) {
        cancel();
        vm.busyProperty().set(true);
        Task<ArticleLoader.Outcome> task = new Task<>() {
            @Override
            protected ArticleLoader.Outcome call() {
                return work.get();
            }
        };
        task.setOnSucceeded(e -> {
            loadDone(task);
            show.accept(task.getValue());
            after.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            loadDone(task);
            show.accept(ArticleLoader.Outcome.failed(source, "could not open " + source + ": " + task.getException()));
        });
        loading = task;
        cancellable.set(true);
        loads.execute(task);
    }

    private void loadDone(Task<?> task) {
        if (loading == task) {
            loading = null;
            cancellable.set(false);
        }
    }

    /** Stops waiting for the article being opened; what is shown stays. */
    void cancel() {
        Task<?> running = loading;
        if (running != null) {
            loading = null;
            running.cancel(true);
            cancellable.set(false);
            vm.busyProperty().set(false);
        }
    }

    /** True while an article is being opened and can be cancelled. */
    ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable.getReadOnlyProperty();
    }

    private static ExecutorService daemon(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    static String baseName(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
