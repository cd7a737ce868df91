package chronolens.app;

import chronolens.model.Annotations;
import chronolens.model.Event;
import java.util.Arrays;
import java.util.Locale;

/**
 * A search over events: every word typed must appear, ignoring case, in the event's title, its sentence,
 * its names, its date as a reader says it, or the student's note or category for it.
 */
final class EventSearch {
    private final String[] words;
    private final String text;
    private final Annotations annotations;

    EventSearch(String query, String documentText, Annotations annotations) {
        this.annotations = annotations;
        this.words = query == null || query.isBlank() ? new String[0]
                : query.strip().toLowerCase(Locale.ROOT).split("\\s+");
        this.text = documentText;
    }

    boolean matches(Event e) {
        if (words.length == 0) {
            return true;
        }
        int end = Math.min(e.source().end(), text.length());
        String haystack = (e.title() + "\n" + text.substring(Math.min(e.source().begin(), end), end) + "\n"
                + String.join("\n", e.entities()) + "\n" + (e.when() == null ? "" : e.when().label()) + "\n"
                + annotations.note(e.id()) + "\n" + annotations.category(e.id()))
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(words).allMatch(haystack::contains);
    }
}
