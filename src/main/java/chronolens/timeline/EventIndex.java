package chronolens.timeline;

import chronolens.model.Event;
import chronolens.model.Granularity;
import chronolens.model.TemporalValue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dated events of a timeline sorted by start, then end, then title and id, with the arrays a frame needs to
 * find the visible ones in logarithmic time.
 */
final class EventIndex {
    private static final Comparator<Event> ORDER = Comparator.<Event>comparingDouble(e -> e.when().start())
            .thenComparingDouble(e -> e.when().end())
            .thenComparing(e -> String.valueOf(e.title()))
            .thenComparing(e -> String.valueOf(e.id()));

    private final Event[] events;
    private final double[] start;
    private final double[] end;
    /** Largest end among events 0..i, so that the first event that may reach into a view is a binary search. */
    private final double[] runningMaxEnd;
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
        runningMaxEnd = new double[n];
        point = new boolean[n];
        positions = new HashMap<>(n * 2);
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            start[i] = events[i].when().start();
            end[i] = events[i].when().end();
            max = Math.max(max, end[i]);
            runningMaxEnd[i] = max;
            point[i] = isPoint(events[i].when());
            positions.putIfAbsent(events[i], i);
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

    /** The first position whose event may end after {@code day}; events before it all end by then. */
    int firstEndingAfter(double day) {
        int lo = 0;
        int hi = events.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (runningMaxEnd[mid] > day) {
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
        return new double[] {start[0], runningMaxEnd[events.length - 1]};
    }
}
