package chronolens.timeline;

import chronolens.model.Event;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.SkinBase;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * The default skin of {@link TimelineView}: one canvas redrawn at most once per pulse, and the mouse and keyboard
 * handling (wheel zoom around the pointer, drag to pan, click to select, +/-, Left/Right, Home, Page Up/Down,
 * Escape).
 */
public class TimelineViewSkin extends SkinBase<TimelineView> {
    /** Zoom per wheel notch (40 px of scroll) and per +/- key press. */
    static final double ZOOM_STEP = 1.25;
    /** Share of the width that Page Up and Page Down move the view by, keeping some context on screen. */
    static final double PAGE_SHARE = 0.8;
    private static final double DRAG_THRESHOLD = 3;

    private final Canvas canvas = new Canvas();
    private final TimelineRenderer renderer = new TimelineRenderer();
    private final List<Runnable> disposers = new ArrayList<>();
    private EventIndex index = new EventIndex(List.of());
    private boolean indexStale;
    private int indexBuilds;
    private boolean dirty = true;

    private double pressX;
    private double lastDragX;
    private boolean dragging;
    private boolean overviewDragging;
    private int hovered = -1;

    public TimelineViewSkin(TimelineView view) {
        super(view);
        canvas.getStyleClass().add(TimelineStyle.CANVAS);
        canvas.setManaged(false);
        getChildren().add(canvas);

        InvalidationListener redraw = o -> markDirty();
        listen(redraw, view.visibleStartProperty(), view.visibleEndProperty(), view.selectedEventProperty(),
                view.labelFontSizeProperty(), view.textFillProperty(), view.surfaceFillProperty(),
                view.accentFillProperty(), view.widthProperty(), view.heightProperty());
        // an app adding events one by one must not pay for a sort per event: rebuild once, when next needed
        ListChangeListener<Event> eventsChanged = c -> {
            indexStale = true;
            hovered = -1;
            markDirty();
        };
        view.getEvents().addListener(eventsChanged);
        disposers.add(() -> view.getEvents().removeListener(eventsChanged));

        handle(ScrollEvent.SCROLL, this::onScroll);
        handle(ZoomEvent.ZOOM, e -> {
            view.zoomBy(e.getZoomFactor(), e.getX());
            e.consume();
        });
        handle(MouseEvent.MOUSE_PRESSED, this::onPressed);
        handle(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        handle(MouseEvent.MOUSE_RELEASED, this::onReleased);
        handle(MouseEvent.MOUSE_CLICKED, this::onClicked);
        handle(MouseEvent.MOUSE_MOVED, this::onMoved);
        handle(MouseEvent.MOUSE_EXITED, e -> hover(-1));
        handle(KeyEvent.KEY_PRESSED, this::onKey);
        rebuildIndex();
    }

    private void listen(InvalidationListener listener, Observable... observables) {
        for (Observable o : observables) {
            o.addListener(listener);
            disposers.add(() -> o.removeListener(listener));
        }
    }

    private <T extends javafx.event.Event> void handle(EventType<T> type, EventHandler<? super T> handler) {
        getSkinnable().addEventHandler(type, handler);
        disposers.add(() -> getSkinnable().removeEventHandler(type, handler));
    }

    @Override
    public void dispose() {
        if (getSkinnable() == null) {
            return;
        }
        disposers.forEach(Runnable::run);
        disposers.clear();
        getChildren().remove(canvas);
        super.dispose();
    }

    // ---- drawing ---------------------------------------------------------------------------------

    private void rebuildIndex() {
        index = new EventIndex(getSkinnable().getEvents());
        indexStale = false;
        indexBuilds++;
        hovered = -1;
        renderer.setIndex(index);
    }

    /** The dated events in time order, rebuilt first if the list changed since. */
    EventIndex index() {
        if (indexStale) {
            rebuildIndex();
        }
        return index;
    }

    /** How often the index was built, for the test that adding events one by one builds it once. */
    int indexBuilds() {
        return indexBuilds;
    }

    private void markDirty() {
        dirty = true;
        getSkinnable().requestLayout();
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double width = Math.floor(w);
        double height = Math.floor(h);
        if (canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
            dirty = true;
        }
        canvas.relocate(x, y);
        if (dirty) {
            dirty = false;
            redraw();
        }
    }

    /** Draws the frame now; the view calls it at most once per pulse through layout. */
    void redraw() {
        TimelineView view = getSkinnable();
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        double start = view.getVisibleStart();
        double end = view.getVisibleEnd();
        if (width < 1 || height < 1 || !(end > start)) {
            canvas.getGraphicsContext2D().clearRect(0, 0, width, height);
            return;
        }
        renderer.setFontSize(view.getLabelFontSize());
        TimelineRenderer.Palette palette = new TimelineRenderer.Palette(color(view.getTextFill(), Color.BLACK),
                color(view.getSurfaceFill(), Color.WHITE), color(view.getAccentFill(), Color.ROYALBLUE));
        renderer.draw(canvas.getGraphicsContext2D(), width, height, TimeScale.fit(start, end, width),
                index().indexOf(view.getSelectedEvent()), hovered, palette);
    }

    private static Color color(Paint paint, Color fallback) {
        return paint instanceof Color c ? c : fallback;
    }

    /** The renderer of this skin, for tests that check what was drawn. */
    TimelineRenderer renderer() {
        return renderer;
    }


    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 800 + left + right;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 300 + top + bottom;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return 4 * getSkinnable().getLabelFontSize() + top + bottom;
    }

    // ---- input -----------------------------------------------------------------------------------

    private void onScroll(ScrollEvent e) {
        double delta = e.getDeltaY() != 0 ? e.getDeltaY() : e.getDeltaX();
        if (delta == 0 || e.isInertia() && Math.abs(delta) < 1) {
            return;
        }
        hover(-1);
        if (e.getDeltaY() == 0 || e.isShiftDown()) {
            getSkinnable().panByPixels(delta);
        } else {
            // 40 px is one notch of a mouse wheel; touchpads send smaller steps
            getSkinnable().zoomBy(Math.pow(ZOOM_STEP, delta / 40), e.getX());
        }
        e.consume();
    }

    /** A double click on a marker zooms to its event: a bar fills most of the width, a point gets 4x closer. */
    private void onClicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || e.getClickCount() != 2 || !e.isStillSincePress()) {
            return;
        }
        int hit = renderer.eventAt(e.getX() - snappedLeftInset(), e.getY() - snappedTopInset());
        if (hit < 0) {
            return;
        }
        TimelineView view = getSkinnable();
        double start = index.start(hit);
        double end = index.end(hit);
        double span = view.getVisibleEnd() - view.getVisibleStart();
        if (index.point(hit) || end - start < span / 8) {
            double center = (start + end) / 2;
            view.flyTo(center - span / 8, center + span / 8);
        } else {
            double margin = (end - start) * 0.15;
            view.flyTo(start - margin, end + margin * 2);
        }
        e.consume();
    }

    private void onMoved(MouseEvent e) {
        hover(renderer.eventAt(e.getX() - snappedLeftInset(), e.getY() - snappedTopInset()));
    }

    private void hover(int event) {
        if (event != hovered) {
            hovered = event;
            canvas.setCursor(event >= 0 ? Cursor.HAND : Cursor.DEFAULT);
            markDirty();
        }
    }

    /** The event under the pointer, as the last frame showed it, or null. */
    Event hoveredEvent() {
        return hovered >= 0 ? index.event(hovered) : null;
    }

    private void onPressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        getSkinnable().requestFocus();
        if (renderer.inOverview(e.getY() - snappedTopInset())) {
            overviewDragging = true;
            centerOnOverview(e.getX() - snappedLeftInset());
            e.consume();
            return;
        }
        pressX = e.getX();
        lastDragX = e.getX();
        dragging = false;
    }

    private void onDragged(MouseEvent e) {
        if (!e.isPrimaryButtonDown()) {
            return;
        }
        if (overviewDragging) {
            centerOnOverview(e.getX() - snappedLeftInset());
            e.consume();
            return;
        }
        if (!dragging && Math.abs(e.getX() - pressX) < DRAG_THRESHOLD) {
            return;
        }
        if (!dragging) {
            dragging = true;
            lastDragX = pressX;
            hover(-1);
        }
        getSkinnable().panByPixels(e.getX() - lastDragX);
        lastDragX = e.getX();
        e.consume();
    }

    private void onReleased(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (dragging || overviewDragging) {
            dragging = false;
            overviewDragging = false;
            e.consume();
            return;
        }
        double x = e.getX() - snappedLeftInset();
        double y = e.getY() - snappedTopInset();
        int hit = renderer.eventAt(x, y);
        if (hit >= 0) {
            getSkinnable().setSelectedEvent(index.event(hit));
        } else if (renderer.inRug(y)) {
            // a click on the rug of unlabelled events opens that stretch up
            getSkinnable().zoomBy(4, e.getX());
        } else {
            getSkinnable().setSelectedEvent(null);
        }
        e.consume();
    }

    /** Moves the visible window, keeping its span, so it is centred on the time under {@code x} in the band. */
    private void centerOnOverview(double x) {
        double day = renderer.overviewDayAt(x);
        if (Double.isNaN(day)) {
            return;
        }
        TimelineView view = getSkinnable();
        double half = (view.getVisibleEnd() - view.getVisibleStart()) / 2;
        view.setVisibleRange(day - half, day + half);
    }

    private void onKey(KeyEvent e) {
        TimelineView view = getSkinnable();
        double center = view.getWidth() / 2;
        switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> view.zoomBy(ZOOM_STEP, center);
            case MINUS, SUBTRACT -> view.zoomBy(1 / ZOOM_STEP, center);
            case HOME -> view.zoomToFit();
            case PAGE_UP -> view.panByPixels(view.getWidth() * PAGE_SHARE);
            case PAGE_DOWN -> view.panByPixels(-view.getWidth() * PAGE_SHARE);
            case ESCAPE -> {
                if (view.getSelectedEvent() == null) {
                    return;
                }
                view.setSelectedEvent(null);
            }
            case LEFT -> step(-1);
            case RIGHT -> step(1);
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Selects the next (+1) or previous (-1) event in time; with nothing selected, the first or last in view. */
    private void step(int direction) {
        EventIndex index = index();
        if (index.size() == 0) {
            return;
        }
        TimelineView view = getSkinnable();
        int current = index.indexOf(view.getSelectedEvent());
        int next;
        if (current >= 0) {
            next = Math.max(0, Math.min(index.size() - 1, current + direction));
        } else if (direction > 0) {
            next = Math.min(index.size() - 1, index.firstStartingFrom(view.getVisibleStart()));
        } else {
            next = Math.max(0, index.firstStartingAfter(view.getVisibleEnd()) - 1);
        }
        view.setSelectedEvent(index.event(next));
    }
}
