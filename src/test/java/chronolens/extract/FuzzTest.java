package chronolens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chronolens.model.Article;
import chronolens.model.Event;
import chronolens.model.Extraction;
import chronolens.model.TimeExpression;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Random and mutated text through the whole pipeline: it must never throw and offsets must stay consistent. */
class FuzzTest {
    private static final Pipeline PIPELINE = new Pipeline();
    private static final String SEED_TEXT = """
            Talks Resume\nOn May 16, 2024, the minister said talks would resume next week. In the 1990s, two-day \
            summits were held every Monday; 75 years since 1949, at 20:17 UTC, the 3rd century BC... Mr. U.S. Sept.
            """;
    private static final String ALPHABET = "aMyJ0123456789 .,;:-'\u2019\"\n()/\u2014\u00e9QTPWBCDXZ";

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void randomTextNeverBreaksThePipeline(long seed) {
        Random r = new Random(seed);
        for (int i = 0; i < 40; i++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(300);
            for (int k = 0; k < n; k++) {
                sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
            }
            check(sb.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void mutatedArticlesNeverBreakThePipeline(long seed) {
        Random r = new Random(seed);
        for (int i = 0; i < 40; i++) {
            StringBuilder sb = new StringBuilder(SEED_TEXT);
            for (int k = 0; k < 1 + r.nextInt(20); k++) {
                int at = r.nextInt(sb.length());
                switch (r.nextInt(3)) {
                    case 0 -> sb.deleteCharAt(at);
                    case 1 -> sb.insert(at, ALPHABET.charAt(r.nextInt(ALPHABET.length())));
                    default -> sb.setCharAt(at, ALPHABET.charAt(r.nextInt(ALPHABET.length())));
                }
            }
            check(sb.toString());
        }
    }

    private static void check(String text) {
        Extraction e = PIPELINE.extract(new Article("fuzz", text));
        for (TimeExpression t : e.timexes()) {
            assertEquals(text.substring(t.begin(), t.end()), t.text());
        }
        for (Event ev : e.events()) {
            assertTrue(ev.source().end() <= text.length(), ev.toString());
            assertTrue(ev.timex() < e.timexes().size(), ev.toString());
        }
    }
}
