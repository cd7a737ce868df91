package chronolens.app;

import chronolens.model.DocumentDate;
import chronolens.model.DocumentType;
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
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The article's full text with its time expressions marked; the selected event's sentence is highlighted
 * behind the text and scrolled into view. Hovering a time expression shows its value; clicking it reports its
 * index. Dragging over words selects them, for adding an event. A long article (a book, an imported sheet)
 * shows a window of its text around the selection, since laying out megabytes of text at once would freeze
 * the window.
 */
public final class ArticlePane extends ScrollPane {
    private static final double MARGIN = 12;
    /** Texts longer than this show a window of this many characters around the selection. */
    static final int WINDOW = 60_000;
    private static final String CUT = "[\u2026]\n";
    private final TextFlow flow = new TextFlow();
    private final Path highlight = new Path();
    private final Path selectionMark = new Path();
    private final Map<Integer, Text> timexRuns = new HashMap<>();
    /** One tooltip for every time expression, told its text as the pointer enters one. */
    private final Tooltip valueTip = new Tooltip();
    private int anchor = -1;
    private Span selection;
    private final IntConsumer onTimexClicked;
    private final Consumer<String> hint;
    private Span highlighted;
    private Extraction shown;
    /** The part of the document text in the flow, and how many characters of the flow come before it. */
    private int windowStart;
    private int windowEnd;
    private int lead;

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
            anchor = toDocument(flow.hitTest(new Point2D(e.getX(), e.getY())).getInsertionIndex());
            select(null);
        });
        flow.setOnMouseDragged(e -> {
            int at = toDocument(flow.hitTest(new Point2D(e.getX(), e.getY())).getInsertionIndex());
            if (anchor >= 0 && at != anchor) {
                select(new Span(Math.min(anchor, at), Math.max(anchor, at)));
            }
        });
        getStyleClass().add(AppStyles.ARTICLE_PANE);
        setId("article");
    }

    /** Shows an extraction's text (a window of it, when long), each time expression a clickable run. */
    public void show(Extraction x) {
        shown = x;
        showWindow(0);
        highlighted = null;
        highlight.getElements().clear();
        select(null);
        setVvalue(0);
    }

    /** Lays out the text from about {@code near} on: all of it when short, else a window cut at line ends. */
    private void showWindow(int near) {
        String text = shown.article().text();
        if (text.length() <= WINDOW) {
            windowStart = 0;
            windowEnd = text.length();
        } else {
            int from = Math.max(0, Math.min(near - WINDOW / 4, text.length() - WINDOW));
            int lineStart = text.lastIndexOf('\n', from);
            windowStart = lineStart < 0 ? 0 : lineStart + 1;
            int to = Math.min(text.length(), windowStart + WINDOW);
            int lineEnd = text.indexOf('\n', to);
            windowEnd = lineEnd < 0 || lineEnd - windowStart > WINDOW * 2 ? to : lineEnd;
        }
        List<Node> runs = new ArrayList<>();
        lead = windowStart > 0 ? CUT.length() : 0;
        if (windowStart > 0) {
            runs.add(new Text(CUT));
        }
        timexRuns.clear();
        int at = windowStart;
        List<TimeExpression> timexes = shown.timexes();
        for (int i = 0; i < timexes.size(); i++) {
            TimeExpression t = timexes.get(i);
            if (t.begin() < at || t.end() > windowEnd) {
                continue; // outside the window, or overlapping: the first wins the highlight
            }
            if (t.begin() > at) {
                runs.add(new Text(text.substring(at, t.begin())));
            }
            Text run = timexRun(t, i);
            timexRuns.put(i, run);
            runs.add(run);
            at = t.end();
        }
        if (at < windowEnd) {
            runs.add(new Text(text.substring(at, windowEnd)));
        }
        if (windowEnd < text.length()) {
            runs.add(new Text("\n" + CUT.strip()));
        }
        flow.getChildren().setAll(runs);
    }

    private int toFlow(int documentIndex) {
        return Math.max(0, Math.min(documentIndex, windowEnd) - windowStart) + lead;
    }

    private int toDocument(int flowIndex) {
        return Math.max(windowStart, Math.min(windowEnd, flowIndex - lead + windowStart));
    }

    private Text timexRun(TimeExpression t, int index) {
        Text run = new Text(t.text());
        boolean inferredDate = shown.documentDate().origin() == DocumentDate.Origin.INFERRED
                && shown.documentType() == DocumentType.NEWS;
        run.getStyleClass().addAll(AppStyles.TIMEX, TimexKind.styleClassOf(t, inferredDate));
        run.setCursor(Cursor.HAND);
        String meaning = t.text() + " \u2192 " + t.type().name().toLowerCase() + " " + t.value()
                + (t.resolved() == null ? "" : " (" + t.resolved().label() + ")");
        Tooltip.install(run, valueTip);
        run.setOnMouseEntered(e -> {
            valueTip.setText(meaning);
            hint.accept(meaning);
        });
        run.setOnMouseExited(e -> hint.accept(null));
        run.setOnMouseClicked(e -> onTimexClicked.accept(index));
        return run;
    }

    /** Marks a span of the text (the selected event's sentence) and scrolls it into view; null clears. */
    public void highlight(Span span) {
        if (span != null && shown != null && (span.begin() < windowStart || span.end() > windowEnd)) {
            showWindow(span.begin());
            select(null);
        }
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
            path.getElements().setAll(flow.rangeShape(toFlow(span.begin()), toFlow(span.end())));
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
