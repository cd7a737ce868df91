package chronolens.extract;

import chronolens.io.TimeMlDocument;
import chronolens.model.Extraction;
import chronolens.model.TimeExpression;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Lists every relaxed match of the TempEval-3 training corpora whose value is wrong, one tab-separated line each:
 * corpus, document, DCT, document type, gold text, gold value, our text, our value, our rule, the sentence, our
 * derivation; the scores go to standard error, and the system output to target/tempeval-CORPUS.jsonl as
 * TempEvalScoreTest writes it. A tool for error analysis, not a test:
 * {@code java -cp ... chronolens.extract.TempEvalErrors [CORPUS...]}.
 */
public final class TempEvalErrors {
    private TempEvalErrors() {
    }

    public static void main(String[] args) throws IOException {
        Path shared = Path.of(System.getProperty("chronolens.shared", "../shared"));
        List<String> corpora = args.length == 0 ? List.of("TimeBank", "AQUAINT") : List.of(args);
        Pipeline pipeline = new Pipeline();
        for (String corpus : corpora) {
            TempEvalScorer scorer = new TempEvalScorer();
            StringBuilder jsonl = new StringBuilder();
            for (TimeMlDocument doc : TempEvalScorer.read(shared.resolve("corpora/tempeval3/train/" + corpus))) {
                Extraction e = pipeline.extract(TempEvalScorer.article(doc));
                String text = doc.text();
                scorer.add(text, doc.timexes(), e.timexes());
                e.timexes().forEach(t -> jsonl.append(TempEvalScorer.jsonLine(doc.name(), t)));
                for (int[] p : TempEvalScorer.pairs(text, doc.timexes(), e.timexes())) {
                    TimeExpression g = doc.timexes().get(p[0]);
                    TimeExpression s = e.timexes().get(p[1]);
                    if (g.value().strip().equals(s.value().strip())) {
                        continue;
                    }
                    String rule = s.derivation().steps().isEmpty() ? "" : s.derivation().steps().get(0).rule();
                    System.out.println(String.join("\t", corpus, doc.name(), String.valueOf(doc.dct()),
                            e.documentType().name(), flat(g.text()), g.value(), flat(s.text()), s.value(), rule,
                            flat(sentence(text, g.begin())), s.derivation().describe()));
                }
            }
            System.err.println(scorer.report(corpus));
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "tempeval-" + corpus + ".jsonl"), jsonl);
        }
    }

    private static String sentence(String text, int at) {
        int from = at;
        while (from > 0 && at - from < 200 && !(text.charAt(from - 1) == '\n' && text.charAt(from) == '\n')
                && !(from >= 2 && text.charAt(from - 2) == '.' && text.charAt(from - 1) == ' ')) {
            from--;
        }
        int to = at;
        while (to < text.length() && to - at < 200 && text.charAt(to) != '\n'
                && !(text.charAt(to) == '.' && to + 1 < text.length() && text.charAt(to + 1) == ' ')) {
            to++;
        }
        return text.substring(from, Math.min(text.length(), to + 1));
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
