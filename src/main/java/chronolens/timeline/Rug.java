package chronolens.timeline;

import java.util.Arrays;

import javafx.geometry.VPos;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The rug above the axis: one bar per pixel column, as tall as the log of the events starting there, and "+N"
 * badges over the stretches whose events got no label. A frame resets it, counts events into it column by column
 * and draws it; the badges of the last frame answer hover and click.
 */
final class Rug {
    private final TextMeter badgeMeter = new TextMeter(Font.font(badgeSize(12)));
    /** Events starting in each pixel column, and how many of them are unlabelled. */
    private int[] starts = new int[0];
    private int[] hidden = new int[0];
    private int[] heights = new int[0];
    /** Cluster badges of the last frame: first and last column (exclusive) of each, and its count. */
    private final EventIndex.IntList badges = new EventIndex.IntList();

    /** Badge text follows the label font, a little smaller. */
    void setFont(Font font) {
        badgeMeter.setFont(Font.font(font.getFamily(), badgeSize(font.getSize())));
    }

    /** Empties the rug for a frame {@code columns} pixels wide. */
    void reset(int columns) {
        if (starts.length < columns) {
            starts = new int[columns];
            hidden = new int[columns];
        }
        Arrays.fill(starts, 0, columns, 0);
        Arrays.fill(hidden, 0, columns, 0);
    }

    /** Counts {@code n} events starting in {@code column}. */
    void count(int column, int n) {
        starts[column] += n;
    }

    /** Counts {@code n} of the events in {@code column} as unlabelled (negative: labelled after all). */
    void hide(int column, int n) {
        hidden[column] += n;
    }

    /** Draws the bars on {@code geo}'s rug and the badges above them. */
    void draw(FrameRaster g, TimelineRenderer.Geometry geo, int columns, TimelineRenderer.Palette p) {
        double base = geo.axisY() - 1;
        double maxHeight = (geo.axisY() - geo.rugTop()) * 0.45;
        g.setFill(p.accent().deriveColor(0, 1, 1, 0.55));
        if (heights.length < columns) {
            heights = new int[columns];
        }
        for (int c = 0; c < columns - 1; c++) {
            int count = starts[c];
            heights[c] = count > 0 ? (int) Math.round(Math.min(maxHeight, 2 + 1.5 * log2(count))) : 0;
        }
        drawColumns(g, heights, columns - 1, base);
        drawBadges(g, geo, columns, p);
    }

    /**
     * Fills bars {@code heights[c]} pixels tall standing on {@code base}, one rectangle per run of equal heights:
     * a flat stretch of a dense rug costs one call, not one per column.
     */
    static void drawColumns(FrameRaster g, int[] heights, int columns, double base) {
        int runStart = 0;
        for (int c = 1; c <= columns; c++) {
            if (c == columns || heights[c] != heights[runStart]) {
                int h = heights[runStart];
                if (h > 0) {
                    g.fillRect(runStart, base - h, c - runStart, h);
                }
                runStart = c;
            }
        }
    }

    private static double badgeSize(double fontSize) {
        return Math.max(8, fontSize * 0.8);
    }

    private void drawBadges(FrameRaster g, TimelineRenderer.Geometry geo, int columns, TimelineRenderer.Palette p) {
        double bucket = Math.max(40, geo.fontSize() * 5);
        double small = badgeSize(geo.fontSize());
        g.setFont(badgeMeter);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        double y = geo.rugTop() + small * 0.55;
        double previousRight = Double.NEGATIVE_INFINITY;
        badges.clear();
        for (double left = 0; left < columns - 1; left += bucket) {
            int sum = 0;
            double weighted = 0;
            int end = (int) Math.min(columns - 1, left + bucket);
            for (int c = (int) left; c < end; c++) {
                sum += hidden[c];
                weighted += (double) hidden[c] * c;
            }
            if (sum == 0) {
                continue;
            }
            String text = badgeText(sum);
            double w = text.length() * small * 0.62 + 6;
            double x = weighted / sum;
            if (x - w / 2 < previousRight + 2) {
                continue;
            }
            g.setFill(p.surface().deriveColor(0, 1, 1, 0.85));
            g.fillRoundRect(x - w / 2, y - small * 0.6, w, small * 1.2, small, small);
            g.setFill(p.text().deriveColor(0, 1, 1, 0.75));
            g.fillText(text, x, y);
            previousRight = x + w / 2;
            badges.add((int) left);
            badges.add(end);
            badges.add(sum);
        }
    }

    /** "+1,234": what {@code String.format("+%,d")} says, without parsing a format string per badge per frame. */
    static String badgeText(int count) {
        StringBuilder digits = new StringBuilder(12).append(count);
        for (int k = digits.length() - 3; k > 0; k -= 3) {
            digits.insert(k, ',');
        }
        return digits.insert(0, '+').toString();
    }

    /** The badge of the last frame whose stretch holds column {@code x}, or -1. */
    int badgeAt(double x) {
        for (int b = 0; b + 2 < badges.size(); b += 3) {
            if (x >= badges.get(b) && x < badges.get(b + 1)) {
                return b / 3;
            }
        }
        return -1;
    }

    /** First column of badge {@code badge}'s stretch. */
    int badgeFrom(int badge) {
        return badges.get(badge * 3);
    }

    /** Column after the last of badge {@code badge}'s stretch. */
    int badgeTo(int badge) {
        return badges.get(badge * 3 + 1);
    }

    /** How many unlabelled events badge {@code badge} stands for. */
    int badgeCount(int badge) {
        return badges.get(badge * 3 + 2);
    }

    private static double log2(int n) {
        return Math.log(n + 1) / Math.log(2);
    }
}
