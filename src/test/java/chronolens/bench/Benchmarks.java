package chronolens.bench;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs every {@code *Bench} main class in this package, each in a JVM of its own so one bench's JIT state,
 * heap or JavaFX toolkit does not colour the next. {@code mvn -q -Pbench verify} calls it; each bench
 * prints {@code BENCH <name> <value> <unit>} lines.
 */
public final class Benchmarks {
    private Benchmarks() {
    }

    public static void main(String[] args) throws IOException, InterruptedException, URISyntaxException {
        Path here = Path.of(Benchmarks.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("chronolens/bench");
        List<String> benches;
        try (Stream<Path> files = Files.list(here)) {
            benches = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith("Bench.class"))
                    .map(n -> "chronolens.bench." + n.substring(0, n.length() - ".class".length()))
                    .sorted()
                    .toList();
        }
        System.out.println("BENCH-INFO machine " + Runtime.getRuntime().availableProcessors() + " cores, java "
                + System.getProperty("java.version") + ", benches " + benches);
        int failed = 0;
        for (String bench : benches) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xmx2g"));
            for (String key : List.of("testfx.headless", "glass.platform", "monocle.platform", "prism.order",
                    "java.awt.headless", "chronolens.shared")) {
                if (System.getProperty(key) != null) {
                    command.add("-D" + key + "=" + System.getProperty(key));
                }
            }
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), bench));
            int code = new ProcessBuilder(command).inheritIO().start().waitFor();
            if (code != 0) {
                System.out.println("BENCH-FAILED " + bench + " exit " + code);
                failed++;
            }
        }
        System.exit(failed == 0 ? 0 : 1);
    }
}
