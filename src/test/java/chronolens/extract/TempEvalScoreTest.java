package chronolens.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import chronolens.io.TimeMlDocument;
import chronolens.model.Extraction;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Scores the extractor on the TempEval-3 training corpora (the DCT given as the file's date) and writes the
 * system output as JSON lines to target/ so /work/shared/tools/timex_score.py can cross-check the figures.
 */
class TempEvalScoreTest {
    private static final Pipeline PIPELINE = new Pipeline();

    @ParameterizedTest
    @CsvSource({"TimeBank, 0.945, 0.848", "AQUAINT, 0.94, 0.78"})
    void scoresAboveTheFloor(String corpus, double relaxedFloor, double valueFloor) throws IOException {
        Path shared = Path.of(System.getProperty("chronolens.shared", "../shared"));
        Path dir = shared.resolve("corpora/tempeval3/train/" + corpus);
        Assumptions.assumeTrue(Files.isDirectory(dir), "corpus not found: " + dir);
        List<TimeMlDocument> docs = TempEvalScorer.read(dir);
        TempEvalScorer scorer = new TempEvalScorer();
        Path out = Path.of("target", "tempeval-" + corpus + ".jsonl");
        Files.createDirectories(out.getParent());
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (TimeMlDocument doc : docs) {
                Extraction e = PIPELINE.extract(TempEvalScorer.article(doc));
                scorer.add(doc.text(), doc.timexes(), e.timexes());
                for (var t : e.timexes()) {
                    w.write(TempEvalScorer.jsonLine(doc.name(), t));
                }
            }
        }
        System.out.println(scorer.report("TempEval-3 train " + corpus));
        assertTrue(scorer.relaxedF1() >= relaxedFloor, "relaxed F1 " + scorer.relaxedF1());
        assertTrue(scorer.valueF1() >= valueFloor, "value F1 " + scorer.valueF1());
    }
}
