package chronolens.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Puts label boxes into lanes so that no two boxes in one lane intersect: boxes come in by their left edge and
 * each takes the lowest lane that is free there; a box that finds no lane among {@code maxLanes} overflows.
 *
 * <p>Use {@link #assign} for a whole list, or feed boxes one at a time, sorted by left edge, with
 * {@link #mayFit} (a cheap test before the box's width is known) and {@link #place}. One box can be
 * {@link #reserve reserved} in lane 0 ahead of the stream, so the selected event always keeps its label.
 */
public final class LaneLayout {
    private final double gap;
    private double[] laneRight;
    private int lanes;
    private int usedLanes;
    private int overflow;
    private double lowestRight;
    private double reservedLeft = Double.NaN;
    private double reservedRight = Double.NaN;

    /** A box to place: a key that makes ties deterministic, and its left and right edge. */
    public record Box(String key, double left, double right) {
        public Box {
            if (!(left <= right)) {
                throw new IllegalArgumentException("box ends before it starts: " + key);
            }
        }
    }

    /**
     * The lane of every box, in input order ({@code -1} for overflow), the number of lanes used and the number of
     * boxes that did not fit.
     */
    public record Result(List<Integer> lanes, int laneCount, int overflow) {
        public Result {
            lanes = List.copyOf(lanes);
        }
    }

    /**
     * @param maxLanes lanes available, at least 0
     * @param gap      space to keep between two boxes in a lane, in the boxes' unit (pixels)
     */
    public LaneLayout(int maxLanes, double gap) {
        this.gap = gap;
        reset(maxLanes);
    }

    /** Lays out all {@code boxes}, ordered by left edge, then right edge, then key, whatever their input order. */
    public static Result assign(List<Box> boxes, int maxLanes, double gap) {
        Integer[] order = new Integer[boxes.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Comparator<Integer> byBox = Comparator.<Integer>comparingDouble(i -> boxes.get(i).left())
                .thenComparingDouble(i -> boxes.get(i).right())
                .thenComparing(i -> boxes.get(i).key(), Comparator.nullsFirst(Comparator.naturalOrder()));
        Arrays.sort(order, byBox);
        LaneLayout layout = new LaneLayout(maxLanes, gap);
        List<Integer> lanes = new ArrayList<>(boxes.size());
        Integer[] laneOf = new Integer[boxes.size()];
        for (int i : order) {
            Box b = boxes.get(i);
            laneOf[i] = layout.place(b.left(), b.right());
        }
        lanes.addAll(Arrays.asList(laneOf));
        return new Result(lanes, layout.laneCount(), layout.overflow());
    }

    /** Empties every lane, drops the reservation and sets the lane count for the next pass. */
    public void reset(int maxLanes) {
        if (maxLanes < 0) {
            throw new IllegalArgumentException("maxLanes " + maxLanes);
        }
        if (laneRight == null || laneRight.length < maxLanes) {
            laneRight = new double[Math.max(maxLanes, 8)];
        }
        lanes = maxLanes;
        Arrays.fill(laneRight, 0, lanes, Double.NEGATIVE_INFINITY);
        usedLanes = 0;
        overflow = 0;
        lowestRight = lanes == 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        reservedLeft = Double.NaN;
        reservedRight = Double.NaN;
    }

    /**
     * Holds {@code [left, right]} in lane 0 before the stream starts; later boxes avoid it.
     *
     * @return 0, or -1 when there are no lanes
     */
    public int reserve(double left, double right) {
        if (lanes == 0) {
            return -1;
        }
        reservedLeft = left;
        reservedRight = right;
        usedLanes = Math.max(usedLanes, 1);
        return 0;
    }

    /** False when no lane can take a box starting at {@code left}, whatever its width. Cheap: O(1). */
    public boolean mayFit(double left) {
        return lowestRight + gap <= left;
    }

    /**
     * Places a box; boxes must come in order of their left edge.
     *
     * @return the lane, or -1 when no lane has room (the box then counts as overflow)
     */
    public int place(double left, double right) {
        if (mayFit(left)) {
            for (int lane = 0; lane < lanes; lane++) {
                if (laneRight[lane] + gap <= left && !(lane == 0 && hitsReservation(left, right))) {
                    laneRight[lane] = right;
                    usedLanes = Math.max(usedLanes, lane + 1);
                    lowestRight = laneRight[0];
                    for (int i = 1; i < lanes; i++) {
                        lowestRight = Math.min(lowestRight, laneRight[i]);
                    }
                    return lane;
                }
            }
        }
        overflow++;
        return -1;
    }

    private boolean hitsReservation(double left, double right) {
        return !Double.isNaN(reservedLeft) && left < reservedRight + gap && reservedLeft < right + gap;
    }

    /** Lanes holding at least one box (or the reservation). */
    public int laneCount() {
        return usedLanes;
    }

    /** Boxes that found no lane since the last reset. */
    public int overflow() {
        return overflow;
    }
}
