package chronolens.timeline;

import chronolens.model.EpochDays;
import chronolens.model.Event;
import chronolens.model.TemporalValue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javax.imageio.ImageIO;

/**
 * Writes PNG snapshots of the timeline in a few situations, for a person to look at. Not a test.
 *
 * <p>Run with the headless switches of the pom, e.g. {@code java -Dglass.platform=Monocle
 * -Dmonocle.platform=Headless -Dprism.order=sw -cp ... chronolens.timeline.TimelineScreenshot target/shots}.
 */
public final class TimelineScreenshot {
    private TimelineScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        File dir = new File(args.length > 0 ? args[0] : "target/shots");
        dir.mkdirs();
        onFxThread(() -> shoot(dir));
    }

    /** Work for the FX thread that writes files. */
    public interface Shots {
        void take() throws IOException;
    }

    /** Starts JavaFX, runs {@code shots} on its thread, waits, stops JavaFX and rethrows what the shots threw. */
    public static void onFxThread(Shots shots) throws IOException, InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        CountDownLatch done = new CountDownLatch(1);
        IOException[] failure = new IOException[1];
        Platform.runLater(() -> {
            try {
                shots.take();
            } catch (IOException e) {
                failure[0] = e;
            } finally {
                done.countDown();
            }
        });
        done.await();
        Platform.exit();
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    private static void shoot(File dir) throws IOException {
        TimelineView small = new TimelineView(TimelineFixtures.twentiethCentury());
        small.setVisibleRange(EpochDays.ofYear(1930), EpochDays.ofYear(1980));
        small.setSelectedEvent(small.getEvents().get(2));
        write(small, 800, 300, new File(dir, "century.png"));
        double moonX = (small.getEvents().get(4).when().start() - small.getVisibleStart())
                / (small.getVisibleEnd() - small.getVisibleStart()) * 800;
        TimelineRenderer.Geometry geo = ((TimelineViewSkin) small.getSkin()).renderer().geometry();
        double laneY = geo.laneTop(0) + geo.laneHeight() / 2;
        write(small, 800, 300, () -> javafx.event.Event.fireEvent(small, new MouseEvent(MouseEvent.MOUSE_MOVED,
                moonX + 20, laneY, moonX + 20, laneY, MouseButton.NONE, 0, false, false, false, false, false, false,
                false, false, false, false, null)), new File(dir, "hover.png"));

        List<Event> mixed = new ArrayList<>(TimelineFixtures.twentiethCentury());
        mixed.add(TimelineFixtures.event("q", "Qin unifies China", TemporalValue.ofYear(-220)));
        mixed.add(TimelineFixtures.event("r", "Rome founded", TemporalValue.ofYear(-752).asApproximate()));
        mixed.add(TimelineFixtures.event("k", "Dinosaurs die out", TemporalValue.yearsAgo(66e6)));
        TimelineView bc = new TimelineView(mixed.subList(0, mixed.size() - 1));
        write(bc, 1000, 300, () -> bc.zoomToFit(), new File(dir, "bc.png"));

        TimelineView deep = new TimelineView(mixed);
        write(deep, 1000, 300, () -> deep.zoomToFit(), new File(dir, "deep.png"));

        TimelineView dense = new TimelineView(TimelineFixtures.many(100_000, 42));
        write(dense, 1600, 900, () -> dense.zoomToFit(), new File(dir, "dense.png"));
        write(dense, 1600, 900, () -> dense.zoomBy(200, 800), new File(dir, "dense-zoomed.png"));
        TimelineView clusters = new TimelineView(TimelineFixtures.many(3000, 7));
        write(clusters, 1000, 400, () -> clusters.zoomToFit(), new File(dir, "clusters.png"));
        TimelineRenderer renderer = ((TimelineViewSkin) clusters.getSkin()).renderer();
        double rugY = renderer.geometry().axisY() - 2;
        double badgeX = 500;
        while (badgeX < 1000 && renderer.badgeAt(badgeX, rugY) < 0) {
            badgeX++;
        }
        double x = badgeX + 1;
        write(clusters, 1000, 400, () -> javafx.event.Event.fireEvent(clusters, new MouseEvent(MouseEvent.MOUSE_MOVED,
                x, rugY, x, rugY, MouseButton.NONE, 0, false, false, false, false, false, false, false, false, false,
                false, null)), new File(dir, "cluster-hover.png"));

        TimelineView days = new TimelineView(List.of(TimelineFixtures.day("x", "Talks begin", 2024, 5, 16),
                TimelineFixtures.day("y", "Joint statement", 2024, 5, 17),
                TimelineFixtures.event("z", "State visit",
                        TemporalValue.parse("2024-05-16/2024-05-17").orElseThrow())));
        write(days, 1000, 300, () -> {
            days.setAnimated(false);
            days.setVisibleRange(EpochDays.of(LocalDateTime.of(2024, 5, 16, 20, 0)),
                    EpochDays.of(LocalDateTime.of(2024, 5, 17, 9, 0)));
        }, new File(dir, "hours.png"));
        write(days, 1000, 300, () -> days.setVisibleRange(EpochDays.of(LocalDate.of(2023, 11, 1)),
                EpochDays.of(LocalDate.of(2024, 9, 1))), new File(dir, "months.png"));
        days.setLabelFontSize(18);
        write(days, 1000, 400, () -> days.zoomToFit(), new File(dir, "days-presentation.png"));
    }

    private static void write(TimelineView view, double w, double h, File file) throws IOException {
        write(view, w, h, () -> { }, file);
    }

    private static void write(TimelineView view, double w, double h, Runnable afterLayout, File file)
            throws IOException {
        if (view.getScene() != null && (view.getScene().getWidth() != w || view.getScene().getHeight() != h)) {
            view.getScene().setRoot(new Group());
        }
        Scene scene = view.getScene() != null ? view.getScene() : new Scene(view, w, h);
        view.applyCss();
        view.resize(w, h);
        view.layout();
        afterLayout.run();
        view.layout();
        WritableImage image = scene.snapshot(null);
        PixelReader pixels = image.getPixelReader();
        BufferedImage out = new BufferedImage((int) image.getWidth(), (int) image.getHeight(),
                BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        ImageIO.write(out, "png", file);
    }
}
