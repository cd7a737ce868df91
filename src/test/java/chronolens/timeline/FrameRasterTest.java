package chronolens.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Draws the same things on a canvas and into a {@link FrameRaster} and compares the pixels. */
@ExtendWith(ApplicationExtension.class)
class FrameRasterTest {
    private static final int W = 300;
    private static final int H = 60;
    private static final Color SURFACE = Color.web("#fbfbfa");
    private static final Color TEXT = Color.web("#1f2329");
    private static final Color ACCENT = Color.web("#2f6fde");

    @Start
    void start(Stage stage) {
        // the toolkit is all these tests need
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    /** Premultiplied ARGB pixels of a canvas after {@code draw}, on the surface colour. */
    private static int[] canvas(Consumer<GraphicsContext> draw) {
        Canvas canvas = new Canvas(W, H);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(SURFACE);
        g.fillRect(0, 0, W, H);
        draw.accept(g);
        WritableImage image = canvas.snapshot(new SnapshotParameters(), null);
        int[] argb = new int[W * H];
        image.getPixelReader().getPixels(0, 0, W, H, PixelFormat.getIntArgbPreInstance(), argb, 0, W);
        return argb;
    }

    private static int[] raster(Consumer<FrameRaster> draw) {
        FrameRaster r = new FrameRaster();
        r.begin(W, H, 1);
        r.clear(SURFACE);
        draw.accept(r);
        int[] argb = new int[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                argb[y * W + x] = r.argbPre(x, y);
            }
        }
        return argb;
    }

    /** The largest difference in any channel of any pixel. */
    private static int largestDifference(int[] a, int[] b) {
        int worst = 0;
        for (int i = 0; i < a.length; i++) {
            for (int shift = 0; shift < 32; shift += 8) {
                worst = Math.max(worst, Math.abs((a[i] >>> shift & 0xff) - (b[i] >>> shift & 0xff)));
            }
        }
        return worst;
    }

    private static long ink(int[] argb) {
        long sum = 0;
        for (int p : argb) {
            sum += 3 * 255 - (p >> 16 & 0xff) - (p >> 8 & 0xff) - (p & 0xff);
        }
        return sum;
    }

    @Test
    void labelsAreTheCanvasTextPixelForPixel() throws Exception {
        String label = "c. Event number 31570 \u2013 Z\u00fcrich, 1200 BC\u2026";
        Font font = Font.font(12);
        int[][] pixels = onFx(() -> {
            TextMeter meter = new TextMeter(font);
            int[] expected = canvas(g -> {
                g.setFont(font);
                g.setFill(TEXT);
                g.setTextBaseline(VPos.CENTER);
                g.fillText(label, 10.3, 20);
                g.setGlobalAlpha(0.7);
                g.setTextAlign(TextAlignment.CENTER);
                g.fillText(label, 150.6, 41.5);
            });
            int[] actual = raster(r -> {
                r.setFont(meter);
                r.setFill(TEXT);
                r.setTextBaseline(VPos.CENTER);
                r.fillText(label, 10.3, 20);
                r.setGlobalAlpha(0.7);
                r.setTextAlign(TextAlignment.CENTER);
                r.fillText(label, 150.6, 41.5);
            });
            return new int[][] {expected, actual};
        });
        assertTrue(ink(pixels[0]) > 100_000, "the canvas drew the labels");
        assertTrue(largestDifference(pixels[0], pixels[1]) <= 2, "differs by " + largestDifference(pixels[0],
                pixels[1]));
    }

    @Test
    void translucentRectanglesWithFractionalEdgesBlendLikeTheCanvas() throws Exception {
        int[][] pixels = onFx(() -> new int[][] {
            canvas(g -> {
                g.setFill(ACCENT.deriveColor(0, 1, 1, 0.22));
                g.fillRect(10.4, 5.25, 120.3, 17.5);
                g.setFill(TEXT.deriveColor(0, 1, 1, 0.08));
                g.fillRect(60, 0, 1, 60);
                g.setStroke(ACCENT);
                g.setLineWidth(2);
                g.strokeLine(200, 10.5, 200, 40);
            }),
            raster(r -> {
                r.setFill(ACCENT.deriveColor(0, 1, 1, 0.22));
                r.fillRect(10.4, 5.25, 120.3, 17.5);
                r.setFill(TEXT.deriveColor(0, 1, 1, 0.08));
                r.fillRect(60, 0, 1, 60);
                r.setStroke(ACCENT);
                r.setLineWidth(2);
                r.strokeLine(200, 10.5, 200, 40);
            })});
        assertTrue(largestDifference(pixels[0], pixels[1]) <= 2, "differs by " + largestDifference(pixels[0],
                pixels[1]));
    }

    @Test
    void dotsAndRoundRectanglesCoverWhatTheCanvasCovers() throws Exception {
        int[][] pixels = onFx(() -> new int[][] {
            canvas(g -> {
                g.setFill(ACCENT);
                g.fillOval(20.3, 10.6, 7.68, 7.68);
                g.fillRoundRect(50.5, 10, 60, 14, 8, 8);
                g.setLineWidth(2);
                g.setStroke(ACCENT);
                g.strokeRoundRect(150, 10, 100, 22, 8, 8);
            }),
            raster(r -> {
                r.setFill(ACCENT);
                r.fillOval(20.3, 10.6, 7.68, 7.68);
                r.fillRoundRect(50.5, 10, 60, 14, 8, 8);
                r.setLineWidth(2);
                r.setStroke(ACCENT);
                r.strokeRoundRect(150, 10, 100, 22, 8, 8);
            })});
        // edges are sampled differently from the canvas's rasteriser, so allow a little at the rim and in total
        long expected = ink(pixels[0]);
        assertEquals(expected, ink(pixels[1]), expected * 0.03);
        assertTrue(largestDifference(pixels[0], pixels[1]) <= 60, "differs by " + largestDifference(pixels[0],
                pixels[1]));
    }

    @Test
    void textTheGlyphCacheCannotPlaceIsLeftForTheCanvas() throws Exception {
        int[] counts = onFx(() -> {
            FrameRaster r = new FrameRaster();
            r.begin(W, H, 1);
            r.clear(SURFACE);
            r.setFont(new TextMeter(Font.font(12)));
            r.fillText("\u0645\u0631\u062d\u0628\u0627", 10, 20);
            r.fillText("plain", 10, 40);
            int deferred = r.deferredCount();
            Canvas canvas = new Canvas(W, H);
            r.drawDeferred(canvas.getGraphicsContext2D());
            r.begin(W, H, 1);
            return new int[] {deferred, r.deferredCount()};
        });
        assertEquals(1, counts[0]);
        assertEquals(0, counts[1], "a new frame starts with nothing deferred");
    }

    @Test
    void onADenseScreenTextIsDrawnWithTwiceThePixels() throws Exception {
        int[] inked = onFx(() -> {
            TextMeter meter = new TextMeter(Font.font(12));
            int[] columns = new int[2];
            for (int k = 0; k < 2; k++) {
                FrameRaster r = new FrameRaster();
                r.begin(W, H, k + 1);
                r.clear(SURFACE);
                r.setFont(meter);
                r.setFill(TEXT);
                r.fillText("Event number 31570", 10, 30);
                int left = Integer.MAX_VALUE;
                int right = -1;
                for (int y = 0; y < r.pixelHeight(); y++) {
                    for (int x = 0; x < r.pixelWidth(); x++) {
                        if ((r.argbPre(x, y) & 0xff) < 0xc0) {
                            left = Math.min(left, x);
                            right = Math.max(right, x);
                        }
                    }
                }
                columns[k] = right - left + 1;
            }
            return columns;
        });
        assertTrue(inked[0] > 80, inked[0] + " columns of ink");
        assertEquals(2.0 * inked[0], inked[1], 4, "ink " + inked[0] + " then " + inked[1] + " pixels wide");
    }

    @Test
    void diagonalLinesAreRefused() throws Exception {
        FrameRaster r = onFx(() -> {
            FrameRaster raster = new FrameRaster();
            raster.begin(W, H, 1);
            return raster;
        });
        assertThrows(IllegalArgumentException.class, () -> r.strokeLine(0, 0, 10, 10));
    }

    @Test
    void blendingRoundsLikeFloatingPoint() {
        Random random = new Random(7);
        for (int n = 0; n < 10_000; n++) {
            int alpha = random.nextInt(256);
            int src = alpha << 24 | random.nextInt(alpha + 1) << 16 | random.nextInt(alpha + 1) << 8
                    | random.nextInt(alpha + 1);
            int dst = 0xff000000 | random.nextInt(0x1000000);
            int out = FrameRaster.over(src, dst);
            for (int shift = 0; shift < 32; shift += 8) {
                double exact = (src >>> shift & 0xff) + (dst >>> shift & 0xff) * (255 - alpha) / 255.0;
                assertEquals(exact, out >>> shift & 0xff, 1.0);
            }
        }
        assertEquals(0xff123456, FrameRaster.over(0xff123456, 0xff654321));
        assertEquals(0x80402010, FrameRaster.scaled(0x80402010, 255));
        assertEquals(0, FrameRaster.scaled(0xffffffff, 0));
    }
}
