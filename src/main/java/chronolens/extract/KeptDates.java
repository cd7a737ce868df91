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
