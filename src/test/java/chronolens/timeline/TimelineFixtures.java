package chronolens.timeline;

import chronolens.model.Event;
import chronolens.model.TemporalValue;

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
}
