package chronolens.timeline;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/** The row above the lanes that names each category beside a swatch of its colour; hidden without categories. */
final class CategoryLegend extends FlowPane {
    /** What the legend shows now, so an unchanged frame does not rebuild it. */
    private List<Object> shown = List.of();

    CategoryLegend() {
        super(12, 2);
        getStyleClass().add(TimelineStyle.LEGEND);
        setVisible(false);
    }

    /** Shows {@code categories} in {@code colors} (used in turn), then "Other" in {@code other} when asked. */
    void show(List<String> categories, Color[] colors, boolean withOther, Color other) {
        List<Object> wanted = new ArrayList<>();
        for (int i = 0; i < categories.size() && colors.length > 0; i++) {
            wanted.add(categories.get(i));
            wanted.add(colors[i % colors.length]);
        }
        if (withOther && !wanted.isEmpty()) {
            wanted.add(null);
            wanted.add(other);
        }
        if (wanted.equals(shown)) {
            return;
        }
        shown = wanted;
        List<Node> items = new ArrayList<>();
        for (int k = 0; k < wanted.size(); k += 2) {
            items.add(item(wanted.get(k) == null ? "Other" : (String) wanted.get(k), (Color) wanted.get(k + 1)));
        }
        getChildren().setAll(items);
        setVisible(!items.isEmpty());
    }

    private static Label item(String name, Color color) {
        Region swatch = new Region();
        swatch.getStyleClass().add(TimelineStyle.LEGEND_SWATCH);
        swatch.setBackground(new Background(new BackgroundFill(color, new CornerRadii(2), null)));
        Label label = new Label(name, swatch);
        label.getStyleClass().add(TimelineStyle.LEGEND_ITEM);
        return label;
    }
}
