package chronolens.app;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The part of the detail pane where a student corrects the selected event (title, date typed as text with a
 * live preview of how it is read) and keeps notes and a category. Title and date apply on Enter or Apply;
 * notes and category as they are typed. Every change can be undone.
 */
final class EventEditSection extends VBox {
    private final TextField title = new TextField();
    private final TextField date = new TextField();
    private final TextField until = new TextField();
    private final Label preview = new Label();
    private final TextField category = new TextField();
    private final TextArea note = new TextArea();
    private boolean loading;

    EventEditSection(EventDetailViewModel detail, EditingViewModel editing) {
        title.setId("edit-title");
        date.setId("edit-date");
        until.setId("edit-until");
        until.setPromptText("optional end, e.g. 1918");
        category.setId("edit-category");
        note.setId("edit-note");
        preview.setId("date-preview");
        preview.getStyleClass().add(AppStyles.DATE_PREVIEW);
        date.setPromptText("e.g. spring 1968, c. 500 BC, 16 May 2024");
        category.setPromptText("e.g. politics, war, science");
        note.setPromptText("Your notes on this event");
        note.setWrapText(true);
        note.setPrefRowCount(4);
        Button apply = new Button("Apply");
        apply.setId("edit-apply");
        apply.setDefaultButton(false);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("Title"), title);
        grid.addRow(1, new Label("Date"), date);
        grid.add(preview, 1, 2);
        grid.addRow(3, new Label("Until"), until);
        grid.addRow(4, new Label("Category"), category);
        GridPane.setHgrow(title, Priority.ALWAYS);
        GridPane.setHgrow(date, Priority.ALWAYS);

        Label heading = new Label("Correct and annotate");
        heading.getStyleClass().add(AppStyles.DETAIL_HEADING);
        Label notes = new Label("Notes");
        notes.setLabelFor(note);
        getChildren().addAll(heading, grid, apply, notes, note);
        setSpacing(6);
        setPadding(new Insets(0, 12, 12, 12));
        getStyleClass().add(AppStyles.EDIT_SECTION);
        visibleProperty().bind(editing.hasSelectionProperty());
        managedProperty().bind(visibleProperty());

        detail.titleProperty().addListener((obs, old, now) -> load(detail));
        detail.typedDateProperty().addListener((obs, old, now) -> load(detail));
        detail.noteProperty().addListener((obs, old, now) -> loadIfDifferent(note, now));
        detail.categoryProperty().addListener((obs, old, now) -> loadIfDifferent(category, now));
        date.textProperty().addListener((obs, old, now) -> preview.setText(editing.preview(now)
                .map(v -> "reads as " + v.label()).orElse(now.isBlank() ? "" : "no date found in this text")));
        Runnable applyEdits = () -> {
            editing.retitle(title.getText());
            if (!editing.redate(date.getText())) {
                preview.setText("no date found in this text; the date is unchanged");
            }
            if (!until.getText().isBlank() && !editing.setEnd(until.getText())) {
                preview.setText("the end must be a date after the start; the end is unchanged");
            }
        };
        title.setOnAction(e -> applyEdits.run());
        date.setOnAction(e -> applyEdits.run());
        until.setOnAction(e -> applyEdits.run());
        apply.setOnAction(e -> applyEdits.run());
        note.textProperty().addListener((obs, old, now) -> {
            if (!loading) {
                editing.setNote(now);
            }
        });
        category.textProperty().addListener((obs, old, now) -> {
            if (!loading) {
                editing.setCategory(now);
            }
        });
        note.focusedProperty().addListener((obs, was, is) -> editing.endTyping());
        category.focusedProperty().addListener((obs, was, is) -> editing.endTyping());
        load(detail);
    }

    private void load(EventDetailViewModel detail) {
        loading = true;
        try {
            title.setText(detail.editedTitle());
            date.setText(detail.typedDateProperty().get());
            until.setText("");
            note.setText(detail.noteProperty().get());
            category.setText(detail.categoryProperty().get());
        } finally {
            loading = false;
        }
    }

    private void loadIfDifferent(javafx.scene.control.TextInputControl field, String value) {
        if (!field.getText().equals(value)) {
            loading = true;
            try {
                field.setText(value);
            } finally {
                loading = false;
            }
        }
    }
}
