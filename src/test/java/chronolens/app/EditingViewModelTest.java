package chronolens.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chronolens.model.Event;
import chronolens.model.Project;
import chronolens.model.Span;
import chronolens.model.TemporalValue;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EditingViewModelTest {
    private final MainViewModel main = new MainViewModel();
    /** A stand-in for the extractor: four digits are a year. */
    private final EditingViewModel editing = new EditingViewModel(main, text -> text.matches(".*\\b\\d{4}\\b.*")
            ? Optional.of(TemporalValue.ofYear(Integer.parseInt(text.replaceAll(".*\\b(\\d{4})\\b.*", "$1"))))
            : Optional.empty());

    private Event selected() {
        return main.selectedEventProperty().get();
    }

    @Test
    void redatingMovesTheEventInTimeAndMarksTheWindowDirty() {
        main.show(new Project(Samples.threeEvents()), null);
        main.selectByTimex(1);
        assertFalse(main.dirtyProperty().get());
        assertTrue(editing.redate("in 1900"));
        assertEquals("1900", selected().when().timex());
        assertEquals("e2", main.getEvents().get(0).id(), "1900 now comes first");
        assertTrue(main.dirtyProperty().get());
        assertTrue(editing.canUndoProperty().get());
        editing.undo();
        assertEquals("2022", main.getEvents().stream().filter(e -> e.id().equals("e2")).findFirst()
                .orElseThrow().when().timex());
    }

    @Test
    void textWithoutADateChangesNothing() {
        main.show(new Project(Samples.threeEvents()), null);
        main.selectByTimex(1);
        assertFalse(editing.redate("sometime"));
        assertFalse(editing.canUndoProperty().get());
        assertEquals(Optional.empty(), editing.preview("sometime"));
    }

    @Test
    void deleteSelectedClearsTheSelectionAndUndoBringsItBack() {
        main.show(new Project(Samples.threeEvents()), null);
        main.selectByTimex(2);
        editing.deleteSelected();
        assertEquals(2, main.getEvents().size());
        assertEquals(null, selected());
        editing.undo();
        assertEquals(3, main.getEvents().size());
    }

    @Test
    void addingFromASelectionUsesItsDate() {
        main.show(new Project(Samples.threeEvents()), null);
        assertTrue(editing.addFromSelection(new Span(24, 52), "in 2022", "The pact was signed in 2022."));
        assertEquals("The pact was signed in 2022.", selected().title());
        assertEquals(4, main.getEvents().size());
        assertFalse(editing.addFromSelection(new Span(0, 3), "The", "The summit opens today."));
        assertEquals("no date found in “The” or its sentence; select words that hold the date",
                main.problemProperty().get());
    }

    @Test
    void mergeWithNextAndSplitAreOfferedOnlyWhenTheyApply() {
        main.show(new Project(Samples.threeEvents()), null);
        main.selectByTimex(2);
        assertTrue(editing.canMergeProperty().get());
        assertFalse(editing.canSplitProperty().get());
        editing.mergeWithNext();
        assertEquals(2, main.getEvents().size());
        assertTrue(editing.canSplitProperty().get());
        editing.splitSelected();
        assertEquals(3, main.getEvents().size());
    }

    @Test
    void notesAreSavedWithTheProject() {
        main.show(new Project(Samples.threeEvents()), null);
        main.selectByTimex(0);
        editing.setNote("Ask about the venue");
        editing.setCategory("diplomacy");
        Project saved = main.project(Project.ViewState.none());
        assertEquals("Ask about the venue", saved.annotations().note("e1"));
        assertEquals("diplomacy", saved.annotations().category("e1"));
    }

    @Test
    void anEndDateMakesTheEventARange() {
        main.show(new Project(Samples.threeEvents()), null);
        main.selectByTimex(2);
        assertTrue(editing.setEnd("until 1953"));
        assertEquals("1949/1953", selected().when().timex());
        assertEquals("1949–1953", selected().when().label());
        assertFalse(editing.setEnd("in 1900"), "an end before the start is refused");
        editing.undo();
        assertEquals("1949", main.getEvents().get(0).when().timex());
    }
}
