package chronolens.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import chronolens.model.Annotations;
import chronolens.model.Event;
import chronolens.model.Project;
import chronolens.model.TemporalValue;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MainViewModelTest {
    private final MainViewModel vm = new MainViewModel();

    @Test
    void showsOnlyDatedEventsEarliestFirst() {
        vm.show(new Project(Samples.threeEvents()), null);
        assertEquals(List.of("e3", "e2", "e1"), vm.getEvents().stream().map(Event::id).toList());
        assertNull(vm.selectedEventProperty().get());
        assertEquals("sample.txt · 3 events · article date 2024 (inferred from “75 years since 1949”)",
                vm.statusProperty().get());
    }

    @Test
    void steppingWrapsAroundInTimeOrder() {
        vm.show(new Project(Samples.threeEvents()), null);
        vm.selectNext();
        assertEquals("e3", vm.selectedEventProperty().get().id());
        vm.selectNext();
        assertEquals("e2", vm.selectedEventProperty().get().id());
        vm.selectPrevious();
        vm.selectPrevious();
        assertEquals("e1", vm.selectedEventProperty().get().id());
    }

    @Test
    void aProblemKeepsWhatIsShown() {
        vm.show(new Project(Samples.threeEvents()), null);
        var before = vm.getExtraction();
        vm.fail("bad.pdf is not text: looks like a PDF document");
        assertSame(before, vm.getExtraction());
        assertEquals(3, vm.getEvents().size());
        assertEquals("bad.pdf is not text: looks like a PDF document", vm.problemProperty().get());
        vm.dismissProblem();
        assertNull(vm.problemProperty().get());
    }

    @Test
    void clickingATimeExpressionSelectsTheEventItDates() {
        vm.show(new Project(Samples.threeEvents()), null);
        vm.selectByTimex(1);
        assertEquals("e2", vm.selectedEventProperty().get().id());
    }

    @Test
    void steppingWithNoEventsDoesNothing() {
        vm.selectNext();
        assertNull(vm.selectedEventProperty().get());
    }

    @Test
    void searchShowsOnlyMatchingEventsAndSaysHowMany() {
        vm.show(new Project(Samples.threeEvents()), null);
        vm.selectByTimex(0);
        vm.searchProperty().set("PACT signed");
        assertEquals(List.of("e2"), vm.getEvents().stream().map(Event::id).toList());
        assertNull(vm.selectedEventProperty().get(), "the hidden selection is cleared");
        assertEquals("sample.txt · 1 of 3 events · article date 2024 (inferred from “75 years since 1949”)",
                vm.statusProperty().get());
        vm.searchProperty().set("republic 1949");
        assertEquals(List.of("e3"), vm.getEvents().stream().map(Event::id).toList(), "names and dates match too");
        vm.searchProperty().set("");
        assertEquals(3, vm.getEvents().size());
    }

    @Test
    void categoryFilterShowsOnlyTheCheckedCategories() {
        vm.show(new Project(Samples.threeEvents(), new Annotations(Map.of(),
                Map.of("e1", "diplomacy", "e3", "politics"), Set.of(), Map.of()), null), null);
        assertEquals(List.of("diplomacy", "politics"), vm.getCategories());
        vm.getShownCategories().add("politics");
        assertEquals(List.of("e3"), vm.getEvents().stream().map(Event::id).toList());
        vm.getShownCategories().clear();
        assertEquals(3, vm.getEvents().size());
    }

    @Test
    void dateRangeNarrowsTheListButNotTheTimeline() {
        vm.show(new Project(Samples.threeEvents()), null);
        vm.rangeStartProperty().set(TemporalValue.ofYear(2000).start());
        vm.rangeEndProperty().set(TemporalValue.ofYear(2023).start());
        assertEquals(List.of("e2"), vm.getListedEvents().stream().map(Event::id).toList());
        assertEquals(3, vm.getEvents().size(), "the timeline keeps every event");
        assertEquals("sample.txt · 1 of 3 events · article date 2024 (inferred from “75 years since 1949”)",
                vm.statusProperty().get());
    }
}
