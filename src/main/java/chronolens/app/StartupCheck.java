package chronolens.app;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * {@code --check-startup}: waits until the timeline has drawn a frame with its events, prints
 * {@code BENCH startup.first-frame <ms> ms} (time since the JVM started) and the event count, and exits;
 * exit code 1 if the article failed to load or nothing was drawn within 60 s.
 */
final class StartupCheck {
    private final MainWindow window;
    private final PrintStream out;

    StartupCheck(MainWindow window, PrintStream out) {
        this.window = window;
        this.out = out;
    }

    void arm() {
        window.viewModel().problemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                out.println("startup failed: " + now);
                exit(1);
            }
        });
        // A frame is drawn at the end of the pulse after the events reach the timeline; count two pulses
        // after that so the frame has been rendered, not only laid out.
        new AnimationTimer() {
            private int pulsesWithEvents;

            @Override
            public void handle(long now) {
                if (window.timeline().getEvents().isEmpty()) {
                    return;
                }
                if (++pulsesWithEvents == 2) {
                    stop();
                    // The JVM's own start stamp; the process start time from /proc is only as precise as
                    // the boot time, a whole second.
                    long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    out.println("BENCH startup.first-frame " + ms + " ms");
                    out.println("events shown: " + window.timeline().getEvents().size());
                    exit(0);
                }
            }
        }.start();
        PauseTransition timeout = new PauseTransition(Duration.seconds(60));
        timeout.setOnFinished(e -> {
            out.println("startup failed: no events drawn within 60 s");
            exit(1);
        });
        timeout.play();
    }

    private static void exit(int code) {
        Platform.exit();
        System.exit(code);
    }
}
