package chronolens.app;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The window's menus and their shortcuts: File, Edit and View. */
final class MainMenu {
    private final MainWindow window;
    private final FileActions files;
    private final MainViewModel vm;
    private final EditingViewModel editing;

    MainMenu(MainWindow window, FileActions files, MainViewModel vm, EditingViewModel editing) {
        this.window = window;
        this.files = files;
        this.vm = vm;
        this.editing = editing;
    }

    MenuBar bar() {
        MenuItem open = item("Open\u2026", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                files::chooseAndOpen);
        Menu recent = new Menu("Open Recent");
        recent.getItems().add(new MenuItem());
        recent.setOnShowing(e -> files.fillRecent(recent));
        MenuItem paste = item("New from Text\u2026", new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), files::newFromText);
        MenuItem save = item("Save", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), files::save);
        MenuItem saveAs = item("Save As\u2026", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), files::saveAs);
        Menu export = new Menu("Export", null,
                item("TimelineJS JSON\u2026", null, () -> files.exportAs("timelinejs")),
                item("CSV (TimelineJS spreadsheet)\u2026", null, () -> files.exportAs("csv")),
                item("View as PNG\u2026", null, this::exportView),
                item("Poster PNG, 3840 px\u2026", null, () -> files.exportPng(true, 0, 0, 0, 0)));
        MenuItem quit = item("Quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN),
                window::requestClose);
        MenuItem fit = item("Fit all events", new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN),
                window.timeline()::zoomToFit);
        MenuItem fitSelected = item("Fit selected event (F)", null, window.timeline()::zoomToSelection);
        fitSelected.disableProperty().bind(vm.selectedEventProperty().isNull());
        CheckMenuItem reduceMotion = new CheckMenuItem("Reduce motion");
        reduceMotion.setId("reduce-motion");
        reduceMotion.selectedProperty().bindBidirectional(window.preferences().reducedMotionProperty());
        MenuItem next = item("Next event", new KeyCodeCombination(KeyCode.PAGE_DOWN), vm::selectNext);
        MenuItem previous = item("Previous event", new KeyCodeCombination(KeyCode.PAGE_UP), vm::selectPrevious);
        MenuItem find = item("Find\u2026", new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                window::focusSearch);
        MenuItem present = item("Presentation mode", new KeyCodeCombination(KeyCode.F5), window::togglePresentation);
        return new MenuBar(
                new Menu("File", null, open, recent, paste, new SeparatorMenuItem(), save, saveAs, export,
                        new SeparatorMenuItem(), quit),
                editMenu(),
                new Menu("View", null, find, fit, fitSelected, next, previous, new SeparatorMenuItem(), present,
                        reduceMotion));
    }

    private Menu editMenu() {
        MenuItem undo = item("Undo", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), editing::undo);
        undo.disableProperty().bind(editing.canUndoProperty().not());
        MenuItem redo = item("Redo", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), editing::redo);
        redo.disableProperty().bind(editing.canRedoProperty().not());
        MenuItem redoY = item("Redo", new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), editing::redo);
        redoY.disableProperty().bind(editing.canRedoProperty().not());
        redoY.setVisible(false);
        MenuItem add = item("Add Event from Selection", new KeyCodeCombination(KeyCode.E,
                KeyCombination.SHORTCUT_DOWN), window::addFromSelection);
        MenuItem delete = item("Delete Event", new KeyCodeCombination(KeyCode.DELETE), editing::deleteSelected);
        delete.disableProperty().bind(editing.hasSelectionProperty().not());
        MenuItem merge = item("Merge with Next Event", new KeyCodeCombination(KeyCode.M,
                KeyCombination.SHORTCUT_DOWN), editing::mergeWithNext);
        merge.disableProperty().bind(editing.canMergeProperty().not());
        MenuItem split = item("Split Merged Event", new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), editing::splitSelected);
        split.disableProperty().bind(editing.canSplitProperty().not());
        MenuItem date = item("Set Article Date\u2026", null, window::askArticleDate);
        return new Menu("Edit", null, undo, redo, redoY, new SeparatorMenuItem(), add, delete, merge, split,
                new SeparatorMenuItem(), date);
    }

    private void exportView() {
        var timeline = window.timeline();
        files.exportPng(false, timeline.getVisibleStart(), timeline.getVisibleEnd(), timeline.getWidth(),
                timeline.getHeight());
    }

    private static MenuItem item(String text, KeyCombination key, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (key != null) {
            item.setAccelerator(key);
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
