package chronolens.model;

import java.util.List;

/**
 * Something that happened at a date: a short title, when, the text it came from and how the date was found.
 *
 * @param when     the date or range, or null when the article gives none that can be anchored
 * @param source   the sentence or clause the event comes from
 * @param timex    index of the time expression that dates it in the extraction's list, or -1
 * @param entities people, places and organizations named in its sentence
 * @param mentions every place the article tells of it, in text order: {@code source} and the sentences that tell
 *                 it again, which extraction merged into this event; empty when it has no source
 */
public record Event(String id, String title, TemporalValue when, Span source, int timex,
                    Derivation derivation, List<String> entities, List<Span> mentions) {
    public Event {
        entities = List.copyOf(entities);
        // an event a student or an import adds may have no source in the article, and then no mention either
        mentions = mentions != null && !mentions.isEmpty() ? List.copyOf(mentions)
                : source == null ? List.of() : List.of(source);
    }

    /** An event told once, at {@code source}. */
    public Event(String id, String title, TemporalValue when, Span source, int timex, Derivation derivation,
                 List<String> entities) {
        this(id, title, when, source, timex, derivation, entities, null);
    }

    /** This event with another place the article tells of it. */
    public Event toldAgainAt(Span another) {
        List<Span> all = new java.util.ArrayList<>(mentions);
        all.add(another);
        all.sort(java.util.Comparator.comparingInt(Span::begin));
        return new Event(id, title, when, source, timex, derivation, entities, all);
    }

    public boolean isDated() {
        return when != null && when.isAnchored();
    }
}
