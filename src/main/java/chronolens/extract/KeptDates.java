package chronolens.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The dates a title keeps in its words rather than cutting them: those joined to a word ("the post-1959
 * politics", "today's ceremony") and those a verb takes as its object ("spent the summer drying books").
 */
final class KeptDates {
    private KeptDates() {
    }

    private static final List<String> AFFIXES = List.of("pre-", "post-", "mid-");
    /** Verbs whose object is a stretch of time: cutting it leaves "Staff spent drying out books". */
    private static final Set<String> TIME_OBJECT_VERBS = Set.of("spent", "spend", "spends", "spending");

    /** Whether the title keeps the date at {@code [date, end)} of {@code text}. */
    static boolean keeps(String text, int date, int end) {
        return affixed(text, date, end) || spentOn(text, date);
    }

    /**
     * Whether "pre-", "post-" or "mid-" is joined to the date at {@code date}, or "'s" to its end: "the post-1959
     * politics" and "today's ceremony" are noun phrases the title keeps whole, as cutting the date would leave
     * "the post- politics" or "'s ceremony".
     */
    private static boolean affixed(String text, int date, int end) {
        if (end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '\u2019')
                && (text.charAt(end + 1) == 's' || text.charAt(end + 1) == 'S')) {
            return true; // "today's ceremony", "Sunday's debate": cutting the date would leave "'s"
        }
        for (String affix : AFFIXES) {
            int at = date - affix.length();
            if (at >= 0 && text.regionMatches(true, at, affix, 0, affix.length())
                    && (at == 0 || !Character.isLetter(text.charAt(at - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Words after a date that show it is no noun's modifier ("a 2019 report" keeps its article). */
    private static final Set<String> AFTER_A_DATE = Set.of("in", "on", "at", "of", "and", "when", "after", "before",
            "during", "while", "as");

    /**
     * Where a date's cut begins: at an "a" or "an" right before it when the date ends its phrase ("on a Saturday
     * night in January", "on a cold morning."), else at {@code date}. "A 2019 report" keeps its article, as the date
     * names the report.
     */
    static int articleBefore(String text, int date, int end) {
        int part = partOfDayBefore(text, date);
        if (part < date) {
            return part;
        }
        int e = date;
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        int b = e;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        String word = text.substring(b, e);
        if (e == date || !(word.equals("a") || word.equals("an")) || b > 0 && text.charAt(b - 1) != ' ') {
            return date;
        }
        String next = Guards.nextWord(text, end); // null at punctuation or the end
        return next == null || AFTER_A_DATE.contains(next) ? b : date;
    }

    private static final List<String> PARTS_OF_DAY = List.of("the morning of ", "the afternoon of ",
            "the evening of ", "the night of ");

    /** "Early on [April 14]", "late in [1945]": how early or late in the date, which goes with it. */
    private static final List<String> EARLY_LATE = List.of("early on ", "late on ", "early in ", "late in ");

    /**
     * Where "the morning of" (or afternoon, evening, night), "early on" or "late in" right before a date begins,
     * else {@code date}.
     */
    private static int partOfDayBefore(String text, int date) {
        if (date < 9 || text.charAt(date - 1) != ' ') {
            return date;
        }
        for (String p : EARLY_LATE) {
            int at = date - p.length();
            if (at >= 0 && text.regionMatches(true, at, p, 0, p.length())
                    && (at == 0 || !Character.isLetter(text.charAt(at - 1)))) {
                return at;
            }
        }
        if (date < 12 || text.charAt(date - 2) != 'f') {
            return date; // most dates: no "of " before them
        }
        for (String p : PARTS_OF_DAY) {
            int at = date - p.length();
            if (at >= 0 && text.regionMatches(true, at, p, 0, p.length())) {
                return at;
            }
        }
        return date;
    }

    /** "She spent the following winter in Zurich": the date is what was spent, right after the verb. */
    private static boolean spentOn(String text, int date) {
        int e = date;
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        if (e == date || e < 5 || text.charAt(e - 1) != 't' && text.charAt(e - 1) != 'd' && text.charAt(e - 1) != 's'
                && text.charAt(e - 1) != 'g') {
            return false; // most dates: the word before ends in neither "spent", "spend", "spends" nor "spending"
        }
        int b = e;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        return TIME_OBJECT_VERBS.contains(text.substring(b, e).toLowerCase(Locale.ROOT));
    }
}
