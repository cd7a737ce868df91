package chronolens.extract;

import chronolens.model.Derivation;
import chronolens.model.Granularity;
import chronolens.model.Span;
import chronolens.model.TemporalValue;
import chronolens.model.TimeExpression;
import chronolens.model.TimexType;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a dated happening lasted, when its clause says so: "The three-day festival opened on 15 August 1969"
 * runs 15-17 August, and "An inquiry will begin in September and is expected to last six months" runs
 * September to February. The date is the start; a clause that tells an end ("ended", "closed") is left alone.
 */
final class Lasting {
    private Lasting() {
    }

    private static final Pattern UNITS = Pattern.compile("P(\\d{1,3})([DWMY])");
    /** Verbs whose object is how long the happening went on: "is expected to last six months". */
    private static final Set<String> LAST_WORDS = Set.of("last", "lasts", "lasted", "lasting");
    /** Words that make the clause's date an end, not a start. */
    private static final Set<String> END_WORDS = Set.of("ended", "ends", "end", "closed", "closes", "finished",
            "concluded", "completed", "until", "by");

    /** The happening's stretch of time and how it was worked out. */
    record Stretch(TemporalValue when, Derivation derivation) {
    }

    /**
     * The stretch from {@code t}, the clause's date, for the length that a duration of {@code local} in
     * {@code clause} gives ("three-day" before a noun, or after "last"), else null.
     */
    static Stretch of(String text, Span clause, List<TimeExpression> local, TimeExpression t, Derivation how) {
        TemporalValue start = t.resolved();
        for (TimeExpression d : local) {
            if (d.type() != TimexType.DURATION || !clause.contains(d.span())) {
                continue; // tested first: most clauses hold no duration
            }
            Matcher m = UNITS.matcher(d.value());
            if (!m.matches() || !(isAdjective(text, clause, d, t) || lastsFor(text, d)) || endsThen(text, clause, t)) {
                continue;
            }
            int n = Integer.parseInt(m.group(1));
            char unit = m.group(2).charAt(0);
            Granularity needs = unit == 'M' ? Granularity.MONTH : unit == 'Y' ? Granularity.YEAR : Granularity.DAY;
            if (n < 2 || start.granularity().compareTo(needs) > 0) {
                continue; // "a two-day visit in 2024": the year holds the visit, it does not start it
            }
            TemporalValue end = unit == 'W' ? CalendarUnits.shift(start, "D", 7 * n - 1)
                    : CalendarUnits.shift(start, String.valueOf(unit), n - 1);
            if (end == null) {
                continue;
            }
            TemporalValue when = TemporalValue.spanning(start, end); // approximate when the start is
            return new Stretch(when, how.then("event.lasting",
                    d.text(), "the happening lasts " + d.text() + " from " + start.timex() + ": to " + end.timex()));
        }
        return null;
    }

    /**
     * "The three-day festival opened on …": a hyphenated duration before a noun, in the clause's subject (no verb
     * before it) and before the date. "signed a three-year contract in 2022" tells the contract's length, not
     * the signing's.
     */
    private static boolean isAdjective(String text, Span clause, TimeExpression d, TimeExpression t) {
        String next = Guards.nextWord(text, d.end());
        return d.text().indexOf('-') > 0 && d.end() < t.begin() && text.charAt(d.end()) == ' ' && next != null
                && Character.isLetter(next.charAt(0)) && !Subjects.hasVerb(text.substring(clause.begin(), d.begin()));
    }

    /** Words before "last" that make it the verb: "is expected to last six months", "will last a week". */
    private static final Set<String> BEFORE_LAST = Set.of("to", "will", "would", "could", "may", "might", "should",
            "can");

    /** "lasted six days", "to last six months" (which the tagger reads as one duration, "last six months"). */
    private static boolean lastsFor(String text, TimeExpression d) {
        String before = wordBefore(text, d.begin());
        return LAST_WORDS.contains(before) || d.text().startsWith("last ") && BEFORE_LAST.contains(before);
    }

    /** Whether the clause holds a word that makes its date an end: "The three-day festival ended on 18 August". */
    private static boolean endsThen(String text, Span clause, TimeExpression t) {
        for (int i = clause.begin(); i < clause.end(); ) {
            while (i < clause.end() && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int b = i;
            while (i < clause.end() && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (b < i && i - b <= 9 && END_WORDS.contains(text.substring(b, i).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static String wordBefore(String text, int at) {
        String w = Guards.previousWord(text, at);
        return w == null ? "" : w.toLowerCase(Locale.ROOT);
    }
}
