package chronolens.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import chronolens.model.EpochDays;
import chronolens.model.Event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class EventIndexTest {

    @Test
    void eventsRunningIntoAViewAreExactlyThoseABruteForceFinds() {
        EventIndex index = new EventIndex(TimelineFixtures.many(3000, 21));
        Random random = new Random(4);
        for (int round = 0; round < 50; round++) {
            double day = EpochDays.ofYear(-1000 + random.nextInt(3100));
            int before = index.firstStartingFrom(day);
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < before; i++) {
                if (index.end(i) > day) {
                    expected.add(i);
                }
            }
            EventIndex.IntList out = new EventIndex.IntList();
            index.runningInto(day, before, out);
            List<Integer> actual = new ArrayList<>();
            for (int k = 0; k < out.size(); k++) {
                actual.add(out.get(k));
            }
            assertEquals(expected, actual);
        }
    }

    @Test
    void orderIsByStartThenEndThenTitleWhateverTheInputOrder() {
        List<Event> events = new ArrayList<>(TimelineFixtures.many(500, 8));
        EventIndex sorted = new EventIndex(events);
        Collections.shuffle(events, new Random(2));
        EventIndex shuffled = new EventIndex(events);
        for (int i = 0; i < sorted.size(); i++) {
            assertEquals(sorted.event(i), shuffled.event(i));
        }
        for (int i = 1; i < sorted.size(); i++) {
            assertEquals(true, sorted.start(i - 1) <= sorted.start(i));
        }
    }

    @Test
    void undatedAndNullEventsAreLeftOut() {
        List<Event> events = new ArrayList<>();
        events.add(null);
        events.add(TimelineFixtures.event("u", "Undated", null));
        events.add(TimelineFixtures.day("d", "Dated", 2000, 1, 1));
        EventIndex index = new EventIndex(events);
        assertEquals(1, index.size());
        assertEquals(-1, index.indexOf(events.get(1)));
    }

    @Test
    void anEmptyIndexHasNoExtentAndFindsNothing() {
        EventIndex index = new EventIndex(List.of());
        assertNull(index.extent());
        EventIndex.IntList out = new EventIndex.IntList();
        index.runningInto(0, 0, out);
        assertEquals(0, out.size());
        assertEquals(0, index.firstStartingFrom(0));
    }
}
