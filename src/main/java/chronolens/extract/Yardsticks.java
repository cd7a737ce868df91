package chronolens.extract;

import chronolens.model.Sentence;
import chronolens.model.Span;
import chronolens.model.TimeExpression;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Dates that measure rather than tell: "levels not seen since 1941", "up 12% from $40 million a year
 * earlier", "compared with $98 million in the year-earlier period". Such a date is a yardstick; nothing the
 * article reports happened then, so it dates no event (it stays a time expression).
 */
final class Yardsticks {
    private Yardsticks() {
    }

    private static final Pattern COMPARISON = Pattern.compile(
            "(?i)\\b(?:not|never|first|highest|lowest|worst|best|biggest|largest|smallest|most|least|longest|"
                    + "shortest|deadliest|bloodiest|costliest|coldest|hottest|warmest|wettest|driest|strongest|"
                    + "weakest|heaviest|fastest|slowest|greatest|deepest|busiest|sharpest|steepest|fewest)\\b");

    /** "levels not seen since 1941", "the highest since 2008": the year is a yardstick, not an event. */
    static boolean comparedSince(String text, Span clause, TimeExpression t) {
        if (!mayFollowSince(text, t.begin())) {
            return false;
        }
        String before = Guards.previousWord(text, t.begin());
        return "since".equals(before) && COMPARISON.matcher(text).region(clause.begin(), t.begin()).find();
    }

    /**
     * "the longest strike since 1989, when a dispute shut the quays": the clause after a yardstick date that says
     * what happened then, opening with "when" right after the date's clause; else -1.
     */
    static int toldBy(String text, List<Span> clauses, int ci, TimeExpression t) {
        if (ci + 1 >= clauses.size()) {
            return -1;
        }
        for (int i = t.end(); i < clauses.get(ci).end(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return -1; // the date does not end its clause: "since 1989 in the north, when …"
            }
        }
        String next = clauses.get(ci + 1).of(text).strip();
        return next.regionMatches(true, 0, "when ", 0, 5) && TitleMaker.pieces(next) >= 4 ? ci + 1 : -1;
    }

    /**
     * False when the word before {@code at} cannot be "since": the word {@link Guards#previousWord} gives ends in
     * "e" (or "E"), maybe with a comma after it. Most dates follow no such word, and the word costs a String.
     */
    private static boolean mayFollowSince(String text, int at) {
        int e = at;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > 1 && text.charAt(e - 1) == ',') {
            e--;
        }
        return e > 0 && (text.charAt(e - 1) == 'e' || text.charAt(e - 1) == 'E');
    }

    private static final Pattern COMPARED = Pattern.compile("(?i)\\b(?:compared\\s+(?:with|to)|versus|vs\\.)");
    /**
     * False when {@code text[from, to)} holds no "compared", "versus" or "vs.", read char by char: the regex
     * would run for every date otherwise, and few sentences compare.
     */
    private static boolean mayCompare(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if ((c == 'c' || c == 'C') && text.regionMatches(true, i, "compared", 0, 8)
                    || (c == 'v' || c == 'V') && (text.regionMatches(true, i, "versus", 0, 6)
                    || text.regionMatches(true, i, "vs.", 0, 3))) {
                return true;
            }
        }
        return false;
    }

    /** The dates a results story compares with ("a year earlier", "the year-earlier period"). */
    private static final Set<String> EARLIER = Set.of("a year earlier", "a year ago", "the year-earlier period",
            "the year-ago period", "the year-earlier quarter", "the year-ago quarter", "the previous year",
            "the year before", "a year before", "the prior year", "year-earlier", "year-ago");

    /**
     * "… to $45 million from $40 million, or 54 cents a share, a year earlier": a date the sentence compares an
     * amount with, after "compared with" or "versus", or a year-earlier date after an amount and "from".
     */
    static boolean comparedWith(String text, Sentence s, TimeExpression t) {
        int from = Math.max(s.begin(), t.begin() - 200);
        if (mayCompare(text, from, t.begin()) && COMPARED.matcher(text).region(from, t.begin()).find()) {
            return true;
        }
        if (t.text().length() > 24 || !EARLIER.contains(t.text().toLowerCase(Locale.ROOT).strip())) {
            return false;
        }
        String before = text.substring(from, t.begin());
        return before.contains(" from ") && (before.indexOf('$') >= 0 || before.indexOf('%') >= 0
                || before.contains(" cents") || before.contains(" pence"));
    }

    private static final Set<String> DETERMINERS = Set.of("the", "its", "their", "his", "her", "our", "this", "a");

    /**
     * "its June figures", "the 2019 budget": a date that names what follows it, between a determiner and a noun.
     * The clause's other date, if it has one ("will publish its June figures on Thursday"), says when.
     */
    static boolean names(String text, TimeExpression t) {
        String before = Guards.previousWord(text, t.begin());
        String after = Guards.nextWord(text, t.end());
        boolean determined = before != null && (DETERMINERS.contains(before.toLowerCase(Locale.ROOT))
                || before.endsWith("'s") || before.endsWith("\u2019s"));
        return determined && after != null && t.end() < text.length() && text.charAt(t.end()) == ' '
                && Character.isLowerCase(after.charAt(0)) && !NOT_NOUNS.contains(after) && !Subjects.isVerb(after);
    }

    /** "the quarter ended Sept. 30": a date that bounds the period before it rather than dating the clause. */
    static boolean bounds(String text, TimeExpression t) {
        String before = Guards.previousWord(text, t.begin());
        return before != null && Set.of("ended", "ending", "ends", "through", "to", "until").contains(before);
    }

    private static final Set<String> NOT_NOUNS = Set.of("and", "or", "to", "of", "in", "on", "at", "was", "were",
            "is", "are", "has", "had", "will", "when", "that", "which", "as", "for", "by", "with", "from");
}
