package chronolens.app;

import chronolens.model.Annotations;
import chronolens.model.Event;
import chronolens.model.Extraction;
import chronolens.model.Project;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;

/**
 * The window's state: the timeline shown (the extraction as the student edited it), its dated events in time
 * order, the selected event, the search, the last problem and whether a load is running. Panes bind to it;
 * it never touches a node. Edits go through {@link EditingViewModel}.
 */
public final class MainViewModel {
    private static final Comparator<Event> IN_TIME = Comparator
            .comparingDouble((Event e) -> e.when().start())
            .thenComparingDouble(e -> e.when().end())
            .thenComparingInt(e -> e.source().begin());

    private final ReadOnlyObjectWrapper<Extraction> extraction = new ReadOnlyObjectWrapper<>(this, "extraction");
    private final ObservableList<Event> events = FXCollections.observableArrayList();
    private List<Event> allEvents = List.of();
    private TimelineEditor editor = new TimelineEditor(List.of(), Annotations.none());
    private final ObjectProperty<Annotations> annotations = new SimpleObjectProperty<>(this, "annotations",
            Annotations.none());
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObservableList<Event> listedEvents = FXCollections.observableArrayList();
    private final ObservableList<String> categories = FXCollections.observableArrayList();
    private final ObservableSet<String> shownCategories = FXCollections.observableSet();
    private final DoubleProperty rangeStart = new SimpleDoubleProperty(this, "rangeStart", Double.NaN);
    private final DoubleProperty rangeEnd = new SimpleDoubleProperty(this, "rangeEnd", Double.NaN);
    private final ObjectProperty<Event> selectedEvent = new SimpleObjectProperty<>(this, "selectedEvent");
    private final StringProperty problem = new SimpleStringProperty(this, "problem");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final StringProperty hint = new SimpleStringProperty(this, "hint");
    private final ObjectProperty<Path> documentPath = new SimpleObjectProperty<>(this, "documentPath");
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty");
    private final StringExpression windowTitle = Bindings.createStringBinding(this::computeTitle, extraction,
            documentPath, dirty);

    public MainViewModel() {
        search.addListener((obs, old, now) -> refilter());
        shownCategories.addListener((SetChangeListener<String>) c -> refilter());
        rangeStart.addListener((obs, old, now) -> relist());
        rangeEnd.addListener((obs, old, now) -> relist());
    }

    /**
     * Shows a timeline: its dated events replace the old ones, the edit history starts afresh and nothing is
     * selected. {@code savedAt} is the project file it was opened from, or null for a fresh article.
     */
    public void show(Project project, Path savedAt) {
        documentPath.set(savedAt);
        selectedEvent.set(null);
        editor = new TimelineEditor(project.extraction().events(), project.annotations());
        extraction.set(project.extraction());
        problem.set(null);
        refresh(null);
        dirty.set(false);
    }

    /**
     * Shows the article extracted again (with a corrected date, say), keeping the student's work: edited,
     * added and merged events, notes and categories. The edit history starts afresh; the change is unsaved.
     */
    public void reextracted(Extraction x) {
        TimelineEditor.State kept = Reextraction.carryOver(editor.state(), x.events());
        editor = new TimelineEditor(kept.events(), kept.annotations());
        extraction.set(x);
        problem.set(null);
        refresh(null);
        dirty.set(true);
    }

    /** The timeline as edited now, with the given view, ready to save. */
    public Project project(Project.ViewState view) {
        Extraction x = extraction.get();
        TimelineEditor.State s = editor.state();
        return new Project(new Extraction(x.article(), x.documentDate(), x.documentType(), x.sentences(),
                x.timexes(), s.events()), s.annotations(), view);
    }

    TimelineEditor editor() {
        return editor;
    }

    /** Takes in the editor's state after an edit, keeping {@code selectId} (or the selection) selected. */
    void edited(String selectId) {
        refresh(selectId);
        dirty.set(true);
    }

    private void refresh(String selectId) {
        String keep = selectId != null ? selectId
                : selectedEvent.get() == null ? null : selectedEvent.get().id();
        annotations.set(editor.state().annotations());
        allEvents = editor.state().events().stream().filter(Event::isDated).sorted(IN_TIME).toList();
        refilter();
        if (keep != null) {
            events.stream().filter(e -> e.id().equals(keep)).findFirst().ifPresent(selectedEvent::set);
        }
    }

    /** Shows the events the search matches; a selection the search hides is cleared. */
    private void refilter() {
        Extraction x = extraction.get();
        if (x == null) {
            return;
        }
        EventSearch match = new EventSearch(search.get(), x.article().text(), annotations.get());
        Annotations a = annotations.get();
        List<Event> shown = allEvents.stream().filter(match::matches)
                .filter(e -> shownCategories.isEmpty() || shownCategories.contains(a.category(e.id())))
                .toList();
        if (!shown.contains(selectedEvent.get())) {
            selectedEvent.set(null);
        }
        events.setAll(shown);
        relist();
        categories.setAll(allEvents.stream().map(e -> a.category(e.id())).filter(c -> !c.isEmpty())
                .distinct().sorted().toList());
    }

    /** The list shows the events shown on the timeline that fall in the date range. */
    private void relist() {
        double from = rangeStart.get();
        double to = rangeEnd.get();
        List<Event> listed = events.stream()
                .filter(e -> Double.isNaN(from) || e.when().end() > from)
                .filter(e -> Double.isNaN(to) || e.when().start() < to)
                .toList();
        listedEvents.setAll(listed);
        Extraction x = extraction.get();
        if (x != null) {
            status.set(StatusWording.of(x, listed.size(), allEvents.size()));
        }
    }

    /** Reports a problem; what is shown stays. */
    public void fail(String message) {
        problem.set(message);
    }

    public void dismissProblem() {
        problem.set(null);
    }

    public void selectNext() {
        step(+1);
    }

    public void selectPrevious() {
        step(-1);
    }

    private void step(int direction) {
        if (events.isEmpty()) {
            return;
        }
        int i = events.indexOf(selectedEvent.get());
        int next = i < 0 ? (direction > 0 ? 0 : events.size() - 1) : Math.floorMod(i + direction, events.size());
        selectedEvent.set(events.get(next));
    }

    /** Selects the event a time expression dates, if there is one. */
    public void selectByTimex(int timexIndex) {
        events.stream().filter(e -> e.timex() == timexIndex).findFirst().ifPresent(selectedEvent::set);
    }

    /** The extraction shown; null before the first load. */
    public ReadOnlyObjectProperty<Extraction> extractionProperty() {
        return extraction.getReadOnlyProperty();
    }

    public Extraction getExtraction() {
        return extraction.get();
    }

    /** Words that filter the events shown, matched in titles, sentences and names; empty shows all. */
    public StringProperty searchProperty() {
        return search;
    }

    /** The events the list shows: those on the timeline within the date range, earliest first. */
    public ObservableList<Event> getListedEvents() {
        return listedEvents;
    }

    /** The categories the student has given events, sorted; the category filter offers them. */
    public ObservableList<String> getCategories() {
        return categories;
    }

    /** The categories to show; empty shows every event. */
    public ObservableSet<String> getShownCategories() {
        return shownCategories;
    }

    /** Start of the date range the list shows, in epoch days; NaN for no limit. */
    public DoubleProperty rangeStartProperty() {
        return rangeStart;
    }

    /** End of the date range the list shows, in epoch days; NaN for no limit. */
    public DoubleProperty rangeEndProperty() {
        return rangeEnd;
    }

    /** The dated events that the search and the category filter let through, earliest first. */
    public ObservableList<Event> getEvents() {
        return events;
    }

    /** The selected event, shared by the timeline, the list and the panes; null for none. */
    public ObjectProperty<Event> selectedEventProperty() {
        return selectedEvent;
    }

    /** The student's notes and categories on the events shown. */
    public ReadOnlyObjectProperty<Annotations> annotationsProperty() {
        return annotations;
    }

    /** The last problem to show a person, or null. */
    public StringProperty problemProperty() {
        return problem;
    }

    /** True while an article is being read and extracted. */
    public BooleanProperty busyProperty() {
        return busy;
    }

    private String computeTitle() {
        Extraction x = extraction.get();
        if (x == null) {
            return "Chronolens";
        }
        String name = documentPath.get() != null ? documentPath.get().getFileName().toString() : x.article().name();
        return (dirty.get() ? "\u2022 " : "") + name + " \u2014 Chronolens";
    }

    /** The project file this timeline is saved in; null until it is saved. */
    public ObjectProperty<Path> documentPathProperty() {
        return documentPath;
    }

    /** True when the timeline has changes that are not saved. */
    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    /** "name — Chronolens", with a dot in front while there are unsaved changes. */
    public StringExpression windowTitle() {
        return windowTitle;
    }

    /** A passing explanation of what is under the pointer, shown instead of the status; null for none. */
    public StringProperty hintProperty() {
        return hint;
    }

    /** One line about what is shown, for the status bar. */
    public StringProperty statusProperty() {
        return status;
    }
}
