package chronolens.extract;

import chronolens.model.Granularity;
import chronolens.model.TemporalValue;
import chronolens.model.TimeExpression;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The first date of a range, read from its last: "from April to October 2021", "between May 3 and June 1, 2020"
 * put April and May 3 in that year (the one before if the first month comes later: "December to February 2021"),
 * and "from Friday through Sunday" puts Friday in Sunday's week. Without it each end took its own year or week.
 */
final class RangeStart {
    /** The words that join the two ends of a range. */
    private static final Set<String> JOINS = Set.of("to", "through", "until", "till", "and", "-", "\u2013", "\u2014");

    private RangeStart() {
    }

    /**
     * "Sept. 6\u201312" ({@code XXXX-09-06/XXXX-09-12}): the first day resolved as any yearless date, the last in
     * the same year. Unresolved, the range keeps its value.
     */
    static java.util.Optional<TimeExpression> yearlessSpan(Anchoring anchoring, Mention m, AnchorContext ctx) {
        String v = m.value();
        int slash = v.indexOf('/');
        Mention first = new Mention(m.begin(), m.end(), m.text(), m.rule(), v.substring(0, slash), m.type(),
                m.approximate());
        java.util.Optional<TimeExpression> t = anchoring.anchor(first, ctx);
        String start = t.map(TimeExpression::value).orElse("");
        TemporalValue span = start.length() == 10 && Character.isDigit(start.charAt(0))
                ? TemporalValue.parse(start + "/" + start.substring(0, 4) + v.substring(slash + 5)).orElse(null)
                : null;
        if (span == null) {
            return t.map(e -> new TimeExpression(m.begin(), m.end(), m.text(), m.type(), v, null, e.derivation()));
        }
        return java.util.Optional.of(new TimeExpression(m.begin(), m.end(), m.text(), m.type(), span.timex(), span,
                t.get().derivation().then("anchor.range", "", "the last day in the same year = " + span.timex())));
    }

    /**
     * {@code mentions[at]} with the year of the next mention when that closes a range it opens, or null. Only a
     * yearless month or day ("XXXX-04", "XXXX-05-03") and an explicit month or day after it count.
     */
    static Mention withYear(String text, List<Mention> mentions, int at) {
        Mention m = mentions.get(at);
        if (at + 1 >= mentions.size() || !yearlessMonth(m.value())) {
            return null;
        }
        Mention n = mentions.get(at + 1);
        if (n.begin() < m.end() || n.begin() - m.end() > 12 || !explicitMonth(n.value())
                || !JOINS.contains(text.substring(m.end(), n.begin()).strip().toLowerCase(Locale.ROOT))) {
            return null;
        }
        int year = Integer.parseInt(n.value().substring(0, 4));
        int from = Integer.parseInt(m.value().substring(5, 7));
        int to = Integer.parseInt(n.value().substring(5, 7));
        int y = from > to ? year - 1 : year;
        if (y < 1) {
            return null;
        }
        String value = "%04d".formatted(y) + m.value().substring(4);
        return new Mention(m.begin(), m.end(), m.text(), m.rule(), value, m.type(), m.approximate());
    }

    /**
     * "from Friday through Sunday": when {@code first} and {@code last} are weekdays joined as a range and each
     * was placed by its own tense (Friday the one just gone, Sunday the coming one), the first moved to the latest
     * such weekday not after the last; null when nothing needs to move.
     */
    static TimeExpression weekdayBefore(String text, TimeExpression first, TimeExpression last) {
        TemporalValue a = first.resolved();
        TemporalValue b = last.resolved();
        if (a == null || b == null || a.granularity() != Granularity.DAY
                || b.granularity() != Granularity.DAY || a.startDate() == null || b.startDate() == null
                || first.end() > last.begin() || last.begin() - first.end() > 12) {
            return null;
        }
        String join = text.substring(first.end(), last.begin()).strip().toLowerCase(Locale.ROOT);
        if (!JOINS.contains(join) || join.equals("and")) {
            return null; // "statements made Friday and Thursday": two days, no range
        }
        LocalDate from = a.startDate();
        LocalDate to = b.startDate();
        if (!from.isAfter(to) && to.toEpochDay() - from.toEpochDay() < 7) {
            return null;
        }
        LocalDate moved = to.with(TemporalAdjusters.previousOrSame(from.getDayOfWeek()));
        TemporalValue v = TemporalValue.ofDay(moved);
        return new TimeExpression(first.begin(), first.end(), first.text(), first.type(), v.timex(), v,
                first.derivation().then("anchor.range", "", "the start of a range that ends " + to + " = " + moved));
    }

    /**
     * Replaces the last of {@code out} as {@link #weekdayBefore} says, before {@code last}, anchored from
     * {@code mentions[at]}, joins it: only when both are weekdays ("from Sept. 14 to Thursday" moves nothing).
     */
    static void moveWeekday(String text, List<TimeExpression> out, List<Mention> mentions, int at,
                            TimeExpression last) {
        if (out.isEmpty() || at == 0 || !mentions.get(at).value().startsWith("WD")) {
            return;
        }
        TimeExpression first = out.get(out.size() - 1);
        Mention before = mentions.get(at - 1);
        if (before.begin() != first.begin() || !before.value().startsWith("WD")) {
            return;
        }
        TimeExpression moved = weekdayBefore(text, first, last);
        if (moved != null) {
            out.set(out.size() - 1, moved);
        }
    }

    /** "XXXX-04" or "XXXX-04-15", nothing after. */
    private static boolean yearlessMonth(String v) {
        return (v.length() == 7 || v.length() == 10) && v.startsWith("XXXX-") && digits(v, 5, 7)
                && (v.length() == 7 || v.charAt(7) == '-' && digits(v, 8, 10));
    }

    /** "2021-10" or "2021-10-31", nothing after. */
    private static boolean explicitMonth(String v) {
        return (v.length() == 7 || v.length() == 10) && digits(v, 0, 4) && v.charAt(4) == '-' && digits(v, 5, 7)
                && (v.length() == 7 || v.charAt(7) == '-' && digits(v, 8, 10));
    }

    private static boolean digits(String v, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(v.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
