package chronolens.extract;

import java.util.regex.Pattern;
import chronolens.extract.rules.NormalizationTable;
import java.util.Locale;
import java.util.Set;

/**
 * The checks rules name with {@code guard}: whether a bare number is a year, a bare month name a month
 * ("May I", "the march"), a vague word a date; they read the words around a match.
 */
final class Guards {
    private static final Set<String> AMBIGUOUS_MONTHS = Set.of("may", "march");
    private static final Set<String> MONTH_CONTEXT = Set.of("in", "since", "by", "until", "till", "of", "during",
            "before", "after", "early", "late", "mid", "last", "next", "this", "from", "through", "to", "between",
            "and", "or", "on", "each", "every", "that", "around", "mid-", "end", "beginning", "start");
    private static final Pattern RATE = Pattern.compile(
            "[0-9.,%$]+|percent|cents?|dollars?");
    private static final Pattern MONTH_MODIFIER = Pattern.compile(
            "(?i)^(early|late|mid-?|the end of|the beginning of|the start of|the middle of)\\s*");
    private static final Set<String> MODIFIERS = Set.of("early", "late", "mid", "the", "end", "beginning", "start",
            "middle", "of", "last", "next", "this", "past", "coming");
    // compiled once: String.matches compiles its pattern on every call, and guards run for every candidate
    private static final Pattern YEARLESS_QUARTER = Pattern.compile("XXXX-Q[1-4]");
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");
    private static final Pattern YEAR_AS_UNIT = Pattern.compile(
            "PT?(1[0-9]|20)\\d\\d[A-Z]+");
    private final NormalizationTable yearContext;

    Guards(NormalizationTable yearContext) {
        this.yearContext = yearContext;
    }

    /** True when {@code at} continues a number ("1,949", "3.2014") or an identifier ("A-1949", "X2030"). */
    static boolean insideNumber(String text, int at) {
        if (at == 0 || !Character.isDigit(text.charAt(at))) {
            return false;
        }
        char p = text.charAt(at - 1);
        if (Character.isLetter(p) || p == '$' || p == '#' || p == '\u00a3' || p == '\u20ac' || p == '/') {
            return true;
        }
        return (p == ',' || p == '.' || p == '-' || p == ':') && at >= 2 && Character.isDigit(text.charAt(at - 2));
    }

    boolean accept(String text, Mention m) {
        String guard = m.rule().guard();
        if (guard == null) {
            return true;
        }
        return switch (guard) {
            case "bare-year" -> year(text, m);
            case "bare-month" -> month(text, m);
            case "bare-number" -> text.charAt(m.begin()) == 'Q' && YEARLESS_QUARTER.matcher(m.value()).matches();
            case "vague" -> vague(text, m);
            case "season" -> season(text, m);
            default -> true;
        };
    }

    private boolean year(String text, Mention m) {
        int end = m.end();
        if (end < text.length()) {
            char n = text.charAt(end);
            if (n == '%' || ((n == '.' || n == ',' || n == ':' || n == '-') && end + 1 < text.length()
                    && Character.isDigit(text.charAt(end + 1)))) {
                return false;
            }
        }
        String before = previousWord(text, m.begin());
        String beforeKind = before == null ? null : yearContext.get(before);
        if ("not-before".equals(beforeKind)) {
            return false;
        }
        String after = nextWord(text, end);
        if (after != null && "not-after".equals(yearContext.get(after))) {
            return false;
        }
        if ("before".equals(beforeKind)) {
            return true;
        }
        // A bare number followed by a plural noun is a quantity ("2030 delegates"), not a year.
        return after == null || !(after.length() > 3 && after.endsWith("s") && !after.endsWith("ss")
                && Character.isLowerCase(after.charAt(0)) && !after.equals("was") && !after.equals("has"));
    }

    private boolean month(String text, Mention m) {
        String t = m.text();
        // loops rather than regex splits: this runs for every month name the rules match
        int cut = 0;
        while (cut < t.length() && !isRegexSpace(t.charAt(cut)) && t.charAt(cut) != '.') {
            cut++;
        }
        String first = t.substring(0, cut);
        boolean hasDigit = false;
        for (int i = 0; i < t.length() && !hasDigit; i++) {
            hasDigit = Character.isDigit(t.charAt(i));
        }
        // the first word (run of letters) that is not a modifier must be capitalized
        int i = 0;
        while (i < t.length()) {
            int c = t.codePointAt(i);
            if (!Character.isLetter(c)) {
                i += Character.charCount(c);
                continue;
            }
            int e = i;
            while (e < t.length() && Character.isLetter(t.codePointAt(e))) {
                e += Character.charCount(t.codePointAt(e));
            }
            if (!MODIFIERS.contains(t.substring(i, e).toLowerCase(Locale.ROOT))) {
                if (Character.isLowerCase(t.charAt(i))) {
                    return false; // "he may 2 ...", "this march"
                }
                break;
            }
            i = e;
        }
        String word = first.toLowerCase(Locale.ROOT);
        if (hasDigit) {
            return true;
        }
        String monthWord = MONTH_MODIFIER.matcher(m.text()).replaceFirst("").strip();
        if (monthWord.length() <= 4 && !monthWord.endsWith(".") && !monthWord.equalsIgnoreCase("may")
                && !monthWord.equalsIgnoreCase("june") && !monthWord.equalsIgnoreCase("july")) {
            return false; // "Jan", "Dec" are names as often as months
        }
        if (AMBIGUOUS_MONTHS.contains(monthWord.toLowerCase(Locale.ROOT)) || AMBIGUOUS_MONTHS.contains(word)) {
            String before = previousWord(text, m.begin());
            String after = nextWord(text, m.end());
            boolean yearAfter = after != null && FOUR_DIGITS.matcher(after).matches();
            return yearAfter || (before != null && MONTH_CONTEXT.contains(before) && !"to".equals(before))
                    || !monthWord.equalsIgnoreCase(m.text());
        }
        return true;
    }

    /** "in the fall", "this spring" are seasons; "prices fall", "the fall of Rome" are not. */
    private boolean season(String text, Mention m) {
        String after = nextWord(text, m.end());
        if (after != null && Set.of("of", "in", "from", "to", "by", "back", "into", "on").contains(after)) {
            return false;
        }
        String before = previousWord(text, m.begin());
        boolean withThe = m.text().toLowerCase(Locale.ROOT).startsWith("the");
        Set<String> context = Set.of("in", "during", "since", "until", "by", "through", "early", "late", "that",
                "each", "every", "this", "last", "next", "over", "for", "mid", "before", "after", "till");
        return before != null && context.contains(before) && (withThe || !Set.of("the", "a").contains(before));
    }

    private boolean vague(String text, Mention m) {
        String before = previousWord(text, m.begin());
        if (before != null && !before.endsWith(".") && RATE.matcher(before).matches()) {
            return false; // "5% a year", "$3 a day": a rate, not a date
        }
        if (YEAR_AS_UNIT.matcher(m.value()).matches()) {
            return false; // "the 1988 second quarter": a year, not 1988 seconds
        }
        if (m.type() == chronolens.model.TimexType.DURATION) {
            String rest = text.substring(m.end(), Math.min(text.length(), m.end() + 5)).toLowerCase(Locale.ROOT);
            if (rest.startsWith("-old") || rest.startsWith(" old") || rest.startsWith("\u2011old")) {
                return false; // an age: "a 6-year-old", "38 years old"
            }
        }
        String lower = m.text().toLowerCase(Locale.ROOT);
        if (lower.equals("a second")) {
            String after = nextWord(text, m.end());
            return after == null || Set.of("of", "later", "earlier", "ago", "after", "before", "and", "or", "to",
                    "in", "for", "or-so").contains(after); // "a second Nobel Prize" is an ordinal
        }
        if (m.type() == chronolens.model.TimexType.SET && !lower.contains(" ")) {
            String after = nextWord(text, m.end());
            // "a quarterly dividend", "daily newspapers": an adjective before its noun is not a time
            return after == null || !Character.isLetter(after.charAt(0)) || Set.of("and", "or", "basis", "since",
                    "for", "in", "on", "at", "until", "by", "from", "to", "during", "through").contains(after)
                    || !Character.isLowerCase(text.charAt(Math.min(text.length() - 1, m.end() + 1)));
        }
        if (lower.equals("current")) {
            String after = nextWord(text, m.end());
            return after != null && Character.isLowerCase(text.charAt(m.begin())) && before != null
                    && Set.of("the", "its", "their", "his", "her", "our").contains(before)
                    && !Set.of("account", "accounts", "affairs", "events", "flow", "flows", "assets", "liabilities",
                    "density", "state", "version", "issue", "edition", "members").contains(after);
        }
        if (lower.equals("future")) {
            String after = nextWord(text, m.end());
            return after != null && !Character.isUpperCase(text.charAt(m.begin()))
                    && Set.of("year", "quarter", "month", "week", "period", "season", "term", "level", "levels",
                    "price", "prices", "rate", "situation", "government", "administration", "crisis",
                    "system", "generation", "generations", "plans", "policy").contains(after);
        }
        return true;
    }

    /** The characters {@code \\s} matches (ASCII white space only). */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    static String previousWord(String text, int at) {
        int e = at;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        int b = e;
        while (b > 0 && !Character.isWhitespace(text.charAt(b - 1)) && e - b < 40) {
            b--;
        }
        if (b == e) {
            return null;
        }
        while (b < e && "\"'(\u201c\u2018".indexOf(text.charAt(b)) >= 0) {
            b++;
        }
        if (b < e && text.charAt(e - 1) == ',') {
            e--;
        }
        return b == e ? null : text.substring(b, e).toLowerCase(Locale.ROOT);
    }

    static String nextWord(String text, int at) {
        int b = at;
        while (b < text.length() && Character.isWhitespace(text.charAt(b))) {
            b++;
        }
        int e = b;
        while (e < text.length() && (Character.isLetterOrDigit(text.charAt(e)) || text.charAt(e) == '%'
                || text.charAt(e) == '-') && e - b < 40) {
            e++;
        }
        return b == e ? null : text.substring(b, e).toLowerCase(Locale.ROOT);
    }
}
