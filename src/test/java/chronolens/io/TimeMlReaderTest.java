package chronolens.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import chronolens.model.TimeExpression;
import chronolens.model.TimexType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TimeMlReaderTest {
    private final TimeMlReader reader = new TimeMlReader();

    @Test
    void annotationOffsetsPointIntoThePlainText() throws MalformedTimeMlException {
        TimeMlDocument doc = reader.read("d", """
                <TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2000-01-02">Jan 2</TIMEX3></DCT><TEXT>
                On <TIMEX3 tid="t1" type="DATE" value="1999-12-31">New Year&apos;s Eve</TIMEX3> the \
                <EVENT eid="e1">party</EVENT> ran for \
                <TIMEX3 tid="t2" type="DURATION" value="PT5H">five hours</TIMEX3>.</TEXT></TimeML>""");
        assertEquals("\nOn New Year's Eve the party ran for five hours.", doc.text());
        assertEquals("2000-01-02", doc.dct());
        List<String> covered = doc.timexes().stream().map(t -> doc.text().substring(t.begin(), t.end())).toList();
        assertEquals(List.of("New Year's Eve", "five hours"), covered);
        assertEquals(TimexType.DURATION, doc.timexes().get(1).type());
        assertEquals("PT5H", doc.timexes().get(1).value());
    }

    @Test
    void unbalancedTimexIsReportedWithTheFileName() {
        MalformedTimeMlException e = assertThrows(MalformedTimeMlException.class,
                () -> reader.read("bad.tml", "<TimeML><TEXT>a</TIMEX3></TEXT></TimeML>"));
        assertEquals("bad.tml: </TIMEX3> without an opening tag", e.getMessage());
    }

    @Test
    void everyTimeBankAnnotationCoversItsText() throws IOException, MalformedTimeMlException {
        Path folder = Path.of(System.getProperty("chronolens.shared", "../shared"), "corpora/tempeval3/train/TimeBank");
        assumeTrue(Files.isDirectory(folder), "the shared TempEval-3 corpus is not here");
        int count = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".tml")).toList()) {
                TimeMlDocument doc = reader.read(f.getFileName().toString(), Files.readString(f));
                for (TimeExpression t : doc.timexes()) {
                    assertEquals(t.text(), doc.text().substring(t.begin(), t.end()), f.toString());
                    count++;
                }
            }
        }
        assertEquals(1243, count, "TimeBank holds 1,243 TIMEX3 in its TEXT elements");
    }
}
