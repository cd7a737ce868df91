package chronolens.app;

import chronolens.model.Annotations;
import chronolens.model.Derivation;
import chronolens.model.Event;
import chronolens.model.Span;
import chronolens.model.TemporalValue;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The student's edits to a timeline, each one undoable: retitle, redate, categorize, annotate, add, delete,
 * merge and split. Every edit replaces an immutable {@link State}, so undo and redo restore whole states and
 * cannot drift. Typing a note or a title in one go counts as one edit.
 */
final class TimelineEditor {

    /** The events as they stand and the student's annotations on them. */
    record State(List<Event> events, Annotations annotations) {
        Optional<Event> find(String id) {
            return events.stream().filter(e -> e.id().equals(id)).findFirst();
        }
    }

    private static final int MAX_UNDO = 500;
    private final Deque<State> undo = new ArrayDeque<>();
    private final Deque<State> redo = new ArrayDeque<>();
    private State state;
    private String lastCoalesceKey;
    private int nextId;

    TimelineEditor(List<Event> events, Annotations annotations) {
        state = new State(List.copyOf(events), annotations);
        nextId = events.size() + 1;
    }

    State state() {
        return state;
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    boolean canRedo() {
        return !redo.isEmpty();
    }

    void undo() {
        if (!undo.isEmpty()) {
            redo.push(state);
            state = undo.pop();
            lastCoalesceKey = null;
        }
    }

    void redo() {
        if (!redo.isEmpty()) {
            undo.push(state);
            state = redo.pop();
            lastCoalesceKey = null;
        }
    }

    void retitle(String id, String title) {
        state.find(id).filter(e -> !e.title().equals(title)).ifPresent(e -> apply("title:" + id,
                replace(e, new Event(id, title, e.when(), e.source(), e.timex(), e.derivation(), e.entities(),
                        e.mentions())),
                markEdited(state.annotations(), id)));
    }

    /** Gives an event a new date; {@code how} says where it came from (typed by the student). */
    void redate(String id, TemporalValue when, Derivation how) {
        state.find(id).filter(e -> !when.equals(e.when())).ifPresent(e -> apply(null,
                replace(e, new Event(id, e.title(), when, e.source(), e.timex(), how, e.entities(), e.mentions())),
                markEdited(state.annotations(), id)));
    }

    void setNote(String id, String note) {
        Annotations a = state.annotations();
        if (state.find(id).isPresent() && !a.note(id).equals(note)) {
            Map<String, String> notes = new HashMap<>(a.notes());
            if (note.isEmpty()) {
                notes.remove(id);
            } else {
                notes.put(id, note);
            }
            apply("note:" + id, state.events(), new Annotations(notes, a.categories(), a.edited(), a.mergedFrom()));
        }
    }

    void setCategory(String id, String category) {
        Annotations a = state.annotations();
        if (state.find(id).isPresent() && !a.category(id).equals(category)) {
            Map<String, String> categories = new HashMap<>(a.categories());
            if (category.isBlank()) {
                categories.remove(id);
            } else {
                categories.put(id, category.strip());
            }
            apply("category:" + id, state.events(),
                    new Annotations(a.notes(), categories, a.edited(), a.mergedFrom()));
        }
    }

    void delete(String id) {
        state.find(id).ifPresent(e -> {
            List<Event> events = new ArrayList<>(state.events());
            events.remove(e);
            apply(null, events, state.annotations());
        });
    }

    /** Adds an event the student made (from a selection in the article, say); returns its id. */
    String add(String title, TemporalValue when, Span source, String how) {
        String id = freshId("u");
        List<Event> events = new ArrayList<>(state.events());
        events.add(new Event(id, title, when, source, -1, Derivation.of("edit.added", "", how), List.of()));
        apply(null, events, markEdited(state.annotations(), id));
        return id;
    }

    /**
     * Merges two mentions of one happening: the first keeps its title and date, the merged event spans both
     * sources, and the originals are kept so {@link #split} can restore them. Returns the merged event's id.
     */
    Optional<String> merge(String firstId, String secondId) {
        Optional<Event> a = state.find(firstId);
        Optional<Event> b = state.find(secondId);
        if (a.isEmpty() || b.isEmpty() || firstId.equals(secondId)) {
            return Optional.empty();
        }
        Event first = a.get();
        Event second = b.get();
        String id = freshId("m");
        Span both = new Span(Math.min(first.source().begin(), second.source().begin()),
                Math.max(first.source().end(), second.source().end()));
        List<String> names = new ArrayList<>(first.entities());
        second.entities().stream().filter(n -> !names.contains(n)).forEach(names::add);
        List<Span> told = new ArrayList<>(first.mentions());
        second.mentions().stream().filter(m -> !told.contains(m)).forEach(told::add);
        told.sort(java.util.Comparator.comparingInt(Span::begin));
        Event merged = new Event(id, first.title(), first.when(), both, first.timex(),
                first.derivation().then("edit.merged", "", "merged with \u201c" + second.title() + "\u201d"), names,
                told);
        List<Event> events = new ArrayList<>(state.events());
        events.set(events.indexOf(first), merged);
        events.remove(second);
        Annotations an = state.annotations();
        Map<String, List<Event>> mergedFrom = new HashMap<>(an.mergedFrom());
        mergedFrom.put(id, List.of(first, second));
        apply(null, events, new Annotations(an.notes(), an.categories(), an.edited(), mergedFrom));
        return Optional.of(id);
    }

    boolean canSplit(String id) {
        return state.annotations().mergedFrom().containsKey(id) && state.find(id).isPresent();
    }

    /** Undoes a merge: the merged event is replaced by the events it was made of. */
    void split(String id) {
        if (!canSplit(id)) {
            return;
        }
        Event merged = state.find(id).orElseThrow();
        List<Event> events = new ArrayList<>(state.events());
        int at = events.indexOf(merged);
        events.remove(at);
        events.addAll(at, state.annotations().mergedFrom().get(id));
        Annotations an = state.annotations();
        Map<String, List<Event>> mergedFrom = new HashMap<>(an.mergedFrom());
        mergedFrom.remove(id);
        apply(null, events, new Annotations(an.notes(), an.categories(), an.edited(), mergedFrom));
    }

    private List<Event> replace(Event old, Event now) {
        List<Event> events = new ArrayList<>(state.events());
        events.set(events.indexOf(old), now);
        return events;
    }

    private static Annotations markEdited(Annotations a, String id) {
        Set<String> edited = new HashSet<>(a.edited());
        edited.add(id);
        return new Annotations(a.notes(), a.categories(), edited, a.mergedFrom());
    }

    /** Makes a new state current; a run of edits with the same coalesce key undoes as one. */
    private void apply(String coalesceKey, List<Event> events, Annotations annotations) {
        boolean coalesce = coalesceKey != null && coalesceKey.equals(lastCoalesceKey) && !undo.isEmpty();
        if (!coalesce) {
            undo.push(state);
            if (undo.size() > MAX_UNDO) {
                undo.removeLast();
            }
        }
        redo.clear();
        state = new State(List.copyOf(events), annotations);
        lastCoalesceKey = coalesceKey;
    }

    /** Ends a run of typing, so the next edit of the same field undoes on its own. */
    void endTyping() {
        lastCoalesceKey = null;
    }

    private String freshId(String prefix) {
        String id;
        do {
            id = prefix + nextId++;
        } while (idTaken(id));
        return id;
    }

    private boolean idTaken(String id) {
        return state.find(id).isPresent() || state.annotations().mergedFrom().containsKey(id)
                || undo.stream().anyMatch(s -> s.find(id).isPresent());
    }
}
