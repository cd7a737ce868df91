package chronolens.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Matches that look like times but are not: a time word inside a title ("CBS's 60 Minutes"), a unit in a manner
 * or a fraction ("day-to-day", "a quarter of the market"), a weekday in a feast's name ("Good Friday"). Split from
 * {@link Guards}, which asks these first for every match.
 */
final class NotATime {
    private NotATime() {
    }

    /** Time words English writes in lower case: capitalized inside a sentence they belong to a title. */
    private static final Set<String> LOWER_CASE_TIME_WORDS = Set.of("Today", "Tonight", "Tomorrow", "Yesterday",
            "Now", "Noon", "Midnight", "Week", "Weeks", "Month", "Months", "Minutes", "Hours", "Days", "Years");

    /**
     * Whether the match ends in a title or name: ABC's This Week, CBS's 60 Minutes, the film High
     * Noon, VOA Today. A time word that is capitalized after a letter or digit is not at a sentence's start.
     */
    static boolean inName(String text, Mention m) {
        int b = m.end();
        while (b > m.begin() && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        if (b == m.end() || !Character.isUpperCase(text.charAt(b))
                || !LOWER_CASE_TIME_WORDS.contains(text.substring(b, m.end()))) {
            return false;
        }
        int p = b;
        while (p > 0 && Character.isWhitespace(text.charAt(p - 1))) {
            p--;
        }
        return p > 0 && p < b && Character.isLetterOrDigit(text.charAt(p - 1)) && !Guards.headline(text, b);
    }

    /** Units that "-to-" joins into a manner or a comparison ("day-to-day", "year-to-year"), not a time. */
    private static final Set<String> TO_UNITS = Set.of("day", "week", "month", "quarter", "year", "hour", "minute");

    private static String lastWord(String t) {
        int b = t.length();
        while (b > 0 && Character.isLetter(t.charAt(b - 1))) {
            b--;
        }
        return t.substring(b).toLowerCase(Locale.ROOT);
    }

    /** The units that keep "a quarter of" a time: "a quarter of a century", "of an hour", "of the year". */
    private static final Set<String> QUARTER_OF_UNITS = Set.of("century", "hour", "year", "decade", "day", "month");

    /**
     * Words that make a weekday the name of one day of the year ("Easter Monday", "Good Friday", "Black Friday",
     * "Bloody Sunday"): not the nearest Monday or Friday, and no day we can count to.
     */
    private static final Set<String> NAMED_DAY = Set.of("easter", "good", "black", "cyber", "ash", "palm",
            "maundy", "holy", "whit", "shrove", "bloody", "super", "giving", "low", "orange");

    /** Nouns an award names by a period ("player of the year", "employee of the month", "trial of the century"). */
    private static final Set<String> TITLED = Set.of("player", "coach", "manager", "team", "goal", "car", "album",
            "song", "book", "record", "person", "athlete", "rookie", "teacher", "employee", "word", "driver",
            "sportsman", "sportswoman", "personality", "newcomer", "entertainer", "businessman", "businesswoman",
            "artist", "scientist", "photographer", "trial", "footballer", "cricketer", "volunteer", "chef");
    private static final Set<String> TITLE_UNITS = Set.of("year", "month", "week", "decade", "century");

    /** Whether "the year" is part of a title: "she was player of the year in 2023" names no time. */
    private static boolean inTitle(String text, Mention m) {
        String t = m.text();
        if (!t.regionMatches(true, 0, "the ", 0, 4) || !TITLE_UNITS.contains(lastWord(t))
                || t.indexOf(' ', 4) >= 0 || !"of".equals(Guards.previousWord(text, m.begin()))) {
            return false;
        }
        String noun = Guards.wordBeforeWordBefore(text, m.begin());
        return noun != null && TITLED.contains(noun.toLowerCase(Locale.ROOT));
    }

    /** Nouns "a quarter" measures other than time: "cut rates by a quarter point", "a quarter mile". */
    private static final Set<String> QUARTER_OF_THINGS = Set.of("point", "points", "percentage", "mile", "miles",
            "inch", "inches", "pound", "pounds", "stake", "share", "turn", "tank", "cup");
    /** Words before "a second" when it is a second of time: "for a second", "in a split second". */
    private static final Set<String> SECOND_BEFORE = Set.of("for", "in", "within", "after", "than", "about", "only",
            "just", "every", "per", "half", "split", "fraction", "each");
    /** Words after "a second" of time: "a second later", "a second or two". */
    private static final Set<String> SECOND_AFTER = Set.of("later", "earlier", "ago", "or", "before");
    /**
     * Words after "overnight" when it surely tells when: "worked overnight to restore", "fell overnight and"; after a
     * preposition it may be part of a phrase ("overnight with …"), so only these and punctuation are taken.
     */
    private static final Set<String> OVERNIGHT_AFTER = Set.of("and", "to", "but", "as", "while", "when", "until",
            "before", "after", "so", "or");

    /**
     * Whether a time word is an adjective or a count of something else: "an overnight flight", "a quarter point",
     * "won a second" (an ordinal: "her second Oscar").
     */
    private static boolean otherSense(String text, Mention m) {
        String t = m.text();
        int n = t.length();
        boolean quarter = n >= 7 && t.regionMatches(true, n - 7, "quarter", 0, 7);
        if (!quarter && !t.equalsIgnoreCase("overnight") && !t.equalsIgnoreCase("a second")) {
            return false; // most matches: no word read around them
        }
        String after = Guards.nextWord(text, m.end());
        if (t.equalsIgnoreCase("overnight")) {
            String before = Guards.previousWord(text, m.begin());
            boolean adjective = "an".equals(before) || "the".equals(before) || "its".equals(before);
            return adjective || after != null && Character.isLetter(text.charAt(Guards.wordStart(text, m.end())))
                    && !OVERNIGHT_AFTER.contains(after);
        }
        if (quarter) {
            return after != null && QUARTER_OF_THINGS.contains(after);
        }
        if (t.equalsIgnoreCase("a second")) {
            String before = Guards.previousWord(text, m.begin());
            return !SECOND_BEFORE.contains(String.valueOf(before)) && !SECOND_AFTER.contains(String.valueOf(after));
        }
        return false;
    }

    /**
     * Whether a unit word is used for something else: "quarter-to-quarter", "day-to-day" (a comparison or a
     * manner), "more than a quarter of the market" (a fraction), a weekday names a feast ("Easter Monday"), or a
     * period an award ("player of the year").
     */
    static boolean notATime(String text, Mention m) {
        if (inTitle(text, m) || otherSense(text, m)) {
            return true;
        }
        if (m.value().startsWith("WD")) {
            String before = Guards.previousWord(text, m.begin());
            int b = m.begin();
            while (b > 0 && Character.isWhitespace(text.charAt(b - 1))) {
                b--;
            }
            if (before != null && NAMED_DAY.contains(before) && b >= before.length()
                    && Character.isUpperCase(text.charAt(b - before.length()))) {
                return true;
            }
        }
        int e = m.end();
        if (e + 4 < text.length() && text.startsWith("-to-", e) && TO_UNITS.contains(lastWord(m.text()))) {
            return true;
        }
        int n = m.text().length();
        if (n >= 7 && m.text().regionMatches(true, n - 7, "quarter", 0, 7) && e < text.length()
                && text.regionMatches(true, e + 1, "final", 0, 5) && (text.charAt(e) == '-' || text.charAt(e) == ' ')) {
            return true; // "the quarter-finals" of a tournament
        }
        if (n < 9 || !m.text().regionMatches(true, n - 9, "a quarter", 0, 9)
                || !"of".equals(Guards.nextWord(text, e))) {
            return false;
        }
        int at = Guards.wordStart(text, e) + 2; // past "of"
        String determiner = Guards.nextWord(text, at);
        String unit = determiner == null ? null
                : Guards.nextWord(text, Guards.wordStart(text, at) + determiner.length());
        return unit == null || !QUARTER_OF_UNITS.contains(unit);
    }
}
