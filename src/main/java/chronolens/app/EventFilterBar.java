package chronolens.app;

import chronolens.model.EpochDays;
import chronolens.model.Event;
import chronolens.timeline.TimelineView;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.RangeSlider;
import org.controlsfx.control.textfield.TextFields;

/**
 * Above the event table: a search field (Ctrl+F), a category filter, and a date-range slider that is the
 * timeline's visible range, so dragging its thumbs zooms the timeline and zooming the timeline moves them;
 * the table lists what lies in that range.
 */
final class EventFilterBar extends VBox {
    private final TextField search = TextFields.createClearableTextField();
    private final RangeSlider range = new RangeSlider(0, 1, 0, 1);
    private final TimelineView timeline;
    private boolean syncing;

    EventFilterBar(MainViewModel vm, TimelineView timeline) {
        this.timeline = timeline;
        search.setId("search");
        search.setPromptText("Search events (Ctrl+F)");
        search.textProperty().bindBidirectional(vm.searchProperty());

        CheckComboBox<String> categories = new CheckComboBox<>(vm.getCategories());
        categories.setId("category-filter");
        categories.setTitle("Categories");
        categories.setShowCheckedCount(true);
        categories.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            vm.getShownCategories().retainAll(categories.getCheckModel().getCheckedItems());
            vm.getShownCategories().addAll(categories.getCheckModel().getCheckedItems());
        });
        categories.disableProperty().bind(Bindings.isEmpty(vm.getCategories()));

        range.setId("date-range");
        range.setShowTickLabels(false);
        HBox.setHgrow(search, Priority.ALWAYS);
        HBox top = new HBox(6, search, categories);
        getChildren().addAll(top, range);
        setSpacing(4);
        setPadding(new Insets(4));
        getStyleClass().add(AppStyles.FILTER_BAR);

        vm.rangeStartProperty().bind(timeline.visibleStartProperty());
        vm.rangeEndProperty().bind(timeline.visibleEndProperty());
        vm.getEvents().addListener((ListChangeListener<Event>) c -> resetExtent(vm));
        timeline.visibleStartProperty().addListener((obs, old, now) -> followTimeline());
        timeline.visibleEndProperty().addListener((obs, old, now) -> followTimeline());
        range.lowValueProperty().addListener((obs, old, now) -> moveTimeline());
        range.highValueProperty().addListener((obs, old, now) -> moveTimeline());
    }

    TextField searchField() {
        return search;
    }

    /** The slider spans every event shown, in fractional years, with a little room either side. */
    private void resetExtent(MainViewModel vm) {
        double min = vm.getEvents().stream().mapToDouble(e -> e.when().start()).min().orElse(0);
        double max = vm.getEvents().stream().mapToDouble(e -> e.when().end()).max().orElse(365);
        double from = EpochDays.fractionalYear(min);
        double to = EpochDays.fractionalYear(max);
        double margin = Math.max(0.5, (to - from) * 0.1);
        syncing = true;
        try {
            range.setMin(from - margin);
            range.setMax(to + margin);
        } finally {
            syncing = false;
        }
        followTimeline();
    }

    private void followTimeline() {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            double low = clamp(EpochDays.fractionalYear(timeline.getVisibleStart()));
            double high = clamp(EpochDays.fractionalYear(timeline.getVisibleEnd()));
            range.setHighValue(Math.max(high, range.getLowValue()));
            range.setLowValue(Math.min(low, high));
            range.setHighValue(high);
        } finally {
            syncing = false;
        }
    }

    private void moveTimeline() {
        if (syncing || !(range.getHighValue() > range.getLowValue())) {
            return;
        }
        syncing = true;
        try {
            timeline.setVisibleRange(dayOf(range.getLowValue()), dayOf(range.getHighValue()));
        } finally {
            syncing = false;
        }
    }

    private double clamp(double year) {
        return Math.max(range.getMin(), Math.min(range.getMax(), year));
    }

    /** A fractional astronomical year back to epoch days. */
    static double dayOf(double fractionalYear) {
        long year = (long) Math.floor(fractionalYear);
        double start = EpochDays.ofYear(year);
        return start + (fractionalYear - year) * (EpochDays.ofYear(year + 1) - start);
    }
}
