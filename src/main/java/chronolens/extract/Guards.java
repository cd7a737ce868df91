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
    private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");
    private static final Pattern RATE = Pattern.compile(
            "[0-9.,%$]+|percent|cents?|dollars?");
    private static final Pattern RATE_WORD = Pattern.compile("(?i)(?:a|an|per|each|every|one)\\s|[a-z]+ly\\b");
    private static final Pattern MONTH_MODIFIER = Pattern.compile(
            "(?i)^(early|late|mid-?|the end of|the beginning of|the start of|the middle of)\\s*");
    private static final Set<String> MODIFIERS = Set.of("early", "late", "mid", "the", "end", "beginning", "start",
            "middle", "of", "last", "next", "this", "past", "coming", "that", "same");
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
        return (p == ',' || p == '.' || p == '-' || p == '\u2013' || p == ':') && at >= 2
                && Character.isDigit(text.charAt(at - 2));
    }

    boolean accept(String text, Mention m) {
        if (NotATime.inName(text, m) || NotATime.notATime(text, m)) {
            return false;
        }
        if (m.value().length() == 10 && m.value().startsWith("XXXX-XX-") && !dayOfMonth(text, m)) {
            return false; // a bare day of the month: rule files name no guard for it, RuleFile knowing a fixed set
        }
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
            case "short-year" -> shortYear(text, m);
            case "clock" -> clock(text, m);
            case "half" -> half(text, m);
            case "year-span" -> yearSpan(text, m);
            default -> true;
        };
    }

    /**
     * Whether {@code at} is on a short line whose longer words are nearly all capitalized ("Talks Will Resume
     * Next Week"): a headline, where a capital says nothing about names.
     */
    static boolean headline(String text, int at) {
        int b = text.lastIndexOf('\n', at) + 1;
        int e = text.indexOf('\n', at);
        e = e < 0 ? text.length() : e;
        int words = 0;
        int capitalized = 0;
        for (int i = b; i < e && e - b <= 200; i++) {
            int j = i;
            while (j < e && Character.isLetter(text.charAt(j))) {
                j++;
            }
            if (j - i >= 4) {
                words++;
                capitalized += Character.isUpperCase(text.charAt(i)) ? 1 : 0;
            }
            i = j;
        }
        return words >= 2 && capitalized * 4 >= words * 3;
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
        // a word on the line before says nothing: "… the history of flight\n\n1783: …" is no flight number
        String before = startsLine(text, m.begin()) ? null : previousWord(text, m.begin());
        String beforeKind = before == null ? null : yearContext.get(before);
        if ("not-before".equals(beforeKind) && !("to".equals(before) && (yearBefore(text, m.begin())
                || DATING_TO.contains(String.valueOf(wordBeforeWordBefore(text, m.begin())))))) {
            return false;
        }
        String after = nextWord(text, end);
        if (after != null && "not-after".equals(yearContext.get(after))) {
            return false;
        }
        if (streetAfter(text, end)) {
            return false; // "1600 Pennsylvania Avenue": a house number
        }
        if ("before".equals(beforeKind) || after != null && "after".equals(yearContext.get(after))) {
            return true;
        }
        // A bare number followed by a plural noun is a quantity ("2030 delegates"), not a year; nextWord gives
        // lower case, so the capital of a name ("1492 Columbus") is read from the text.
        return after == null || !(after.length() > 3 && after.endsWith("s") && !after.endsWith("ss")
                && Character.isLowerCase(text.charAt(wordStart(text, end))) && !after.equals("was")
                && !after.equals("has"));
    }

    private static final Set<String> HALF_OF_DETERMINERS = Set.of("the", "this", "last", "next", "its", "their");
    private static final Set<String> HALF_OF = Set.of("year", "fiscal");

    /**
     * "the first half of the year" is a half year; "the first half of the game" is no date, and in "the first
     * half of the 19th century" or "of the '80s" the date is the century or decade, not a half year.
     */
    private static boolean half(String text, Mention m) {
        if ("into".equals(previousWord(text, m.begin()))) {
            return false; // "ten minutes into the second half": a half of a game
        }
        if (!"of".equals(nextWord(text, m.end()))) {
            return true;
        }
        int at = wordStart(text, m.end()) + 2; // past "of"
        String w1 = nextWord(text, at);
        if (w1 != null && HALF_OF_DETERMINERS.contains(w1)) {
            w1 = nextWord(text, wordStart(text, at) + w1.length());
        }
        return w1 != null && (HALF_OF.contains(w1) || FOUR_DIGITS.matcher(w1).matches());
    }

    /** Whether the word before the word before {@code at} is a four-digit number: "from 1914 to 1933". */
    private static boolean yearBefore(String text, int at) {
        String w = wordBeforeWordBefore(text, at);
        return w != null && FOUR_DIGITS.matcher(w).matches();
    }

    /** Words before "to" that make the number after it a year: "dating to 1994", "goes back to 1948". */
    private static final Set<String> DATING_TO = Set.of("dating", "dates", "dated", "date", "back");

    /** The word before the word that ends at {@code at}: "dating" in "dating to 1994". */
    static String wordBeforeWordBefore(String text, int at) {
        int e = at;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        while (e > 0 && !Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return previousWord(text, e);
    }

    /** Words that follow a house number and a street name. */
    private static final Set<String> STREET_WORDS = Set.of("street", "st", "avenue", "ave", "road", "rd",
            "boulevard", "blvd", "drive", "dr", "lane", "ln", "way", "place", "pl", "court", "ct", "square");

    /** Whether the two words after {@code at} are a capitalized name and a street word ("Pennsylvania Avenue"). */
    private static boolean streetAfter(String text, int at) {
        int b = wordStart(text, at);
        if (b >= text.length() || !Character.isUpperCase(text.charAt(b))) {
            return false;
        }
        int e = b;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        String street = nextWord(text, e);
        return street != null && STREET_WORDS.contains(street);
    }

    /** The index of the first non-space character at or after {@code at}, or the text's length. */
    static int wordStart(String text, int at) {
        int b = at;
        while (b < text.length() && Character.isWhitespace(text.charAt(b))) {
            b++;
        }
        return Math.min(b, text.length() - 1);
    }

    /** Words before which a number of one to three digits reads as a year ("in 476", "since 711"). */
    private static final Set<String> SHORT_YEAR_BEFORE = Set.of("in", "since", "until", "till", "circa", "c.",
            "ca.", "year");
    /** Words before which it does only when a comma follows ("after 476, the"), or after "by" a name. */
    private static final Set<String> SHORT_YEAR_WEAK = Set.of("by", "from", "after", "before", "during");
    /** Small words that may follow such a year ("in 476 the empire fell"); other lower-case words make it a count. */
    private static final Set<String> AFTER_SHORT_YEAR = Set.of("the", "a", "an", "he", "she", "it", "they", "we",
            "his", "her", "its", "their", "when", "and", "or", "but", "after", "before", "during", "at", "on",
            "with", "as", "was", "were", "had", "under", "while", "which", "who", "this", "that", "there", "in",
            "until", "by", "for", "from");

    /**
     * A number without era that is too short (or, like 2100, too far ahead) to be taken for a year on its own:
     * a year only right after "in", "since", "circa" and the like, or first on a chronology line before a dash.
     */
    private boolean shortYear(String text, Mention m) {
        int end = m.end();
        int next = wordStart(text, end);
        char n = next < text.length() && next >= end ? text.charAt(next) : ' ';
        if (end < text.length() && (text.charAt(end) == '%' || (text.charAt(end) == '.' || text.charAt(end) == ',')
                && end + 1 < text.length() && Character.isDigit(text.charAt(end + 1)))) {
            return false;
        }
        boolean lineStart = m.begin() == 0 || text.charAt(m.begin() - 1) == '\n';
        if (lineStart && "\u2013\u2014-:".indexOf(n) >= 0) {
            return true; // "476 – fall of the Western Empire"
        }
        // a rule that matched its lead word ("circa 960") reads that word, not the one before it
        int space = m.text().indexOf(' ');
        String before = Character.isLetter(m.text().charAt(0)) && space > 0
                ? m.text().substring(0, space).toLowerCase(Locale.ROOT) : previousWord(text, m.begin());
        String after = nextWord(text, end);
        if (before == null || after != null && "not-after".equals(yearContext.get(after))) {
            return false;
        }
        if (m.text().length() == 4) {
            return "before".equals(yearContext.get(before)); // "by 2100", not "2100 kelvin"
        }
        boolean atEnd = next <= end || next >= text.length() - 1 && !Character.isLetterOrDigit(n)
                || ".,;:)".indexOf(n) >= 0 && next == end;
        if (SHORT_YEAR_BEFORE.contains(before)) {
            return atEnd || ".,;:)".indexOf(n) >= 0 || Character.isUpperCase(n) && !pluralAfterName(text, next)
                    || after != null && AFTER_SHORT_YEAR.contains(after);
        }
        // "by 800 Charlemagne ruled", but "about 200 Americans" and "to 700 Cuban students" are counts
        return SHORT_YEAR_WEAK.contains(before) && (n == ',' || "by".equals(before) && Character.isUpperCase(n)
                && next > end);
    }

    /** Whether the name starting at {@code at} is followed by a plural noun: "in 435 House races". */
    private static boolean pluralAfterName(String text, int at) {
        int e = at;
        while (e < text.length() && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '.')) {
            e++;
        }
        String w = nextWord(text, e);
        int b = wordStart(text, e);
        return w != null && b < text.length() && Character.isLowerCase(text.charAt(b)) && w.length() > 3
                && w.endsWith("s") && !w.endsWith("ss") && !w.equals("was") && !w.equals("has");
    }

    /**
     * A clock time without a.m./p.m. or a zone ("3:16") is a time only after a word such as "at" or "by":
     * "John 3:16" is a verse.
     */
    private static boolean clock(String text, Mention m) {
        String t = m.text().toLowerCase(Locale.ROOT);
        if (t.contains("m.") || t.endsWith("am") || t.endsWith("pm") || Character.isLetter(t.charAt(t.length() - 1))
                || !Character.isDigit(t.charAt(0))) {
            return true;
        }
        String before = previousWord(text, m.begin());
        return before != null && CLOCK_BEFORE.contains(before);
    }

    private static final Set<String> CLOCK_BEFORE = Set.of("at", "by", "until", "till", "from", "to", "around",
            "about", "before", "after", "since", "approximately", "roughly", "and", "between", "-", "\u2013");

    /** Words before "the 15th" that make it a day: "on the 15th", "until the 15th". */
    private static final Set<String> DAY_BEFORE = Set.of("on", "by", "until", "till", "since", "before", "after",
            "from", "through", "to", "and", "or", "between");
    /** Words after "the 15th" that leave it a day: "from the 3rd to the 5th", "on the 3rd at noon". */
    private static final Set<String> DAY_AFTER = Set.of("and", "or", "to", "through", "until", "till", "at", "when",
            "but");

    /** "on the 15th," names a day; "the 15th floor", "the 21st century" and "finished 3rd" do not. */
    private static boolean dayOfMonth(String text, Mention m) {
        if (!DAY_BEFORE.contains(String.valueOf(previousWord(text, m.begin())))) {
            return false;
        }
        int next = wordStart(text, m.end());
        if (next <= m.end() && m.end() < text.length() && !Character.isWhitespace(text.charAt(m.end()))) {
            return ",.;:)–—".indexOf(text.charAt(m.end())) >= 0; // "on the 3rd," but not "the 3rd-seeded"
        }
        String after = nextWord(text, m.end());
        return after == null || DAY_AFTER.contains(after);
    }

    /** "1861–65": the second year must come after the first; "2001-09" is more likely a month. */
    private static boolean yearSpan(String text, Mention m) {
        int slash = m.value().indexOf('/');
        if (slash < 0) {
            return true;
        }
        String a = m.value().substring(0, slash);
        String b = m.value().substring(slash + 1);
        if (!FOUR_DIGITS.matcher(a).matches() || !FOUR_DIGITS.matcher(b).matches()) {
            return true;
        }
        String t = m.text();
        boolean shortMonthLike = t.length() >= 3 && t.charAt(t.length() - 3) == '-'
                && Integer.parseInt(b.substring(2)) <= 12;
        return b.compareTo(a) > 0 && !shortMonthLike;
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
            String w = t.substring(i, e);
            // "the 16th of May": the "th" of a day is no lower-case month
            if (!MODIFIERS.contains(w.toLowerCase(Locale.ROOT)) && !ORDINAL_SUFFIXES.contains(w)) {
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
        if (monthWord.equals(m.text()) && m.end() + 1 < text.length() && text.charAt(m.end()) == ' '
                && Character.isUpperCase(text.charAt(m.end() + 1))) {
            String before = previousWord(text, m.begin());
            if (before == null || !MONTH_CONTEXT.contains(before)) {
                return false; // "April Ryan asked", "June Carter sang": a first name
            }
        }
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

    /**
     * "in the fall", "this spring", "spent the summer" are seasons; "prices fall", "the fall of Rome" are not.
     */
    private boolean season(String text, Mention m) {
        String after = nextWord(text, m.end());
        if (after != null && Set.of("of", "in", "from", "to", "by", "back", "into", "on").contains(after)) {
            return false;
        }
        String before = previousWord(text, m.begin());
        boolean withThe = m.text().toLowerCase(Locale.ROOT).startsWith("the");
        Set<String> context = Set.of("in", "during", "since", "until", "by", "through", "early", "late", "that",
                "each", "every", "this", "last", "next", "over", "for", "mid", "before", "after", "till", "into",
                "throughout", "spent", "spend", "spends", "spending");
        return before != null && context.contains(before) && (withThe || !Set.of("the", "a").contains(before));
    }

    /**
     * Whether a comma, a full stop or the end of the text comes right after {@code at}: "ten years on from the
     * crash" counts from the crash, which may be no date the text reached.
     */
    private static boolean closesClause(String text, int at) {
        int i = at;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i == text.length() || ",.;:)\u2014".indexOf(text.charAt(i)) >= 0;
    }

    /** Words after which "one day" is some day to come: a modal ("will one day") or a subject ("he one day"). */
    private static final Set<String> ONE_DAY_BEFORE = Set.of("will", "would", "could", "might", "may", "can",
            "shall", "should", "must", "he", "she", "they", "we", "i", "you");

    /** Nouns that make "today's" mean nowadays: "today's youth" is no group of one day. */
    private static final Set<String> GENERIC_PRESENT = Set.of("world", "youth", "society", "generation", "young",
            "children", "kids", "teenagers", "students", "families", "culture", "standards");

    private boolean vague(String text, Mention m) {
        String before = previousWord(text, m.begin());
        if (before != null && !before.endsWith(".") && RATE.matcher(before).matches() && RATE_WORD.matcher(m.text())
                .lookingAt()) {
            return false; // "5% a year", "$3 a day": a rate, not a date ("4.7 percent last month" is a date)
        }
        if (YEAR_AS_UNIT.matcher(m.value()).matches() && FOUR_DIGITS.matcher(m.text()).find()) {
            return false; // "the 1988 second quarter": a year, not 1988 seconds
        }
        if (m.value().equals("REF-1TM") && m.rule().name().equals("relative.last-unit")) {
            return false; // "at the last minute", "a last-minute deal": an idiom for "just in time", not a date
        }
        if (m.value().equals("REF+0D") && m.rule().name().equals("relative.early-in-the-unit")) {
            return false; // "later in the day": TimeBank leaves a time of the same day untagged
        }
        if (m.rule().name().startsWith("relative.") && m.rule().name().endsWith("later") && m.text().endsWith(" on")) {
            return closesClause(text, m.end()); // "Three years on, she …", not "two days on the road"
        }
        if (m.rule().name().startsWith("duration.compound")) {
            return Durations.compound(m.value()) != null; // "3 hours and 18 minutes", not "6 months and 18 months"
        }
        if (m.rule().name().equals("vague.one-day-future")) {
            return before != null && ONE_DAY_BEFORE.contains(before);
        }
        if (m.rule().name().equals("duration.the-years")) {
            return before != null && Set.of("over", "in", "during", "through", "throughout", "across").contains(before);
        }
        if (m.rule().name().equals("relative.today-is-the-nth-day")) {
            return before != null && Set.of("is", "it's", "it\u2019s").contains(before); // "today is the eighth day"
        }
        if (m.type() == chronolens.model.TimexType.TIME && m.value().startsWith("LAST+0DT")) {
            // "in the morning"; "a morning show" is no time, and "overnight" is the night before, not this one
            return before != null && Set.of("in", "by", "during").contains(before)
                    && !m.text().equalsIgnoreCase("overnight");
        }
        if (m.type() == chronolens.model.TimexType.DURATION
                && m.rule().name().equals("relative.the-year-ended")) {
            String after = nextWord(text, m.end()); // "the fiscal year ended March 31", "the year to 31 March"
            return "ended".equals(after) || "ending".equals(after) || "to".equals(after)
                    && !"date".equals(nextWord(text, wordStart(text, m.end()) + 2));
        }
        if (m.type() == chronolens.model.TimexType.DURATION && m.value().startsWith("P") && m.value().contains("X")
                && m.text().indexOf(' ') < 0 && Character.isLetter(m.text().charAt(0))) {
            // "for weeks", "the worst in years"; "weeks" alone is no time
            return "for".equals(before) || "within".equals(before) || "in".equals(before);
        }
        if (m.type() == chronolens.model.TimexType.DURATION) {
            String rest = text.substring(m.end(), Math.min(text.length(), m.end() + 5)).toLowerCase(Locale.ROOT);
            if (rest.startsWith("-old") || rest.startsWith(" old") || rest.startsWith("\u2011old")) {
                return false; // an age: "a 6-year-old", "38 years old"
            }
        }
        String lower = m.text().toLowerCase(Locale.ROOT);
        if (m.text().equals("Now") && text.startsWith(",", m.end())) {
            return false; // "Now, he says, ...": a sentence turning to its point, not the present (both corpora)
        }
        if (lower.equals("today") && (text.startsWith("'s ", m.end()) || text.startsWith("\u2019s ", m.end()))
                && GENERIC_PRESENT.contains(String.valueOf(nextWord(text, m.end() + 2)))) {
            return false; // "today's youth", "in today's world": nowadays in general, not the day of writing
        }
        if (lower.equals("a second")) {
            String after = nextWord(text, m.end());
            return after == null || Set.of("of", "later", "earlier", "ago", "after", "before", "and", "or", "to",
                    "in", "for", "or-so").contains(after); // "a second Nobel Prize" is an ordinal
        }
        if (m.type() == chronolens.model.TimexType.SET && !lower.contains(" ")) {
            String after = nextWord(text, m.end());
            // "a quarterly dividend", "daily newspapers": an adjective before its noun is not a time
            return after == null || !Character.isLetter(after.charAt(0)) || Set.of("and", "or", "basis", "since",
                    "for", "in", "on", "at", "until", "by", "from", "to", "during", "through", "outside", "near",
                    "around", "across", "after", "before", "with", "over", "throughout", "between").contains(after)
                    || !Character.isLowerCase(text.charAt(Math.min(text.length() - 1, m.end() + 1)));
        }
        if (lower.equals("current")) {
            String after = nextWord(text, m.end());
            return after != null && Character.isLowerCase(text.charAt(m.begin())) && before != null
                    && (Set.of("the", "its", "their", "his", "her", "our").contains(before)
                    || before.endsWith("'s") || before.endsWith("\u2019s")) // a possessive: "Kellogg's current share"
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

    /** Whether only white space holding a line break lies between {@code at} and the text before it. */
    private static boolean startsLine(String text, int at) {
        for (int i = at - 1; i >= 0 && Character.isWhitespace(text.charAt(i)); i--) {
            if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                return true;
            }
        }
        return false;
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
