package chronolens.extract;

import chronolens.model.Span;
import chronolens.model.TemporalValue;
import chronolens.model.TimeExpression;
import chronolens.model.TimexType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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

    /**
     * "Two days before the vote, …": whether a duration of {@code local} counts from a happening, by "before" or
     * "after" right after it. Such a sentence is dated from that happening, not from the article's date.
     */
    static boolean countsFromHappening(String text, List<TimeExpression> local) {
        for (TimeExpression t : local) {
            if (t.type() == TimexType.DURATION) {
                String next = Guards.nextWord(text, t.end());
                if ("before".equals(next) || "after".equals(next)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "In 1824 the family moves to Paris, and that same autumn she enters …": whether {@code text[from, to)}, the
     * words between two dates, ends with a comma and "and", "but" or "then" right before the second, which then
     * opens a clause of its own: a second happening even when its date falls inside the first's.
     */
    static boolean opensCoordinate(String text, int from, int to) {
        int e = to;
        while (e > from && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        int b = e;
        while (b > from && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        String word = text.substring(b, e);
        if (!(word.equals("and") || word.equals("but") || word.equals("then"))) {
            return false;
        }
        while (b > from && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        return b > from && (text.charAt(b - 1) == ',' || text.charAt(b - 1) == ';');
    }

    /** Words before a date that make it approximate: "around 1200", "c. 1160", "circa 500 BC". */
    private static final Set<String> HEDGES_BEFORE = Set.of("around", "circa", "c.", "ca.", "approximately",
            "roughly");
    /** Verbs "around" is a particle of: "get around", "come around", "work around". */
    private static final Set<String> AROUND_VERBS = Set.of("get", "got", "getting", "go", "went", "come", "came",
            "turn", "turned", "work", "worked", "look", "looked", "walk", "walked", "move", "moved", "run", "ran");
    /** Words that open a date the tagger read with its hedge: "some twelve years later", "almost ninety years". */
    private static final Set<String> HEDGES_IN = Set.of("some", "about", "around", "roughly", "approximately",
            "nearly", "almost", "circa");

    /**
     * Whether a hedge makes {@code t} approximate where its value does not say so: TimeML leaves "around" out
     * of the expression ("around [1200]"), yet a teacher writes "c. 1200".
     */
    static boolean hedged(String text, TimeExpression t) {
        if (t.resolved() == null || t.resolved().approximate()) {
            return false;
        }
        String before = Guards.previousWord(text, t.begin());
        if (before != null && HEDGES_BEFORE.contains(before)) {
            if (!before.equals("around")) {
                return true;
            }
            // "ways to get around Wednesday": "around" is the verb's there
            int at = text.lastIndexOf("round", t.begin()) - 1; // the "a" of "around" or "Around"
            String verb = at > 0 ? Guards.previousWord(text, at) : null;
            return verb == null || !AROUND_VERBS.contains(verb);
        }
        int space = t.text().indexOf(' ');
        return space > 0 && HEDGES_IN.contains(t.text().substring(0, space).toLowerCase(Locale.ROOT));
    }

    static boolean disjoint(TemporalValue a, TemporalValue b) {
        return a.start() >= b.end() || a.end() <= b.start();
    }
}
