package chronolens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chronolens.model.Article;
import chronolens.model.DocumentDate;
import chronolens.model.Extraction;
import chronolens.model.TimeExpression;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Scores the pipeline on the seed article against its answer key, with no document date given. */
class SeedGoldTest {
    private static final String SEED = "000_db7b869523da3570";
    private static JsonObject gold;
    private static Extraction extraction;
    private static String text;

    @BeforeAll
    static void run() throws IOException {
        Path shared = Path.of(System.getProperty("chronolens.shared", "../shared"));
        Path goldFile = shared.resolve("seeds-gold/" + SEED + ".json");
        Path textFile = shared.resolve("seeds/" + SEED + ".txt");
        Assumptions.assumeTrue(Files.isRegularFile(goldFile) && Files.isRegularFile(textFile),
                "shared seed files not found under " + shared);
        gold = JsonParser.parseString(Files.readString(goldFile, StandardCharsets.UTF_8)).getAsJsonObject();
        text = Files.readString(textFile, StandardCharsets.UTF_8);
        extraction = new Pipeline().extract(new Article(SEED + ".txt", text));
    }

    @Test
    void documentDateIsInferredAs2024WithEvidence() {
        DocumentDate d = extraction.documentDate();
        assertEquals(DocumentDate.Origin.INFERRED, d.origin());
        assertEquals("2024", d.value().timex());
        assertNotNull(d.evidence());
        assertTrue(d.confidence() > 0.5, "confidence " + d.confidence());
    }

    @Test
    void timexesMatchTheAnswerKey() {
        JsonArray g = gold.getAsJsonArray("timexes");
        int matched = 0;
        for (JsonElement e : g) {
            JsonObject o = e.getAsJsonObject();
            for (TimeExpression t : extraction.timexes()) {
                if (t.begin() == o.get("begin").getAsInt() && t.end() == o.get("end").getAsInt()
                        && t.value().equals(o.get("value").getAsString())) {
                    matched++;
                    break;
                }
            }
        }
        double p = extraction.timexes().isEmpty() ? 0 : (double) matched / extraction.timexes().size();
        double r = (double) matched / g.size();
        System.out.printf("seed timexes: precision %.3f recall %.3f (%d matched, %d found, %d gold)%n", p, r,
                matched, extraction.timexes().size(), g.size());
        assertTrue(r >= 0.85 && p >= 0.85, "timex precision " + p + " recall " + r);
    }

    @Test
    void eventsMatchTheAnswerKey() {
        JsonArray g = gold.getAsJsonArray("events");
        AnswerKey.Score score = AnswerKey.score(g, extraction.events(), text);
        System.out.printf("seed events: precision %.3f recall %.3f (%d matched, %d found, %d gold)%n",
                score.precision(), score.recall(), score.found().size(), score.events(), score.keyEvents());
        extraction.events().forEach(ev -> System.out.println("  " + ev.id() + " " + ev.when().label() + ": "
                + ev.title()));
        assertTrue(score.recall() >= 0.75, "event recall " + score.recall());
        Set<String> values = new HashSet<>();
        score.found().forEach(k -> values.add(g.get(k).getAsJsonObject().get("value").getAsString()));
        assertTrue(values.containsAll(Set.of("1949", "2022", "2024")), "matched values " + values);
    }
}
