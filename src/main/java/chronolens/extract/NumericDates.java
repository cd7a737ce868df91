package chronolens.extract;

import java.util.List;

/**
 * "04/03/2025" is 4 March in Britain and April 3 in the United States. Such a date (value
 * {@code NUMERIC:2025-04-03}, read month first) takes the order the same text writes its unambiguous numeric dates
 * in ("13/03/2025" is day first, "03/13/2025" month first); with none, or both, it is no date at all: guessing
 * would be wrong half the time.
 */
final class NumericDates {
    static final String PREFIX = "NUMERIC:";

    /** How a text orders day and month in its numeric dates. */
    enum Order { MONTH_FIRST, DAY_FIRST, UNKNOWN }

    private NumericDates() {
    }

    /** The order the text's unambiguous numeric dates show: one pass over the mentions. */
    static Order order(List<Mention> mentions) {
        boolean monthFirst = false;
        boolean dayFirst = false;
        for (Mention m : mentions) {
            String rule = m.rule().name();
            monthFirst |= rule.equals("date.slash-mdy");
            dayFirst |= rule.equals("date.slash-dmy");
        }
        return monthFirst == dayFirst ? Order.UNKNOWN : monthFirst ? Order.MONTH_FIRST : Order.DAY_FIRST;
    }

    /** {@code m} with its value in {@code order}, or null when the order is unknown. */
    static Mention ordered(Mention m, Order order) {
        if (order == Order.UNKNOWN) {
            return null;
        }
        String v = m.value().substring(PREFIX.length()); // yyyy-first-second
        String value = order == Order.MONTH_FIRST ? v
                : v.substring(0, 5) + v.substring(8, 10) + "-" + v.substring(5, 7);
        return new Mention(m.begin(), m.end(), m.text(), m.rule(), value, m.type(), m.approximate());
    }
}
