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
 * Measures extraction speed: single-thread throughput over TimeBank texts repeated to at least 20 MB (or generated
 * news-like text when the corpus is absent), and the worst time on 1 MB adversarial inputs.
 */
public final class ExtractBench {
    private static final long TARGET_CHARS = 20L * 1024 * 1024;

    private ExtractBench() {
    }

    public static void main(String[] args) throws IOException {
        Pipeline pipeline = new Pipeline();
        List<String> texts = texts();
        long corpusChars = texts.stream().mapToLong(String::length).sum();
        for (int i = 0; i < 3; i++) {
            run(pipeline, texts);
        }
        long chars = 0;
        long start = System.nanoTime();
        while (chars < TARGET_CHARS) {
            chars += run(pipeline, texts);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "# %d documents, %.2f MB per pass, %.1f MB in %.2f s, %s, %d cores%n",
                texts.size(), corpusChars / 1e6, chars / 1e6, seconds, System.getProperty("java.vm.name"),
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "BENCH extract.throughput %.2f MB/s%n", chars / 1e6 / seconds);

        double worst = 0;
        for (var entry : adversarial().entrySet()) {
            pipeline.extract(new Article("warm", entry.getValue().substring(0, 10_000)));
            long t = System.nanoTime();
            pipeline.extract(new Article(entry.getKey(), entry.getValue()));
            double ms = (System.nanoTime() - t) / 1e6;
            System.out.printf(Locale.ROOT, "# adversarial %s: %.1f ms%n", entry.getKey(), ms);
            worst = Math.max(worst, ms);
        }
        System.out.printf(Locale.ROOT, "BENCH extract.adversarial-1mb %.1f ms%n", worst);
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
