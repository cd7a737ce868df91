package chronolens.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chronolens.model.Article;
import chronolens.model.Derivation;
import chronolens.model.DocumentDate;
import chronolens.model.DocumentType;
import chronolens.model.Event;
import chronolens.model.Extraction;
import chronolens.model.Span;
import chronolens.model.TemporalValue;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterchangeExportTest {
    private static final String TEXT = "Ancient and modern\nRome fell, they say. The wall \"came down\", in 1989.";

    private static Event event(String id, String title, TemporalValue when) {
        return new Event(id, title, when, new Span(19, 39), -1, Derivation.none(), List.of());
    }

    private static Extraction sample(Event... events) {
        return new Extraction(new Article("rome.txt", TEXT), DocumentDate.none(), DocumentType.NARRATIVE,
                List.of(), List.of(), List.of(events));
    }

    @Test
    void timelineJsDatesAreOnlyAsPreciseAsTheEvent() {
        Extraction x = sample(
                event("e1", "Wall falls", TemporalValue.ofDay(LocalDate.of(1989, 11, 9))),
                event("e2", "Pact", TemporalValue.ofMonth(2022, 2)),
                event("e3", "Republic", TemporalValue.ofYear(1949).asApproximate()),
                event("e4", "Rome founded", TemporalValue.parse("BC0753").orElseThrow()));
        JsonObject root = JsonParser.parseString(new TimelineJs().write(x, x.events())).getAsJsonObject();
        assertEquals("Ancient and modern", root.getAsJsonObject("title").getAsJsonObject("text")
                .get("headline").getAsString());
        JsonArray slides = root.getAsJsonArray("events");
        assertEquals("{\"year\":1989,\"month\":11,\"day\":9}",
                slides.get(0).getAsJsonObject().get("start_date").toString());
        assertEquals("{\"year\":2022,\"month\":2}", slides.get(1).getAsJsonObject().get("start_date").toString());
        assertFalse(slides.get(1).getAsJsonObject().has("end_date"), "a month needs no end");
        JsonObject republic = slides.get(2).getAsJsonObject();
        assertEquals("{\"year\":1949}", republic.get("start_date").toString());
        assertFalse(republic.has("end_date"));
        assertEquals("c. 1949", republic.get("display_date").getAsString());
        JsonObject rome = slides.get(3).getAsJsonObject();
        assertEquals(-753, rome.getAsJsonObject("start_date").get("year").getAsInt());
        assertEquals("753 BC", rome.get("display_date").getAsString());
        assertEquals("Rome fell, they say.", rome.getAsJsonObject("text").get("text").getAsString());
        assertEquals("human", root.get("scale").getAsString());
    }

    @Test
    void longRangesBecomeErasAndDeepTimeIsCosmological() {
        Extraction x = sample(event("e1", "Sixties", TemporalValue.ofDecade(1960)),
                event("e2", "Dinosaurs die out", TemporalValue.yearsAgo(66e6)));
        JsonObject root = JsonParser.parseString(new TimelineJs().write(x, x.events())).getAsJsonObject();
        JsonObject era = root.getAsJsonArray("eras").get(0).getAsJsonObject();
        assertEquals("{\"year\":1960}", era.get("start_date").toString());
        assertEquals("{\"year\":1969}", era.get("end_date").toString());
        assertEquals("the 1960s", era.getAsJsonObject("text").get("headline").getAsString());
        assertEquals("cosmological", root.get("scale").getAsString());
    }

    @Test
    void csvUsesTheTimelineJsColumnsAndQuotesWhereNeeded() {
        Extraction x = sample(event("e1", "Wall \"falls\", at last", TemporalValue.ofDay(LocalDate.of(1989, 11, 9))),
                event("e2", "Undated", null));
        List<String> lines = new CsvExport().write(x, x.events()).lines().toList();
        assertEquals(String.join(",", CsvExport.COLUMNS), lines.get(0));
        assertEquals("1989,11,9,,,,,,9 November 1989,\"Wall \"\"falls\"\", at last\",\"Rome fell, they say.\",,,,,,,",
                lines.get(1));
        assertEquals(2, lines.size(), "undated events are left out");
    }

    @Test
    void csvYearZeroIsOneBc() {
        Extraction x = sample(event("e1", "Census", TemporalValue.ofYear(0)));
        assertEquals("-1,,,,,,,,1 BC,Census", String.join(",",
                List.of(new CsvExport().write(x, x.events()).lines().toList().get(1).split(",")).subList(0, 10)));
    }

    /**
     * The export keeps to TimelineJS's documented JSON format (timeline.knightlab.com/docs/json-format.html):
     * an events list of slides, each with a start_date whose year is a number and whose month, day, hour and
     * minute, when present, are in range; text with a headline; optional end_date, display_date, group and
     * unique_id; eras with start and end dates; scale "human" or "cosmological"; nothing else.
     */
    @Test
    void timelineJsExportKeepsToTheDocumentedFormat() {
        Extraction x = sample(
                event("e1", "Wall falls", TemporalValue.ofDay(LocalDate.of(1989, 11, 9))),
                event("e2", "Moon landing", TemporalValue.ofTime(java.time.LocalDateTime.of(1969, 7, 20, 20, 17),
                        chronolens.model.Granularity.MINUTE)),
                event("e3", "Sixties", TemporalValue.ofDecade(1960)),
                event("e4", "Rome founded", TemporalValue.parse("BC0753").orElseThrow()),
                event("e5", "Dinosaurs die out", TemporalValue.yearsAgo(66e6)));
        JsonObject root = JsonParser.parseString(new TimelineJs().write(x, x.events())).getAsJsonObject();
        assertKeys(root, List.of("title", "events", "eras", "scale"));
        assertTrue(List.of("human", "cosmological").contains(root.get("scale").getAsString()));
        assertKeys(root.getAsJsonObject("title"), List.of("text"));
        for (var e : root.getAsJsonArray("events")) {
            JsonObject slide = e.getAsJsonObject();
            assertKeys(slide, List.of("start_date", "end_date", "text", "display_date", "group", "unique_id"));
            assertDate(slide.getAsJsonObject("start_date"));
            if (slide.has("end_date")) {
                assertDate(slide.getAsJsonObject("end_date"));
            }
            assertKeys(slide.getAsJsonObject("text"), List.of("headline", "text"));
            assertFalse(slide.getAsJsonObject("text").get("headline").getAsString().isBlank());
        }
        for (var e : root.getAsJsonArray("eras")) {
            JsonObject era = e.getAsJsonObject();
            assertKeys(era, List.of("start_date", "end_date", "text"));
            assertDate(era.getAsJsonObject("start_date"));
            assertDate(era.getAsJsonObject("end_date"));
        }
    }

    private static void assertKeys(JsonObject o, List<String> allowed) {
        for (String key : o.keySet()) {
            assertTrue(allowed.contains(key), "unexpected member " + key + " in " + o);
        }
    }

    private static void assertDate(JsonObject d) {
        assertKeys(d, List.of("year", "month", "day", "hour", "minute", "second", "millisecond", "display_date"));
        assertTrue(d.get("year").getAsJsonPrimitive().isNumber(), "year is a number: " + d);
        assertTrue(d.get("year").getAsLong() != 0, "there is no year 0: " + d);
        checkRange(d, "month", 1, 12);
        checkRange(d, "day", 1, 31);
        checkRange(d, "hour", 0, 23);
        checkRange(d, "minute", 0, 59);
    }

    private static void checkRange(JsonObject d, String key, int min, int max) {
        if (d.has(key)) {
            int v = d.get(key).getAsInt();
            assertTrue(min <= v && v <= max, key + " out of range in " + d);
        }
    }
}
