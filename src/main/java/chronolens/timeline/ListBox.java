package chronolens.timeline;

import java.util.List;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/** Draws a few lines of text in a rounded box on the canvas, the first line stronger: the cluster's hover list. */
final class ListBox {
    private ListBox() {
    }

    /** Draws {@code lines} in a box centred on {@code centerX}, kept inside the width, its bottom at {@code bottom}. */
    static void draw(GraphicsContext g, List<String> lines, double centerX, double bottom,
                     TimelineRenderer.Geometry geo, TextMeter meter, TimelineRenderer.Palette p) {
        double w = 0;
        for (String line : lines) {
            w = Math.max(w, meter.width(line));
        }
        w += 16;
        double lineHeight = Math.ceil(geo.fontSize() * 1.35);
        double h = lines.size() * lineHeight + 10;
        double x = Math.max(2, Math.min(centerX - w / 2, geo.width() - w - 2));
        double y = Math.max(2, bottom - h);
        g.setGlobalAlpha(1);
        g.setFill(p.surface());
        g.fillRoundRect(x, y, w, h, 8, 8);
        g.setStroke(p.text().deriveColor(0, 1, 1, 0.35));
        g.setLineWidth(1);
        g.strokeRoundRect(x + 0.5, y + 0.5, w - 1, h - 1, 8, 8);
        g.setFont(meter.font());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int k = 0; k < lines.size(); k++) {
            g.setFill(k == 0 ? p.text() : p.text().deriveColor(0, 1, 1, 0.75));
            g.fillText(lines.get(k), x + 8, y + 5 + lineHeight * (k + 0.5));
        }
    }
}
