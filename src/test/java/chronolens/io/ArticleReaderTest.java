package chronolens.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chronolens.model.DocumentDate;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleReaderTest {
    private final ArticleReader reader = new ArticleReader();

    @TempDir
    Path dir;

    @Test
    void readsPlainUtf8() throws IOException {
        Path f = write("a.txt", "Signed on 4 May 1921 in Zürich.".getBytes(StandardCharsets.UTF_8));
        ReadResult r = reader.read(f);
        assertEquals("Signed on 4 May 1921 in Zürich.", r.article().text());
        assertEquals("a.txt", r.article().name());
        assertEquals(DocumentDate.Origin.NONE, r.article().date().origin());
    }

    @Test
    void dropsTheUtf8ByteOrderMark() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "In 1949.".getBytes(StandardCharsets.UTF_8));
        assertEquals("In 1949.", reader.read("bom.txt", bytes).article().text());
    }

    @Test
    void readsUtf16WithEitherByteOrderMark() {
        String text = "Rome was founded in 753 BC — so they say.";
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
        assertEquals(text, reader.read("le.txt", le).article().text());
        assertEquals(text, reader.read("be.txt", be).article().text());
    }

    @Test
    void fallsBackToWindows1252WhenNotUtf8() {
        String text = "Caf\u00e9 opened \u201cin 1920\u201d \u2013 or so.";
        byte[] bytes = text.getBytes(Charset.forName("windows-1252"));
        assertEquals(text, reader.read("old.txt", bytes).article().text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            PDF     | 25 50 44 46 2D 31 2E 34 0A | a PDF document
            PNG     | 89 50 4E 47 0D 0A 1A 0A    | a PNG image
            JPEG    | FF D8 FF E0 00 10          | a JPEG image
            ZIP     | 50 4B 03 04 14 00          | a ZIP archive
            NUL     | 48 65 6C 00 6C 6F          | a binary file
            """)
    void refusesBinaryFilesWithTheirKind(String name, String hex, String kind) {
        ReadResult r = reader.read(name + ".txt", bytes(hex));
        assertFalse(r.isOk());
        assertTrue(r.problem().contains("not text") && r.problem().contains(kind), r.problem());
    }

    @Test
    void emptyAndBlankFilesSaySo() {
        assertEquals("e.txt is empty", reader.read("e.txt", new byte[0]).problem());
        assertEquals("b.txt holds no text, only white space", reader.read("b.txt", " \n\t ".getBytes()).problem());
    }

    @Test
    void missingFileAndFolderSaySo() {
        assertTrue(reader.read(dir.resolve("nope.txt")).problem().startsWith("no such file"));
        assertTrue(reader.read(dir).problem().endsWith("is a folder, not an article"));
    }

    @Test
    void refusesFilesOverTheLimitWithoutReadingThem() throws IOException {
        Path f = write("big.txt", "x".repeat(2000).getBytes(StandardCharsets.UTF_8));
        ReadResult r = new ArticleReader(1000).read(f);
        assertEquals("big.txt is too large (2,000 bytes); the limit is 1,000 bytes", r.problem());
    }

    @Test
    void timeMlGivesItsTextAndCreationTime() {
        String tml = """
                <?xml version="1.0" ?>
                <TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-27" functionInDocument="CREATION_TIME">\
                02/27/1998</TIMEX3></DCT>
                <TEXT>Sales rose <TIMEX3 tid="t1" type="DATE" value="1997">last year</TIMEX3> &amp; more.</TEXT>
                </TimeML>""";
        ReadResult r = reader.read("a.tml", tml.getBytes(StandardCharsets.UTF_8));
        assertEquals("Sales rose last year & more.", r.article().text());
        assertEquals("1998-02-27", r.article().date().value().timex());
        assertEquals(DocumentDate.Origin.FILE, r.article().date().origin());
    }

    @Test
    void timeMlWithoutTextSaysItIsNotTimeMl() {
        ReadResult r = reader.read("x.tml", "<TimeML>nothing</TimeML>".getBytes(StandardCharsets.UTF_8));
        assertEquals("x.tml: not TimeML (no <TEXT> element)", r.problem());
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] bytes(String hex) {
        String[] parts = hex.trim().split("\\s+");
        byte[] b = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            b[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        return b;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = new byte[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
