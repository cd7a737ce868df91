package chronolens.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class PngExportUiTest {
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Pane(), 100, 100));
        stage.show();
    }

    /** Pixels that are neither the surface nor near it: marks, labels, the axis. */
    private static int inkedPixels(BufferedImage image) {
        int ink = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                int sum = (rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff);
                ink += sum < 600 ? 1 : 0;
            }
        }
        return ink;
    }

    @Test
    void aPosterHasTheAskedSizeAndShowsTheEvents(FxRobot robot) throws IOException {
        Path out = dir.resolve("poster.png");
        robot.interact(() -> {
            try {
                PngExport.write(Samples.threeEvents().datedEvents(), Double.NaN, Double.NaN, 3840, 1080,
                        getClass().getResource(AppStyles.STYLESHEET).toExternalForm(), out);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        BufferedImage image = ImageIO.read(out.toFile());
        assertEquals(3840, image.getWidth());
        assertEquals(1080, image.getHeight());
        assertTrue(inkedPixels(image) > 2000, "markers, labels and the axis are drawn");
    }

    @Test
    void anEmptyRangeOfTimeStillDrawsTheAxisButNoMarkers(FxRobot robot) throws IOException {
        Path withEvents = dir.resolve("a.png");
        Path without = dir.resolve("b.png");
        robot.interact(() -> {
            try {
                PngExport.write(Samples.threeEvents().datedEvents(), Double.NaN, Double.NaN, 1200, 400, null,
                        withEvents);
                PngExport.write(List.of(), 0, 3650, 1200, 400, null, without);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(inkedPixels(ImageIO.read(withEvents.toFile())) > inkedPixels(ImageIO.read(without.toFile())));
    }

    @Test
    void absurdSizesAreRefusedAndNothingIsWritten(FxRobot robot) {
        Path out = dir.resolve("huge.png");
        String[] message = new String[1];
        robot.interact(() -> {
            try {
                PngExport.write(List.of(), 0, 1, 100_000, 400, null, out);
            } catch (IOException e) {
                message[0] = e.getMessage();
            }
        });
        assertEquals("the image must be between 100 and 16384 pixels on each side, not 100000 × 400", message[0]);
        assertFalse(Files.exists(out));
    }

    @Test
    void theCommandLineWritesAPosterOfAnArticle() throws IOException {
        Path article = Files.writeString(dir.resolve("a.txt"), "The canal opened in 1869. It was widened in 2015.");
        Path out = dir.resolve("a.png");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new PngExportCommand(new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(List.of("--format", "png", "--width", "1600", "--height", "500", article.toString(), "-o",
                        out.toString()));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertEquals(1600, ImageIO.read(out.toFile()).getWidth());
    }

    @Test
    void anExportShowsTheCategoryColours(FxRobot robot) throws IOException {
        Path out = dir.resolve("categories.png");
        robot.interact(() -> {
            try {
                PngExport.write(Samples.threeEvents().datedEvents(), e -> "war", Double.NaN, Double.NaN, 1200, 400,
                        getClass().getResource(AppStyles.STYLESHEET).toExternalForm(), out);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        BufferedImage image = ImageIO.read(out.toFile());
        int firstCategoryColour = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                // -cl-category-1, #0072b2
                firstCategoryColour += (image.getRGB(x, y) & 0xffffff) == 0x0072b2 ? 1 : 0;
            }
        }
        assertTrue(firstCategoryColour > 50, "markers and the legend swatch in the category's colour: "
                + firstCategoryColour);
    }
}
