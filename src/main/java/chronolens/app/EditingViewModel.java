package chronolens.app;

import chronolens.model.Derivation;
import chronolens.model.Event;
import chronolens.model.Span;
import chronolens.model.TemporalValue;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The edits a student makes to the selected event, through {@link TimelineEditor}, and whether undo, redo,
 * merge and split are possible now. Dates are typed as text and read by the same extractor as the article
 * ("spring 1968", "c. 500 BC").
 */
public final class EditingViewModel {
    private final MainViewModel main;
    private final Function<String, Optional<TemporalValue>> readDate;
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyBooleanWrapper canSplit = new ReadOnlyBooleanWrapper(this, "canSplit");
    private final ReadOnlyBooleanWrapper canMerge = new ReadOnlyBooleanWrapper(this, "canMerge");
    private final ReadOnlyBooleanWrapper hasSelection = new ReadOnlyBooleanWrapper(this, "hasSelection");

    /** @param readDate reads a typed date, empty when the text names none */
    public EditingViewModel(MainViewModel main, Function<String, Optional<TemporalValue>> readDate) {
        this.main = main;
        this.readDate = readDate;
        main.selectedEventProperty().addListener((obs, old, now) -> update());
        main.getEvents().addListener((javafx.collections.ListChangeListener<Event>) c -> update());
        main.extractionProperty().addListener((obs, old, now) -> update());
    }

    private void update() {
        Event e = main.selectedEventProperty().get();
        TimelineEditor editor = main.editor();
        canUndo.set(editor.canUndo());
        canRedo.set(editor.canRedo());
        hasSelection.set(e != null);
        canSplit.set(e != null && editor.canSplit(e.id()));
        canMerge.set(e != null && next(e).isPresent());
    }

    private void done(String selectId) {
        main.edited(selectId);
        update();
    }

    private Optional<String> selectedId() {
        Event e = main.selectedEventProperty().get();
        return e == null ? Optional.empty() : Optional.of(e.id());
    }

    public void undo() {
        main.editor().undo();
        done(null);
    }

    public void redo() {
        main.editor().redo();
        done(null);
    }

    public void retitle(String title) {
        if (title == null || title.isBlank()) {
            return;
        }
        selectedId().ifPresent(id -> {
            main.editor().retitle(id, title.strip());
            done(id);
        });
    }

    /** What a typed date would become, for a live preview: "spring 1968", or empty if it names no date. */
    public Optional<TemporalValue> preview(String typed) {
        return typed == null || typed.isBlank() ? Optional.empty() : readDate.apply(typed.strip());
    }

    /** Redates the selected event from typed text; false (and nothing changes) when the text names no date. */
    public boolean redate(String typed) {
        Optional<TemporalValue> when = preview(typed);
        Optional<String> id = selectedId();
        if (when.isEmpty() || id.isEmpty()) {
            return false;
        }
        main.editor().redate(id.get(), when.get(), Derivation.of("edit.date", typed.strip(),
                "typed by the student, read as " + when.get().label()));
        done(id.get());
        return true;
    }

    /**
     * Makes the selected event last until a typed end date ("1918", "May 1945"): it becomes a range from its
     * start to the end of that date. False (and nothing changes) when the text names no date after the start.
     */
    public boolean setEnd(String typed) {
        Event e = main.selectedEventProperty().get();
        Optional<TemporalValue> end = preview(typed);
        if (e == null || end.isEmpty() || !(end.get().end() > e.when().start())) {
            return false;
        }
        TemporalValue start = TemporalValue.parse(e.when().timex().split("/")[0]).orElse(e.when());
        TemporalValue range = TemporalValue.spanning(start, end.get());
        main.editor().redate(e.id(), range, e.derivation().then("edit.end", typed.strip(),
                "the student says it lasted until " + end.get().label()));
        done(e.id());
        return true;
    }

    public void setNote(String note) {
        selectedId().ifPresent(id -> {
            main.editor().setNote(id, note == null ? "" : note);
            done(id);
        });
    }

    public void setCategory(String category) {
        selectedId().ifPresent(id -> {
            main.editor().setCategory(id, category == null ? "" : category);
            done(id);
        });
    }

    /** Ends a run of typing in a field, so the next change undoes separately. */
    public void endTyping() {
        main.editor().endTyping();
    }

    public void deleteSelected() {
        selectedId().ifPresent(id -> {
            main.editor().delete(id);
            done(null);
        });
    }

    /**
     * Adds an event from words selected in the article: they are read as a date if they hold one, and become
     * the title otherwise. Returns false when no date can be found (in the words or their sentence).
     */
    public boolean addFromSelection(Span span, String words, String sentence) {
        Optional<TemporalValue> when = preview(words).or(() -> preview(sentence));
        if (when.isEmpty()) {
            main.fail("no date found in \u201c" + StatusWording.shorten(words, 40)
                    + "\u201d or its sentence; select words that hold the date");
            return false;
        }
        String title = StatusWording.shorten(preview(words).isPresent() ? sentence : words, 60);
        String id = main.editor().add(title, when.get(), span, "added from the article by the student");
        done(id);
        return true;
    }

    /** Merges the selected event with the next one in time: two mentions of one happening. */
    public void mergeWithNext() {
        Event e = main.selectedEventProperty().get();
        if (e == null) {
            return;
        }
        next(e).flatMap(n -> main.editor().merge(e.id(), n.id())).ifPresent(this::done);
    }

    public void splitSelected() {
        selectedId().filter(main.editor()::canSplit).ifPresent(id -> {
            main.editor().split(id);
            done(null);
        });
    }

    private Optional<Event> next(Event e) {
        List<Event> shown = main.getEvents();
        int i = shown.indexOf(e);
        return i >= 0 && i + 1 < shown.size() ? Optional.of(shown.get(i + 1)) : Optional.empty();
    }

    /** True when there is an edit to undo. */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** True when there is an undone edit to redo. */
    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** True when the selected event was made by a merge. */
    public ReadOnlyBooleanProperty canSplitProperty() {
        return canSplit.getReadOnlyProperty();
    }

    /** True when the selected event has a next event to merge with. */
    public ReadOnlyBooleanProperty canMergeProperty() {
        return canMerge.getReadOnlyProperty();
    }

    /** True when an event is selected. */
    public ReadOnlyBooleanProperty hasSelectionProperty() {
        return hasSelection.getReadOnlyProperty();
    }
}
