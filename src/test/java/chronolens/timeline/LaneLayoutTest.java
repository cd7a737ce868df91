package chronolens.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class LaneLayoutTest {
    private static final double GAP = 4;

    private static List<LaneLayout.Box> randomBoxes(long seed, int n) {
        Random random = new Random(seed);
        List<LaneLayout.Box> boxes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double left = random.nextInt(2000);
            // many ties on purpose: equal lefts and equal widths
            double width = 20 + random.nextInt(5) * 30;
            boxes.add(new LaneLayout.Box("e" + i, left, left + width));
        }
        return boxes;
    }

    @Test
    void noTwoBoxesInALaneIntersect() {
        List<LaneLayout.Box> boxes = randomBoxes(1, 500);
        LaneLayout.Result result = LaneLayout.assign(boxes, 12, GAP);
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                int lane = result.lanes().get(i);
                if (lane >= 0 && lane == result.lanes().get(j)) {
                    LaneLayout.Box a = boxes.get(i);
                    LaneLayout.Box b = boxes.get(j);
                    assertTrue(a.right() + GAP <= b.left() || b.right() + GAP <= a.left(), a + " meets " + b);
                }
            }
        }
        assertTrue(result.overflow() > 0, "500 boxes over 2000 px cannot fit 12 lanes");
        assertEquals(12, result.laneCount());
    }

    @Test
    void sameLanesWhateverTheInputOrder() {
        List<LaneLayout.Box> boxes = randomBoxes(7, 300);
        Map<String, Integer> expected = byKey(boxes, LaneLayout.assign(boxes, 8, GAP));
        for (long seed = 0; seed < 5; seed++) {
            List<LaneLayout.Box> shuffled = new ArrayList<>(boxes);
            Collections.shuffle(shuffled, new Random(seed));
            assertEquals(expected, byKey(shuffled, LaneLayout.assign(shuffled, 8, GAP)));
        }
    }

    private static Map<String, Integer> byKey(List<LaneLayout.Box> boxes, LaneLayout.Result result) {
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < boxes.size(); i++) {
            map.put(boxes.get(i).key(), result.lanes().get(i));
        }
        return map;
    }

    @Test
    void disjointBoxesShareTheFirstLaneAndOverlappingOnesStack() {
        List<LaneLayout.Box> boxes = List.of(new LaneLayout.Box("a", 0, 50), new LaneLayout.Box("b", 60, 100),
                new LaneLayout.Box("c", 70, 90), new LaneLayout.Box("d", 75, 80));
        LaneLayout.Result result = LaneLayout.assign(boxes, 2, GAP);
        assertEquals(List.of(0, 0, 1, -1), result.lanes());
        assertEquals(1, result.overflow());
    }

    @Test
    void boxesTouchingWithinTheGapDoNotShareALane() {
        LaneLayout.Result result = LaneLayout.assign(
                List.of(new LaneLayout.Box("a", 0, 50), new LaneLayout.Box("b", 52, 80)), 3, GAP);
        assertEquals(List.of(0, 1), result.lanes());
    }

    @Test
    void noLanesMeansEverythingOverflows() {
        LaneLayout.Result result = LaneLayout.assign(List.of(new LaneLayout.Box("a", 0, 5)), 0, GAP);
        assertEquals(List.of(-1), result.lanes());
        assertEquals(0, result.laneCount());
    }

    @Test
    void emptyInputGivesAnEmptyResult() {
        assertEquals(new LaneLayout.Result(List.of(), 0, 0), LaneLayout.assign(List.of(), 4, GAP));
    }

    @Test
    void aReservedBoxKeepsLaneZeroFreeAroundIt() {
        LaneLayout layout = new LaneLayout(2, GAP);
        assertEquals(0, layout.reserve(100, 200));
        assertEquals(0, layout.place(0, 50));
        assertEquals(1, layout.place(60, 120));
        assertEquals(1, layout.place(150, 160));
        assertEquals(-1, layout.place(162, 170));
        assertEquals(0, layout.place(210, 260));
    }

    @Test
    void mayFitRejectsOnlyWhenEveryLaneIsBusy() {
        LaneLayout layout = new LaneLayout(2, GAP);
        layout.place(0, 100);
        assertTrue(layout.mayFit(10));
        layout.place(10, 100);
        assertFalse(layout.mayFit(50));
        assertTrue(layout.mayFit(104));
    }
}
