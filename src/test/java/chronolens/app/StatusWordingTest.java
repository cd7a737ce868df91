package chronolens.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import chronolens.model.Article;
import chronolens.model.DocumentDate;
import chronolens.model.DocumentType;
import chronolens.model.Extraction;
import chronolens.model.TemporalValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusWordingTest {
    private static String status(DocumentDate date) {
        Extraction x = new Extraction(new Article("a.txt", "text"), date, DocumentType.NEWS, List.of(), List.of(),
                List.of());
        return StatusWording.of(x, 3, 3);
    }

    @Test
    void theStatusSaysHowSureTheInferredDateIs() {
        TemporalValue y = TemporalValue.ofYear(2024);
        assertEquals("a.txt \u00b7 3 events \u00b7 article date 2024 (inferred from \u201c75 years since 1949\u201d)",
                status(new DocumentDate(y, DocumentDate.Origin.INFERRED, "75 years since 1949", 0.8)));
        assertEquals("a.txt \u00b7 3 events \u00b7 article date 2024 (inferred, probably from \u201cuntil 2030\u201d)",
                status(new DocumentDate(y, DocumentDate.Origin.INFERRED, "until 2030", 0.6)));
        assertEquals("a.txt \u00b7 3 events \u00b7 article date unknown (2024 or later, a guess from "
                        + "\u201cthe latest year mentioned\u201d)",
                status(new DocumentDate(y, DocumentDate.Origin.INFERRED, "the latest year mentioned", 0.3)));
        assertEquals("a.txt \u00b7 3 events \u00b7 article date 2024 (from the file)",
                status(new DocumentDate(y, DocumentDate.Origin.FILE, null, 1.0)));
    }

    @Test
    void undatedNewsSaysHowManyDatesWaitForTheArticleDate() {
        Extraction x = new chronolens.extract.Pipeline().extract(new Article("b.txt",
                "Workers said on Tuesday that they would strike next week. The union was founded in 1901."));
        assertEquals("b.txt \u00b7 1 event \u00b7 article date unknown (1901 or later, a guess from the latest year "
                + "mentioned: \u201c1901\u201d) \u00b7 2 dates count from it: Edit \u25b8 Set Article Date\u2026",
                StatusWording.of(x, 1, 1));
    }
}
