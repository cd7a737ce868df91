package chronolens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    private int run(String... args) {
        return new ExportCommand(new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(args));
    }

    private Path article() throws IOException {
        return Files.writeString(dir.resolve("a.txt"), "The bridge opened in 1937. It was repainted in 1968.");
    }

    @Test
    void timelineJsExportHoldsTheArticlesEvents() throws IOException {
        Path out = dir.resolve("t.json");
        assertEquals(0, run("--format", "timelinejs", "--dct", "2020-01-01", article().toString(),
                "-o", out.toString()));
        var events = JsonParser.parseString(Files.readString(out)).getAsJsonObject().getAsJsonArray("events");
        assertTrue(events.toString().contains("\"year\":1937"), events.toString());
    }

    @Test
    void csvExportStartsWithTheTemplateHeader() throws IOException {
        Path out = dir.resolve("t.csv");
        assertEquals(0, run("--format", "csv", article().toString(), "-o", out.toString()));
        assertTrue(Files.readString(out).startsWith("Year,Month,Day,Time,End Year"));
    }

    @Test
    void exportingAProjectToProjectAgainYieldsTheSameJson() throws IOException {
        Path first = dir.resolve("one.chronolens.json");
        Path second = dir.resolve("two.chronolens.json");
        assertEquals(0, run("--format", "project", article().toString(), "-o", first.toString()));
        assertEquals(0, run("--format", "project", first.toString(), "-o", second.toString()));
        assertEquals(Files.readString(first), Files.readString(second));
    }

    @Test
    void badInputLeavesNoOutput() throws IOException {
        Path pdf = Files.write(dir.resolve("x.pdf"), "%PDF-1.5".getBytes(StandardCharsets.US_ASCII));
        Path out = dir.resolve("t.json");
        assertEquals(1, run("--format", "timelinejs", pdf.toString(), "-o", out.toString()));
        assertFalse(Files.exists(out));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("x.pdf is not text: looks like a PDF document"));
    }

    @Test
    void missingFormatOrOutputIsAUsageError() throws IOException {
        assertEquals(2, run(article().toString(), "-o", dir.resolve("t.json").toString()));
        assertEquals(2, run("--format", "csv", article().toString()));
        assertEquals(2, run("--format", "pdf", article().toString(), "-o", "x"));
    }

    @Test
    void aTimelineJsFileIsImportedAndExportedAsCsv() throws IOException {
        Path in = Files.writeString(dir.resolve("qin.json"), """
                {"title": {"text": {"headline": "Qin"}},
                 "events": [{"start_date": {"year": -221}, "display_date": "c. 221 BC",
                             "text": {"headline": "China unified"}, "group": "Dynasties"}]}""");
        Path out = dir.resolve("qin.csv");
        assertEquals(0, run("--format", "csv", in.toString(), "-o", out.toString()));
        assertEquals(List.of(String.join(",", List.of("Year", "Month", "Day", "Time", "End Year", "End Month",
                        "End Day", "End Time", "Display Date", "Headline", "Text", "Media", "Media Credit",
                        "Media Caption", "Media Thumbnail", "Type", "Group", "Background")),
                "-221,,,,,,,,c. 221 BC,China unified,China unified,,,,,,Dynasties,"),
                Files.readAllLines(out));
    }

    @Test
    void aCsvSpreadsheetIsImportedAndExportedAsTimelineJs() throws IOException {
        Path in = Files.writeString(dir.resolve("wall.csv"),
                "Year,Month,Day,Headline,Group\r\n1989,11,9,Wall falls,Cold War\r\n");
        Path out = dir.resolve("wall.json");
        assertEquals(0, run("--format", "timelinejs", in.toString(), "-o", out.toString()));
        var slide = JsonParser.parseString(Files.readString(out)).getAsJsonObject().getAsJsonArray("events")
                .get(0).getAsJsonObject();
        assertEquals("{\"year\":1989,\"month\":11,\"day\":9}", slide.get("start_date").toString());
        assertEquals("Cold War", slide.get("group").getAsString());
    }

    @Test
    void aBrokenTimelineJsFileSaysWhichSlideAndLeavesNoOutput() throws IOException {
        Path in = Files.writeString(dir.resolve("bad.json"), "{\"events\": [{\"start_date\": {\"month\": 5}}]}");
        Path out = dir.resolve("t.csv");
        assertEquals(1, run("--format", "csv", in.toString(), "-o", out.toString()));
        assertFalse(Files.exists(out));
        assertEquals("chronolens: bad.json: slide 1 has no start_date year",
                err.toString(StandardCharsets.UTF_8).strip());
    }
}
