package chronolens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chronolens.model.Article;
import chronolens.model.DocumentDate;
import chronolens.model.Extraction;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Scores the pipeline on our own articles of the styles it is judged on (news with relative dates, undated news,
 * ancient history, biography, space history, chronology, deep time …) against answer keys made by hand before the
 * articles were run, in the seed key's format. The articles are read with no document date given, as a student
 * opens a file. Every article's date must come out as its key says; the events' precision and recall over all
 * articles are printed ({@code ARTICLES …} lines) and must stay above a floor a little under what they are now.
 */
class ArticleKeysTest {
    private static final String FOLDER = "/chronolens/extract/articles/";
    /** Precision and recall of events over all the articles, a little under what they were when last raised. */
    private static final double PRECISION_FLOOR = 0.82;
    private static final double RECALL_FLOOR = 0.88;

    @Test
    void articlesGetTheirDatesAndEventsRight() throws IOException {
        List<String> names = names();
        assertFalse(names.isEmpty(), "no articles listed in " + FOLDER + "index.txt");
        int found = 0;
        int events = 0;
        int keyEvents = 0;
        List<String> wrongDates = new ArrayList<>();
        for (String name : names) {
            String text = read(name + ".txt");
            JsonObject key = JsonParser.parseString(read(name + ".key.json")).getAsJsonObject();
            Extraction x = new Pipeline().extract(new Article(name + ".txt", text));
            String dateProblem = dateProblem(key, x.documentDate());
            if (dateProblem != null) {
                wrongDates.add(name + ": " + dateProblem);
            }
            AnswerKey.Score score = AnswerKey.score(key.getAsJsonArray("events"), x.events(), text);
            System.out.printf("ARTICLES %s: date %s; events precision %.2f recall %.2f (%d of %d found, %d key)%n",
                    name, dateProblem == null ? "right" : "WRONG", score.precision(), score.recall(),
                    score.found().size(), score.events(), score.keyEvents());
            found += score.found().size();
            events += score.events();
            keyEvents += score.keyEvents();
        }
        double precision = (double) found / events;
        double recall = (double) found / keyEvents;
        System.out.printf("ARTICLES all %d: events precision %.3f recall %.3f (%d matched, %d found, %d key)%n",
                names.size(), precision, recall, found, events, keyEvents);
        assertEquals(List.of(), wrongDates, "article dates");
        assertTrue(precision >= PRECISION_FLOOR, "event precision " + precision);
        assertTrue(recall >= RECALL_FLOOR, "event recall " + recall);
    }

    /**
     * Null when the article's date is as its key says: the date the article states ({@code dct}) or that its text
     * implies ({@code dct_inferable}), or, with neither, no confident date at all (a low-confidence guess is shown
     * as "unknown" and counts nothing from it).
     */
    private static String dateProblem(JsonObject key, DocumentDate d) {
        String expected = text(key, "dct") != null ? text(key, "dct") : text(key, "dct_inferable");
        boolean confident = d.origin() != DocumentDate.Origin.NONE && d.confidence() >= 0.5;
        String ours = confident ? d.value().timex() : null;
        if (expected == null ? ours == null : expected.equals(ours)) {
            return null;
        }
        return "key " + expected + ", ours " + (d.value() == null ? "none" : d.value().timex() + " (" + d.origin()
                + ", confidence " + d.confidence() + ")");
    }

    private static String text(JsonObject o, String field) {
        JsonElement e = o.get(field);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }

    private static List<String> names() throws IOException {
        List<String> names = new ArrayList<>();
        for (String line : read("index.txt").split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                names.add(line.strip());
            }
        }
        return names;
    }

    private static String read(String file) throws IOException {
        try (InputStream in = ArticleKeysTest.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IOException("missing test resource " + FOLDER + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
