package chronolens.extract;

import chronolens.model.Granularity;
import chronolens.model.TemporalValue;
import chronolens.model.TimexType;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The day a clock time is on when the day comes right after it: "at 09:32 EDT (13:32 UTC) on July 16, 1969"
 * gives both times the 16th, even before any date was mentioned; "at 10.32am yesterday" the day before. Without
 * it a time takes the last day the text reached, which at the start of an article is none.
 */
final class FollowingDay {
    /** Words that may stand between a time and its day: "on", "local time", "Houston time". */
    private static final Set<String> LINKS = Set.of("on", "local", "time");
    /** How far after the time its day may start. */
    private static final int REACH = 40;

    private FollowingDay() {
    }

    /**
     * The explicit day named right after the clock time {@code mentions[at]}, past other clock times ("09:32 EDT
     * (13:32 UTC) on …"), or null: only punctuation and {@link #LINKS} may stand between them.
     */
    static TemporalValue of(String text, List<Mention> mentions, int at) {
        Mention n = next(text, mentions, at);
        TemporalValue day = n == null ? null : TemporalValue.parse(n.value()).orElse(null);
        return day != null && day.granularity() == Granularity.DAY ? day : null;
    }

    /**
     * The day named relative to the reference right after the clock time {@code mentions[at]} ("10.32am yesterday",
     * "9:30 tomorrow"), for the caller to resolve, or null.
     */
    static Mention relativeDay(String text, List<Mention> mentions, int at) {
        Mention n = next(text, mentions, at);
        String v = n == null ? "" : n.value();
        return v.startsWith("REF") && v.endsWith("D") || v.startsWith("WD") && v.length() <= 4 ? n : null;
    }

    /** The mention right after {@code mentions[at]}, past other clock times, with only links between; or null. */
    private static Mention next(String text, List<Mention> mentions, int at) {
        Mention m = mentions.get(at);
        int from = m.end();
        for (int j = at + 1; j < mentions.size(); j++) {
            Mention n = mentions.get(j);
            if (n.begin() < from || n.begin() - m.end() > REACH || !onlyLinks(text, from, n.begin())) {
                return null;
            }
            if (n.type() == TimexType.TIME && n.value().startsWith("XXXX-XX-XXT")) {
                from = n.end(); // another zone's time of the same moment
                continue;
            }
            return n;
        }
        return null;
    }

    private static boolean onlyLinks(String text, int from, int to) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                if (c == '.' || c == ';' || c == '!' || c == '?' || Character.isDigit(c)) {
                    return false;
                }
                i++;
                continue;
            }
            int e = i;
            while (e < to && Character.isLetter(text.charAt(e))) {
                e++;
            }
            if (!LINKS.contains(text.substring(i, e).toLowerCase(Locale.ROOT))) {
                return false;
            }
            i = e;
        }
        return true;
    }
}
