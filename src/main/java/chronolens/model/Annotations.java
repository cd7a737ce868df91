package chronolens.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a student added to a timeline, by event id: notes, categories, which events they edited by hand, and
 * the events a merge combined (so it can be split again).
 */
public record Annotations(Map<String, String> notes, Map<String, String> categories, Set<String> edited,
                          Map<String, List<Event>> mergedFrom) {

    public Annotations {
        notes = Map.copyOf(notes);
        categories = Map.copyOf(categories);
        edited = Set.copyOf(edited);
        mergedFrom = Map.copyOf(mergedFrom);
    }

    public static Annotations none() {
        return new Annotations(Map.of(), Map.of(), Set.of(), Map.of());
    }

    public String note(String eventId) {
        return notes.getOrDefault(eventId, "");
    }

    public String category(String eventId) {
        return categories.getOrDefault(eventId, "");
    }

    public boolean isEdited(String eventId) {
        return edited.contains(eventId);
    }
}
