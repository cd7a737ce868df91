package chronolens.timeline;

import chronolens.io.CsvExport;
import chronolens.model.Article;
import chronolens.model.DocumentDate;
import chronolens.model.DocumentType;
import chronolens.model.Event;
import chronolens.model.Extraction;
import chronolens.model.Span;
import chronolens.model.TemporalValue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Events for timeline tests and screenshots. */
public final class TimelineFixtures {
    private TimelineFixtures() {
    }

    static Event event(String id, String title, TemporalValue when) {
        return new Event(id, title, when, null, -1, null, List.of());
    }

    static Event day(String id, String title, int year, int month, int day) {
        return event(id, title, TemporalValue.ofDay(LocalDate.of(year, month, day)));
    }

    /** A handful of twentieth-century events far enough apart to share lane 0 at 1930–1980 over 800 px. */
    static List<Event> twentiethCentury() {
        return List.of(
                day("a", "Treaty signed", 1935, 3, 1),
                event("b", "War years", TemporalValue.parse("1939/1945").orElseThrow()),
                day("c", "Republic proclaimed", 1949, 10, 1),
                event("d", "Founding", TemporalValue.ofYear(1957).asApproximate()),
                day("e", "Moon landing", 1969, 7, 20));
    }

    /** {@code n} events over 3000 years, points and ranges mixed, the same for the same seed. */
    public static List<Event> many(int n, long seed) {
        Random random = new Random(seed);
        List<Event> events = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int year = -1000 + random.nextInt(3000);
            TemporalValue when = switch (i % 4) {
                case 0 -> TemporalValue.ofYear(year);
                case 1 -> TemporalValue.ofDay(LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28)));
                case 2 -> TemporalValue.spanning(TemporalValue.ofYear(year),
                        TemporalValue.ofYear(year + 1 + random.nextInt(40)));
                default -> TemporalValue.ofMonth(year, 1 + random.nextInt(12)).asApproximate();
            };
            events.add(event("e" + i, "Event number " + i + (i % 7 == 0 ? " with a rather long title indeed" : ""),
                    when));
        }
        return events;
    }

    /** {@link #many} as a TimelineJS sheet (CSV), the way a teacher would bring a big timeline into the app. */
    public static String sheet(int n, long seed) {
        List<Event> events = many(n, seed).stream()
                .map(e -> new Event(e.id(), e.title(), e.when(), new Span(0, 0), -1, null, List.of())).toList();
        Extraction x = new Extraction(new Article("many", ""), DocumentDate.none(), DocumentType.NARRATIVE,
                List.of(), List.of(), events);
        return new CsvExport().write(x, events);
    }

    /** Writes a sheet of {@code args[1]} (default 100,000) events to {@code args[0]}, to open in the app. */
    public static void main(String[] args) throws IOException {
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Files.writeString(Path.of(args[0]), sheet(n, 20_260_529L));
    }
}
