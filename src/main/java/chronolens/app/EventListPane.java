package chronolens.app;

import chronolens.model.Event;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/** The events in time order as a list: the keyboard- and screen-reader-friendly twin of the timeline. */
public final class EventListPane extends ListView<Event> {
    private boolean syncing;

    public EventListPane(MainViewModel vm) {
        super(vm.getEvents());
        getStyleClass().add(AppStyles.EVENT_LIST_PANE);
        setId("event-list");
        setCellFactory(list -> new ListCell<>() {
            {
                // Long titles end in an ellipsis instead of widening the list into a horizontal scroll.
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(Event e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.when().label() + " \u2014 " + e.title());
            }
        });
        getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing && now != null) {
                vm.selectedEventProperty().set(now);
            }
        });
        vm.selectedEventProperty().addListener((obs, old, now) -> {
            syncing = true;
            try {
                if (now == null) {
                    getSelectionModel().clearSelection();
                } else {
                    getSelectionModel().select(now);
                    scrollTo(now);
                }
            } finally {
                syncing = false;
            }
        });
    }
}
