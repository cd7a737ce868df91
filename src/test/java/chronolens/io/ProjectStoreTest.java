package chronolens.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chronolens.model.Annotations;
import chronolens.model.Article;
import chronolens.model.Derivation;
import chronolens.model.DocumentDate;
import chronolens.model.DocumentType;
import chronolens.model.Event;
import chronolens.model.Extraction;
import chronolens.model.Project;
import chronolens.model.Sentence;
import chronolens.model.Span;
import chronolens.model.TemporalValue;
import chronolens.model.TimeExpression;
import chronolens.model.TimexType;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProjectStoreTest {
    private static final String TEXT = "Rome burned in 64. Nero blamed others. It lasted six days.";

    @TempDir
    Path dir;

    static Project sample() {
        TemporalValue y64 = TemporalValue.ofYear(64);
        Derivation d = Derivation.of("date.year", "in 64", "the year AD 64").then("anchor.none", "", "explicit");
        List<TimeExpression> timexes = List.of(
                new TimeExpression(15, 17, "64", TimexType.DATE, "0064", y64, d),
                new TimeExpression(49, 57, "six days", TimexType.DURATION, "P6D", null, Derivation.none()));
        List<Event> events = List.of(
                new Event("e1", "Rome burns", y64.asApproximate(), new Span(0, 18), 0, d, List.of("Rome"))
                        .toldAgainAt(new Span(39, 57)),
                new Event("e2", "Nero blames others", null, new Span(19, 38), -1, Derivation.none(), List.of("Nero")));
        DocumentDate inferred = new DocumentDate(TemporalValue.ofYear(2024), DocumentDate.Origin.INFERRED,
                "this year", 0.6);
        Extraction x = new Extraction(new Article("rome.txt", TEXT), inferred, DocumentType.NARRATIVE,
                List.of(new Sentence(0, 18), new Sentence(19, 38), new Sentence(39, 57)), timexes, events);
        Annotations notes = new Annotations(Map.of("e1", "Check Tacitus"), Map.of("e1", "disaster"), Set.of("e2"),
                Map.of("e1", List.of(events.get(0), events.get(1))));
        return new Project(x, notes, new Project.ViewState(-1000.5, 20000.25, "e1"));
    }

    @Test
    void roundTripKeepsEveryField() throws IOException {
        ProjectStore store = new ProjectStore();
        Path file = dir.resolve("rome" + ProjectStore.EXTENSION);
        store.save(sample(), file);
        ProjectStore.Loaded loaded = store.load(file);
        assertEquals(null, loaded.problem());
        assertEquals(sample(), loaded.project());
    }

    @Test
    void savingTheLoadedProjectAgainWritesTheSameJson() throws IOException {
        ProjectStore store = new ProjectStore();
        Path file = dir.resolve("a" + ProjectStore.EXTENSION);
        store.save(sample(), file);
        String first = Files.readString(file);
        store.save(store.load(file).project(), file);
        assertEquals(first, Files.readString(file));
        assertTrue(first.contains("\"format\": 1"), first);
    }

    @Test
    void aSaveThatFailsMidwayLeavesTheOldFileWholeAndNoLitter() throws IOException {
        Path file = dir.resolve("keep" + ProjectStore.EXTENSION);
        new ProjectStore().save(sample(), file);
        byte[] before = Files.readAllBytes(file);
        ProjectStore failing = new ProjectStore(out -> new FilterOutputStream(out) {
            private int written;

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                int half = Math.min(len, 100 - written);
                out.write(b, off, Math.max(half, 0));
                written += len;
                if (written > 100) {
                    throw new IOException("No space left on device");
                }
            }
        });
        Project changed = new Project(sample().extraction(), null, new Project.ViewState(0, 1, null));
        IOException e = assertThrows(IOException.class, () -> failing.save(changed, file));
        assertEquals("No space left on device", e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty        | ''                                  | p.json is empty
            truncated    | '{"format": 1, "article": {"name"'  | p.json is damaged or cut short
            not a project| '[1, 2, 3]'                         | p.json is not a Chronolens project
            no format    | '{"article": {}}'                   | p.json is not a Chronolens project
            newer        | '{"format": 7}'                     | p.json was saved by a newer Chronolens (format 7)
            no text      | '{"format": 1}'                     | p.json is damaged: it has no article text
            no title     | '{"format": 1, "article": {"text": "abc"}, "events": [{"begin": 2, "end": 9}]}' \
                         | p.json is damaged: an event has no id or title
            bad offsets  | '{"format": 1, "article": {"text": "abc"}, "events": [{"id":"e", "title":"t", "end":9}]}' \
                         | p.json is damaged: an event is out of the text
            bad mention  | '{"format": 1, "article": {"text": "abc"}, "events": [{"id":"e", "title":"t", "end":2, \
                           "timex": -1, "mentions": [[0, 2], [1, 7]]}]}' \
                         | p.json is damaged: an event's mention is out of the text
            """)
    void badFilesGiveAMessageAndAreLeftAlone(String what, String json, String message) throws IOException {
        Path file = Files.writeString(dir.resolve("p.json"), json);
        ProjectStore.Loaded loaded = new ProjectStore().load(file);
        assertEquals(null, loaded.project());
        assertTrue(loaded.problem().startsWith(message), loaded.problem());
        assertEquals(json, Files.readString(file));
    }

    @Test
    void anEventSavedBeforeMentionsWereKeptIsToldOnceAtItsSource() throws IOException {
        Path file = Files.writeString(dir.resolve("old.json"), "{\"format\": 1, \"article\": {\"text\": \"abcdef\"}, "
                + "\"events\": [{\"id\": \"e1\", \"title\": \"t\", \"begin\": 1, \"end\": 4, \"timex\": -1}]}");
        ProjectStore.Loaded loaded = new ProjectStore().load(file);
        assertEquals(null, loaded.problem());
        assertEquals(List.of(new Span(1, 4)), loaded.project().extraction().events().get(0).mentions());
    }

    @Test
    void binaryFileIsNotAProject() throws IOException {
        Path file = Files.write(dir.resolve("x.json"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        assertTrue(new ProjectStore().load(file).problem().startsWith("x.json is"),
                new ProjectStore().load(file).problem());
    }

    @Test
    void missingFileSaysSo() {
        assertTrue(new ProjectStore().load(dir.resolve("gone.json")).problem().startsWith("no such file"));
    }

    @Test
    void unicodeSurvives() throws IOException {
        Path file = dir.resolve("u.json");
        Project p = sample();
        new ProjectStore().save(p, file);
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("Rome burned"));
    }
}
