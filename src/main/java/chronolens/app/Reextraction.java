package chronolens.app;

import chronolens.model.Annotations;
import chronolens.model.Event;
import chronolens.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Carries a student's work over when the article is extracted again (say, with a corrected article date):
 * an event found again at the same place keeps its id, notes and category; an event the student edited
 * keeps the student's version; events the student added or merged stay.
 */
final class Reextraction {
    private Reextraction() {
    }

    /** The events of a fresh extraction with the student's work from {@code old} laid over them. */
    static TimelineEditor.State carryOver(TimelineEditor.State old, List<Event> fresh) {
        Annotations a = old.annotations();
        Map<String, Event> oldByPlace = new HashMap<>();
        for (Event e : old.events()) {
            oldByPlace.putIfAbsent(place(e), e);
        }
        Map<String, Event> result = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (Event n : fresh) {
            Event o = oldByPlace.get(place(n));
            if (o != null && taken.add(o.id())) {
                result.put(o.id(), a.isEdited(o.id()) ? o : withId(n, o.id()));
            } else {
                String id = freshId(n.id(), old, result);
                result.put(id, withId(n, id));
            }
        }
        for (Event o : old.events()) {
            boolean students = a.isEdited(o.id()) || a.mergedFrom().containsKey(o.id());
            if (students && !result.containsKey(o.id())) {
                result.put(o.id(), o); // added or merged by the student: not the extractor's to drop
            }
        }
        Set<String> kept = result.keySet();
        Map<String, String> notes = new HashMap<>(a.notes());
        notes.keySet().retainAll(kept);
        Map<String, String> categories = new HashMap<>(a.categories());
        categories.keySet().retainAll(kept);
        Set<String> edited = new HashSet<>(a.edited());
        edited.retainAll(kept);
        return new TimelineEditor.State(new ArrayList<>(result.values()),
                new Annotations(notes, categories, edited, a.mergedFrom()));
    }

    /** Where an event was found: its source span and the time expression that dates it. */
    private static String place(Event e) {
        Span s = e.source();
        return s.begin() + ":" + s.end() + ":" + e.timex();
    }

    private static Event withId(Event e, String id) {
        return e.id().equals(id) ? e
                : new Event(id, e.title(), e.when(), e.source(), e.timex(), e.derivation(), e.entities(),
                        e.mentions());
    }

    private static String freshId(String wanted, TimelineEditor.State old, Map<String, Event> result) {
        String id = wanted;
        int n = 1;
        while (result.containsKey(id) || old.find(id).isPresent()) {
            id = "x" + n++;
        }
        return id;
    }
}
