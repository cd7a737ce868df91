package chronolens.timeline;

import chronolens.model.EpochDays;
import chronolens.model.Event;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import javafx.animation.Animation;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableDoubleProperty;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.Styleable;
import javafx.css.StyleableDoubleProperty;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.css.converter.PaintConverter;
import javafx.css.converter.SizeConverter;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.util.Duration;

/**
 * A zoomable horizontal timeline of {@link Event}s: markers in lanes above a calendar axis, with wheel zoom,
 * drag to pan, click to select and keys (+/- zoom, Left/Right and Tab/Shift+Tab step through events, Home fits
 * all, F fits the selection, Enter selects).
 *
 * <p>The view draws on a canvas, so its colours and type size come from the styleable properties below, which
 * {@code timeline.css} sets from the looked-up colours {@code -cl-text}, {@code -cl-surface} and
 * {@code -cl-accent}. A theme restyles the timeline by redefining those on {@code .timeline-view}.
 */
public class TimelineView extends Control {
    /** Smallest visible span, in days (a few minutes). */
    static final double MIN_SPAN_DAYS = 5.0 / 1440;
    /** Largest visible span, in days (twice the age of the universe). */
    static final double MAX_SPAN_DAYS = 2 * 13.8e9 * EpochDays.DAYS_PER_YEAR;
    /** Length of a fly-to, in milliseconds. */
    public static final int FLIGHT_MILLIS = 350;
    private static final double DEFAULT_FONT_SIZE = 12;

    private final ObservableList<Event> events = FXCollections.observableArrayList();
    private final ObjectProperty<Event> selectedEvent = new SimpleObjectProperty<>(this, "selectedEvent");
    private final DoubleProperty visibleStart = new SimpleDoubleProperty(this, "visibleStart",
            EpochDays.ofYear(1950));
    private final DoubleProperty visibleEnd = new SimpleDoubleProperty(this, "visibleEnd", EpochDays.ofYear(2030));

    private final BooleanProperty animated = new SimpleBooleanProperty(this, "animated", true);
    private final BooleanProperty reducedMotion = new SimpleBooleanProperty(this, "reducedMotion", false);
    private final ObjectProperty<Function<? super Event, String>> categoryOf =
            new SimpleObjectProperty<>(this, "categoryOf");
    private Timeline flight;

    private final StyleableDoubleProperty labelFontSize = new SimpleStyleableDoubleProperty(
            StyleableProperties.LABEL_FONT_SIZE, this, "labelFontSize", DEFAULT_FONT_SIZE);
    private final StyleableObjectProperty<Paint> textFill = new SimpleStyleableObjectProperty<>(
            StyleableProperties.TEXT_FILL, this, "textFill", StyleableProperties.TEXT_FILL.getInitialValue(null));
    private final StyleableObjectProperty<Paint> surfaceFill = new SimpleStyleableObjectProperty<>(
            StyleableProperties.SURFACE_FILL, this, "surfaceFill",
            StyleableProperties.SURFACE_FILL.getInitialValue(null));
    private final StyleableObjectProperty<Paint> accentFill = new SimpleStyleableObjectProperty<>(
            StyleableProperties.ACCENT_FILL, this, "accentFill",
            StyleableProperties.ACCENT_FILL.getInitialValue(null));
    /** One styleable colour per category slot, since CSS gives a property of ours one value, not a list. */
    private final List<StyleableObjectProperty<Paint>> categorySlots = StyleableProperties.CATEGORY_FILLS.stream()
            .map(meta -> (StyleableObjectProperty<Paint>) new SimpleStyleableObjectProperty<>(meta, this,
                    meta.getProperty(), meta.getInitialValue(null)))
            .toList();
    private final ObjectProperty<Paint[]> categoryFills = new SimpleObjectProperty<>(this, "categoryFills",
            StyleableProperties.CATEGORY_DEFAULTS.toArray(Paint[]::new));

    public TimelineView() {
        getStyleClass().add(TimelineStyle.TIMELINE_VIEW);
        for (StyleableObjectProperty<Paint> slot : categorySlots) {
            slot.addListener((o, old, now) -> categoryFills.set(
                    categorySlots.stream().map(StyleableObjectProperty::get).toArray(Paint[]::new)));
        }
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.NODE);
        setAccessibleRoleDescription("timeline");
        selectedEvent.addListener((o, old, event) -> {
            setAccessibleText(event == null ? null
                    : String.valueOf(event.title()).strip().replaceAll("\\s+", " ")
                    + (event.isDated() ? ", " + event.when().label() : ""));
            if (event != null && event.isDated()) {
                bringIntoView(event);
            }
        });
    }

    public TimelineView(List<Event> events) {
        this();
        this.events.setAll(events);
    }

    // ---- properties ------------------------------------------------------------------------------

    /** The events shown, in any order; events whose {@code when} is null or not anchored are ignored. */
    public ObservableList<Event> getEvents() {
        return events;
    }

    /**
     * The selected event, or null (the default). Clicking a marker sets it; setting it from outside highlights its
     * marker and pans (or zooms out) so that it is on screen.
     */
    public ObjectProperty<Event> selectedEventProperty() {
        return selectedEvent;
    }

    public Event getSelectedEvent() {
        return selectedEvent.get();
    }

    public void setSelectedEvent(Event event) {
        selectedEvent.set(event);
    }

    /** The time at the left edge, in epoch days (days since 1970-01-01); default 1 January 1950. */
    public DoubleProperty visibleStartProperty() {
        return visibleStart;
    }

    public double getVisibleStart() {
        return visibleStart.get();
    }

    public void setVisibleStart(double day) {
        visibleStart.set(day);
    }

    /**
     * The time at the right edge, in epoch days; default 1 January 2030. Set both edges at once with
     * {@link #setVisibleRange}, which keeps the end after the start; the view draws nothing while it is not.
     */
    public DoubleProperty visibleEndProperty() {
        return visibleEnd;
    }

    public double getVisibleEnd() {
        return visibleEnd.get();
    }

    public void setVisibleEnd(double day) {
        visibleEnd.set(day);
    }

    /**
     * Whether the view flies to a new range (selection brought into view, Home) rather than jumping; default true.
     * The flight takes {@value #FLIGHT_MILLIS} ms and only runs while the view is showing and the user has not
     * asked for {@link #reducedMotionProperty() reduced motion}. Programs turn it off (exports, tests); the user's
     * wish is the other property.
     */
    public BooleanProperty animatedProperty() {
        return animated;
    }

    public boolean isAnimated() {
        return animated.get();
    }

    public void setAnimated(boolean value) {
        animated.set(value);
    }

    /**
     * The user's wish for less movement on screen; default false. When true, the view jumps to a new range instead
     * of flying there, whatever {@link #animatedProperty() animated} says. The app sets it from View › Reduce motion.
     */
    public BooleanProperty reducedMotionProperty() {
        return reducedMotion;
    }

    public boolean isReducedMotion() {
        return reducedMotion.get();
    }

    public void setReducedMotion(boolean value) {
        reducedMotion.set(value);
    }

    /**
     * The category of an event, or null or blank for none; default null (no categories). Markers are drawn in
     * their category's colour from {@link #categoryFillsProperty() categoryFills}, in the order of the sorted
     * category names, and a legend names them. Set a new function when the categories change: the view redraws
     * when this property changes, not when what the function reads does.
     */
    public ObjectProperty<Function<? super Event, String>> categoryOfProperty() {
        return categoryOf;
    }

    public Function<? super Event, String> getCategoryOf() {
        return categoryOf.get();
    }

    public void setCategoryOf(Function<? super Event, String> function) {
        categoryOf.set(function);
    }

    /**
     * Size of label text, in pixels; default 12. CSS {@code -timeline-label-font-size}; presentation mode raises
     * it. Lanes, axis rows and markers grow with it.
     */
    public DoubleProperty labelFontSizeProperty() {
        return labelFontSize;
    }

    public double getLabelFontSize() {
        return labelFontSize.get();
    }

    public void setLabelFontSize(double size) {
        labelFontSize.set(size);
    }

    /** Colour of labels and the axis; default dark grey. CSS {@code -timeline-text-fill}, set from {@code -cl-text}. */
    public ObjectProperty<Paint> textFillProperty() {
        return textFill;
    }

    public Paint getTextFill() {
        return textFill.get();
    }

    public void setTextFill(Paint paint) {
        textFill.set(paint);
    }

    /** Background colour; default near white. CSS {@code -timeline-surface-fill}, set from {@code -cl-surface}. */
    public ObjectProperty<Paint> surfaceFillProperty() {
        return surfaceFill;
    }

    public Paint getSurfaceFill() {
        return surfaceFill.get();
    }

    public void setSurfaceFill(Paint paint) {
        surfaceFill.set(paint);
    }

    /**
     * Colour of markers and of the selection; default blue. CSS {@code -timeline-accent-fill}, set from
     * {@code -cl-accent}.
     */
    public ObjectProperty<Paint> accentFillProperty() {
        return accentFill;
    }

    public Paint getAccentFill() {
        return accentFill.get();
    }

    public void setAccentFill(Paint paint) {
        accentFill.set(paint);
    }

    /**
     * Colours for categories, used in turn (the ninth category takes the first colour again); default eight
     * distinguishable colours. CSS {@code -timeline-category-1-fill} to {@code -timeline-category-8-fill} replace
     * them one by one; {@code timeline.css} sets them from {@code -cl-category-1} to {@code -cl-category-8}.
     */
    public ObjectProperty<Paint[]> categoryFillsProperty() {
        return categoryFills;
    }

    public Paint[] getCategoryFills() {
        return categoryFills.get();
    }

    public void setCategoryFills(Paint... paints) {
        categoryFills.set(paints);
    }

    // ---- helpers ---------------------------------------------------------------------------------

    /** Shows {@code [start, end]} (epoch days) at once, clamped to the spans the view supports. */
    public void setVisibleRange(double start, double end) {
        stopFlight();
        applyRange(start, end);
    }

    /**
     * Moves to {@code [start, end]} in a short flight when {@link #animatedProperty() animated} and showing, else
     * at once. The centre travels linearly and the span changes geometrically, so a big zoom feels even.
     */
    public void flyTo(double start, double end) {
        stopFlight();
        boolean showing = getScene() != null && getScene().getWindow() != null && getScene().getWindow().isShowing();
        if (!isAnimated() || isReducedMotion() || !showing || !Double.isFinite(start) || !Double.isFinite(end)
                || !(end > start)) {
            applyRange(start, end);
            return;
        }
        double fromCenter = (getVisibleStart() + getVisibleEnd()) / 2;
        double fromSpan = getVisibleEnd() - getVisibleStart();
        double toCenter = (start + end) / 2;
        double toSpan = end - start;
        DoubleProperty progress = new SimpleDoubleProperty(0);
        progress.addListener((o, old, now) -> {
            double k = now.doubleValue();
            double span = fromSpan * Math.pow(toSpan / fromSpan, k);
            double center = fromCenter + (toCenter - fromCenter) * k;
            applyRange(center - span / 2, center + span / 2);
        });
        Timeline timeline = new Timeline(new KeyFrame(Duration.millis(FLIGHT_MILLIS),
                new KeyValue(progress, 1, Interpolator.EASE_BOTH)));
        timeline.setOnFinished(e -> {
            if (flight == timeline) {
                flight = null;
            }
        });
        flight = timeline;
        timeline.play();
    }

    /** The flight under way, or null; for tests, which jump it to its end rather than wait. */
    Animation flight() {
        return flight;
    }

    private void stopFlight() {
        if (flight != null) {
            Timeline running = flight;
            flight = null;
            running.stop();
        }
    }

    private void applyRange(double start, double end) {
        if (!Double.isFinite(start) || !Double.isFinite(end)) {
            return;
        }
        double center = (start + end) / 2;
        double span = Math.min(Math.max(end - start, minSpan(center)), MAX_SPAN_DAYS);
        if (end - start != span) {
            start = center - span / 2;
            end = center + span / 2;
        }
        if (start >= getVisibleEnd()) {
            visibleEnd.set(end);
            visibleStart.set(start);
        } else {
            visibleStart.set(start);
            visibleEnd.set(end);
        }
    }

    /** Fits every dated event, with a margin, and a wider one on the right for the last labels. Also the Home key. */
    public void zoomToFit() {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Event e : events) {
            if (e != null && e.isDated()) {
                min = Math.min(min, e.when().start());
                max = Math.max(max, e.when().end());
            }
        }
        fit(min, max, 7);
    }

    /**
     * Fits the selected event, with the same margins as {@link #zoomToFit()}: its span fills most of the width, and
     * an event of a day or less gets at least two days. Does nothing without a dated selection. Also the F key.
     */
    public void zoomToSelection() {
        Event e = getSelectedEvent();
        if (e != null && e.isDated()) {
            fit(e.when().start(), e.when().end(), 2);
        }
    }

    /** Flies to {@code [min, max]} widened to at least {@code minDays}, leaving room for labels on the right. */
    private void fit(double min, double max, double minDays) {
        if (!(min <= max) || !Double.isFinite(min) || !Double.isFinite(max)) {
            return;
        }
        double span = Math.max(max - min, minDays);
        double center = (min + max) / 2;
        min = Math.min(min, center - span / 2);
        max = Math.max(max, center + span / 2);
        double width = getWidth() > 0 ? contentWidth() : 0;
        double leftShare = 0.05;
        // room for the widest label (and its marker) of an event at the right end: it is not cut by the edge
        double label = (TimelineRenderer.LABEL_EMS + 1.5) * getLabelFontSize();
        double rightShare = width > 0 ? Math.min(0.3, label / width) : 0.2;
        double total = (max - min) / (1 - leftShare - rightShare);
        flyTo(min - total * leftShare, max + total * rightShare);
    }

    /**
     * Zooms by {@code factor} (above 1 zooms in) keeping the time under {@code pivotX} (pixels from the left
     * edge) in place.
     */
    public void zoomBy(double factor, double pivotX) {
        double width = contentWidth();
        pivotX -= snappedLeftInset();
        double current = getVisibleEnd() - getVisibleStart();
        if (!(current > 0) || !(factor > 0) || Double.isInfinite(factor)) {
            return;
        }
        TimeScale scale = TimeScale.fit(getVisibleStart(), getVisibleEnd(), width);
        double minSpan = minSpan(scale.toDay(pivotX));
        double span = current / factor;
        if (span < minSpan || span > MAX_SPAN_DAYS) {
            // stop at the limit with the pivot still fixed, rather than re-centring
            factor = current / Math.min(Math.max(span, minSpan), MAX_SPAN_DAYS);
        }
        TimeScale zoomed = scale.zoomedAround(pivotX, factor);
        setVisibleRange(zoomed.toDay(0), zoomed.toDay(width));
    }

    /** Moves the content right by {@code dx} pixels (so the view shows earlier times), keeping the zoom. */
    public void panByPixels(double dx) {
        stopFlight();
        double shift = dx * (getVisibleEnd() - getVisibleStart()) / contentWidth();
        visibleStart.set(getVisibleStart() - shift);
        visibleEnd.set(getVisibleEnd() - shift);
    }

    /** Pans, or zooms out, so that {@code event} is on screen; does nothing when part of it already is. */
    public void bringIntoView(Event event) {
        double start = event.when().start();
        double end = event.when().end();
        double viewStart = getVisibleStart();
        double viewEnd = getVisibleEnd();
        double span = viewEnd - viewStart;
        // on screen is enough: a long war that began off to the left must not pan the view when clicked
        double edge = span * 0.02;
        if (end >= viewStart + edge && start <= viewEnd - edge) {
            return;
        }
        if (end - start > span * 0.7) {
            double margin = (end - start) * 0.1;
            flyTo(start - margin, end + margin * 3);
        } else {
            double newStart = start - span * 0.3;
            flyTo(newStart, newStart + span);
        }
    }

    /** Narrowest span around {@code center}: a few minutes, or in deep time what a double still resolves. */
    static double minSpan(double center) {
        return Math.max(MIN_SPAN_DAYS, Math.abs(center) * 1e-9);
    }

    /**
     * Width of the drawing inside the border, in pixels, which the visible range spans (1000 before the first
     * layout, so helpers called early still do something sensible).
     */
    double contentWidth() {
        double width = Math.floor(getWidth() - snappedLeftInset() - snappedRightInset());
        return width >= 1 ? width : 1000;
    }

    // ---- skin and CSS ----------------------------------------------------------------------------

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineViewSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return TimelineView.class.getResource(TimelineStyle.STYLESHEET).toExternalForm();
    }

    /** The CSS properties of the timeline, followed by those of {@link Control}. */
    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return StyleableProperties.ALL;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }

    private static final class StyleableProperties {
        static final CssMetaData<TimelineView, Number> LABEL_FONT_SIZE = new CssMetaData<>(
                "-timeline-label-font-size", SizeConverter.getInstance(), DEFAULT_FONT_SIZE) {
            @Override
            public boolean isSettable(TimelineView view) {
                return !view.labelFontSize.isBound();
            }

            @Override
            public StyleableProperty<Number> getStyleableProperty(TimelineView view) {
                return view.labelFontSize;
            }
        };
        static final CssMetaData<TimelineView, Paint> TEXT_FILL = paint("-timeline-text-fill",
                Color.web("#1f2329"), view -> view.textFill);
        static final CssMetaData<TimelineView, Paint> SURFACE_FILL = paint("-timeline-surface-fill",
                Color.web("#fbfbfa"), view -> view.surfaceFill);
        static final CssMetaData<TimelineView, Paint> ACCENT_FILL = paint("-timeline-accent-fill",
                Color.web("#2f6fde"), view -> view.accentFill);
        static final List<Color> CATEGORY_DEFAULTS = Stream.of("#0072b2", "#e69f00", "#009e73", "#d55e00",
                "#cc79a7", "#56b4e9", "#8c6d31", "#6a3d9a").map(Color::web).toList();
        static final List<CssMetaData<TimelineView, Paint>> CATEGORY_FILLS = IntStream
                .range(0, CATEGORY_DEFAULTS.size())
                .mapToObj(k -> paint("-timeline-category-" + (k + 1) + "-fill", CATEGORY_DEFAULTS.get(k),
                        view -> view.categorySlots.get(k)))
                .toList();
        static final List<CssMetaData<? extends Styleable, ?>> ALL = all();

        private static CssMetaData<TimelineView, Paint> paint(String name, Paint initial,
                Function<TimelineView, StyleableObjectProperty<Paint>> property) {
            return new CssMetaData<>(name, PaintConverter.getInstance(), initial) {
                @Override
                public boolean isSettable(TimelineView view) {
                    return !property.apply(view).isBound();
                }

                @Override
                public StyleableProperty<Paint> getStyleableProperty(TimelineView view) {
                    return property.apply(view);
                }
            };
        }

        private static List<CssMetaData<? extends Styleable, ?>> all() {
            List<CssMetaData<? extends Styleable, ?>> list = new ArrayList<>(Control.getClassCssMetaData());
            list.addAll(List.of(LABEL_FONT_SIZE, TEXT_FILL, SURFACE_FILL, ACCENT_FILL));
            list.addAll(CATEGORY_FILLS);
            return List.copyOf(list);
        }
    }
}
