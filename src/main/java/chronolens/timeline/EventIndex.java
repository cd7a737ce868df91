package chronolens.timeline;

import chronolens.model.Event;
import chronolens.model.Granularity;
import chronolens.model.TemporalValue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dated events of a timeline sorted by start, then end, then title and id, with what a frame needs to find
 * the visible ones in time that grows with what is visible, not with what is stored: binary search on starts, and
 * a max-of-ends tree for the events that started before the view and still run into it.
 */
final class EventIndex {
    private static final Comparator<Event> ORDER = Comparator.<Event>comparingDouble(e -> e.when().start())
            .thenComparingDouble(e -> e.when().end())
            .thenComparing(e -> String.valueOf(e.title()))
            .thenComparing(e -> String.valueOf(e.id()));

    private final Event[] events;
    private final double[] start;
    private final double[] end;
    /** Implicit binary tree over {@code end}: node k holds the largest end below it, leaves start at leafBase. */
    private final double[] maxEnd;
    private final int leafBase;
    private final boolean[] point;
    private final Map<Event, Integer> positions;

    EventIndex(List<Event> all) {
        List<Event> dated = new ArrayList<>(all.size());
        for (Event e : all) {
            if (e != null && e.isDated()) {
                dated.add(e);
            }
        }
        dated.sort(ORDER);
        int n = dated.size();
        events = dated.toArray(new Event[0]);
        start = new double[n];
        end = new double[n];
        point = new boolean[n];
        positions = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            start[i] = events[i].when().start();
            end[i] = events[i].when().end();
            point[i] = isPoint(events[i].when());
            positions.putIfAbsent(events[i], i);
        }
        int base = 1;
        while (base < n) {
            base *= 2;
        }
        leafBase = base;
        maxEnd = new double[2 * base];
        Arrays.fill(maxEnd, Double.NEGATIVE_INFINITY);
        System.arraycopy(end, 0, maxEnd, base, n);
        for (int k = base - 1; k >= 1; k--) {
            maxEnd[k] = Math.max(maxEnd[2 * k], maxEnd[2 * k + 1]);
        }
    }

    int size() {
        return events.length;
    }

    Event event(int i) {
        return events[i];
    }

    double start(int i) {
        return start[i];
    }

    double end(int i) {
        return end[i];
    }

    /** True when event {@code i} is drawn as a point rather than a bar. */
    boolean point(int i) {
        return point[i];
    }

    /** Day-or-finer values and deep time are points; anything longer (a year, "16–17 May") is a bar. */
    static boolean isPoint(TemporalValue when) {
        return when.granularity().isDeepTime()
                || when.granularity().compareTo(Granularity.DAY) <= 0 && when.end() - when.start() <= 1;
    }

    /** Position of {@code event} in start order, or -1 when it is not a dated event of this index. */
    int indexOf(Event event) {
        Integer i = event == null ? null : positions.get(event);
        return i == null ? -1 : i;
    }

    /**
     * Appends to {@code out}, in order, the positions below {@code before} whose event ends after {@code day}: the
     * events that started before a view beginning at {@code day} and still run into it. Costs O((k + 1) log n)
     * for k results, so a long war at the far left does not make every frame walk the centuries after it.
     */
    void runningInto(double day, int before, IntList out) {
        if (before > 0 && maxEnd.length > 1) {
            collect(1, 0, leafBase, day, Math.min(before, events.length), out);
        }
    }

    private void collect(int node, int lo, int hi, double day, int before, IntList out) {
        if (lo >= before || maxEnd[node] <= day) {
            return;
        }
        if (hi - lo == 1) {
            out.add(lo);
            return;
        }
        int mid = (lo + hi) >>> 1;
        collect(2 * node, lo, mid, day, before, out);
        collect(2 * node + 1, mid, hi, day, before, out);
    }

    /** The first position whose event starts at or after {@code day}. */
    int firstStartingFrom(double day) {
        int lo = 0;
        int hi = events.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start[mid] >= day) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** The first position whose event starts after {@code day}. */
    int firstStartingAfter(double day) {
        int lo = 0;
        int hi = events.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start[mid] > day) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** Earliest start and latest end, or null when there are no dated events. */
    double[] extent() {
        if (events.length == 0) {
            return null;
        }
        return new double[] {start[0], maxEnd[1]};
    }

    /** A growable list of ints, reused from frame to frame without boxing. */
    static final class IntList {
        private int[] items = new int[64];
        private int size;

        void clear() {
            size = 0;
        }

        void add(int value) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = value;
        }

        int size() {
            return size;
        }

        int get(int i) {
            return items[i];
        }
    }
}
