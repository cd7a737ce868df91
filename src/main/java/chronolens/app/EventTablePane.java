package chronolens.app;

import chronolens.model.Event;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableCell;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The events as a sortable table (date, title, category, how the date was found): the keyboard- and
 * screen-reader-friendly twin of the timeline, with the same selection and filters.
 */
public final class EventTablePane extends TableView<Event> {
    private boolean syncing;

    public EventTablePane(MainViewModel vm) {
        SortedList<Event> sorted = new SortedList<>(vm.getListedEvents());
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        getStyleClass().add(AppStyles.EVENT_LIST_PANE);
        setId("event-list");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        setPlaceholder(new Label("No events to show"));

        TableColumn<Event, Event> date = new TableColumn<>("Date");
        date.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        date.setComparator(Comparator.comparingDouble((Event e) -> e.when().start())
                .thenComparingDouble(e -> e.when().end()));
        date.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Event e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.when().label());
            }
        });
        date.setPrefWidth(84);
        TableColumn<Event, String> title = new TableColumn<>("Title");
        title.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title()));
        title.setPrefWidth(240);
        TableColumn<Event, String> category = new TableColumn<>("Category");
        category.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                vm.annotationsProperty().get().category(c.getValue().id())));
        category.setPrefWidth(70);
        TableColumn<Event, String> how = new TableColumn<>("Found");
        how.setCellValueFactory(c -> new ReadOnlyStringWrapper(found(c.getValue(), vm)));
        how.setPrefWidth(64);
        getColumns().setAll(List.of(date, title, category, how));

        getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing && now != null) {
                vm.selectedEventProperty().set(now);
            }
        });
        vm.selectedEventProperty().addListener((obs, old, now) -> {
            syncing = true;
            try {
                if (now == null || !getItems().contains(now)) {
                    getSelectionModel().clearSelection();
                } else {
                    getSelectionModel().select(now);
                    scrollTo(now);
                }
            } finally {
                syncing = false;
            }
        });
        vm.annotationsProperty().addListener((obs, old, now) -> refresh());
    }

    /** How the date was found, in a word: stated, inferred, or edited by the student. */
    static String found(Event e, MainViewModel vm) {
        if (vm.annotationsProperty().get().isEdited(e.id())) {
            return "edited";
        }
        return DateWording.isInferred(e, vm.getExtraction()) ? "inferred" : "stated";
    }
}
