package chronolens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chronolens.model.Article;
import chronolens.model.DocumentDate;
import chronolens.model.DocumentType;
import chronolens.model.Event;
import chronolens.model.Extraction;
import chronolens.model.TemporalValue;
import chronolens.model.TimeExpression;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PipelineTest {
    private static final Pipeline PIPELINE = new Pipeline();
    private static final String NEWS = """
            Ministers Meet in Geneva
            Foreign ministers from twelve countries opened a three-day summit in Geneva, the host said.
            The talks follow a ceasefire agreed in 2021 between the two sides.
            At the age of 64, the chairman announced his retirement.
            The delegates will publish a joint statement.
            """;

    private static Extraction news(String date) {
        return PIPELINE.extract(new Article("t", NEWS, DocumentDate.given(TemporalValue.parse(date).orElseThrow())));
    }

    @Test
    void timexTextEqualsTheTextAtItsOffsets() {
        Extraction e = news("2024-03-04");
        for (TimeExpression t : e.timexes()) {
            assertEquals(NEWS.substring(t.begin(), t.end()), t.text());
        }
    }

    @Test
    void ledeIsAnEventAtTheDocumentDateAndItsDurationMakesARange() {
        Extraction e = news("2024-03-04");
        Event lede = e.events().stream().filter(ev -> ev.source().begin() < NEWS.indexOf("The talks")).findFirst()
                .orElseThrow();
        assertEquals("2024-03-04/2024-03-06", lede.when().timex());
        assertTrue(lede.derivation().describe().contains("dated by the article's date"));
        assertTrue(lede.entities().contains("Geneva"), lede.entities().toString());
    }

    @Test
    void explicitYearMakesAnEventAndAgesDoNot() {
        List<Event> events = news("2024-03-04").events();
        assertTrue(events.stream().anyMatch(ev -> ev.when().timex().equals("2021") && ev.timex() >= 0));
        assertFalse(events.stream().anyMatch(ev -> ev.title().contains("64")));
    }

    @Test
    void futureSentenceIsDatedByTheArticle() {
        assertTrue(news("2024-03-04").events().stream()
                .anyMatch(ev -> ev.title().startsWith("The delegates will publish")));
    }

    @Test
    void titlesAreShortAndDoNotEndInAPreposition() {
        for (Event ev : news("2024-03-04").events()) {
            int words = ev.title().split(" ").length;
            assertTrue(words >= 1 && words <= 10, ev.title());
            assertFalse(ev.title().matches(".*\\b(of|in|to|the|by|with)$"), ev.title());
        }
    }

    @Test
    void bcHistoryIsNarrative() {
        Extraction e = PIPELINE.extract(new Article("t",
                "Qin unified China in 221 BC. Two years later a revolt began."));
        assertEquals(DocumentType.NARRATIVE, e.documentType());
        assertEquals(List.of("BC0221", "BC0219"), e.timexes().stream().map(TimeExpression::value).toList());
    }

    @Test
    void chronologyLinesBecomeEventsTitledByTheirText() {
        Extraction e = PIPELINE.extract(new Article("t", """
                1969 \u2013 ARPANET sends its first message.
                1983 \u2013 ARPANET adopts TCP/IP on January 1.
                """));
        assertEquals(List.of("1969", "1983-01-01"), e.events().stream().map(ev -> ev.when().timex()).toList());
        assertEquals("ARPANET sends its first message", e.events().get(0).title());
    }

    @Test
    void aClockTimeAfterADateMakesThatEventFiner() {
        Extraction e = PIPELINE.extract(new Article("t", "The crew landed the module on July 20, 1969, at 20:17 UTC."));
        assertEquals(List.of("1969-07-20T20:17"), e.events().stream().map(ev -> ev.when().timex()).toList());
    }

    @Test
    void undatedHistoryIsNarrativeAndHasNoArticleDatedEvents() {
        Extraction e = PIPELINE.extract(new Article("t", "The bridge opened in 1932. It carries six lanes."));
        assertEquals(DocumentType.NARRATIVE, e.documentType());
        assertTrue(e.events().stream().noneMatch(ev -> ev.derivation().describe().contains("article's date")));
    }

    @Test
    void emptyArticleGivesNothing() {
        Extraction e = PIPELINE.extract(new Article("t", ""));
        assertEquals(List.of(), e.events());
        assertEquals(List.of(), e.timexes());
    }

    @Test
    void extractSourcesImportNoJavaFx() throws IOException {
        Path root = Path.of("src/main/java/chronolens/extract");
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                assertFalse(Files.readString(f).contains("import javafx"), f.toString());
            }
        }
    }

    @Test
    void aSecondDateJoinedByAndIsASecondHappeningWithTheSameSubject() {
        Extraction x = PIPELINE.extract(new Article("rome.txt",
                "Julius Caesar crossed the Rubicon in 49 BC and was murdered in 44 BC."));
        assertEquals(List.of("BC0049 Julius Caesar crossed the Rubicon", "BC0044 Julius Caesar was murdered"),
                x.events().stream().map(e -> e.when().timex() + " " + e.title()).toList());
    }

    @Test
    void aSecondDateAfterAShortFirstClauseIsDatedWithoutFailing() {
        // the first date's event takes in the next clause, so the second date's clause begins after it
        Extraction x = PIPELINE.extract(new Article("plant.txt", "In 1990, and later in 1995 the plant closed."));
        assertEquals(List.of("1990", "1995"), x.events().stream().map(e -> e.when().timex()).toList());
    }

    @Test
    void twoYearsOfOneHappeningStayOneEvent() {
        Extraction x = PIPELINE.extract(new Article("sales.txt",
                "The company said its sales rose sharply in 1998 and 1999.",
                DocumentDate.given(TemporalValue.ofYear(2000))));
        assertEquals(1, x.events().stream().filter(e -> e.title().contains("sales")).count(),
                x.events().toString());
    }

    @Test
    void secondHappeningWhoseFirstStartedInAnEarlierClauseDoesNotThrow() {
        // the shape of a TempEval-3 AQUAINT paragraph where a "bad span" once escaped EventExtractor (our words)
        String text = "Now the news is doing the work for Harlan. Merton's fall was among the first topics raised "
                + "in Saturday night's debate between the two rivals, and it was quickly followed by a question to "
                + "Corrigan on whether he backed the new tax on small farms.\n\nOn Tuesday, the Regional "
                + "Farmers and Growers Action League plans to hold a news conference to screen a "
                + "television advertisement _ made last week, before Merton fell _ featuring Ada Lyle, a farmer "
                + "who was badly hurt earlier this year in the collapse of a grain silo.";
        Extraction e = new Pipeline().extract(new Article("t", text,
                DocumentDate.fromFile(TemporalValue.parse("1998-10-26").orElseThrow())));
        assertEquals(List.of("PRESENT_REF", "1998-10-24TNI", "1998-10-27", "1998-W43", "1998"),
                e.timexes().stream().map(TimeExpression::value).toList());
    }

    @Test
    void aPrepositionBeforeAVagueTimeIsASignalOutsideIt() {
        // TimeML leaves signals out of the timex: "in <the future>", "for <years>", "within <weeks>", "<the year>
        // ended"
        String text = "Prices may rise in the future. The firm has struggled for years and may close within weeks. "
                + "It lost money in the fiscal year ended in June.";
        Extraction e = PIPELINE.extract(new Article("t", text, DocumentDate.given(TemporalValue.ofYear(2000))));
        assertEquals(List.of("the future", "years", "weeks", "the fiscal year", "June"),
                e.timexes().stream().map(TimeExpression::text).toList());
        assertEquals(List.of("FUTURE_REF", "PXY", "PXW", "P1Y"),
                e.timexes().stream().limit(4).map(TimeExpression::value).toList());
    }
}
