package chronolens.timeline;

import chronolens.model.Event;
import chronolens.model.TemporalValue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Draws one frame of the timeline on a canvas and remembers where the labelled markers went, for hit testing.
 *
 * <p>The cost of a frame is bounded by the screen, not by the events stored: events in view are found by binary
 * search (and a max-of-ends tree for those running in from the left), text is drawn only for events that win a
 * lane (at most {@link #LABEL_BUDGET}), and once every lane is busy up to some x, the events before that x are
 * counted into the per-column rug by binary search per column instead of being visited one by one. Everything but
 * the tooltip is drawn into a {@link FrameRaster}, which the canvas then shows as one image: the software pipeline
 * would take longer to rasterise the frame's labels, dots and bars as canvas calls than to lay the frame out.
 */
final class TimelineRenderer {
    /** Most labels drawn in one frame. */
    static final int LABEL_BUDGET = 400;
    /** Narrowest range bar, in pixels, so a year seen from a millennium away stays visible. */
    static final double MIN_BAR_WIDTH = 4;
    private static final double LABEL_GAP = 10;
    private static final double APPROXIMATE_ALPHA = 0.45;
    /** Space between where a period begins and its name in the context row, in pixels. */
    private static final double CONTEXT_INDENT = 3;

    /** A drawn frame: its pixels, and whether anything was drawn on the canvas above them. */
    record Frame(WritableImage image, boolean overlay) {
    }

    /** Colours of one frame. */
    record Palette(Color text, Color surface, Color accent) {
    }

    /** Where the parts of a frame go, from the font size and the canvas height. */
    record Geometry(double fontSize, double width, double height, double laneHeight, double lanesTop,
                    double lanesBottom, double rugTop, double axisY, double tickBaseline, double contextBaseline,
                    double overviewTop, double overviewHeight, int lanes) {
        static Geometry of(double fontSize, double width, double height) {
            double row = Math.ceil(fontSize * 1.5);
            double overviewHeight = Math.ceil(Math.max(10, fontSize));
            double overviewTop = height - overviewHeight - 3;
            double contextBaseline = overviewTop - row / 2 - 2;
            double tickBaseline = contextBaseline - row;
            double axisY = tickBaseline - row / 2 - 4;
            double rugTop = axisY - Math.ceil(fontSize * 1.4);
            double lanesBottom = rugTop - 4;
            double laneHeight = Math.ceil(fontSize * 1.8);
            double lanesTop = 6;
            int lanes = (int) Math.max(0, Math.floor((lanesBottom - lanesTop) / laneHeight));
            return new Geometry(fontSize, width, height, laneHeight, lanesTop, lanesBottom, rugTop, axisY,
                    tickBaseline, contextBaseline, overviewTop, overviewHeight, lanes);
        }

        double laneTop(int lane) {
            return lanesBottom - (lane + 1) * laneHeight;
        }
    }

    private final TextMeter meter = new TextMeter(Font.font(12));
    private final TextMeter boldMeter = new TextMeter(Font.font(null, FontWeight.BOLD, 12));
    private final FrameRaster raster = new FrameRaster();
    private final double[] box = new double[2];
    private final LaneLayout lanes = new LaneLayout(0, LABEL_GAP);
    private final OverviewBand overview = new OverviewBand();

    private EventIndex index = new EventIndex(List.of());
    private String[] labels = new String[0];
    private double[] labelWidths = new double[0];
    /** The widest a label gets, in multiples of the label font size; longer ones end in "…". */
    static final int LABEL_EMS = 18;

    private final Rug rug = new Rug();
    private final EventIndex.IntList carried = new EventIndex.IntList();

    private int hits;
    private int[] hitEvent = new int[64];
    private int[] hitLane = new int[64];
    private double[] hitBox = new double[64 * 4];
    private Geometry geometry;
    private TickPlan tickPlan;

    /** Colour slot of each event by index position (-1: no category), or null to draw every marker in the accent. */
    private int[] colorSlots;
    private Color[] slotColors = new Color[0];
    private Color uncategorized = Color.GRAY;

    private double clusterPointerX = Double.NaN;
    private TimeScale lastScale;

    void setIndex(EventIndex index) {
        this.index = index;
        overview.setIndex(index);
        labels = new String[index.size()];
        labelWidths = new double[index.size()];
        hits = 0;
    }

    void setFontSize(double requested) {
        // a stylesheet can say anything; below 6 px nothing is legible, above 96 px no lane fits
        double size = Double.isFinite(requested) ? Math.max(6, Math.min(96, requested)) : 12;
        Font font = Font.font(size);
        if (!font.equals(meter.font())) {
            meter.setFont(font);
            boldMeter.setFont(Font.font(null, FontWeight.BOLD, size));
            rug.setFont(font);
            Arrays.fill(labels, null);
        }
    }

    Geometry geometry() {
        return geometry;
    }

    /**
     * Colours markers by category: {@code slots[i]} picks event {@code i}'s colour from {@code colors}, -1 gives
     * {@code none}; null slots put every marker back in the accent colour.
     */
    void setCategoryColors(int[] slots, Color[] colors, Color none) {
        colorSlots = slots;
        slotColors = colors;
        uncategorized = none;
    }

    /** The pointer's x while it rests over the rug, so the frame lists the events of the cluster there; NaN: none. */
    void setClusterPointer(double x) {
        clusterPointerX = x;
    }

    TickPlan tickPlan() {
        return tickPlan;
    }

    /** Labelled markers in the last frame. */
    int labelledCount() {
        return hits;
    }

    /** The event whose labelled marker covers {@code (x, y)} in the last frame, or -1. */
    int eventAt(double x, double y) {
        for (int h = hits - 1; h >= 0; h--) {
            int b = h * 4;
            if (x >= hitBox[b] && x <= hitBox[b + 1] && y >= hitBox[b + 2] && y <= hitBox[b + 3]) {
                return hitEvent[h];
            }
        }
        return -1;
    }

    /** The box (left, right, top, bottom) of {@code event}'s labelled marker in the last frame, or null. */
    double[] boxOf(int event) {
        for (int h = 0; h < hits; h++) {
            if (hitEvent[h] == event) {
                return Arrays.copyOfRange(hitBox, h * 4, h * 4 + 4);
            }
        }
        return null;
    }

    /** Every labelled marker box (left, right, top, bottom) of the last frame, in drawing order. */
    List<double[]> boxes() {
        List<double[]> out = new ArrayList<>(hits);
        for (int h = 0; h < hits; h++) {
            out.add(Arrays.copyOfRange(hitBox, h * 4, h * 4 + 4));
        }
        return out;
    }

    /** The text drawn for event {@code i} of the index, once it has been labelled. */
    String labelOf(int i) {
        return labels[i];
    }

    /** True when {@code y} falls in the rug of unlabelled events above the axis. */
    boolean inRug(double y) {
        return geometry != null && y >= geometry.rugTop() && y <= geometry.axisY();
    }

    /**
     * Draws a frame: its pixels into an image, and on {@code g} only what the image cannot carry.
     *
     * @param selected index of the selected event, or -1
     * @param hovered  index of the event under the pointer, or -1; it gets an outline and a tooltip
     */
    Frame draw(GraphicsContext g, double width, double height, TimeScale scale, int selected, int hovered,
               Palette palette) {
        geometry = Geometry.of(meter.font().getSize(), width, height);
        // the selected marker stays in the lane it had, or clicking it would make it (and its neighbours) jump
        int selectedLane = 0;
        for (int h = 0; h < hits; h++) {
            if (hitEvent[h] == selected) {
                selectedLane = hitLane[h];
            }
        }
        hits = 0;
        FrameRaster r = raster;
        r.begin(width, height, pixelScale(g.getCanvas()));
        r.clear(palette.surface());
        lastScale = scale;
        tickPlan = TickPlan.plan(scale, width, meter::width, s -> boldMeter.width(s) + CONTEXT_INDENT);
        drawAxis(r, palette);
        drawEvents(r, scale, selected, selectedLane, palette);
        overview.draw(r, geometry.overviewTop(), geometry.overviewHeight(), width, scale.toDay(0),
                scale.toDay(width), palette);
        // the frame is shown as an image under the canvas; the canvas only carries what the raster cannot draw
        // (text JavaFX must shape), the tooltip and the cluster list, and is hidden when it carries nothing
        WritableImage image = r.finish();
        g.setGlobalAlpha(1);
        r.drawDeferred(g);
        boolean overlay = r.deferredCount() > 0;
        double[] hoveredBox = hovered >= 0 ? boxOf(hovered) : null;
        if (hoveredBox != null) {
            drawTooltip(g, hovered, hoveredBox, palette);
            overlay = true;
        } else if (badgeAt(clusterPointerX, geometry.axisY() - 1) >= 0) {
            drawClusterList(g, badgeAt(clusterPointerX, geometry.axisY() - 1), palette);
            overlay = true;
        }
        return new Frame(image, overlay);
    }

    /** Pixels per canvas unit on the screen showing {@code canvas}: 2 on a high-density screen, else 1. */
    private static double pixelScale(Canvas canvas) {
        if (canvas.getScene() == null || canvas.getScene().getWindow() == null) {
            return 1;
        }
        double scale = canvas.getScene().getWindow().getRenderScaleX();
        return Double.isFinite(scale) && scale >= 1 ? Math.min(scale, 4) : 1;
    }

    /** The frame's pixels as last drawn, for tests. */
    FrameRaster raster() {
        return raster;
    }

    /** An outline round the hovered marker and, above it, its whole title and its date as the model says it. */
    private void drawTooltip(GraphicsContext g, int i, double[] box, Palette p) {
        Geometry geo = geometry;
        g.setGlobalAlpha(1);
        g.setStroke(p.accent().deriveColor(0, 1, 1, 0.6));
        g.setLineWidth(1);
        g.strokeRoundRect(box[0] + 0.5, box[2] - 0.5, box[1] - box[0] - 1, box[3] - box[2] + 1, 6, 6);
        Event e = index.event(i);
        String title = meter.fit(e.title() == null ? "" : e.title().strip(), geo.width() * 0.6);
        String date = e.when().label();
        double w = Math.max(meter.width(title), meter.width(date)) + 16;
        double lineHeight = Math.ceil(geo.fontSize() * 1.35);
        double h = 2 * lineHeight + 10;
        double x = Math.max(2, Math.min(box[0], geo.width() - w - 2));
        double y = box[2] - h - 4 >= 0 ? box[2] - h - 4 : box[3] + 4;
        g.setFill(p.surface());
        g.fillRoundRect(x, y, w, h, 8, 8);
        g.setStroke(p.text().deriveColor(0, 1, 1, 0.35));
        g.strokeRoundRect(x + 0.5, y + 0.5, w - 1, h - 1, 8, 8);
        g.setFill(p.text());
        g.setFont(meter.font());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(title, x + 8, y + 5 + lineHeight / 2);
        g.setFill(p.text().deriveColor(0, 1, 1, 0.7));
        g.fillText(date, x + 8, y + 5 + lineHeight * 1.5);
    }

    /** True when {@code y} falls in the overview band at the bottom. */
    boolean inOverview(double y) {
        return geometry != null && y >= geometry.overviewTop() - 2
                && y <= geometry.overviewTop() + geometry.overviewHeight() + 2;
    }

    /** The day under {@code x} in the overview band as last drawn. */
    double overviewDayAt(double x) {
        return overview.dayAt(x);
    }

    /** Left and right pixel of the visible-window rectangle in the overview band as last drawn. */
    double[] overviewWindow() {
        return overview.window();
    }

    /** While true, the overview band keeps its scale, so dragging its window's edge cannot rescale the band. */
    void setOverviewFrozen(boolean frozen) {
        overview.setFrozen(frozen);
    }

    // ---- axis ------------------------------------------------------------------------------------

    private void drawAxis(FrameRaster g, Palette p) {
        Geometry geo = geometry;
        g.setFont(meter);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.CENTER);
        g.setStroke(p.text().deriveColor(0, 1, 1, 0.08));
        g.setLineWidth(1);
        for (TickPlan.Tick t : tickPlan.ticks()) {
            double x = Math.round(t.x()) + 0.5;
            g.strokeLine(x, geo.lanesTop(), x, geo.axisY());
        }
        g.setStroke(p.text().deriveColor(0, 1, 1, 0.6));
        g.strokeLine(0, Math.round(geo.axisY()) + 0.5, geo.width(), Math.round(geo.axisY()) + 0.5);
        g.setFill(p.text());
        for (TickPlan.Tick t : tickPlan.ticks()) {
            double x = Math.round(t.x()) + 0.5;
            g.strokeLine(x, geo.axisY(), x, geo.axisY() + 5);
            double half = meter.width(t.label()) / 2;
            // a label cut by the edge misleads ("30" for 1930), so it is left out
            if (t.x() - half >= 0 && t.x() + half <= geo.width()) {
                g.fillText(t.label(), t.x(), geo.tickBaseline());
            }
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setFont(boldMeter);
        for (TickPlan.Tick t : tickPlan.context()) {
            g.fillText(t.label(), t.x() + CONTEXT_INDENT, geo.contextBaseline());
        }
    }

    // ---- events ----------------------------------------------------------------------------------

    private void drawEvents(FrameRaster g, TimeScale scale, int selected, int selectedLane, Palette p) {
        Geometry geo = geometry;
        int columns = (int) Math.ceil(geo.width()) + 2;
        rug.reset(columns);
        double viewStart = scale.toDay(0);
        double viewEnd = scale.toDay(geo.width());
        lanes.reset(geo.lanes());
        g.setFont(meter);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);

        double[] box = this.box;
        boolean selectedShown = false;
        if (selected >= 0 && index.start(selected) <= viewEnd && index.end(selected) >= viewStart) {
            labelBox(selected, scale, box);
            selectedLane = lanes.reserve(selectedLane, box[0], box[1]);
            selectedShown = selectedLane >= 0;
        }
        int firstInside = index.firstStartingFrom(viewStart);
        int to = index.firstStartingAfter(viewEnd);
        int last = columns - 2;
        // events that began before the view and still run: labelled first, at the left edge, and not in the rug
        carried.clear();
        index.runningInto(viewStart, firstInside, carried);
        for (int k = 0; k < carried.size(); k++) {
            int i = carried.get(k);
            if (!(i == selected && selectedShown) && hits < LABEL_BUDGET && lanes.mayFit(boxLeft(i, scale))) {
                labelBox(i, scale, box);
                int lane = lanes.place(box[0], box[1]);
                if (lane >= 0) {
                    drawMarker(g, i, lane, scale, false, p);
                }
            }
        }
        int i = firstInside;
        while (i < to) {
            boolean underBudget = hits < LABEL_BUDGET;
            if (!underBudget || !lanes.mayFit(boxLeft(i, scale))) {
                // no lane is free before nextFreeLeft(): count everything up to there without visiting it one by one
                double resume = underBudget ? lanes.nextFreeLeft() : Double.POSITIVE_INFINITY;
                int j = resume > geo.width() ? to
                        : Math.min(to, Math.max(i + 1, index.firstStartingFrom(scale.toDay(resume))));
                countHidden(i, j, scale, last);
                if (selectedShown && selected >= i && selected < j) {
                    rug.hide(column(scale.toPixel(index.start(selected)), last), -1);
                }
                i = j;
                continue;
            }
            int c = column(scale.toPixel(index.start(i)), last);
            rug.count(c, 1);
            int lane = -1;
            if (!(i == selected && selectedShown)) {
                labelBox(i, scale, box);
                lane = lanes.place(box[0], box[1]);
            }
            if (lane >= 0) {
                drawMarker(g, i, lane, scale, false, p);
            } else if (i != selected) {
                rug.hide(c, 1);
            }
            i++;
        }
        if (selectedShown) {
            drawMarker(g, selected, selectedLane, scale, true, p);
        }
        rug.draw(g, geo, columns, p);
    }

    private static int column(double x, int last) {
        return (int) Math.max(0, Math.min(last, Math.floor(x)));
    }

    /** Adds events {@code from..to-1} (starting inside the view, none labelled) to the rug, column by column. */
    private void countHidden(int from, int to, TimeScale scale, int last) {
        int k = from;
        while (k < to) {
            int c = column(scale.toPixel(index.start(k)), last);
            int next = c >= last ? to
                    : Math.min(to, Math.max(k + 1, index.firstStartingFrom(scale.toDay(c + 1))));
            rug.count(c, next - k);
            rug.hide(c, next - k);
            k = next;
        }
    }

    private double markerRadius() {
        return Math.max(3, geometry.fontSize() * 0.32);
    }

    private double boxLeft(int i, TimeScale scale) {
        double x0 = scale.toPixel(index.start(i));
        return index.point(i) ? x0 - markerRadius() : Math.max(x0, 0);
    }

    /** Left and right edge of the marker with its label, in pixels. */
    private void labelBox(int i, TimeScale scale, double[] box) {
        double x0 = scale.toPixel(index.start(i));
        double textWidth = labelWidth(i);
        if (index.point(i)) {
            double r = markerRadius();
            box[0] = x0 - r;
            box[1] = x0 + r + 4 + textWidth;
        } else {
            double x1 = Math.max(scale.toPixel(index.end(i)), x0 + MIN_BAR_WIDTH);
            box[0] = Math.max(x0, 0);
            box[1] = Math.max(Math.min(x1, geometry.width() + 1), box[0] + 6 + textWidth);
        }
    }

    private double labelWidth(int i) {
        label(i);
        return labelWidths[i];
    }

    private String label(int i) {
        if (labels[i] == null) {
            Event e = index.event(i);
            // titles come from article text and may carry line breaks or runs of spaces
            String title = e.title() == null || e.title().isBlank() ? e.when().label()
                    : collapseSpaces(e.title().strip());
            String text = e.when().approximate() && !title.startsWith("c. ") ? "c. " + title : title;
            labels[i] = meter.fit(text, geometry.fontSize() * LABEL_EMS);
            labelWidths[i] = meter.width(labels[i]);
        }
        return labels[i];
    }

    /** {@code s} with every run of white space made one space; {@code s} itself, not a copy, when it has none. */
    static String collapseSpaces(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean run = i + 1 < s.length() && Character.isWhitespace(s.charAt(i + 1));
            if (Character.isWhitespace(c) && (c != ' ' || run)) {
                return s.replaceAll("\\s+", " ");
            }
        }
        return s;
    }

    private void drawMarker(FrameRaster g, int i, int lane, TimeScale scale, boolean selected, Palette p) {
        Geometry geo = geometry;
        TemporalValue when = index.event(i).when();
        double[] box = this.box;
        labelBox(i, scale, box);
        Color color = markerColor(i, p);
        double top = geo.laneTop(lane) + 2;
        double bottom = top + geo.laneHeight() - 4;
        double mid = (top + bottom) / 2;
        if (selected) {
            g.setGlobalAlpha(1);
            g.setFill(p.accent().deriveColor(0, 1, 1, 0.18));
            g.fillRoundRect(box[0] - 3, top - 1, box[1] - box[0] + 6, bottom - top + 2, 8, 8);
            g.setStroke(p.accent());
            g.setLineWidth(2);
            g.strokeRoundRect(box[0] - 3, top - 1, box[1] - box[0] + 6, bottom - top + 2, 8, 8);
        }
        double alpha = when.approximate() ? APPROXIMATE_ALPHA : 1;
        double x0 = scale.toPixel(when.start());
        double textX;
        if (index.point(i)) {
            double r = markerRadius();
            g.setGlobalAlpha(alpha);
            g.setFill(color);
            g.fillOval(x0 - r, mid - r, 2 * r, 2 * r);
            textX = x0 + r + 4;
        } else {
            double x1 = Math.max(scale.toPixel(when.end()), x0 + MIN_BAR_WIDTH);
            double left = Math.max(x0, -2);
            double right = Math.min(x1, geo.width() + 2);
            g.setGlobalAlpha(alpha);
            g.setFill(color.deriveColor(0, 1, 1, 0.22));
            g.fillRect(left, top, right - left, bottom - top);
            g.setFill(color);
            if (x0 >= -3) {
                g.fillRect(x0, top, Math.min(3, x1 - x0), bottom - top);
            }
            textX = box[0] + 6;
        }
        g.setGlobalAlpha(when.approximate() ? 0.7 : 1);
        g.setFill(p.text());
        g.fillText(labels[i], textX, mid);
        g.setGlobalAlpha(1);
        addHit(i, lane, box[0] - 3, box[1] + 3, top, bottom);
    }

    /** The colour of event {@code i}'s marker: its category's, or the accent when nothing is categorized. */
    private Color markerColor(int i, Palette p) {
        if (colorSlots == null || i >= colorSlots.length || slotColors.length == 0) {
            return p.accent();
        }
        int slot = colorSlots[i];
        return slot < 0 ? uncategorized : slotColors[slot % slotColors.length];
    }

    private void addHit(int event, int lane, double left, double right, double top, double bottom) {
        if (hits == hitEvent.length) {
            hitEvent = Arrays.copyOf(hitEvent, hits * 2);
            hitLane = Arrays.copyOf(hitLane, hits * 2);
            hitBox = Arrays.copyOf(hitBox, hits * 8);
        }
        hitEvent[hits] = event;
        hitLane[hits] = lane;
        int b = hits * 4;
        hitBox[b] = left;
        hitBox[b + 1] = right;
        hitBox[b + 2] = top;
        hitBox[b + 3] = bottom;
        hits++;
    }

    // ---- cluster lists ---------------------------------------------------------------------------

    /** The cluster badge whose stretch of the rug holds {@code (x, y)} in the last frame, or -1. */
    int badgeAt(double x, double y) {
        return inRug(y) && !Double.isNaN(x) ? rug.badgeAt(x) : -1;
    }

    /** How many unlabelled events cluster {@code badge} of the last frame stands for. */
    int badgeCount(int badge) {
        return rug.badgeCount(badge);
    }

    /** The first few unlabelled events of a cluster, for its hover list, at most {@code max}. */
    List<Event> clusterEvents(int badge, int max) {
        List<Event> out = new ArrayList<>();
        int from = index.firstStartingFrom(lastScale.toDay(rug.badgeFrom(badge)));
        int to = index.firstStartingFrom(lastScale.toDay(rug.badgeTo(badge)));
        for (int i = from; i < to && out.size() < max; i++) {
            if (boxOf(i) == null) {
                out.add(index.event(i));
            }
        }
        return out;
    }

    /** A box above the rug with the cluster's count and its first few events, date and title. */
    private void drawClusterList(GraphicsContext g, int badge, Palette p) {
        int count = badgeCount(badge);
        List<Event> shown = clusterEvents(badge, 5);
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ENGLISH, count == 1 ? "%,d event" : "%,d events", count));
        for (Event e : shown) {
            String title = e.title() == null || e.title().isBlank() ? "" : e.title().strip().replaceAll("\\s+", " ");
            lines.add(meter.fit(e.when().label() + "  " + title, geometry.width() * 0.5));
        }
        if (count > shown.size()) {
            lines.add(String.format(Locale.ENGLISH, "\u2026 %,d more: click to zoom in", count - shown.size()));
        }
        ListBox.draw(g, lines, clusterPointerX, geometry.rugTop() - 4, geometry, meter, p);
    }
}
