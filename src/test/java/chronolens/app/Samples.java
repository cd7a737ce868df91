package chronolens.app;

import chronolens.model.Article;
import chronolens.model.Derivation;
import chronolens.model.DocumentDate;
import chronolens.model.DocumentType;
import chronolens.model.Event;
import chronolens.model.Extraction;
import chronolens.model.Span;
import chronolens.model.TemporalValue;
import chronolens.model.TimeExpression;
import chronolens.model.TimexType;
import java.util.List;

/** Small hand-made extractions for view-model tests, so they do not depend on the tagger's output. */
final class Samples {
    static final String TEXT =
            "The summit opens today. The pact was signed in 2022. The republic was proclaimed in 1949.";

    private Samples() {
    }

    static Extraction threeEvents() {
        TemporalValue y2024 = TemporalValue.ofYear(2024);
        TemporalValue y2022 = TemporalValue.ofYear(2022);
        TemporalValue y1949 = TemporalValue.ofYear(1949);
        Derivation today = Derivation.of("relative.today", "today", "the article's date")
                .then("anchor.dct", "", "the article's date is 2024, inferred");
        Derivation d2022 = Derivation.of("date.year", "in 2022", "the year 2022");
        Derivation d1949 = Derivation.of("date.year", "in 1949", "the year 1949");
        List<TimeExpression> timexes = List.of(
                new TimeExpression(17, 22, "today", TimexType.DATE, "2024", y2024, today),
                new TimeExpression(47, 51, "2022", TimexType.DATE, "2022", y2022, d2022),
                new TimeExpression(84, 88, "1949", TimexType.DATE, "1949", y1949, d1949));
        List<Event> events = List.of(
                new Event("e1", "Summit opens", y2024, new Span(0, 23), 0, today, List.of()),
                new Event("e2", "Pact signed", y2022, new Span(24, 52), 1, d2022, List.of()),
                new Event("e3", "Republic proclaimed", y1949, new Span(53, 89), 2, d1949, List.of("Republic")),
                new Event("e4", "Undated talk", null, new Span(0, 23), -1, Derivation.none(), List.of()));
        DocumentDate inferred = new DocumentDate(y2024, DocumentDate.Origin.INFERRED, "75 years since 1949", 0.8);
        return new Extraction(new Article("sample.txt", TEXT), inferred, DocumentType.NEWS, List.of(), timexes,
                events);
    }
}
