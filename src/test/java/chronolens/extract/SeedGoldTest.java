package chronolens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chronolens.model.Article;
import chronolens.model.DocumentDate;
import chronolens.model.Event;
import chronolens.model.Extraction;
import chronolens.model.Span;
import chronolens.model.TimeExpression;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Scores the pipeline on the seed article against its answer key, with no document date given. */
class SeedGoldTest {
    private static final String SEED = "000_db7b869523da3570";
    private static JsonObject gold;
    private static Extraction extraction;

    @BeforeAll
    static void run() throws IOException {
        Path shared = Path.of(System.getProperty("chronolens.shared", "../shared"));
        Path goldFile = shared.resolve("seeds-gold/" + SEED + ".json");
        Path textFile = shared.resolve("seeds/" + SEED + ".txt");
        Assumptions.assumeTrue(Files.isRegularFile(goldFile) && Files.isRegularFile(textFile),
                "shared seed files not found under " + shared);
        gold = JsonParser.parseString(Files.readString(goldFile, StandardCharsets.UTF_8)).getAsJsonObject();
        String text = Files.readString(textFile, StandardCharsets.UTF_8);
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
        Set<Integer> used = new HashSet<>();
        int matched = 0;
        Set<String> values = new HashSet<>();
        for (JsonElement e : g) {
            JsonObject o = e.getAsJsonObject();
            List<Span> quotes = new ArrayList<>();
            quotes.add(new Span(o.get("quote_begin").getAsInt(), o.get("quote_end").getAsInt()));
            if (o.has("alt_quotes")) {
                for (JsonElement a : o.getAsJsonArray("alt_quotes")) {
                    quotes.add(new Span(a.getAsJsonObject().get("begin").getAsInt(),
                            a.getAsJsonObject().get("end").getAsInt()));
                }
            }
            String value = o.get("value").getAsString();
            List<Event> events = extraction.events();
            for (int i = 0; i < events.size(); i++) {
                Event ev = events.get(i);
                if (used.contains(i) || ev.when() == null || !ev.when().timex().equals(value)) {
                    continue;
                }
                if (quotes.stream().anyMatch(q -> q.overlaps(ev.source()))) {
                    used.add(i);
                    matched++;
                    values.add(value);
                    break;
                }
            }
        }
        double p = extraction.events().isEmpty() ? 0 : (double) matched / extraction.events().size();
        double r = (double) matched / g.size();
        System.out.printf("seed events: precision %.3f recall %.3f (%d matched, %d found, %d gold)%n", p, r,
                matched, extraction.events().size(), g.size());
        extraction.events().forEach(ev -> System.out.println("  " + ev.id() + " " + ev.when().label() + ": "
                + ev.title()));
        assertTrue(r >= 0.75, "event recall " + r);
        assertTrue(values.containsAll(Set.of("1949", "2022", "2024")), "matched values " + values);
    }
}
