package chronolens.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The year of a range's first date when only its last one says it: "from April to October 2021", "between May 3
 * and June 1, 2020" put April and May 3 in that year (the one before if the first month comes later: "December to
 * February 2021"). Without it the first date took the year of the article or of the story.
 */
final class RangeStart {
    /** The words that join the two ends of a range. */
    private static final Set<String> JOINS = Set.of("to", "through", "until", "till", "and", "-", "\u2013", "\u2014");

    private RangeStart() {
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
