package chronolens.timeline;

import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The pixels of one timeline frame in an {@code int[]}, drawn with the few canvas operations the timeline uses, and
 * handed to the canvas as one image.
 *
 * <p>With the software pipeline a canvas rasterises every call on the render thread, and the calls of a dense frame
 * are slow there (measured at 1600×900: ~10 µs a label, ~10 µs a dot, ~0.15 ms a full-height grid line, ~6 ns a
 * pixel of a translucent bar). Written here instead, a frame of 400 labels with their bars and dots, the rug and the
 * overview band takes a few milliseconds, and the canvas draws one image. The operations are named and behave like
 * {@link GraphicsContext}'s (fill, global alpha, line width, font, text alignment and baseline are state), so drawing
 * code reads the same: shapes are antialiased by the share of each pixel they cover, and text is copied glyph by
 * glyph from a {@link GlyphCache}. Text the glyph cache cannot place (see {@link TextMeter#isSimple}) is kept and
 * drawn on the canvas after the image by {@link #drawDeferred}. Lines must be horizontal or vertical.
 *
 * <p>Coordinates are the canvas's; the pixels are {@code scale} times finer, so text stays sharp on a high-density
 * screen. Two buffers take turns, so the render thread may still read one frame while the next is drawn.
 */
final class FrameRaster {
    /** Oval masks are kept per size and per sixteenth of a pixel of offset; more than this and they are dropped. */
    private static final int OVAL_CACHE_LIMIT = 512;
    private static final int PHASES = 16;
    private static final int GLYPH_CACHE_LIMIT = 8;
    private static final int SHADE_TABLES = 4;

    /** A text the glyph cache could not draw, with the state to draw it on the canvas. */
    private record Deferred(String text, double x, double y, Font font, Color fill, double alpha,
                            TextAlignment align, VPos baseline) {
    }

    /** Coverage (0–255) of a shape over {@code width × height} pixels. */
    private record Mask(int width, int height, byte[] coverage) {
    }

    @SuppressWarnings("unchecked")
    private final PixelBuffer<IntBuffer>[] buffers = new PixelBuffer[2];
    private final WritableImage[] images = new WritableImage[2];
    private final int[][] arrays = new int[2][];
    private int current;
    private int[] px = new int[0];
    private int width;
    private int height;
    private double scale = 1;

    private Color fill = Color.BLACK;
    private double globalAlpha = 1;
    private int fillArgb = 0xff000000;
    private Color stroke = Color.BLACK;
    private int strokeArgb = 0xff000000;
    private double lineWidth = 1;
    private TextMeter meter;
    private GlyphCache glyphs;
    private TextAlignment textAlign = TextAlignment.LEFT;
    private VPos textBaseline = VPos.BASELINE;

    private final Map<Font, GlyphCache> glyphCaches = new HashMap<>();
    private final Map<Long, Mask> ovals = new HashMap<>();
    private final List<Deferred> deferred = new ArrayList<>();
    /** For the last few text colours, the colour at each of the 256 coverages a glyph pixel can have. */
    private final int[] shadeColors = new int[SHADE_TABLES];
    private final int[][] shades = new int[SHADE_TABLES][];
    private int nextShade;

    /**
     * Starts a frame of {@code width × height} canvas units at {@code scale} pixels per unit, in the other buffer,
     * with the state reset; the pixels are left as they were, so draw every one (e.g. {@link #clear}).
     */
    void begin(double width, double height, double scale) {
        int w = Math.max(1, (int) Math.ceil(width * scale));
        int h = Math.max(1, (int) Math.ceil(height * scale));
        if (w != this.width || h != this.height || buffers[0] == null) {
            this.width = w;
            this.height = h;
            for (int b = 0; b < 2; b++) {
                IntBuffer ints = IntBuffer.allocate(w * h);
                buffers[b] = new PixelBuffer<>(w, h, ints, PixelFormat.getIntArgbPreInstance());
                images[b] = new WritableImage(buffers[b]);
                arrays[b] = ints.array();
            }
        }
        current ^= 1;
        px = arrays[current];
        this.scale = scale;
        deferred.clear();
        fill = Color.BLACK;
        globalAlpha = 1;
        fillArgb = 0xff000000;
        stroke = Color.BLACK;
        strokeArgb = 0xff000000;
        lineWidth = 1;
        textAlign = TextAlignment.LEFT;
        textBaseline = VPos.BASELINE;
    }

    /** The image holding the frame drawn since {@link #begin}, to draw on the canvas once. */
    WritableImage finish() {
        buffers[current].updateBuffer(b -> null);
        return images[current];
    }

    /** Draws on {@code g}, in order, the texts of this frame that the glyph cache could not. */
    void drawDeferred(GraphicsContext g) {
        for (Deferred d : deferred) {
            g.setFont(d.font());
            g.setFill(d.fill());
            g.setGlobalAlpha(d.alpha());
            g.setTextAlign(d.align());
            g.setTextBaseline(d.baseline());
            g.fillText(d.text(), d.x(), d.y());
        }
        g.setGlobalAlpha(1);
    }

    /** Texts kept for the canvas in this frame. */
    int deferredCount() {
        return deferred.size();
    }

    /** Pixel width of the buffer. */
    int pixelWidth() {
        return width;
    }

    /** Pixel height of the buffer. */
    int pixelHeight() {
        return height;
    }

    /** The pixel at {@code (x, y)} of the frame being drawn, as premultiplied ARGB. */
    int argbPre(int x, int y) {
        return px[y * width + x];
    }

    // ---- state -----------------------------------------------------------------------------------

    void setFill(Color color) {
        fill = color;
        fillArgb = premultiplied(color, globalAlpha);
    }

    void setStroke(Color color) {
        stroke = color;
        strokeArgb = premultiplied(color, globalAlpha);
    }

    void setGlobalAlpha(double alpha) {
        globalAlpha = Math.max(0, Math.min(1, alpha));
        fillArgb = premultiplied(fill, globalAlpha);
        strokeArgb = premultiplied(stroke, globalAlpha);
    }

    void setLineWidth(double width) {
        lineWidth = width;
    }

    /** Sets the font, with the meter that measures it (the one the layout used). */
    void setFont(TextMeter meter) {
        this.meter = meter;
        Font font = scale == 1 ? meter.font() : new Font(meter.font().getName(), meter.font().getSize() * scale);
        glyphs = glyphCaches.get(font);
        if (glyphs == null) {
            if (glyphCaches.size() >= GLYPH_CACHE_LIMIT) {
                glyphCaches.clear();
            }
            glyphs = new GlyphCache(font);
            glyphCaches.put(font, glyphs);
        }
    }

    void setTextAlign(TextAlignment align) {
        textAlign = align;
    }

    void setTextBaseline(VPos baseline) {
        textBaseline = baseline;
    }

    // ---- shapes ----------------------------------------------------------------------------------

    /** Sets every pixel to {@code color}, as a canvas clear followed by a fill of the whole canvas does. */
    void clear(Color color) {
        Arrays.fill(px, premultiplied(color, 1));
    }

    void fillRect(double x, double y, double w, double h) {
        rect(x, y, w, h, fillArgb);
    }

    private void rect(double x, double y, double w, double h, int color) {
        if (w > 0 && h > 0) {
            fillDeviceRect(x * scale, y * scale, (x + w) * scale, (y + h) * scale, color);
        }
    }

    /**
     * A line of the current width with square ends (the canvas's default cap: half the width past each end); it
     * must be horizontal or vertical.
     */
    void strokeLine(double x1, double y1, double x2, double y2) {
        double half = lineWidth / 2;
        if (x1 == x2) {
            rect(x1 - half, Math.min(y1, y2) - half, lineWidth, Math.abs(y2 - y1) + lineWidth, strokeArgb);
        } else if (y1 == y2) {
            rect(Math.min(x1, x2) - half, y1 - half, Math.abs(x2 - x1) + lineWidth, lineWidth, strokeArgb);
        } else {
            throw new IllegalArgumentException("only horizontal and vertical lines: " + x1 + "," + y1 + " " + x2
                    + "," + y2);
        }
    }

    void strokeRect(double x, double y, double w, double h) {
        double half = lineWidth / 2;
        rect(x - half, y - half, w + lineWidth, lineWidth, strokeArgb);
        rect(x - half, y + h - half, w + lineWidth, lineWidth, strokeArgb);
        rect(x - half, y + half, lineWidth, h - lineWidth, strokeArgb);
        rect(x + w - half, y + half, lineWidth, h - lineWidth, strokeArgb);
    }

    void fillOval(double x, double y, double w, double h) {
        if (!(w > 0 && h > 0) || (fillArgb >>> 24) == 0) {
            return;
        }
        double dx = x * scale;
        double dy = y * scale;
        int ix = (int) Math.floor(dx);
        int iy = (int) Math.floor(dy);
        int phaseX = (int) ((dx - ix) * PHASES);
        int phaseY = (int) ((dy - iy) * PHASES);
        long sizeW = Math.round(w * scale * PHASES);
        long sizeH = Math.round(h * scale * PHASES);
        long key = (sizeW << 40) ^ (sizeH << 16) ^ ((long) phaseX << 8) ^ phaseY;
        Mask mask = ovals.get(key);
        if (mask == null) {
            if (ovals.size() >= OVAL_CACHE_LIMIT) {
                ovals.clear();
            }
            mask = ovalMask((double) phaseX / PHASES, (double) phaseY / PHASES, (double) sizeW / PHASES,
                    (double) sizeH / PHASES);
            ovals.put(key, mask);
        }
        blendMask(mask.coverage(), mask.width(), mask.height(), ix, iy, fillArgb);
    }

    /**
     * An ellipse of {@code w × h} pixels whose box starts {@code (fx, fy)} into the first pixel, 8×8 samples each.
     */
    private static Mask ovalMask(double fx, double fy, double w, double h) {
        int mw = (int) Math.ceil(fx + w);
        int mh = (int) Math.ceil(fy + h);
        double cx = fx + w / 2;
        double cy = fy + h / 2;
        byte[] coverage = new byte[mw * mh];
        for (int y = 0; y < mh; y++) {
            for (int x = 0; x < mw; x++) {
                int inside = 0;
                for (int j = 0; j < 8; j++) {
                    double sy = (y + (j + 0.5) / 8 - cy) / (h / 2);
                    for (int i = 0; i < 8; i++) {
                        double sx = (x + (i + 0.5) / 8 - cx) / (w / 2);
                        if (sx * sx + sy * sy <= 1) {
                            inside++;
                        }
                    }
                }
                coverage[y * mw + x] = (byte) Math.round(inside * 255 / 64.0);
            }
        }
        return new Mask(mw, mh, coverage);
    }

    /** A rectangle with elliptic corners {@code arcW × arcH} across, as {@link GraphicsContext#fillRoundRect}. */
    void fillRoundRect(double x, double y, double w, double h, double arcW, double arcH) {
        if (w > 0 && h > 0) {
            roundRect(x, y, w, h, arcW, arcH, 0, fillArgb);
        }
    }

    /** The outline of {@link #fillRoundRect}'s shape, {@link #setLineWidth line width} wide, centred on its edge. */
    void strokeRoundRect(double x, double y, double w, double h, double arcW, double arcH) {
        if (w >= 0 && h >= 0 && lineWidth > 0) {
            roundRect(x, y, w, h, arcW, arcH, lineWidth, strokeArgb);
        }
    }

    /** Fills the round rectangle, or with {@code stroke > 0} the band {@code stroke} wide centred on its edge. */
    private void roundRect(double x, double y, double w, double h, double arcW, double arcH, double stroke,
                           int color) {
        if ((color >>> 24) == 0) {
            return;
        }
        double s = scale;
        double half = stroke / 2;
        double ox0 = (x - half) * s;
        double oy0 = (y - half) * s;
        double ox1 = (x + w + half) * s;
        double oy1 = (y + h + half) * s;
        double orx = Math.min(Math.max(0, arcW + stroke) / 2, (w + stroke) / 2) * s;
        double ory = Math.min(Math.max(0, arcH + stroke) / 2, (h + stroke) / 2) * s;
        double ix0 = (x + half) * s;
        double iy0 = (y + half) * s;
        double ix1 = (x + w - half) * s;
        double iy1 = (y + h - half) * s;
        double irx = Math.min(Math.max(0, arcW - stroke) / 2, Math.max(0, w - stroke) / 2) * s;
        double iry = Math.min(Math.max(0, arcH - stroke) / 2, Math.max(0, h - stroke) / 2) * s;
        int px0 = Math.max(0, (int) Math.floor(ox0));
        int py0 = Math.max(0, (int) Math.floor(oy0));
        int px1 = Math.min(width, (int) Math.ceil(ox1));
        int py1 = Math.min(height, (int) Math.ceil(oy1));
        for (int py = py0; py < py1; py++) {
            for (int pxl = px0; pxl < px1; pxl++) {
                double c = coverage(ox0, oy0, ox1, oy1, orx, ory, pxl, py);
                if (stroke > 0 && c > 0) {
                    c -= coverage(ix0, iy0, ix1, iy1, irx, iry, pxl, py);
                }
                blendPixel(py * width + pxl, color, c);
            }
        }
    }

    /** How much of pixel {@code (px, py)} a rectangle with elliptic corners of radii {@code rx, ry} covers. */
    private static double coverage(double x0, double y0, double x1, double y1, double rx, double ry, int px, int py) {
        double cw = Math.min(x1, px + 1) - Math.max(x0, px);
        double ch = Math.min(y1, py + 1) - Math.max(y0, py);
        if (cw <= 0 || ch <= 0) {
            return 0;
        }
        boolean corner = (px < x0 + rx || px + 1 > x1 - rx) && (py < y0 + ry || py + 1 > y1 - ry);
        if (!corner || rx <= 0 || ry <= 0) {
            return cw * ch;
        }
        int inside = 0;
        for (int j = 0; j < 4; j++) {
            double sy = py + (j + 0.5) / 4;
            for (int i = 0; i < 4; i++) {
                double sx = px + (i + 0.5) / 4;
                if (sx < x0 || sx >= x1 || sy < y0 || sy >= y1) {
                    continue;
                }
                double dx = Math.max(Math.max(x0 + rx - sx, sx - (x1 - rx)), 0) / rx;
                double dy = Math.max(Math.max(y0 + ry - sy, sy - (y1 - ry)), 0) / ry;
                if (dx * dx + dy * dy <= 1) {
                    inside++;
                }
            }
        }
        return inside / 16.0;
    }

    // ---- text ------------------------------------------------------------------------------------

    /** Draws {@code text} with the current font, fill, alignment and baseline, like the canvas would. */
    void fillText(String text, double x, double y) {
        if (text.isEmpty() || (fillArgb >>> 24) == 0 || meter == null) {
            return;
        }
        if (!TextMeter.isSimple(text)) {
            deferred.add(new Deferred(text, x, y, meter.font(), fill, globalAlpha, textAlign, textBaseline));
            return;
        }
        double textWidth = meter.width(text);
        double left = switch (textAlign) {
            case CENTER -> x - textWidth / 2;
            case RIGHT -> x - textWidth;
            default -> x;
        };
        if (left * scale >= width || (left + textWidth) * scale <= 0) {
            return;
        }
        double baseline = switch (textBaseline) {
            case CENTER -> y + meter.ascent() - meter.lineHeight() / 2;
            case TOP -> y + meter.ascent();
            case BOTTOM -> y + meter.ascent() - meter.lineHeight();
            default -> y;
        };
        int penY = (int) Math.floor(baseline * scale + 0.5);
        int[] shade = shades(fillArgb);
        // JavaFX adds up glyph positions in floats and puts each grey-scale glyph at its position rounded to a
        // whole pixel; doing the same lands every glyph on the pixel the canvas would use
        float origin = (float) left;
        float pen = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            GlyphCache.Glyph glyph = glyphs.glyph(c);
            if (glyph.width() > 0) {
                int penX = (int) Math.floor((origin + pen) * scale + 0.5f);
                blendGlyph(glyph, penX + glyph.left(), penY + glyph.top(), shade);
            }
            pen += (float) meter.advance(c);
        }
    }

    /** {@code color} at each coverage from 0 to 255, kept for the last few colours (a frame uses two or three). */
    private int[] shades(int color) {
        for (int k = 0; k < SHADE_TABLES; k++) {
            if (shades[k] != null && shadeColors[k] == color) {
                return shades[k];
            }
        }
        int k = nextShade;
        nextShade = (nextShade + 1) % SHADE_TABLES;
        if (shades[k] == null) {
            shades[k] = new int[256];
        }
        for (int c = 0; c < 256; c++) {
            shades[k][c] = scaled(color, c);
        }
        shadeColors[k] = color;
        return shades[k];
    }

    private void blendGlyph(GlyphCache.Glyph glyph, int x, int y, int[] shade) {
        byte[] coverage = glyph.coverage();
        int mw = glyph.width();
        int mx0 = Math.max(0, -x);
        int my0 = Math.max(0, -y);
        int mx1 = Math.min(mw, width - x);
        int my1 = Math.min(glyph.height(), height - y);
        for (int my = my0; my < my1; my++) {
            int row = (y + my) * width + x;
            int maskRow = my * mw;
            for (int mx = mx0; mx < mx1; mx++) {
                int c = coverage[maskRow + mx] & 0xff;
                if (c != 0) {
                    int src = shade[c];
                    int alpha = src >>> 24;
                    int i = row + mx;
                    px[i] = alpha == 255 ? src : src + scaled(px[i], 255 - alpha);
                }
            }
        }
    }

    // ---- pixels ----------------------------------------------------------------------------------

    /** Fills the pixel-space rectangle {@code [x0, x1) × [y0, y1)}, partly covered pixels in proportion. */
    private void fillDeviceRect(double x0, double y0, double x1, double y1, int color) {
        if ((color >>> 24) == 0) {
            return;
        }
        x0 = Math.max(x0, 0);
        y0 = Math.max(y0, 0);
        x1 = Math.min(x1, width);
        y1 = Math.min(y1, height);
        if (!(x1 > x0 && y1 > y0)) {
            return;
        }
        int top = (int) y0;
        int bottom = (int) Math.ceil(y1);
        int full0 = (int) Math.ceil(x0);
        int full1 = (int) x1;
        for (int y = top; y < bottom; y++) {
            double rowCover = Math.min(y1, y + 1) - Math.max(y0, y);
            int row = y * width;
            if (full0 > full1) {
                blendPixel(row + (int) x0, color, rowCover * (x1 - x0));
                continue;
            }
            if (full0 > x0) {
                blendPixel(row + full0 - 1, color, rowCover * (full0 - x0));
            }
            if (full1 > full0) {
                blendSpan(row + full0, full1 - full0, color, rowCover);
            }
            if (x1 > full1) {
                blendPixel(row + full1, color, rowCover * (x1 - full1));
            }
        }
    }

    private void blendPixel(int i, int color, double cover) {
        int c = (int) (cover * 255 + 0.5);
        if (c > 0) {
            px[i] = over(c >= 255 ? color : scaled(color, c), px[i]);
        }
    }

    private void blendSpan(int from, int length, int color, double cover) {
        int c = (int) (cover * 255 + 0.5);
        if (c <= 0) {
            return;
        }
        int src = c >= 255 ? color : scaled(color, c);
        int to = from + length;
        if ((src >>> 24) == 255) {
            Arrays.fill(px, from, to, src);
            return;
        }
        // a span mostly crosses one background colour: blend it once, not per pixel
        int lastDst = ~px[from];
        int lastOut = 0;
        for (int i = from; i < to; i++) {
            int d = px[i];
            if (d != lastDst) {
                lastDst = d;
                lastOut = over(src, d);
            }
            px[i] = lastOut;
        }
    }

    private void blendMask(byte[] coverage, int mw, int mh, int x, int y, int color) {
        int mx0 = Math.max(0, -x);
        int my0 = Math.max(0, -y);
        int mx1 = Math.min(mw, width - x);
        int my1 = Math.min(mh, height - y);
        for (int my = my0; my < my1; my++) {
            int row = (y + my) * width + x;
            int maskRow = my * mw;
            for (int mx = mx0; mx < mx1; mx++) {
                int c = coverage[maskRow + mx] & 0xff;
                if (c != 0) {
                    int i = row + mx;
                    px[i] = over(c == 255 ? color : scaled(color, c), px[i]);
                }
            }
        }
    }

    /** {@code color} at {@code alpha} times its opacity, premultiplied, as one ARGB int. */
    static int premultiplied(Color color, double alpha) {
        double a = color.getOpacity() * alpha;
        int ai = (int) Math.round(a * 255);
        int r = (int) Math.round(color.getRed() * a * 255);
        int g = (int) Math.round(color.getGreen() * a * 255);
        int b = (int) Math.round(color.getBlue() * a * 255);
        return ai << 24 | r << 16 | g << 8 | b;
    }

    /** A premultiplied colour times {@code c / 255}, all four channels at once in two multiplications. */
    static int scaled(int color, int c) {
        int rb = (color & 0x00ff00ff) * c + 0x00800080;
        rb = ((rb + (rb >>> 8 & 0x00ff00ff)) >>> 8) & 0x00ff00ff;
        int ag = (color >>> 8 & 0x00ff00ff) * c + 0x00800080;
        ag = (ag + (ag >>> 8 & 0x00ff00ff)) & 0xff00ff00;
        return ag | rb;
    }

    /** Premultiplied {@code src} over {@code dst}. */
    static int over(int src, int dst) {
        int alpha = src >>> 24;
        if (alpha == 255) {
            return src;
        }
        return src + scaled(dst, 255 - alpha);
    }
}
