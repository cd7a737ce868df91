package chronolens.timeline;

import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The coverage masks of one font's {@link TextMeter#isSimple simple} characters, as JavaFX draws them, for
 * {@link FrameRaster} to copy text into its pixels without a canvas text call per label.
 *
 * <p>JavaFX draws grey-scale text one glyph per character at the pen position rounded to a whole pixel, so a label
 * put together from these masks is the label the canvas would draw. Masks are made 128 characters at a time, by
 * drawing them on a scratch canvas and taking a snapshot, the first time a character of that block is needed.
 */
final class GlyphCache {
    private static final int BLOCK = 128;
    private static final int COLUMNS = 16;

    /** The inked pixels of a character: where they sit relative to the pen on the baseline, and their coverage. */
    record Glyph(int left, int top, int width, int height, byte[] coverage) {
    }

    private final TextMeter meter;
    private final Glyph[][] blocks = new Glyph[TextMeter.ADVANCE_LIMIT / BLOCK + 1][];

    GlyphCache(Font font) {
        meter = new TextMeter(font);
    }

    Font font() {
        return meter.font();
    }

    /** The glyph of a {@link TextMeter#isSimple simple} character. */
    Glyph glyph(char c) {
        Glyph[] block = blocks[c / BLOCK];
        if (block == null) {
            block = render(c / BLOCK);
            blocks[c / BLOCK] = block;
        }
        return block[c % BLOCK];
    }

    private Glyph[] render(int block) {
        int pad = (int) Math.ceil(meter.font().getSize());
        double widest = 0;
        for (int k = 0; k < BLOCK; k++) {
            char c = (char) (block * BLOCK + k);
            if (TextMeter.isSimple(c)) {
                widest = Math.max(widest, meter.advance(c));
            }
        }
        int cellWidth = (int) Math.ceil(widest) + 2 * pad;
        int cellHeight = (int) Math.ceil(meter.lineHeight()) + 2 * pad;
        int baseline = pad + (int) Math.ceil(meter.ascent());
        int rows = BLOCK / COLUMNS;
        int width = cellWidth * COLUMNS;
        int height = cellHeight * rows;
        Canvas scratch = new Canvas(width, height);
        GraphicsContext g = scratch.getGraphicsContext2D();
        g.setFont(meter.font());
        g.setFill(Color.BLACK);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
        for (int k = 0; k < BLOCK; k++) {
            char c = (char) (block * BLOCK + k);
            if (TextMeter.isSimple(c) && c != ' ') {
                g.fillText(String.valueOf(c), k % COLUMNS * cellWidth + pad, k / COLUMNS * cellHeight + baseline);
            }
        }
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        WritableImage image = scratch.snapshot(parameters, null);
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(), argb, 0, width);
        Glyph[] glyphs = new Glyph[BLOCK];
        for (int k = 0; k < BLOCK; k++) {
            glyphs[k] = cut(argb, width, k % COLUMNS * cellWidth, k / COLUMNS * cellHeight, cellWidth, cellHeight,
                    pad, baseline);
        }
        return glyphs;
    }

    /** The inked part of one cell, as a glyph whose pen sat at {@code (pad, baseline)} in the cell. */
    private static Glyph cut(int[] argb, int stride, int x0, int y0, int w, int h, int pad, int baseline) {
        int left = w;
        int right = -1;
        int top = h;
        int bottom = -1;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (argb[(y0 + y) * stride + x0 + x] >>> 24 != 0) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        if (right < 0) {
            return new Glyph(0, 0, 0, 0, new byte[0]);
        }
        int gw = right - left + 1;
        int gh = bottom - top + 1;
        byte[] coverage = new byte[gw * gh];
        for (int y = 0; y < gh; y++) {
            for (int x = 0; x < gw; x++) {
                coverage[y * gw + x] = (byte) (argb[(y0 + top + y) * stride + x0 + left + x] >>> 24);
            }
        }
        return new Glyph(left - pad, top - baseline, gw, gh, coverage);
    }
}
