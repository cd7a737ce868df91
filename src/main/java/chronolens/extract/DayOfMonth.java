package chronolens.extract;

import chronolens.model.Derivation;
import chronolens.model.Granularity;
import chronolens.model.TemporalValue;
import chronolens.model.TimeExpression;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * "On the 3rd", "until the 15th" (value {@code XXXX-XX-03}): a day of the month in scope. That is the month of the
 * last date the text named ("The strike began on 14 June. The last one, on the 3rd, …"), else the month of the
 * article's date, moved back a month when told in the past of a day still ahead, forward in the future.
 */
final class DayOfMonth {
    private DayOfMonth() {
    }

    static TimeExpression anchor(Mention m, AnchorContext ctx, String v, Derivation d) {
        int day = Integer.parseInt(v.substring(8));
        TemporalValue last = ctx.lastDate();
        boolean fromLast = last != null && last.startDate() != null && !last.granularity().isDeepTime()
                && last.granularity().compareTo(Granularity.MONTH) <= 0;
        TemporalValue dct = ctx.documentDate();
        TemporalValue base = fromLast ? last : dct;
        if (base == null || base.startDate() == null || base.granularity().compareTo(Granularity.DAY) > 0
                && !fromLast) {
            return Anchoring.expression(m, v, null, d.then("anchor.none", "", "no month is known for this day"));
        }
        LocalDate ref = base.startDate();
        YearMonth month = YearMonth.from(ref);
        String why = fromLast ? "the month of the last date mentioned" : "the month of the article's date";
        if (!fromLast && ctx.tense() == Tense.PAST && day > ref.getDayOfMonth()) {
            month = month.minusMonths(1);
            why += ", one month back: told in the past, and this month's is still ahead";
        } else if (!fromLast && ctx.tense() == Tense.FUTURE && day < ref.getDayOfMonth()) {
            month = month.plusMonths(1);
            why += ", one month on: told in the future, and this month's is over";
        }
        try {
            TemporalValue tv = TemporalValue.ofDay(month.atDay(day));
            return Anchoring.expression(m, tv.timex(), tv, d.then("anchor.month", "", why + " = " + tv.timex()));
        } catch (DateTimeException e) {
            return Anchoring.expression(m, v, null, d.then("anchor.none", "", month + " has no day " + day));
        }
    }
}
