package chronolens.app;

import chronolens.io.AtomicWrite;
import chronolens.model.Event;
import chronolens.timeline.TimelineView;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javax.imageio.ImageIO;

/**
 * Draws a timeline into a PNG at any size, off screen: the current view for a slide, or every event at a
 * poster width such as 3840 px. Runs on the FX thread; the file appears whole or not at all.
 */
public final class PngExport {
    /** From this width on, labels use the large presentation type. */
    static final int POSTER_WIDTH = 2400;

    private PngExport() {
    }

    /**
     * Renders {@code events} in a fresh timeline of {@code width} × {@code height} pixels showing
     * {@code [start, end]} (epoch days), or all of them when the range is not finite, and writes it to {@code out}.
     */
    public static void write(List<Event> events, double start, double end, int width, int height, String stylesheet,
                             Path out) throws IOException {
        write(events, null, start, end, width, height, stylesheet, out);
    }

    /** As above, with each event in the colour of its category ({@code categoryOf} may be null) and a legend. */
    public static void write(List<Event> events, Function<? super Event, String> categoryOf, double start, double end,
                             int width, int height, String stylesheet, Path out) throws IOException {
        if (width < 100 || height < 100 || width > 16_384 || height > 16_384) {
            throw new IOException("the image must be between 100 and 16384 pixels on each side, not "
                    + width + " × " + height);
        }
        TimelineView view = new TimelineView();
        view.setAnimated(false);
        view.getEvents().setAll(events);
        view.setCategoryOf(categoryOf);
        StackPane root = new StackPane(view);
        if (width >= POSTER_WIDTH) {
            root.getStyleClass().add(AppStyles.PRESENTATION); // poster type, readable from across a room
        }
        Scene scene = new Scene(root, width, height);
        if (stylesheet != null) {
            scene.getStylesheets().add(stylesheet);
        }
        root.applyCss();
        root.resize(width, height);
        root.layout();
        if (Double.isFinite(start) && Double.isFinite(end) && end > start) {
            view.setVisibleRange(start, end);
        } else {
            view.zoomToFit();
        }
        root.layout();
        WritableImage image = view.snapshot(new SnapshotParameters(), null);
        writePng(image, out);
    }

    /** Writes a JavaFX image as PNG through AWT's ImageIO (javafx-swing is not needed for this). */
    static void writePng(WritableImage image, Path out) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage buffered = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            pixels.getPixels(0, y, w, 1, PixelFormat.getIntArgbInstance(), row, 0, w);
            buffered.setRGB(0, y, w, 1, row, 0, w);
        }
        AtomicWrite.write(out, temp -> {
            if (!ImageIO.write(buffered, "png", temp.toFile())) {
                throw new IOException("no PNG writer is available");
            }
        });
    }
}
