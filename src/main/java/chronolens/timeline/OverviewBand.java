package chronolens.timeline;

import java.util.Arrays;
import java.util.List;

/**
 * The thin band under the axis that shows the whole timeline (where the events are) with the visible window as a
 * rectangle; pressing or dragging in it moves the window there, and dragging the rectangle's edges resizes it.
 */
final class OverviewBand {
    private static final double MARGIN_SHARE = 0.02;

    private EventIndex index = new EventIndex(List.of());
    private int[] counts = new int[0];
    private int[] heights = new int[0];
    private double countedStart = Double.NaN;
    private double countedEnd = Double.NaN;
    private int countedWidth = -1;
    private TimeScale scale;
    private boolean frozen;
    private double windowLeft = Double.NaN;
    private double windowRight = Double.NaN;

    void setIndex(EventIndex index) {
        this.index = index;
        countedWidth = -1;
    }

    /** The day under {@code x} in the band as last drawn, or NaN before the first frame. */
    double dayAt(double x) {
        return scale == null ? Double.NaN : scale.toDay(x);
    }

    /** While frozen the band keeps the time span it last showed, even if the visible window leaves it. */
    void setFrozen(boolean frozen) {
        this.frozen = frozen;
    }

    /** Left and right pixel of the visible-window rectangle as last drawn (NaN before the first frame). */
    double[] window() {
        return new double[] {windowLeft, windowRight};
    }

    void draw(FrameRaster g, double top, double height, double width, double viewStart, double viewEnd,
              TimelineRenderer.Palette p) {
        double start;
        double end;
        if (frozen && scale != null) {
            start = countedStart;
            end = countedEnd;
        } else {
            double[] extent = index.extent();
            start = extent == null ? viewStart : Math.min(extent[0], viewStart);
            end = extent == null ? viewEnd : Math.max(extent[1], viewEnd);
            double margin = (end - start) * MARGIN_SHARE;
            start -= margin;
            end += margin;
        }
        scale = TimeScale.fit(start, end, width);
        int columns = (int) Math.ceil(width);
        if (start != countedStart || end != countedEnd || columns != countedWidth) {
            count(columns);
            countedStart = start;
            countedEnd = end;
            countedWidth = columns;
        }
        g.setGlobalAlpha(1);
        g.setFill(p.text().deriveColor(0, 1, 1, 0.05));
        g.fillRect(0, top, width, height);
        int max = 1;
        for (int c = 0; c < columns; c++) {
            max = Math.max(max, counts[c]);
        }
        g.setFill(p.text().deriveColor(0, 1, 1, 0.35));
        // log scale, so one event beside a thousand still shows; a lone event is a short bar, not a full one
        double logMax = Math.log1p(Math.max(max, 8));
        if (heights.length < columns) {
            heights = new int[columns];
        }
        for (int c = 0; c < columns; c++) {
            heights[c] = counts[c] > 0 ? (int) Math.max(2, Math.round((height - 2) * Math.log1p(counts[c]) / logMax))
                    : 0;
        }
        Rug.drawColumns(g, heights, columns, top + height - 1);
        double left = scale.toPixel(viewStart);
        double right = Math.max(scale.toPixel(viewEnd), left + 3);
        windowLeft = left;
        windowRight = right;
        g.setFill(p.accent().deriveColor(0, 1, 1, 0.2));
        g.fillRect(left, top, right - left, height);
        g.setStroke(p.accent());
        g.setLineWidth(1);
        g.strokeRect(Math.round(left) + 0.5, top + 0.5, Math.max(2, Math.round(right - left) - 1), height - 1);
    }

    /**
     * Counts the events starting in each column by a binary search per column: the band's scale follows the view
     * whenever the view reaches past the events, and a walk over every event would then cost each such frame
     * O(events) instead of O(columns log events).
     */
    private void count(int columns) {
        if (counts.length < columns) {
            counts = new int[columns];
        }
        Arrays.fill(counts, 0, columns, 0);
        int from = index.firstStartingFrom(scale.toDay(0));
        for (int c = 0; c < columns && from < index.size(); c++) {
            int to = index.firstStartingFrom(scale.toDay(c + 1));
            counts[c] = to - from;
            from = to;
        }
    }
}
