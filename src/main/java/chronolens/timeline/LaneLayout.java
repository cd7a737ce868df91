package chronolens.timeline;

import java.util.Arrays;
import java.util.List;

/**
 * Puts label boxes into lanes so that no two boxes in one lane intersect: boxes come in by their left edge and
 * each takes the lowest lane that is free there; a box that finds no lane among {@code maxLanes} overflows.
 *
 * <p>Use {@link #assign} for a whole list, or feed boxes one at a time, sorted by left edge, with
 * {@link #mayFit} (a cheap test before the box's width is known) and {@link #place}. One box can be
 * {@link #reserve reserved} in a lane ahead of the stream, so the selected event always keeps its label.
 */
public final class LaneLayout {
    private final double gap;
    private double[] laneRight;
    private int lanes;
    private int usedLanes;
    private int overflow;
    private double lowestRight;
    private int reservedLane = -1;
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
        Box[] byIndex = boxes.toArray(new Box[0]);
        int[] order = new int[byIndex.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // a merge sort on primitive indices: sorting boxed Integers with a comparator took 35 ms for 100k boxes
        Keys keys = new Keys(byIndex);
        mergeSort(order, new int[order.length], 0, order.length, keys);
        LaneLayout layout = new LaneLayout(maxLanes, gap);
        Integer[] laneOf = new Integer[byIndex.length];
        for (int i : order) {
            laneOf[i] = layout.place(byIndex[i].left, byIndex[i].right);
        }
        return new Result(Arrays.asList(laneOf), layout.laneCount(), layout.overflow());
    }

    private static void mergeSort(int[] a, int[] tmp, int from, int to, Keys boxes) {
        if (to - from < 16) {
            for (int i = from + 1; i < to; i++) {
                int v = a[i];
                int j = i - 1;
                while (j >= from && boxes.compare(a[j], v) > 0) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, tmp, from, mid, boxes);
        mergeSort(a, tmp, mid, to, boxes);
        if (boxes.compare(a[mid - 1], a[mid]) <= 0) {
            return;
        }
        System.arraycopy(a, from, tmp, from, to - from);
        int i = from;
        int j = mid;
        for (int k = from; k < to; k++) {
            a[k] = j >= to || i < mid && boxes.compare(tmp[i], tmp[j]) <= 0 ? tmp[i++] : tmp[j++];
        }
    }

    /** The sort keys of the boxes in flat arrays, which a sort walks much faster than the boxes themselves. */
    private static final class Keys {
        private final double[] left;
        private final double[] right;
        private final Box[] boxes;

        Keys(Box[] boxes) {
            this.boxes = boxes;
            left = new double[boxes.length];
            right = new double[boxes.length];
            for (int i = 0; i < boxes.length; i++) {
                left[i] = boxes[i].left;
                right[i] = boxes[i].right;
            }
        }

        int compare(int i, int j) {
            int c = Double.compare(left[i], left[j]);
            if (c == 0) {
                c = Double.compare(right[i], right[j]);
            }
            if (c != 0) {
                return c;
            }
            String a = boxes[i].key;
            String b = boxes[j].key;
            return a == null ? (b == null ? 0 : -1) : b == null ? 1 : a.compareTo(b);
        }
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
        reservedLane = -1;
        reservedLeft = Double.NaN;
        reservedRight = Double.NaN;
    }

    /** Holds {@code [left, right]} in lane 0; see {@link #reserve(int, double, double)}. */
    public int reserve(double left, double right) {
        return reserve(0, left, right);
    }

    /**
     * Holds {@code [left, right]} in {@code lane} (or the top lane, if there are fewer) before the stream starts;
     * later boxes avoid it. Reserving the lane a box had in the previous frame keeps the layout still.
     *
     * @return the lane reserved, or -1 when there are no lanes
     */
    public int reserve(int lane, double left, double right) {
        if (lanes == 0) {
            return -1;
        }
        reservedLane = Math.max(0, Math.min(lane, lanes - 1));
        reservedLeft = left;
        reservedRight = right;
        usedLanes = Math.max(usedLanes, reservedLane + 1);
        return reservedLane;
    }

    /** False when no lane can take a box starting at {@code left}, whatever its width. Cheap: O(1). */
    public boolean mayFit(double left) {
        return lowestRight + gap <= left;
    }

    /** The leftmost edge at which some lane is free: {@link #mayFit} is false for every box starting before it. */
    public double nextFreeLeft() {
        return lowestRight + gap;
    }

    /**
     * Places a box; boxes must come in order of their left edge.
     *
     * @return the lane, or -1 when no lane has room (the box then counts as overflow)
     */
    public int place(double left, double right) {
        if (mayFit(left)) {
            for (int lane = 0; lane < lanes; lane++) {
                if (laneRight[lane] + gap <= left && !(lane == reservedLane && hitsReservation(left, right))) {
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
