package chronolens.model;

import java.util.List;

/**
 * Something that happened at a date: a short title, when, the text it came from and how the date was found.
 *
 * @param when     the date or range, or null when the article gives none that can be anchored
 * @param source   the sentence or clause the event comes from
 * @param timex    index of the time expression that dates it in the extraction's list, or -1
 * @param entities people, places and organizations named in its sentence
 */
public record Event(String id, String title, TemporalValue when, Span source, int timex,
                    Derivation derivation, List<String> entities) {
    public Event {
        entities = List.copyOf(entities);
    }

    public boolean isDated() {
        return when != null && when.isAnchored();
    }
}
