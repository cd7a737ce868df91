package chronolens.bench;

import chronolens.model.EpochDays;
import chronolens.model.Event;
import chronolens.timeline.LaneLayout;
import chronolens.timeline.TimeScale;
import chronolens.timeline.TimelineFixtures;
import chronolens.timeline.TimelineView;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;

/**
 * Measures the timeline with 100,000 events over 3,000 years: lane layout of all of them, full redraws at
 * 1600×900 through a scripted zoom-and-pan sequence (each frame forced by a scene snapshot), and the heap.
 *
 * <p>Prints {@code BENCH layout.100k}, {@code BENCH render.100k.median}, {@code BENCH render.100k.p95} (ms) and
 * {@code BENCH heap.100k} (MB), then exits. Sets the Monocle headless switches itself when they are not set.
 */
public final class TimelineBench {
    private static final int EVENTS = 100_000;
    private static final int WIDTH = 1600;
    private static final int HEIGHT = 900;
    private static final int LAYOUT_RUNS = 11;
    private static final int LAYOUT_WARMUP = 15;
    private static final int LANES = 40;

    private TimelineBench() {
    }

    public static void main(String[] args) throws Exception {
        headless();
        List<Event> events = TimelineFixtures.many(EVENTS, 20_260_529L);

        double layoutMs = layout(events);

        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        double[] frames = onFx(() -> render(events));
        Arrays.sort(frames);
        double heapMb = onFx(TimelineBench::heapWithView);

        System.out.printf(Locale.ROOT, "# TimelineBench: %d events over 3000 years, %dx%d, %d frames, %d cores, "
                + "java %s%n", EVENTS, WIDTH, HEIGHT, frames.length, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        System.out.printf(Locale.ROOT, "# a snapshot with nothing to redraw costs %.2f ms of each frame%n",
                snapshotOnlyMs);
        double[] build = buildMs.clone();
        Arrays.sort(build);
        System.out.printf(Locale.ROOT, "# of which building the frame on the FX thread (layout, canvas commands): "
                + "median %.2f ms, p95 %.2f ms; the rest is the snapshot (rasterising, read-back)%n",
                percentile(build, 0.5), percentile(build, 0.95));
        System.out.printf(Locale.ROOT, "BENCH layout.100k %.2f ms%n", layoutMs);
        System.out.printf(Locale.ROOT, "BENCH render.100k.median %.2f ms%n", percentile(frames, 0.5));
        System.out.printf(Locale.ROOT, "BENCH render.100k.p95 %.2f ms%n", percentile(frames, 0.95));
        System.out.printf(Locale.ROOT, "BENCH heap.100k %.1f MB%n", heapMb);
        System.out.flush();
        Platform.exit();
        System.exit(0);
    }

    private static void headless() {
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("java.awt.headless", "true");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** Median time, warm, to lay out every event's label box (7 px per character) in 40 lanes at the fit-all scale. */
    private static double layout(List<Event> events) {
        TimeScale scale = TimeScale.fit(EpochDays.ofYear(-1100), EpochDays.ofYear(2100), WIDTH);
        List<LaneLayout.Box> boxes = new ArrayList<>(events.size());
        for (Event e : events) {
            double left = scale.toPixel(e.when().start());
            double right = Math.max(scale.toPixel(e.when().end()), left + 10 + 7.0 * e.title().length());
            boxes.add(new LaneLayout.Box(e.id(), left, right));
        }
        double[] times = new double[LAYOUT_RUNS];
        // the first dozen runs are the JIT warming up (130 ms falling to 35 ms); the figure is for a warm VM
        for (int run = -LAYOUT_WARMUP; run < LAYOUT_RUNS; run++) {
            long t0 = System.nanoTime();
            LaneLayout.Result result = LaneLayout.assign(boxes, LANES, 10);
            if (run >= 0) {
                times[run] = (System.nanoTime() - t0) / 1e6;
            }
            if (result.lanes().size() != events.size()) {
                throw new IllegalStateException("lost events");
            }
        }
        Arrays.sort(times);
        return percentile(times, 0.5);
    }

    private static TimelineView view;
    private static double snapshotOnlyMs;
    private static double[] buildMs;

    /** Frame times in ms for a zoom-in, pan, zoom-out script, each frame forced by a snapshot. */
    private static double[] render(List<Event> events) {
        view = new TimelineView(events);
        // no stage: Monocle's headless screen is smaller than 1600x900, and snapshots need none
        Scene scene = new Scene(view, WIDTH, HEIGHT);
        view.zoomToFit();
        WritableImage image = new WritableImage(WIDTH, HEIGHT);
        for (int warm = 0; warm < 10; warm++) {
            view.panByPixels(warm % 2 == 0 ? 3 : -3);
            scene.snapshot(image);
        }
        List<Runnable> script = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            double pivot = 200 + i * 40;
            script.add(() -> view.zoomBy(1.3, pivot));
        }
        for (int i = 0; i < 30; i++) {
            script.add(() -> view.panByPixels(-90));
        }
        for (int i = 0; i < 30; i++) {
            script.add(() -> view.zoomBy(1 / 1.3, WIDTH / 2.0));
        }
        for (int i = 0; i < 20; i++) {
            double dx = i % 2 == 0 ? 250 : -170;
            script.add(() -> view.panByPixels(dx));
        }
        long idle = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            scene.snapshot(image);
        }
        snapshotOnlyMs = (System.nanoTime() - idle) / 1e6 / 10;
        double[] frames = new double[script.size()];
        buildMs = new double[script.size()];
        for (int i = 0; i < frames.length; i++) {
            long t0 = System.nanoTime();
            script.get(i).run();
            // the snapshot would lay out the view itself; doing it first only splits the frame's time in two
            // (not applyCss: that restyles the view even when nothing changed, which a snapshot does not)
            view.layout();
            buildMs[i] = (System.nanoTime() - t0) / 1e6;
            scene.snapshot(image);
            frames[i] = (System.nanoTime() - t0) / 1e6;
        }
        return frames;
    }

    private static double heapWithView() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        double used = (rt.totalMemory() - rt.freeMemory()) / (1024.0 * 1024.0);
        if (view.getEvents().size() != EVENTS) {
            throw new IllegalStateException("view lost its events");
        }
        return used;
    }

    private static double percentile(double[] sorted, double p) {
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get();
    }
}
