package chronolens.timeline;

import java.util.HashMap;
import java.util.Map;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Measures label widths for the canvas, with a cache, and shortens labels with an ellipsis to fit a width. */
final class TextMeter {
    private static final int CACHE_LIMIT = 20_000;
    private static final String ELLIPSIS = "\u2026";

    private final Text probe = new Text();
    private final Map<String, Double> widths = new HashMap<>();
    private Font font;

    TextMeter(Font font) {
        setFont(font);
    }

    void setFont(Font font) {
        if (!font.equals(this.font)) {
            this.font = font;
            probe.setFont(font);
            widths.clear();
        }
    }

    Font font() {
        return font;
    }

    double width(String s) {
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
