package chronolens.timeline;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Measures label widths for one font, and shortens labels with an ellipsis to fit a width.
 *
 * <p>JavaFX lays out text in scripts without shaping (Latin, Greek, Cyrillic, common punctuation) one glyph after
 * another, each advancing by its own width, so such a label is as wide as the sum of its characters' advances.
 * Those are measured once per character; a frame that brings a hundred new labels into view then measures none of
 * them with a {@link Text} node (about 10 µs each). Text with any other character (combining marks, scripts that
 * join or reorder, surrogates) is measured whole and cached.
 */
final class TextMeter {
    private static final int CACHE_LIMIT = 20_000;
    private static final String ELLIPSIS = "\u2026";
    /** Characters below this may have a cached advance; {@link #isSimple} allows none above it. */
    static final int ADVANCE_LIMIT = 0x20C0;

    private final Text probe = new Text();
    private final Map<String, Double> widths = new HashMap<>();
    private final double[] advances = new double[ADVANCE_LIMIT];
    private Font font;
    private double ascent;
    private double lineHeight;

    TextMeter(Font font) {
        setFont(font);
    }

    void setFont(Font font) {
        if (!font.equals(this.font)) {
            this.font = font;
            probe.setFont(font);
            widths.clear();
            Arrays.fill(advances, Double.NaN);
            probe.setText("X");
            ascent = -probe.getLayoutBounds().getMinY();
            lineHeight = probe.getLayoutBounds().getHeight();
        }
    }

    Font font() {
        return font;
    }

    /** Distance from the top of a line to its baseline, in pixels. */
    double ascent() {
        return ascent;
    }

    /** Height of a line (ascent, descent and leading), in pixels. */
    double lineHeight() {
        return lineHeight;
    }

    /**
     * True when JavaFX draws {@code c} as one glyph placed after the previous one: Latin (with Latin-1 and the
     * extended blocks), Greek, Cyrillic, general punctuation and currency signs, but no combining marks,
     * zero-width or direction controls.
     */
    static boolean isSimple(char c) {
        return c >= 0x20 && c < 0x7F
                || c >= 0xA0 && c < 0x300 && c != 0xAD
                || c >= 0x370 && c < 0x483
                || c >= 0x48A && c < 0x530
                || c >= 0x1E00 && c < 0x2000
                || c >= 0x2010 && c < 0x2028
                || c >= 0x2030 && c < 0x205F
                || c >= 0x20A0 && c < ADVANCE_LIMIT;
    }

    /** True when every character of {@code s} {@link #isSimple is simple}. */
    static boolean isSimple(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isSimple(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The advance of a {@link #isSimple simple} character. */
    double advance(char c) {
        double a = advances[c];
        if (Double.isNaN(a)) {
            probe.setText(String.valueOf(c));
            a = probe.getLayoutBounds().getWidth();
            advances[c] = a;
        }
        return a;
    }

    double width(String s) {
        if (isSimple(s)) {
            double w = 0;
            for (int i = 0; i < s.length(); i++) {
                w += advance(s.charAt(i));
            }
            return w;
        }
        Double w = widths.get(s);
        if (w == null) {
            if (widths.size() > CACHE_LIMIT) {
                widths.clear();
            }
            probe.setText(s);
            w = probe.getLayoutBounds().getWidth();
            widths.put(s, w);
        }
        return w;
    }

    /** {@code s} itself when it fits in {@code maxWidth}, else its longest prefix that fits with "…" added. */
    String fit(String s, double maxWidth) {
        if (width(s) <= maxWidth) {
            return s;
        }
        int lo = 0;
        int hi = s.length() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (width(s.substring(0, mid).stripTrailing() + ELLIPSIS) <= maxWidth) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo == 0 ? ELLIPSIS : s.substring(0, lo).stripTrailing() + ELLIPSIS;
    }
}
