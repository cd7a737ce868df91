package chronolens.app;

import chronolens.model.Extraction;
import chronolens.model.Span;
import chronolens.model.TimeExpression;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The article's full text with its time expressions marked; the selected event's sentence is highlighted
 * behind the text and scrolled into view. Hovering a time expression tells its value; clicking it reports its
 * index. Dragging over words selects them, for adding an event.
 */
public final class ArticlePane extends ScrollPane {
    private static final double MARGIN = 12;
    private final TextFlow flow = new TextFlow();
    private final Path highlight = new Path();
    private final Path selectionMark = new Path();
    private final Map<Integer, Text> timexRuns = new HashMap<>();
    private int anchor = -1;
    private Span selection;
    private final IntConsumer onTimexClicked;
    private final Consumer<String> hint;
    private Span highlighted;

    /**
     * @param onTimexClicked told the index of a clicked time expression
     * @param hint           told what the time expression under the pointer means, null when it leaves
     */
    public ArticlePane(IntConsumer onTimexClicked, Consumer<String> hint) {
        this.onTimexClicked = onTimexClicked;
        this.hint = hint;
        highlight.getStyleClass().add(AppStyles.SENTENCE_HIGHLIGHT);
        highlight.setManaged(false);
        highlight.setMouseTransparent(true);
        selectionMark.getStyleClass().add(AppStyles.TEXT_SELECTION);
        selectionMark.setManaged(false);
        selectionMark.setMouseTransparent(true);
        flow.getStyleClass().add(AppStyles.ARTICLE_TEXT);
        Pane content = new Pane(highlight, selectionMark, flow) {
            // The margin sits outside the TextFlow: JavaFX 21's TextFlow.rangeShape ignores the flow's own
            // padding and would wrap the highlight at a different width than the text.
            @Override
            protected void layoutChildren() {
                double width = Math.max(0, getWidth() - 2 * MARGIN);
                flow.resizeRelocate(MARGIN, MARGIN, width, flow.prefHeight(width));
                drawHighlight();
                drawSelection();
            }

            @Override
            protected double computePrefHeight(double width) {
                return flow.prefHeight(Math.max(0, width - 2 * MARGIN)) + 2 * MARGIN;
            }
        };
        setContent(content);
        setFitToWidth(true);
        flow.setOnMousePressed(e -> {
            anchor = flow.hitTest(new Point2D(e.getX(), e.getY())).getInsertionIndex();
            select(null);
        });
        flow.setOnMouseDragged(e -> {
            int at = flow.hitTest(new Point2D(e.getX(), e.getY())).getInsertionIndex();
            if (anchor >= 0 && at != anchor) {
                select(new Span(Math.min(anchor, at), Math.max(anchor, at)));
            }
        });
        getStyleClass().add(AppStyles.ARTICLE_PANE);
        setId("article");
    }

    /** Shows an extraction's text, each time expression a clickable run with its value as a tooltip. */
    public void show(Extraction x) {
        String text = x.article().text();
        List<Node> runs = new ArrayList<>();
        timexRuns.clear();
        int at = 0;
        List<TimeExpression> timexes = x.timexes();
        for (int i = 0; i < timexes.size(); i++) {
            TimeExpression t = timexes.get(i);
            if (t.begin() < at) {
                continue; // overlapping expressions: the first wins the highlight
            }
            if (t.begin() > at) {
                runs.add(new Text(text.substring(at, t.begin())));
            }
            Text run = timexRun(t, i);
            timexRuns.put(i, run);
            runs.add(run);
            at = t.end();
        }
        if (at < text.length()) {
            runs.add(new Text(text.substring(at)));
        }
        flow.getChildren().setAll(runs);
        highlighted = null;
        highlight.getElements().clear();
        select(null);
        setVvalue(0);
    }

    private Text timexRun(TimeExpression t, int index) {
        Text run = new Text(t.text());
        run.getStyleClass().addAll(AppStyles.TIMEX, TimexKind.styleClassOf(t));
        run.setCursor(Cursor.HAND);
        String meaning = t.text() + " \u2192 " + t.type().name().toLowerCase() + " " + t.value();
        run.setOnMouseEntered(e -> hint.accept(meaning));
        run.setOnMouseExited(e -> hint.accept(null));
        run.setOnMouseClicked(e -> onTimexClicked.accept(index));
        return run;
    }

    /** Marks a span of the text (the selected event's sentence) and scrolls it into view; null clears. */
    public void highlight(Span span) {
        highlighted = span;
        drawHighlight();
        if (span != null) {
            scrollToHighlight();
        }
    }

    /** Marks words as selected, as if dragged over; null clears. */
    public void select(Span span) {
        selection = span;
        drawSelection();
    }

    /** The words selected with the mouse, or null. */
    public Span selection() {
        return selection;
    }

    private void drawSelection() {
        mark(selectionMark, selection);
    }

    /** Draws the shape of a span of the text behind it, or nothing for null. */
    private void mark(Path path, Span span) {
        path.getElements().clear();
        if (span != null) {
            path.getElements().setAll(flow.rangeShape(span.begin(), span.end()));
            path.setTranslateX(flow.getLayoutX());
            path.setTranslateY(flow.getLayoutY());
        }
    }

    /** Where a person sees the marked sentence, in scene coordinates; empty when nothing is marked. */
    Bounds highlightOnScene() {
        return highlight.localToScene(highlight.getBoundsInLocal());
    }

    /** Where a person sees a time expression's words, in scene coordinates, or null if it is not shown. */
    Bounds timexOnScene(int timexIndex) {
        Text run = timexRuns.get(timexIndex);
        return run == null ? null : run.localToScene(run.getBoundsInLocal());
    }

    /** The span marked now, or null. */
    public Span highlighted() {
        return highlighted;
    }

    private void drawHighlight() {
        mark(highlight, highlighted);
    }

    private void scrollToHighlight() {
        applyCss();
        layout();
        Bounds b = highlight.getBoundsInParent();
        double contentHeight = getContent().getBoundsInLocal().getHeight();
        double viewport = getViewportBounds().getHeight();
        if (b.isEmpty() || contentHeight <= viewport) {
            return;
        }
        double target = Math.max(0, b.getMinY() - viewport / 4);
        setVvalue(Math.min(1, target / (contentHeight - viewport)));
    }
}
