package chronolens.bench;

import chronolens.extract.Pipeline;
import chronolens.io.MalformedTimeMlException;
import chronolens.io.TimeMlReader;
import chronolens.model.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Measures extraction speed: single-thread throughput after a 20 s warm-up, the median of five rounds over
 * TimeBank texts repeated to at least 20 MB (or generated news-like text when the corpus is absent), and the
 * worst of the warm times on 1 MB adversarial inputs (each the median of three runs after its first).
 */
public final class ExtractBench {
    private static final long TARGET_CHARS = 20L * 1024 * 1024;
    private static final int ROUNDS = 5;
    /** How long the throughput figure warms up first: JMH's habit of seconds, not a fixed few passes. */
    private static final long WARM_UP_NANOS = 20_000_000_000L;
    /** Timed runs of each adversarial text after its first: their median is its warm figure. */
    private static final int ADVERSARIAL_RUNS = 3;

    private ExtractBench() {
    }

    public static void main(String[] args) throws IOException {
        Pipeline pipeline = new Pipeline();
        List<String> texts = texts();
        long corpusChars = texts.stream().mapToLong(String::length).sum();
        warmUp(pipeline, texts, corpusChars);
        // five rounds of at least 20 MB each, and their median: one garbage collection or a neighbour's build
        // in a round of a second moves it by a tenth
        double[] rounds = new double[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            long chars = 0;
            long start = System.nanoTime();
            while (chars < TARGET_CHARS) {
                chars += run(pipeline, texts);
            }
            rounds[r] = chars / 1e6 / ((System.nanoTime() - start) / 1e9);
        }
        System.out.printf(Locale.ROOT, "# %d documents, %.2f MB per pass, %d rounds of %.0f MB: %s MB/s; %s, %d"
                + " cores%n",
                texts.size(), corpusChars / 1e6, ROUNDS, TARGET_CHARS / 1e6,
                java.util.Arrays.stream(rounds).mapToObj(x -> String.format(Locale.ROOT, "%.2f", x))
                        .collect(java.util.stream.Collectors.joining(" ")),
                System.getProperty("java.vm.name"), Runtime.getRuntime().availableProcessors());
        java.util.Arrays.sort(rounds);
        System.out.printf(Locale.ROOT, "BENCH extract.throughput %.2f MB/s%n", rounds[ROUNDS / 2]);

        // each text's first run pays for compiling the code paths only it takes (on two cores the compiler
        // competes with the run); the figure is the median of the runs after it, the first is printed beside it
        double worst = 0;
        for (var entry : adversarial().entrySet()) {
            pipeline.extract(new Article("warm", entry.getValue().substring(0, 10_000)));
            double first = timed(pipeline, entry.getKey(), entry.getValue());
            double[] runs = new double[ADVERSARIAL_RUNS];
            for (int r = 0; r < ADVERSARIAL_RUNS; r++) {
                runs[r] = timed(pipeline, entry.getKey(), entry.getValue());
            }
            java.util.Arrays.sort(runs);
            double ms = runs[ADVERSARIAL_RUNS / 2];
            System.out.printf(Locale.ROOT, "# adversarial %s: %.1f ms (first run %.1f ms)%n", entry.getKey(), ms,
                    first);
            worst = Math.max(worst, ms);
        }
        System.out.printf(Locale.ROOT, "BENCH extract.adversarial-1mb %.1f ms%n", worst);
    }

    /** Milliseconds one extraction of {@code text} takes. */
    private static double timed(Pipeline pipeline, String name, String text) {
        long t = System.nanoTime();
        pipeline.extract(new Article(name, text));
        return (System.nanoTime() - t) / 1e6;
    }

    /**
     * Passes over the texts until {@link #WARM_UP_NANOS} have gone by. The extractor's hot code is large (the
     * tagger, the guards, the event builder), and on a 2-core machine the JIT's optimizing compiler needs several
     * seconds to finish with it: a pass takes about three times as long until then, and then drops at once. A
     * bench that warmed for only a few passes measured the compiler's queue, not the code. The first pass and
     * the warm-up's course are printed, so the cold figure stays in view.
     */
    private static void warmUp(Pipeline pipeline, List<String> texts, long corpusChars) {
        long start = System.nanoTime();
        StringBuilder course = new StringBuilder();
        int passes = 0;
        while (System.nanoTime() - start < WARM_UP_NANOS) {
            long t = System.nanoTime();
            run(pipeline, texts);
            double mbs = corpusChars / 1e6 / ((System.nanoTime() - t) / 1e9);
            if (passes == 0) {
                System.out.printf(Locale.ROOT, "# first pass (cold JVM): %.2f MB/s%n", mbs);
            }
            if (passes % 20 == 0) {
                course.append(String.format(Locale.ROOT, " %.1f", mbs));
            }
            passes++;
        }
        System.out.printf(Locale.ROOT, "# warm-up: %d passes in %.1f s; MB/s every 20th pass:%s%n", passes,
                (System.nanoTime() - start) / 1e9, course);
    }

    private static long run(Pipeline pipeline, List<String> texts) {
        long n = 0;
        for (String t : texts) {
            n += t.length() + pipeline.extract(new Article("bench", t)).timexes().size() * 0L;
        }
        return n;
    }

    private static List<String> texts() throws IOException {
        Path dir = Path.of(System.getProperty("chronolens.shared", "../shared"), "corpora/tempeval3/train/TimeBank");
        List<String> out = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            TimeMlReader reader = new TimeMlReader();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".tml")).sorted().toList()) {
                    try {
                        out.add(reader.read(f.toString(), Files.readString(f, StandardCharsets.UTF_8)).text());
                    } catch (MalformedTimeMlException e) {
                        throw new IOException(e.getMessage(), e);
                    }
                }
            }
        }
        if (out.isEmpty()) {
            Random r = new Random(1);
            String[] words = {"the", "minister", "said", "on", "Friday", "that", "talks", "in", "May", "2024", "would",
                "resume", "after", "two", "years", "of", "delays", "since", "1998", "last", "week", "profits", "rose"};
            for (int d = 0; d < 200; d++) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < 400; i++) {
                    sb.append(words[r.nextInt(words.length)]).append(i % 17 == 16 ? ". " : " ");
                }
                out.add(sb.toString());
            }
        }
        return out;
    }

    private static java.util.Map<String, String> adversarial() {
        int size = 1 << 20;
        java.util.Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("digits", "7".repeat(size));
        cases.put("month-names-no-spaces", "MayMarchJanuary".repeat(size / 15 + 1).substring(0, size));
        cases.put("month-names-spaced", "May 16 March 2024 Sept. 11, ".repeat(size / 28 + 1).substring(0, size));
        cases.put("long-sentence", "and the years since the decade of two thousand ".repeat(size / 47 + 1)
                .substring(0, size));
        cases.put("digit-groups", "1,949-2030 12:30 3-2 ".repeat(size / 21 + 1).substring(0, size));
        // many short dated sentences: one mention, one anchoring and one event every 22 characters
        String fair = "The fair opened in 1901 and closed in 1902. ";
        cases.put("repeated-sentence", fair.repeat(size / fair.length() + 1).substring(0, size));
        return cases;
    }
}
