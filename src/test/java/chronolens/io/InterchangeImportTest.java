package chronolens.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chronolens.model.Annotations;
import chronolens.model.Article;
import chronolens.model.Derivation;
import chronolens.model.DocumentDate;
import chronolens.model.DocumentType;
import chronolens.model.Event;
import chronolens.model.Extraction;
import chronolens.model.Granularity;
import chronolens.model.Project;
import chronolens.model.Span;
import chronolens.model.TemporalValue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InterchangeImportTest {
    private static final String TEXT = "Ancient and modern\nRome fell, they say. The wall \"came down\", in 1989.";

    @TempDir
    Path dir;

    /** What must survive a trip out and back: title, value, approximate flag, category. */
    private record Kept(String title, String timex, String label, double start, double end, boolean approximate,
                        String category) {
        static List<Kept> of(Project p) {
            return p.extraction().events().stream().map(e -> new Kept(e.title(), e.when().timex(), e.when().label(),
                    e.when().start(), e.when().end(), e.when().approximate(),
                    p.annotations().category(e.id()))).toList();
        }
    }

    private static Project sample() {
        List<TemporalValue> values = List.of(
                TemporalValue.ofDay(LocalDate.of(1989, 11, 9)),
                TemporalValue.ofMonth(2022, 2),
                TemporalValue.ofYear(1949),
                TemporalValue.parse("BC0221").orElseThrow(),
                TemporalValue.ofYear(0),
                TemporalValue.ofDecade(1960),
                TemporalValue.parse("1914/1918").orElseThrow(),
                TemporalValue.parse("1989-11-09/1989-11-10").orElseThrow(),
                TemporalValue.ofYear(1200).asApproximate(),
                TemporalValue.ofCentury(19, false),
                TemporalValue.ofSeason(2024, TemporalValue.Season.SU),
                TemporalValue.yearsAgo(1_500),
                TemporalValue.yearsAgo(12_000),
                TemporalValue.yearsAgo(300_000),
                TemporalValue.yearsAgo(66e6),
                TemporalValue.yearsAgo(13.8e9));
        List<Event> events = new java.util.ArrayList<>();
        Map<String, String> categories = new java.util.HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            String id = "e" + (i + 1);
            events.add(new Event(id, "Event, \"number\" " + (i + 1), values.get(i), new Span(19, 39), -1,
                    Derivation.none(), List.of()));
            if (i % 2 == 0) {
                categories.put(id, i % 4 == 0 ? "Politics" : "Science, and art");
            }
        }
        Extraction x = new Extraction(new Article("rome.txt", TEXT), DocumentDate.none(), DocumentType.NARRATIVE,
                List.of(), List.of(), events);
        return new Project(x, new Annotations(Map.of(), categories, Set.of(), Map.of()), Project.ViewState.none());
    }

    private static Project ok(ImportResult r) {
        assertTrue(r.isOk(), r.problem());
        return r.project();
    }

    @Test
    void timelineJsRoundTripKeepsTitleValueApproximationAndCategory() {
        Project p = sample();
        Extraction x = p.extraction();
        String json = new TimelineJs().write(x, x.events(), p.annotations());
        assertEquals(Kept.of(p), Kept.of(ok(new TimelineJsImport().fromJson("t.json", json))));
    }

    @Test
    void csvRoundTripKeepsTitleValueApproximationAndCategory() {
        Project p = sample();
        Extraction x = p.extraction();
        String csv = new CsvExport().write(x, x.events(), p.annotations());
        assertEquals(Kept.of(p), Kept.of(ok(new CsvImport().fromCsv("t.csv", csv))));
    }

    @Test
    void timelineJsRoundTripKeepsTheArticleHeadlineAndSlideTextAsSource() {
        Project p = sample();
        Extraction x = p.extraction();
        Project back = ok(new TimelineJsImport().fromJson("t.json", new TimelineJs().write(x, x.events())));
        Article article = back.extraction().article();
        assertEquals("Ancient and modern", article.headline());
        Event first = back.extraction().events().get(0);
        assertEquals("Rome fell, they say.", first.source().of(article.text()));
        assertEquals(new TimelineJs().write(x, x.events()).replace("rome.txt", "t.json"),
                new TimelineJs().write(back.extraction(), back.extraction().events()));
    }

    @Test
    void timesRoundTripThroughTimelineJs() {
        LocalDateTime t = LocalDateTime.of(2024, 5, 16, 20, 17);
        Project p = new Project(new Extraction(new Article("a", TEXT), DocumentDate.none(), DocumentType.NEWS,
                List.of(), List.of(), List.of(
                new Event("a", "Minute", TemporalValue.ofTime(t, Granularity.MINUTE), new Span(0, 4), -1,
                        Derivation.none(), List.of()),
                new Event("b", "Hour", TemporalValue.ofTime(t, Granularity.HOUR), new Span(0, 4), -1,
                        Derivation.none(), List.of()))));
        Extraction x = p.extraction();
        Project back = ok(new TimelineJsImport().fromJson("t.json", new TimelineJs().write(x, x.events())));
        assertEquals(List.of("2024-05-16T20:17", "2024-05-16T20"),
                back.extraction().events().stream().map(e -> e.when().timex()).toList());
    }

    @Test
    void slidesAsOtherToolsWriteThemAreRead() {
        String json = """
                {"title": {"text": {"headline": "The <b>Qin</b>", "text": "<p>Unification</p>"}},
                 "events": [
                   {"start_date": {"year": "-221", "display_date": "circa 221 BC"},
                    "text": {"headline": "Qin <i>unifies</i> China", "text": "<p>The first emperor.</p>"},
                    "group": "Dynasties"},
                   {"start_date": {"year": 1949, "month": "10", "day": "1", "hour": ""},
                    "end_date": {"year": ""}, "text": {"headline": "PRC"}, "unique_id": "prc"},
                   {"start_date": {"year": -13800000000}, "text": {"headline": "Big Bang"}}
                 ]}""";
        Project p = ok(new TimelineJsImport().fromJson("qin.json", json));
        List<Event> events = p.extraction().events();
        assertEquals(List.of("t1", "prc", "t3"), events.stream().map(Event::id).toList());
        assertEquals(List.of("Qin unifies China", "PRC", "Big Bang"), events.stream().map(Event::title).toList());
        assertEquals(List.of(TemporalValue.ofYear(-220).asApproximate(), TemporalValue.ofDay(LocalDate.of(1949, 10, 1)),
                TemporalValue.yearsAgo(13.8e9)), events.stream().map(Event::when).toList());
        assertEquals(Map.of("t1", "Dynasties"), p.annotations().categories());
        String text = p.extraction().article().text();
        assertEquals("The Qin\nUnification\n\nQin unifies China\nThe first emperor.\n\nPRC\n\nBig Bang", text);
        assertEquals("The first emperor.", events.get(0).source().of(text));
        assertEquals(Derivation.of("import.timelinejs", "start_date year 1949, month 10, day 1",
                "read from a TimelineJS file"), events.get(1).derivation());
    }

    @Test
    void cosmologicalYearsAreDeepTimeCountedAsAHandMadeFileMeansThem() {
        String json = """
                {"scale": "cosmological", "events": [
                  {"start_date": {"year": -66000000}}, {"start_date": {"year": -65998001}},
                  {"start_date": {"year": -250000}}]}""";
        Project p = ok(new TimelineJsImport().fromJson("t.json", json));
        assertEquals(List.of(TemporalValue.yearsAgo(66e6), TemporalValue.yearsAgo(66e6),
                TemporalValue.ofYear(-249_999)), p.extraction().events().stream().map(Event::when).toList());
    }

    @Test
    void csvCellsWithCommasQuotesAndLineBreaksAreRead() {
        String csv = "\ufeffheadline,YEAR,month,Extra,Group,type,Display Date\n"
                + "Title row,,,,,title,\n"
                + "\"Wall \"\"falls\"\", at last\",1989,11,x,\"Cold\r\nWar\",,\n"
                + "\n"
                + "Founding,-753,,,,,c. 753 BC";
        Project p = ok(new CsvImport().fromCsv("t.csv", csv));
        List<Event> events = p.extraction().events();
        assertEquals(List.of("Wall \"falls\", at last", "Founding"), events.stream().map(Event::title).toList());
        assertEquals(List.of(TemporalValue.ofMonth(1989, 11), TemporalValue.ofYear(-752).asApproximate()),
                events.stream().map(Event::when).toList());
        assertEquals(Map.of("t1", "Cold\r\nWar"), p.annotations().categories());
        assertEquals("Title row", p.extraction().article().headline());
    }

    @Test
    void csvRecordsFollowRfc4180() {
        assertEquals(List.of(List.of("a", "b,c", ""), List.of("d\"e", "f\ng"), List.of("h")),
                CsvImport.records("a,\"b,c\",\r\n\"d\"\"e\",\"f\ng\"\rh"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ''                                            | t is empty
            '[1, 2, 3]'                                   | t is not a TimelineJS file: it is not a JSON object
            '{"name": "x", "items": []}'                  | t is not a TimelineJS file: no events list
            '{"events":[{"start_date":{"year":1}},{"start_date":{"year":2}},{}]}' | t: slide 3 has no start_date
            '{"events":[{"start_date":{"month":5}}]}'     | t: slide 1 has no start_date year
            '{"events":[{"start_date":{"year":"soon"}}]}' | t: slide 1 start_date year is not a whole number: "soon"
            '{"events":[7]}'                              | t: slide 1 is not a slide (a JSON object)
            """)
    void badTimelineJsGivesAProblemAPersonCanActOn(String json, String problem) {
        assertEquals(ImportResult.problem(problem), new TimelineJsImport().fromJson("t", json));
    }

    @Test
    void datesNoCalendarHasAndChronolensProjectsAreNamedAsSuch() {
        TimelineJsImport in = new TimelineJsImport();
        assertEquals(List.of(
                        ImportResult.problem("t: slide 1 has no such date (Invalid date 'FEBRUARY 31')"),
                        ImportResult.problem("t: slide 1 has no such date (Invalid value for MonthOfYear"
                                + " (valid values 1 - 12): 13)"),
                        ImportResult.problem("t is a Chronolens project, not a TimelineJS file; open it as a project")),
                List.of(in.fromJson("t", "{\"events\":[{\"start_date\":{\"year\":2023,\"month\":2,\"day\":31}}]}"),
                        in.fromJson("t", "{\"events\":[{\"start_date\":{\"year\":2023,\"month\":13}}]}"),
                        in.fromJson("t", "{\"format\":1,\"app\":\"chronolens\",\"events\":[]}")));
    }

    @Test
    void truncatedTimelineJsIsCalledDamaged() {
        ImportResult r = new TimelineJsImport().fromJson("t.json", "{\"events\": [{\"start_date\": {\"year\": 19");
        assertTrue(!r.isOk() && r.problem().startsWith("t.json is damaged or cut short ("), r.problem());
    }

    @Test
    void deeplyNestedJsonIsCalledDamagedInOneShortLine() {
        ImportResult r = new TimelineJsImport().fromJson("t.json", "[".repeat(5000) + "]".repeat(5000));
        assertEquals(ImportResult.problem("t.json is damaged or cut short (Nesting limit 255 reached at line 1"
                + " column 257)"), r);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ''                                       | t is empty
            'Year,Headline\n1989,ok\nabout 1990,bad' | t: row 3 has a Year that is not a number: "about 1990"
            'Year,Headline\n,no year'                | t: row 2 has no Year
            'Year,Month\n1989,Nov'                   | t: row 2 has a Month that is not a number: "Nov"
            'Year,Time\n1989,noon' | t: row 2 has a Time that is not a time of day: "noon" (expected e.g. 20:17)
            'Year,Day\n2023,1\n2023,x1' | t: row 3 has a Day that is not a number: "x1"
            'Year,Headline\n1989,"open' | t: row 2 has a quoted cell that never ends (a closing " is missing)
            """)
    void badCsvGivesAProblemAPersonCanActOn(String csv, String problem) {
        assertEquals(ImportResult.problem(problem), new CsvImport().fromCsv("t", csv.replace("\\n", "\n")));
    }

    @Test
    void csvWithoutAHeaderRowSaysTheHeaderIsRequired() {
        ImportResult r = new CsvImport().fromCsv("t.csv", "1989,11,9,Wall falls\n");
        assertTrue(!r.isOk() && r.problem().startsWith("t.csv has no header row: the first row must name the columns"),
                r.problem());
    }

    @Test
    void binaryFilesAreNotReadAsTimelines() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        Path json = Files.write(dir.resolve("x.json"), png);
        Path csv = Files.write(dir.resolve("x.csv"), png);
        Function<ImportResult, String> problem = ImportResult::problem;
        assertEquals(List.of("x.json is not text: looks like a PNG image", "x.csv is not text: looks like a PNG image"),
                List.of(problem.apply(new TimelineJsImport().read(json)), problem.apply(new CsvImport().read(csv))));
    }

    @Test
    void missingFileIsAProblemNotAnException() {
        Path missing = dir.resolve("none.json");
        assertEquals(ImportResult.problem("no such file: " + missing), new TimelineJsImport().read(missing));
    }

    @Test
    void utf8FileIsReadFromDisk() throws Exception {
        Path csv = Files.write(dir.resolve("t.csv"),
                "Year,Headline\n1848,R\u00e9volution\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("R\u00e9volution"), ok(new CsvImport().read(csv)).extraction().events().stream()
                .map(Event::title).toList());
    }
}
