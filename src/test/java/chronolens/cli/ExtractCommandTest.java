package chronolens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
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

class ExtractCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    private int run(String... args) {
        return new ExtractCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(args));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private Path article(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void givenDateIsReportedAsGiven() throws IOException {
        Path f = article("a.txt", "The treaty was signed in 1921 after long talks.");
        assertEquals(0, run("--dct", "2020-03-04", f.toString()));
        JsonObject o = JsonParser.parseString(out()).getAsJsonObject();
        assertEquals(f.toString(), o.get("file").getAsString());
        assertEquals("2020-03-04", o.getAsJsonObject("dct").get("value").getAsString());
        assertEquals("given", o.getAsJsonObject("dct").get("origin").getAsString());
        JsonObject timex = o.getAsJsonArray("timexes").get(0).getAsJsonObject();
        assertEquals("1921", timex.get("value").getAsString());
        String text = Files.readString(f);
        assertEquals(timex.get("text").getAsString(),
                text.substring(timex.get("begin").getAsInt(), timex.get("end").getAsInt()));
    }

    @Test
    void severalFilesPrintOneCompactLineEachInOrder() throws IOException {
        Path a = article("a.txt", "It opened in 1990.");
        Path b = article("b.txt", "It closed in 2001.");
        assertEquals(0, run(a.toString(), b.toString()));
        List<String> lines = out().lines().toList();
        assertEquals(2, lines.size());
        assertEquals(a.toString(), JsonParser.parseString(lines.get(0)).getAsJsonObject().get("file").getAsString());
        assertEquals(b.toString(), JsonParser.parseString(lines.get(1)).getAsJsonObject().get("file").getAsString());
    }

    @Test
    void jsonlPrintsOneLineForOneFile() throws IOException {
        Path a = article("a.txt", "It opened in 1990.");
        assertEquals(0, run("--jsonl", a.toString()));
        assertEquals(1, out().lines().count());
    }

    @Test
    void badDateFailsWithUsageAndPrintsNothing() throws IOException {
        Path a = article("a.txt", "It opened in 1990.");
        assertEquals(2, run("--dct", "2023-02-31", a.toString()));
        assertEquals("", out());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("not a date for --dct: 2023-02-31"));
    }

    @Test
    void anUnreadableFileAmongGoodOnesPrintsNothing() throws IOException {
        Path good = article("a.txt", "It opened in 1990.");
        Path pdf = Files.write(dir.resolve("b.pdf"), "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
        assertEquals(1, run(good.toString(), pdf.toString(), dir.resolve("missing.txt").toString()));
        assertEquals("", out());
        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.contains("b.pdf is not text: looks like a PDF document"), errors);
        assertTrue(errors.contains("no such file"), errors);
    }

    @Test
    void noFileAndUnknownOptionAreUsageErrors() {
        assertEquals(2, run());
        assertEquals(2, run("--frobnicate", "x.txt"));
        assertEquals("", out());
    }

    @Test
    void timeMlFileDateComesFromItsDct() throws IOException {
        Path f = article("d.tml", "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-02-27\">Feb 27</TIMEX3>"
                + "</DCT><TEXT>Prices fell in 1997.</TEXT></TimeML>");
        assertEquals(0, run(f.toString()));
        JsonObject dct = JsonParser.parseString(out()).getAsJsonObject().getAsJsonObject("dct");
        assertEquals("1998-02-27", dct.get("value").getAsString());
        assertEquals("file", dct.get("origin").getAsString());
    }
}
