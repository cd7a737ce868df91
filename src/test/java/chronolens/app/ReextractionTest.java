package chronolens.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import chronolens.model.Annotations;
import chronolens.model.Derivation;
import chronolens.model.Event;
import chronolens.model.Span;
import chronolens.model.TemporalValue;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReextractionTest {
    private static Event event(String id, String title, int year, int begin, int end, int timex) {
        return new Event(id, title, TemporalValue.ofYear(year), new Span(begin, end), timex, Derivation.none(),
                List.of());
    }

    @Test
    void theStudentsWorkSurvivesAFreshExtraction() {
        Event visit = event("e1", "Visit begins", 2024, 0, 40, -1);
        Event pact = event("e2", "Pact signed", 2022, 41, 80, 0);
        Event editedPact = event("e2", "No-limits pact signed", 2022, 41, 80, 0);
        Event added = event("u9", "Census", 1950, 81, 90, -1);
        TimelineEditor.State old = new TimelineEditor.State(List.of(visit, editedPact, added),
                new Annotations(Map.of("e1", "check the month"), Map.of("e2", "diplomacy"), Set.of("e2", "u9"),
                        Map.of()));
        // Extracted again with a corrected article date: the visit moves to 2023, ids come out renumbered.
        List<Event> fresh = List.of(event("e1", "Pact signed", 2022, 41, 80, 0),
                event("e2", "Visit begins", 2023, 0, 40, -1),
                event("e3", "Talks resume", 2023, 91, 120, -1));
        TimelineEditor.State now = Reextraction.carryOver(old, fresh);
        assertEquals(List.of("e2", "e1", "e3", "u9"), now.events().stream().map(Event::id).toList());
        assertEquals("No-limits pact signed", now.find("e2").orElseThrow().title(), "the student's title stays");
        assertEquals("2023", now.find("e1").orElseThrow().when().timex(), "an unedited event takes the new date");
        assertEquals("check the month", now.annotations().note("e1"));
        assertEquals("diplomacy", now.annotations().category("e2"));
        assertEquals(Set.of("e2", "u9"), now.annotations().edited());
    }

    @Test
    void notesOfEventsNoLongerFoundAreDropped() {
        Event gone = event("e1", "Old", 1900, 0, 10, -1);
        TimelineEditor.State old = new TimelineEditor.State(List.of(gone),
                new Annotations(Map.of("e1", "a note"), Map.of(), Set.of(), Map.of()));
        TimelineEditor.State now = Reextraction.carryOver(old, List.of(event("e1", "New", 2000, 20, 30, -1)));
        assertEquals(List.of("x1"), now.events().stream().map(Event::id).toList(), "a new event gets a new id");
        assertEquals(Map.of(), now.annotations().notes());
    }
}
