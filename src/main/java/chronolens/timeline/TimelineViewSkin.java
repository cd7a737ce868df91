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
import javafx.scene.Group;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.SkinBase;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * The default skin of {@link TimelineView}: one frame redrawn at most once per pulse (the renderer's image, with a
 * canvas above it only for tooltips and shaped text), a category legend above it,
 * and the input handling: wheel zoom around the pointer, trackpad and touch scrolls pan, pinch zooms, drag to pan,
 * click to select, double-click to zoom in; the overview band's window is dragged to pan and by its edges to zoom.
 * The keys are {@link TimelineKeys}'.
 */
public class TimelineViewSkin extends SkinBase<TimelineView> {
    /** Zoom per wheel notch (40 px of scroll) and per +/- key press. */
    static final double ZOOM_STEP = 1.25;
    private static final double DRAG_THRESHOLD = 3;
    /** How close to an edge of the overview's window, in pixels, a press takes that edge. */
    static final double EDGE_GRIP = 5;

    /** What a press in the overview band grabbed. */
    private enum OverviewGrab { NONE, WINDOW, LEFT_EDGE, RIGHT_EDGE }

    private final Canvas canvas = new Canvas();
    /** The frame's pixels; the canvas above it carries only tooltips and text the raster cannot draw. */
    private final ImageView frame = new ImageView();
    private final Group surface = new Group(frame, canvas);
    private final CategoryLegend legend = new CategoryLegend();
    private CategoryColors categoryColors;
    private final TimelineRenderer renderer = new TimelineRenderer();
    private final List<Runnable> disposers = new ArrayList<>();
    private EventIndex index = new EventIndex(List.of());
    private boolean indexStale;
    private int indexBuilds;
    private boolean dirty = true;

    private double pressX;
    private double lastDragX;
    private boolean dragging;
    private OverviewGrab overviewGrab = OverviewGrab.NONE;
    /** Days from the visible start to the time under the pointer when the overview's window was grabbed. */
    private double grabOffset;
    private int hovered = -1;
    private double clusterX = Double.NaN;

    public TimelineViewSkin(TimelineView view) {
        super(view);
        surface.getStyleClass().add(TimelineStyle.CANVAS);
        surface.setManaged(false);
        frame.setSmooth(false);
        canvas.setVisible(false);
        legend.setManaged(false);
        getChildren().addAll(surface, legend);

        InvalidationListener redraw = o -> markDirty();
        listen(redraw, view.visibleStartProperty(), view.visibleEndProperty(), view.selectedEventProperty(),
                view.labelFontSizeProperty(), view.textFillProperty(), view.surfaceFillProperty(),
                view.accentFillProperty(), view.widthProperty(), view.heightProperty());
        InvalidationListener recolor = o -> {
            categoryColors = null;
            markDirty();
        };
        listen(recolor, view.categoryOfProperty(), view.categoryFillsProperty(), view.textFillProperty(),
                view.surfaceFillProperty());
        // an app adding events one by one must not pay for a sort per event: rebuild once, when next needed
        ListChangeListener<Event> eventsChanged = c -> {
            indexStale = true;
            hovered = -1;
            categoryColors = null;
            markDirty();
        };
        view.getEvents().addListener(eventsChanged);
        disposers.add(() -> view.getEvents().removeListener(eventsChanged));

        handle(ScrollEvent.SCROLL, this::onScroll);
        handle(ZoomEvent.ZOOM, e -> {
            // a pinch zooms around its centre
            view.zoomBy(e.getZoomFactor(), e.getX());
            e.consume();
        });
        handle(MouseEvent.MOUSE_PRESSED, this::onPressed);
        handle(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        handle(MouseEvent.MOUSE_RELEASED, this::onReleased);
        handle(MouseEvent.MOUSE_CLICKED, this::onClicked);
        handle(MouseEvent.MOUSE_MOVED, this::onMoved);
        handle(MouseEvent.MOUSE_EXITED, e -> {
            hover(-1);
            hoverCluster(Double.NaN);
        });
        handle(KeyEvent.KEY_PRESSED, new TimelineKeys(view, this::index)::onKey);
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
        getChildren().removeAll(surface, legend);
        super.dispose();
    }

    // ---- drawing ---------------------------------------------------------------------------------

    private void rebuildIndex() {
        index = new EventIndex(getSkinnable().getEvents());
        indexStale = false;
        indexBuilds++;
        hovered = -1;
        renderer.setIndex(index);
        categoryColors = null;
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
        if (categoryColors == null) {
            recolor();
        }
        double legendHeight = 0;
        if (legend.isVisible()) {
            double pad = Math.ceil(getSkinnable().getLabelFontSize() * 0.5);
            legendHeight = Math.ceil(legend.prefHeight(w - 2 * pad)) + pad;
            legend.resizeRelocate(x + pad, y + pad * 0.5, w - 2 * pad, legendHeight - pad);
        }
        double width = Math.floor(w);
        double height = Math.max(1, Math.floor(h - legendHeight));
        if (canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
            dirty = true;
        }
        surface.setLayoutX(x);
        surface.setLayoutY(y + legendHeight);
        if (dirty) {
            dirty = false;
            redraw();
        }
    }

    /** Works out each event's colour from its category and shows the legend for them. */
    private void recolor() {
        TimelineView view = getSkinnable();
        categoryColors = CategoryColors.of(index(), view.getCategoryOf());
        Paint[] paints = view.getCategoryFills() == null ? new Paint[0] : view.getCategoryFills();
        Color[] colors = new Color[paints.length];
        for (int i = 0; i < paints.length; i++) {
            colors[i] = color(paints[i], Color.GRAY);
        }
        // events without a category fade towards the background, so the categorized ones stand out
        Color other = color(view.getTextFill(), Color.BLACK).interpolate(color(view.getSurfaceFill(), Color.WHITE),
                0.5);
        renderer.setCategoryColors(categoryColors.slots(), colors, other);
        legend.show(categoryColors.categories(), colors, categoryColors.anyUncategorized(), other);
    }

    /** The categories the legend names, in colour order; for tests. */
    List<String> legendCategories() {
        if (categoryColors == null) {
            recolor();
        }
        return categoryColors.categories();
    }

    /** Where a mouse event falls on the canvas: the view's coordinates less the canvas position. */
    private double canvasX(MouseEvent e) {
        return e.getX() - surface.getLayoutX();
    }

    private double canvasY(MouseEvent e) {
        return e.getY() - surface.getLayoutY();
    }

    /** Draws the frame now; the view calls it at most once per pulse through layout. */
    void redraw() {
        TimelineView view = getSkinnable();
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        double start = view.getVisibleStart();
        double end = view.getVisibleEnd();
        GraphicsContext g = canvas.getGraphicsContext2D();
        if (canvas.isVisible()) {
            g.clearRect(0, 0, width, height); // what the last frame put above the image
            canvas.setVisible(false);
        }
        if (width < 1 || height < 1 || !(end > start)) {
            frame.setImage(null);
            return;
        }
        renderer.setFontSize(view.getLabelFontSize());
        TimelineRenderer.Palette palette = new TimelineRenderer.Palette(color(view.getTextFill(), Color.BLACK),
                color(view.getSurfaceFill(), Color.WHITE), color(view.getAccentFill(), Color.ROYALBLUE));
        TimelineRenderer.Frame drawn = renderer.draw(g, width, height, TimeScale.fit(start, end, width),
                index().indexOf(view.getSelectedEvent()), hovered, palette);
        frame.setImage(drawn.image());
        frame.setFitWidth(width);
        frame.setFitHeight(height);
        canvas.setVisible(drawn.overlay());
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

    /**
     * A mouse wheel zooms around the pointer; a trackpad's sideways swipe, a touch screen's swipe (touchCount above
     * 0) and the momentum after a swipe (inertia) pan; Shift+wheel pans; Ctrl+wheel always zooms.
     */
    private void onScroll(ScrollEvent e) {
        double dx = e.getDeltaX();
        double dy = e.getDeltaY();
        boolean gesture = e.getTouchCount() > 0 || e.isInertia();
        TimelineView view = getSkinnable();
        if (dx == 0 && dy == 0 || e.isInertia() && Math.abs(dx) < 1) {
            e.consume();
            return;
        }
        hover(-1);
        hoverCluster(Double.NaN);
        if (e.isControlDown() || e.isShortcutDown()) {
            zoomByWheel(dy != 0 ? dy : dx, e.getX());
        } else if (gesture) {
            // a finger or the momentum after it moves the content; momentum never zooms on by itself
            view.panByPixels(dx);
        } else if (e.isShiftDown()) {
            view.panByPixels(dx != 0 ? dx : dy);
        } else if (Math.abs(dx) > Math.abs(dy)) {
            view.panByPixels(dx);
        } else {
            zoomByWheel(dy, e.getX());
        }
        e.consume();
    }

    private void zoomByWheel(double delta, double x) {
        // 40 px is one notch of a mouse wheel; touchpads send smaller steps
        getSkinnable().zoomBy(Math.pow(ZOOM_STEP, delta / 40), x);
    }

    /**
     * A double click on a marker zooms to its event: a bar fills most of the width, a point gets 4x closer. On
     * empty lanes it zooms in twice around the pointer.
     */
    private void onClicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || e.getClickCount() != 2 || !e.isStillSincePress()) {
            return;
        }
        TimelineView view = getSkinnable();
        double y = canvasY(e);
        int hit = renderer.eventAt(canvasX(e), y);
        if (hit < 0) {
            TimelineRenderer.Geometry geo = renderer.geometry();
            if (geo != null && y >= 0 && y < geo.rugTop()) {
                view.zoomBy(2, e.getX());
                e.consume();
            }
            return;
        }
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
        double x = canvasX(e);
        double y = canvasY(e);
        hover(renderer.eventAt(x, y));
        hoverCluster(hovered < 0 && renderer.badgeAt(x, y) >= 0 ? x : Double.NaN);
        if (hovered < 0) {
            OverviewGrab grab = renderer.inOverview(y) ? overviewGrabAt(x) : OverviewGrab.NONE;
            surface.setCursor(switch (grab) {
                case LEFT_EDGE, RIGHT_EDGE -> Cursor.H_RESIZE;
                case WINDOW -> Cursor.MOVE;
                case NONE -> Cursor.DEFAULT;
            });
        }
    }

    private void hover(int event) {
        if (event != hovered) {
            hovered = event;
            surface.setCursor(event >= 0 ? Cursor.HAND : Cursor.DEFAULT);
            markDirty();
        }
    }

    /** Shows the list of the cluster under {@code x} in the rug, or none for NaN. */
    private void hoverCluster(double x) {
        if (Double.isNaN(x) != Double.isNaN(clusterX) || !Double.isNaN(x) && x != clusterX) {
            clusterX = x;
            renderer.setClusterPointer(x);
            markDirty();
        }
    }

    /** The event under the pointer, as the last frame showed it, or null. */
    Event hoveredEvent() {
        return hovered >= 0 ? index.event(hovered) : null;
    }

    /** The events listed for the cluster under the pointer (at most five), empty when the pointer is on none. */
    List<Event> hoveredCluster() {
        int badge = renderer.badgeAt(clusterX, renderer.geometry().axisY() - 1);
        return badge < 0 ? List.of() : renderer.clusterEvents(badge, 5);
    }

    private void onPressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        getSkinnable().requestFocus();
        double x = canvasX(e);
        if (renderer.inOverview(canvasY(e))) {
            TimelineView view = getSkinnable();
            overviewGrab = overviewGrabAt(x);
            if (overviewGrab == OverviewGrab.NONE) {
                // outside the window: centre it there, then keep dragging it
                centerOnOverview(x);
                overviewGrab = OverviewGrab.WINDOW;
            }
            grabOffset = renderer.overviewDayAt(x) - view.getVisibleStart();
            renderer.setOverviewFrozen(overviewGrab != OverviewGrab.WINDOW);
            e.consume();
            return;
        }
        pressX = e.getX();
        lastDragX = e.getX();
        dragging = false;
    }

    /** What a press at {@code x} in the overview band takes: an edge of the window, the window, or neither. */
    private OverviewGrab overviewGrabAt(double x) {
        double[] window = renderer.overviewWindow();
        double toLeft = Math.abs(x - window[0]);
        double toRight = Math.abs(x - window[1]);
        if (toLeft <= EDGE_GRIP && toLeft <= toRight) {
            return OverviewGrab.LEFT_EDGE;
        }
        if (toRight <= EDGE_GRIP) {
            return OverviewGrab.RIGHT_EDGE;
        }
        return x > window[0] && x < window[1] ? OverviewGrab.WINDOW : OverviewGrab.NONE;
    }

    private void onDragged(MouseEvent e) {
        if (!e.isPrimaryButtonDown()) {
            return;
        }
        if (overviewGrab != OverviewGrab.NONE) {
            dragOverview(canvasX(e));
            e.consume();
            return;
        }
        if (e.isSynthesized()) {
            // a finger's drag also arrives as scroll events, which pan; panning here too would go twice as far
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

    /** Moves the overview's window with the pointer, or moves the grabbed edge, which zooms the main view. */
    private void dragOverview(double x) {
        TimelineView view = getSkinnable();
        double day = renderer.overviewDayAt(x);
        if (Double.isNaN(day)) {
            return;
        }
        double start = view.getVisibleStart();
        double end = view.getVisibleEnd();
        switch (overviewGrab) {
            case WINDOW -> view.setVisibleRange(day - grabOffset, day - grabOffset + (end - start));
            case LEFT_EDGE -> view.setVisibleRange(Math.min(day, end - TimelineView.minSpan(end)), end);
            case RIGHT_EDGE -> view.setVisibleRange(start, Math.max(day, start + TimelineView.minSpan(start)));
            case NONE -> {
            }
        }
    }

    private void onReleased(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (dragging || overviewGrab != OverviewGrab.NONE) {
            dragging = false;
            overviewGrab = OverviewGrab.NONE;
            renderer.setOverviewFrozen(false);
            markDirty();
            e.consume();
            return;
        }
        double x = canvasX(e);
        double y = canvasY(e);
        int hit = renderer.eventAt(x, y);
        if (hit >= 0) {
            getSkinnable().setSelectedEvent(index.event(hit));
        } else if (renderer.inRug(y)) {
            // a click on the rug of unlabelled events opens that stretch up
            hoverCluster(Double.NaN);
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
}
