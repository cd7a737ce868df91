package chronolens.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Starts the app five times headless (Monocle) with {@code --check-startup} on the default seed and prints the
 * median time from JVM start to the first frame with events: {@code BENCH startup.first-frame.headless}.
 * The figure under a real X server comes from {@code java -jar target/chronolens.jar --check-startup}.
 */
public final class StartupBench {
    private static final int RUNS = 5;

    private StartupBench() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        long[] ms = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            ms[i] = once();
        }
        Arrays.sort(ms);
        System.out.println("BENCH startup.first-frame.headless " + ms[RUNS / 2] + " ms");
    }

    private static long once() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-cp", System.getProperty("java.class.path"), "chronolens.Main", "--check-startup"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        long result = -1;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("BENCH startup.first-frame ")) {
                    result = Long.parseLong(line.split(" ")[2]);
                }
            }
        }
        if (p.waitFor() != 0 || result < 0) {
            throw new IllegalStateException("--check-startup failed (exit " + p.exitValue() + ")");
        }
        return result;
    }
}
