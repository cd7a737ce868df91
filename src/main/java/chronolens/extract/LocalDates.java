package chronolens.extract;

import chronolens.model.Span;
import chronolens.model.TemporalValue;
import chronolens.model.TimeExpression;
import chronolens.model.TimexType;
import java.util.ArrayList;
import java.util.List;

/**
 * The time expressions of one sentence, in text order and not overlapping, as the event builder asks about them:
 * which lie in a clause, which comes last before a point, whether two are joined into one stretch of time.
 */
final class LocalDates {
    private LocalDates() {
    }

    /**
     * "1842 and 1843", "between 1982 and 1992": the date before {@code t} is joined to it by "and" into one stretch
     * of time, the two being next to each other or "between" going before.
     */
    static boolean joinedToPrevious(String text, List<TimeExpression> local, TimeExpression t) {
        int last = lastBefore(local, t.begin());
        if (last < 0) {
            return false;
        }
        String between = text.substring(local.get(last).end(), t.begin()).strip();
        if (!(between.equals("and") || between.equals("&"))) {
            return false;
        }
        // "between 1982 and 1992", "during 1842 and 1843"; but "shot in 1995 and 1997" is two shootings
        TemporalValue a = local.get(last).resolved();
        TemporalValue b = t.resolved();
        return "between".equals(Guards.previousWord(text, local.get(last).begin()))
                || a != null && b != null && a.granularity() == b.granularity() && Math.abs(b.start() - a.end()) < 1;
    }

    /** Index of the last of {@code local} (in text order) that begins before {@code offset}, or -1. */
    static int lastBefore(List<TimeExpression> local, int offset) {
        int lo = 0;
        int hi = local.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (local.get(mid).begin() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    /**
     * The expressions of {@code local} (in text order, not overlapping) that lie inside {@code span}, as offsets
     * relative to it: a run of consecutive ones, found without looking at the others.
     */
    static List<int[]> inside(List<TimeExpression> local, Span span) {
        List<int[]> out = new ArrayList<>();
        for (int i = lastBefore(local, span.begin()) + 1; i < local.size() && local.get(i).end() <= span.end(); i++) {
            if (local.get(i).type() != TimexType.DURATION) {
                out.add(new int[] {local.get(i).begin() - span.begin(), local.get(i).end() - span.begin()});
            }
        }
        return out;
    }

    /** Whether every date in {@code clause} lies within {@code t}'s: "Four days later, on the morning of July 20". */
    static boolean restates(List<TimeExpression> local, Span clause, TimeExpression t) {
        for (TimeExpression o : local) {
            if (clause.contains(o.span()) && (o.resolved() == null || o.resolved().start() < t.resolved().start()
                    || o.resolved().end() > t.resolved().end())) {
                return false;
            }
        }
        return true;
    }

    static boolean disjoint(TemporalValue a, TemporalValue b) {
        return a.start() >= b.end() || a.end() <= b.start();
    }
}
