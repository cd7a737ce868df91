package chronolens.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chronolens.model.Annotations;
import chronolens.model.Derivation;
import chronolens.model.Event;
import chronolens.model.Span;
import chronolens.model.TemporalValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineEditorTest {
    private final TimelineEditor editor = new TimelineEditor(Samples.threeEvents().events(), Annotations.none());

    private List<String> ids() {
        return editor.state().events().stream().map(Event::id).toList();
    }

    private Event event(String id) {
        return editor.state().find(id).orElseThrow();
    }

    @Test
    void retitleMarksTheEventEditedAndUndoRestoresIt() {
        editor.retitle("e2", "Pact of friendship signed");
        assertEquals("Pact of friendship signed", event("e2").title());
        assertTrue(editor.state().annotations().isEdited("e2"));
        editor.undo();
        assertEquals("Pact signed", event("e2").title());
        assertFalse(editor.state().annotations().isEdited("e2"));
        editor.redo();
        assertEquals("Pact of friendship signed", event("e2").title());
    }

    @Test
    void redateKeepsHowTheNewDateCameAbout() {
        TemporalValue feb = TemporalValue.ofMonth(2022, 2);
        editor.redate("e2", feb, Derivation.of("edit.date", "February 2022", "typed by the student"));
        assertEquals(feb, event("e2").when());
        assertEquals("edit.date", event("e2").derivation().steps().get(0).rule());
    }

    @Test
    void typingANoteUndoesAsOneEdit() {
        editor.setNote("e1", "C");
        editor.setNote("e1", "Ch");
        editor.setNote("e1", "Check");
        editor.endTyping();
        editor.setCategory("e1", "diplomacy");
        editor.undo();
        assertEquals("Check", editor.state().annotations().note("e1"));
        assertEquals("", editor.state().annotations().category("e1"));
        editor.undo();
        assertEquals("", editor.state().annotations().note("e1"));
        assertFalse(editor.canUndo());
    }

    @Test
    void deleteAndUndoBringTheEventBackInPlace() {
        List<String> before = ids();
        editor.delete("e2");
        assertEquals(List.of("e1", "e3", "e4"), ids());
        editor.undo();
        assertEquals(before, ids());
    }

    @Test
    void mergeSpansBothSourcesAndSplitRestoresTheOriginals() {
        Event first = event("e2");
        Event second = event("e3");
        String merged = editor.merge("e2", "e3").orElseThrow();
        assertEquals(List.of("e1", merged, "e4"), ids());
        assertEquals(new Span(24, 89), event(merged).source());
        assertEquals("Pact signed", event(merged).title());
        assertTrue(editor.canSplit(merged));
        editor.split(merged);
        assertEquals(List.of("e1", "e2", "e3", "e4"), ids());
        assertEquals(first, event("e2"));
        assertEquals(second, event("e3"));
        editor.undo();
        editor.undo();
        assertEquals(List.of("e1", "e2", "e3", "e4"), ids(), "undoing split then merge is where we began");
    }

    @Test
    void addedEventsGetFreshIdsAndAreMarkedEdited() {
        String id = editor.add("Census", TemporalValue.ofYear(1950), new Span(0, 5), "added by hand");
        assertFalse(List.of("e1", "e2", "e3", "e4").contains(id));
        assertTrue(editor.state().annotations().isEdited(id));
        assertEquals(5, editor.state().events().size());
    }

    @Test
    void aNewEditClearsRedo() {
        editor.retitle("e1", "A");
        editor.undo();
        assertTrue(editor.canRedo());
        editor.retitle("e1", "B");
        assertFalse(editor.canRedo());
    }

    @Test
    void editsOfUnknownEventsChangeNothing() {
        editor.retitle("nope", "x");
        editor.delete("nope");
        assertEquals(editor.merge("e1", "nope"), java.util.Optional.empty());
        assertFalse(editor.canUndo());
    }
}
