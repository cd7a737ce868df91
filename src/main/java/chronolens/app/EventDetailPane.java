package chronolens.app;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Shows the selected event: title, date, how the date was worked out, its sentence, the other sentences that
 * tell of it, and who and where; below, the fields to correct and annotate it.
 */
public final class EventDetailPane extends ScrollPane {

    /** @param showInArticle scrolls the article to the event's sentence */
    public EventDetailPane(EventDetailViewModel vm, EditingViewModel editing, Runnable showInArticle) {
        Label title = label(AppStyles.DETAIL_TITLE);
        title.textProperty().bind(vm.titleProperty());
        Label date = label(AppStyles.DETAIL_DATE);
        date.textProperty().bind(vm.dateProperty());
        Label derivation = label(AppStyles.DETAIL_DERIVATION);
        derivation.textProperty().bind(vm.derivationProperty());
        Tooltip rules = new Tooltip();
        rules.setOnShowing(e -> rules.setText(vm.rules()));
        rules.setWrapText(true);
        rules.setMaxWidth(480);
        derivation.setTooltip(rules);
        // The sentence is a flow of three runs so the words that date the event stand out.
        Text before = new Text();
        Text dateWords = new Text();
        dateWords.getStyleClass().add(AppStyles.DETAIL_DATE_WORDS);
        Text after = new Text();
        vm.quoteProperty().addListener((obs, old, q) -> {
            before.setText(q.before());
            dateWords.setText(q.date());
            after.setText(q.after());
        });
        TextFlow sentence = new TextFlow(before, dateWords, after);
        sentence.getStyleClass().add(AppStyles.DETAIL_SENTENCE);
        sentence.setId(AppStyles.DETAIL_SENTENCE);
        sentence.accessibleTextProperty().bind(vm.sentenceProperty());
        sentence.visibleProperty().bind(vm.sentenceProperty().isNotEmpty());
        sentence.managedProperty().bind(sentence.visibleProperty());
        Label precision = label(AppStyles.DETAIL_PRECISION);
        precision.textProperty().bind(vm.precisionProperty());
        Label entities = label(AppStyles.DETAIL_ENTITIES);
        entities.textProperty().bind(vm.entitiesProperty());

        Label toldAgain = label(AppStyles.DETAIL_TOLD_AGAIN);
        toldAgain.textProperty().bind(vm.toldAgainProperty());

        Label how = heading("How the date was worked out", derivation);
        Label from = heading("From the article", sentence);
        Label who = heading("Who and where", entities);
        Label again = heading("Also told in the article", toldAgain);

        Hyperlink show = new Hyperlink("Show in article");
        show.setId("show-in-article");
        show.setOnAction(e -> showInArticle.run());
        show.visibleProperty().bind(sentence.visibleProperty());
        show.managedProperty().bind(show.visibleProperty());
        VBox box = new VBox(6, title, date, precision, how, derivation, from, sentence, show, again, toldAgain,
                who, entities);
        box.setPadding(new Insets(12));
        box.setFillWidth(true);
        VBox content = new VBox(box);
        setContent(content);
        // The editing fields are built when first needed: nothing is selected at start-up, and text areas
        // and grids are among the dearer controls to create.
        editing.hasSelectionProperty().addListener((obs, was, is) -> {
            if (is && content.getChildren().size() == 1) {
                content.getChildren().add(new EventEditSection(vm, editing));
            }
        });
        setFitToWidth(true);
        getStyleClass().add(AppStyles.DETAIL_PANE);
        setId("event-detail");
    }

    private static Label label(String styleClass) {
        Label l = new Label();
        l.setWrapText(true);
        l.getStyleClass().add(styleClass);
        l.setId(styleClass);
        l.setMaxWidth(Double.MAX_VALUE);
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    private static Label heading(String text, Node content) {
        Label h = new Label(text);
        h.getStyleClass().add(AppStyles.DETAIL_HEADING);
        h.visibleProperty().bind(content.visibleProperty());
        h.managedProperty().bind(h.visibleProperty());
        h.setLabelFor(content);
        return h;
    }
}
