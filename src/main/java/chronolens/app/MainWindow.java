package chronolens.app;

import chronolens.timeline.TimelineView;
import chronolens.cli.ExtractCommand;
import chronolens.io.ReadResult;
import chronolens.model.Annotations;
import chronolens.model.Article;
import chronolens.model.DocumentDate;
import chronolens.model.Event;
import chronolens.model.Extraction;
import chronolens.model.Project;
import chronolens.model.Sentence;
import chronolens.model.Span;
import chronolens.model.TemporalValue;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * The main window's content: menu, the timeline across the top, then the event list, the event detail and
 * the article side by side, and a status line. Files are opened and saved through {@link FileActions}; a file
 * that fails leaves the current timeline in place and says why in a banner.
 */
public final class MainWindow extends BorderPane {
    private final MainViewModel vm = new MainViewModel();
    private final EventDetailViewModel detail = new EventDetailViewModel(vm);
    private final TimelineView timeline = new TimelineView();
    private final ViewPreferences preferences = new ViewPreferences();
    private final ArticlePane article = new ArticlePane(vm::selectByTimex, vm.hintProperty()::set);
    private final EditingViewModel editing;
    private final FileActions files;
    private final Recovery recovery;
    private final Timeline autosave = new Timeline(new KeyFrame(Duration.millis(Recovery.INTERVAL.toMillis()),
            e -> autosaveNow()));
    private TextField searchField;

    public MainWindow(ArticleLoader loader) {
        this(loader, Recovery.inUserHome());
    }

    /** A window whose unsaved work is kept in {@code recovery} every 30 s. */
    public MainWindow(ArticleLoader loader, Recovery recovery) {
        this.recovery = recovery;
        editing = new EditingViewModel(vm, text -> loader.readDate(text,
                vm.getExtraction() == null ? null : vm.getExtraction().documentDate()));
        files = new FileActions(loader, vm, this::show, this::snapshot,
                () -> getScene() == null ? null : getScene().getWindow(), recovery::clear);
        autosave.setCycleCount(Animation.INDEFINITE);
        autosave.play();
        timeline.setId("timeline");
        Bindings.bindContent(timeline.getEvents(), vm.getEvents());
        timeline.selectedEventProperty().bindBidirectional(vm.selectedEventProperty());
        // a new function per change of the annotations, so a category typed in the edit pane recolours the markers
        timeline.categoryOfProperty().bind(Bindings.createObjectBinding(() -> {
            Annotations a = vm.annotationsProperty().get();
            return (Function<Event, String>) e -> a.category(e.id());
        }, vm.annotationsProperty()));
        timeline.reducedMotionProperty().bind(preferences.reducedMotionProperty());
        detail.sourceProperty().addListener((obs, old, now) -> article.highlight(now));

        EventDetailPane detailPane = new EventDetailPane(detail, editing,
                () -> article.highlight(detail.sourceProperty().get()));
        SplitPane below = new SplitPane(eventColumn(), detailPane, article);
        below.setDividerPositions(0.33, 0.6);
        SplitPane center = new SplitPane(timeline, below);
        center.setOrientation(Orientation.VERTICAL);
        center.setDividerPositions(0.5);

        setTop(new VBox(new MainMenu(this, files, vm, editing).bar(), problemBanner()));
        setCenter(center);
        setBottom(statusBar());
        // Page Down / Page Up step through the events from anywhere but a text field, as a presenter's
        // clicker sends them; this comes before the timeline's own use of those keys (panning by a page).
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean paging = e.getCode() == KeyCode.PAGE_DOWN || e.getCode() == KeyCode.PAGE_UP;
            if (paging && !e.isShortcutDown() && !e.isAltDown()
                    && !(e.getTarget() instanceof TextInputControl)) {
                if (e.getCode() == KeyCode.PAGE_DOWN) {
                    vm.selectNext();
                } else {
                    vm.selectPrevious();
                }
                e.consume();
            }
        });
        setOnDragOver(files::dragOver);
        setOnDragDropped(files::dropped);
    }

    public MainViewModel viewModel() {
        return vm;
    }

    public TimelineView timeline() {
        return timeline;
    }

    /** The user's view settings (reduced motion), saved between runs. */
    public ViewPreferences preferences() {
        return preferences;
    }

    public ArticlePane articlePane() {
        return article;
    }

    /** Shows a finished load: the new timeline (with its saved view, if any), or the problem, keeping the old. */
    public void show(ArticleLoader.Outcome outcome) {
        vm.busyProperty().set(false);
        if (!outcome.isOk()) {
            vm.fail(outcome.problem());
            return;
        }
        vm.show(outcome.project(), outcome.savedAt());
        article.show(outcome.extraction());
        Project.ViewState view = outcome.project().view();
        if (Double.isFinite(view.visibleStart()) && view.visibleEnd() > view.visibleStart()) {
            timeline.setVisibleRange(view.visibleStart(), view.visibleEnd());
        } else {
            timeline.zoomToFit();
        }
        vm.getEvents().stream().filter(e -> e.id().equals(view.selectedEventId())).findFirst()
                .ifPresent(vm.selectedEventProperty()::set);
    }

    /** Reads and extracts {@code file} (or opens a saved timeline) in the background, then shows it. */
    public void open(Path file) {
        files.open(file);
    }

    /** Reads an article from any source in the background, then shows it. */
    void open(String source, Supplier<ReadResult> reading) {
        files.open(source, reading);
    }

    /** Stops opening the article being read; what is shown stays. */
    public void cancelLoad() {
        files.cancel();
    }

    /** Makes pasted {@code text} a new, unsaved timeline. */
    public void openText(String text) {
        files.openText(text);
    }

    /** Saves the timeline to {@code file} in the background. */
    public void saveTo(Path file) {
        files.saveTo(file);
    }

    /** The timeline as it is now, with the visible range and selection; null before anything is shown. */
    Project snapshot() {
        if (vm.getExtraction() == null) {
            return null;
        }
        Event selected = vm.selectedEventProperty().get();
        return vm.project(new Project.ViewState(timeline.visibleStartProperty().get(),
                timeline.visibleEndProperty().get(), selected == null ? null : selected.id()));
    }

    /** The filters above the event table; Ctrl+F goes to the search field. */
    private VBox eventColumn() {
        EventFilterBar filters = new EventFilterBar(vm, timeline);
        searchField = filters.searchField();
        EventTablePane table = new EventTablePane(vm);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox column = new VBox(filters, table);
        column.getStyleClass().add(AppStyles.EVENT_COLUMN);
        return column;
    }

    /** Writes unsaved changes to the recovery file now (the 30-second timer calls this). */
    public void autosaveNow() {
        if (vm.dirtyProperty().get()) {
            files.writeRecovery(recovery);
        }
    }

    /** Restores work a crash left in the recovery file, as unsaved changes; false when there is none. */
    public boolean recoverPending() {
        return recovery.pending().map(p -> {
            show(new ArticleLoader.Outcome("recovered work", p, null, null));
            vm.dirtyProperty().set(true);
            return true;
        }).orElse(false);
    }

    /** At start-up: if the last session left unsaved work, asks whether to restore it. */
    public void offerRecovery() {
        if (recovery.pending().isEmpty()) {
            return;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION,
                "Chronolens closed last time with changes that were not saved. Restore them?",
                new ButtonType("Restore", ButtonBar.ButtonData.YES),
                new ButtonType("Discard", ButtonBar.ButtonData.NO));
        ask.setHeaderText("Unsaved work was found");
        ask.initOwner(getScene().getWindow());
        if (ask.showAndWait().map(b -> b.getButtonData() == ButtonBar.ButtonData.YES).orElse(false)) {
            recoverPending();
        } else {
            recovery.clear();
        }
    }

    /**
     * Asks what to do with unsaved changes before the window closes: save, discard or stay. Returns true
     * when the window may close; the recovery copy is then no longer needed.
     */
    public boolean confirmClose() {
        if (vm.dirtyProperty().get()) {
            ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
            ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Save your changes to this timeline before closing?",
                    save, discard, ButtonType.CANCEL);
            ask.setHeaderText("The timeline has unsaved changes");
            ask.initOwner(getScene().getWindow());
            ButtonType answer = ask.showAndWait().orElse(ButtonType.CANCEL);
            if (answer == ButtonType.CANCEL || (answer == save && !files.saveNow())) {
                return false;
            }
        }
        autosave.stop();
        recovery.clear();
        return true;
    }

    /** Puts the keyboard in the search field (Ctrl+F). */
    void focusSearch() {
        searchField.requestFocus();
    }

    /** Asks the window to close, as its close button does, so unsaved changes are asked about. */
    void requestClose() {
        getScene().getWindow().fireEvent(new WindowEvent(getScene().getWindow(), WindowEvent.WINDOW_CLOSE_REQUEST));
    }

    /** Asks for the article's date and extracts again with it, keeping the student's work. */
    void askArticleDate() {
        if (vm.getExtraction() == null) {
            return;
        }
        DocumentDate now = vm.getExtraction().documentDate();
        TextInputDialog ask = new TextInputDialog(now.isKnown() ? now.value().timex() : "");
        ask.initOwner(getScene().getWindow());
        ask.setTitle("Article date");
        ask.setHeaderText("When was this article written? Relative dates (\u201clast May\u201d) count from it.");
        ask.setContentText("Date (2024-05-16, 2024-05 or 2024):");
        ask.showAndWait().ifPresent(text -> {
            TemporalValue date = ExtractCommand.parseDate(text.strip());
            if (date == null) {
                vm.fail("not a date: \u201c" + text + "\u201d; write it as 2024-05-16, 2024-05 or 2024");
            } else {
                setArticleDate(date);
            }
        });
    }

    /** Extracts the article again with {@code date} as its date; edits, notes and added events stay. */
    public void setArticleDate(TemporalValue date) {
        Extraction x = vm.getExtraction();
        if (x == null) {
            return;
        }
        files.reextract(new Article(x.article().name(), x.article().text(), DocumentDate.given(date)), outcome -> {
            vm.busyProperty().set(false);
            if (!outcome.isOk()) {
                vm.fail(outcome.problem());
                return;
            }
            vm.reextracted(outcome.extraction());
            article.show(outcome.extraction());
        });
    }

    /** Adds an event from the words selected in the article. */
    public void addFromSelection() {
        Span selection = article.selection();
        if (selection == null || vm.getExtraction() == null) {
            vm.fail("select the words of an event in the article first");
            return;
        }
        String text = vm.getExtraction().article().text();
        Span sentence = vm.getExtraction().sentences().stream().map(Sentence::span)
                .filter(s -> s.begin() <= selection.begin() && selection.begin() < Math.max(s.end(), s.begin() + 1))
                .findFirst().orElse(selection);
        editing.addFromSelection(selection, selection.of(text), sentence.of(text));
    }

    public EditingViewModel editing() {
        return editing;
    }

    /** Large type and full screen for a classroom projector; F5 again leaves it. */
    public void togglePresentation() {
        boolean on = !getStyleClass().contains(AppStyles.PRESENTATION);
        if (on) {
            getStyleClass().add(AppStyles.PRESENTATION);
        } else {
            getStyleClass().remove(AppStyles.PRESENTATION);
        }
        if (getScene() != null && getScene().getWindow() instanceof Stage stage) {
            stage.setFullScreen(on);
        }
    }
    private HBox problemBanner() {
        Label text = new Label();
        text.getStyleClass().add(AppStyles.PROBLEM_TEXT);
        text.setId("problem");
        text.textProperty().bind(vm.problemProperty());
        text.setWrapText(true);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button close = new Button("Dismiss");
        close.setOnAction(e -> vm.dismissProblem());
        HBox banner = new HBox(12, text, close);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().add(AppStyles.PROBLEM_BANNER);
        banner.visibleProperty().bind(vm.problemProperty().isNotNull());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    /** The status bar: what is shown and how many events, or what the pointer is over, or that a load runs. */
    private StatusBar statusBar() {
        StatusBar bar = new StatusBar();
        bar.setId("status");
        bar.textProperty().bind(Bindings.when(vm.busyProperty()).then("Reading the article\u2026")
                .otherwise(Bindings.when(vm.hintProperty().isNotNull())
                        .then(vm.hintProperty()).otherwise(vm.statusProperty())));
        bar.getStyleClass().add(AppStyles.STATUS_BAR);
        // Opening a long article shows a running bar and a Cancel button; the window stays usable meanwhile.
        bar.progressProperty().bind(Bindings.when(files.cancellableProperty()).then(-1.0).otherwise(0.0));
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-load");
        cancel.visibleProperty().bind(files.cancellableProperty());
        cancel.setOnAction(e -> files.cancel());
        bar.getRightItems().add(cancel);
        return bar;
    }
}
