package chronolens.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chronolens.extract.rules.Rule;
import chronolens.model.DocumentDate;
import chronolens.model.DocumentType;
import chronolens.model.Sentence;
import chronolens.model.TemporalValue;
import chronolens.model.TimeExpression;
import chronolens.model.TimexType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs every line of the example corpus and every rule-file example as its own test. */
class CorpusTest {
    static final List<String> CORPUS_FILES = List.of("en-news.txt", "en-narrative.txt", "en-history.txt",
            "en-science.txt", "en-space.txt", "en-biography.txt", "en-chronology.txt");
    /** The size issue 3 asks of the corpus, across the files. */
    private static final int MIN_POSITIVE = 600;
    private static final int MIN_NEGATIVE = 100;
    private static final Pattern HEADER = Pattern.compile("#\\s*reference\\s+(\\S+),\\s*(news|narrative)\\s*");
    /** input => value granularity, and optionally "approximate" ("c. 500 BC => BC0500 year approximate"). */
    private static final Pattern LINE = Pattern.compile("(.+?)\\s+=>\\s+(\\S+)\\s+(\\S+)(?:\\s+(approximate))?\\s*");
    private static final Pipeline PIPELINE = new Pipeline();

    @TestFactory
    Stream<DynamicTest> corpusLines() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String file : CORPUS_FILES) {
            List<String> lines = read(file);
            Matcher h = HEADER.matcher(lines.get(0));
            assertTrue(h.matches(), file + ": first line must be '# reference DATE, news|narrative'");
            TemporalValue ref = TemporalValue.parse(h.group(1)).orElseThrow();
            DocumentType type = DocumentType.valueOf(h.group(2).toUpperCase(Locale.ROOT));
            for (int i = 1; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                int n = i + 1;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("!")) {
                    String input = line.substring(1).strip();
                    tests.add(DynamicTest.dynamicTest(file + ":" + n + " ! " + input,
                            () -> assertNoDate(input, ref, type)));
                    continue;
                }
                Matcher m = LINE.matcher(line);
                assertTrue(m.matches(), file + ":" + n + ": expected 'input => value granularity'");
                String input = m.group(1);
                String value = m.group(2);
                String granularity = m.group(3);
                boolean approximate = m.group(4) != null;
                tests.add(DynamicTest.dynamicTest(file + ":" + n + " " + input + " => " + value,
                        () -> assertFound(input, ref, type, value, granularity, approximate)));
            }
        }
        return tests.stream();
    }

    /** Prints the lines per file ("CORPUS file positive negative") and holds the corpus to the size issue 3 asks. */
    @Test
    void corpusIsLargeEnough() throws IOException {
        int positive = 0;
        int negative = 0;
        for (String file : CORPUS_FILES) {
            int p = 0;
            int n = 0;
            for (String line : read(file)) {
                String t = line.strip();
                if (t.startsWith("!")) {
                    n++;
                } else if (!t.isEmpty() && !t.startsWith("#")) {
                    p++;
                }
            }
            System.out.println("CORPUS " + file + " positive " + p + " negative " + n);
            positive += p;
            negative += n;
        }
        System.out.println("CORPUS total positive " + positive + " negative " + negative);
        assertTrue(positive >= MIN_POSITIVE, positive + " positive lines, fewer than " + MIN_POSITIVE);
        assertTrue(negative >= MIN_NEGATIVE, negative + " negative lines, fewer than " + MIN_NEGATIVE);
    }

    @TestFactory
    Stream<DynamicTest> ruleExamples() {
        TemporalValue ref = TemporalValue.parse("2019-10-02").orElseThrow();
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule r : PIPELINE.rules().rules()) {
            for (Rule.Example e : r.examples()) {
                tests.add(DynamicTest.dynamicTest(r.file() + ":" + e.line() + " " + r.name() + " \"" + e.input() + "\"",
                        () -> assertFound(e.input(), ref, DocumentType.NEWS, e.value(), null, false)));
            }
        }
        return tests.stream();
    }

    static List<TimeExpression> tag(String input, TemporalValue ref, DocumentType type) {
        List<Sentence> sentences = PIPELINE.sentences(input);
        List<Mention> mentions = PIPELINE.mentions(input, sentences);
        AnchorContext ctx = Pipeline.context(DocumentDate.given(ref), type);
        if (type == DocumentType.NARRATIVE) {
            ctx = ctx.withLastDate(ref);
        }
        return PIPELINE.anchor(input, sentences, mentions, ctx);
    }

    private static void assertFound(String input, TemporalValue ref, DocumentType type, String value,
                                    String granularity, boolean approximate) {
        List<TimeExpression> found = tag(input, ref, type);
        List<String> got = found.stream().map(t -> t.value() + " " + granularityOf(t)
                + (t.resolved() != null && t.resolved().approximate() ? " approximate" : "")).toList();
        assertTrue(found.stream().anyMatch(t -> t.value().equals(value)
                        && (granularity == null || granularity.equals(granularityOf(t)))
                        && (!approximate || t.resolved() != null && t.resolved().approximate())),
                "\"" + input + "\" should give " + value + (granularity == null ? "" : " " + granularity)
                        + (approximate ? " approximate" : "") + " but gave " + got);
    }

    private static void assertNoDate(String input, TemporalValue ref, DocumentType type) {
        List<TimeExpression> found = tag(input, ref, type);
        assertFalse(found.stream().anyMatch(t -> t.type() == TimexType.DATE || t.type() == TimexType.TIME),
                "\"" + input + "\" should give no date but gave " + found.stream().map(TimeExpression::value).toList());
    }

    static String granularityOf(TimeExpression t) {
        if (t.type() == TimexType.DURATION) {
            return "duration";
        }
        if (t.type() == TimexType.SET) {
            return "set";
        }
        if (t.value().endsWith("_REF")) {
            return "vague";
        }
        return t.resolved() == null ? "none" : t.resolved().granularity().name().toLowerCase(Locale.ROOT);
    }

    static List<String> read(String file) throws IOException {
        try (InputStream in = CorpusTest.class.getResourceAsStream("/chronolens/extract/corpus/" + file)) {
            assertTrue(in != null, "missing corpus file " + file);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
