package chronolens.extract;

import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Makes a short event title from a clause: drops the date and its preposition, a leading adverbial or
 * subordinator, keeps about ten words and no dangling preposition or article at the end.
 */
public final class TitleMaker {
    static final int MAX_WORDS = 10;
    /** How many words of a clause a title is chosen from; four times what it keeps covers every lead-in. */
    private static final int SPLIT_WORDS = 4 * MAX_WORDS;
    /** How much of a clause, its dates removed, a title is made from. */
    private static final int KEPT = 600;
    /** Quotation marks, with the `` and '' of typewriter-era news (TimeBank, AQUAINT). */
    private static final Pattern QUOTES = Pattern.compile("[\u201c\u201d\"]|``|''");
    private static final Pattern DATE_PREPOSITION = Pattern.compile(
            "(?i)(?:\\b(?:in|on|since|by|until|till|at least|at|during|throughout|through|within|for|from|of|circa|"
                    + "around|about|as early as|as of|beginning|starting|until at least)\\s+)+$");
    // compiled once: String.replaceAll and matches compile their pattern on every call, several times per title
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile(
            "^[,;:\u2014\u2013\\-\\s)]+|[,;:\u2014\u2013\\-\\s.(]+$");
    private static final Pattern FINAL_COLON = Pattern.compile("[,;:]$");
    private static final Pattern FINAL_DASHES = Pattern.compile(
            "[,;:\u2014\u2013\\-]+$");
    static final Set<String> LEADING = Set.of("since", "while", "although", "though", "as", "when",
            "after", "before", "because", "if", "and", "but", "so", "then", "also", "meanwhile", "however",
            "moreover", "thus", "yet", "still", "even", "once", "until", "by", "in", "on", "during", "following",
            "from", "at", "which", "who", "where", "that", "amid", "amidst", "whereas", "ahead", "including");
    static final Set<String> ARTICLES = Set.of("the", "a", "an", "their", "its", "his", "her");
    private static final Set<String> LEAD_INS = Set.of("in", "for", "during", "over", "throughout", "within");
    /** The {@link #LEADING} words a noun phrase follows, which a title drops along with them. */
    private static final Set<String> PREPOSITIONS = Set.of("since", "after", "before", "until", "by", "in", "on",
            "during", "following", "from", "at", "amid", "amidst", "ahead", "including");
    private static final Set<String> TRAILING = Set.of("the", "a", "an", "of", "to", "in", "on", "at", "by", "for",
            "with", "from", "and", "or", "but", "as", "that", "which", "who", "his", "her", "their", "its", "our",
            "until", "since", "during", "into", "than", "is", "are", "was", "were", "be", "has", "have", "had",
            "least", "at least", "while", "after", "before", "about", "around", "some", "this", "these", "those",
            "what", "when", "where", "whose", "over", "under", "through", "against", "between", "among", "up",
            "same", "not", "never", "also", "very", "more", "most", "within", "across", "throughout", "toward",
            "towards", "via", "per", "like", "without", "upon", "onto", "despite", "amid", "compared");

    /** "on" after a verb, where its date was cut: "The siege dragged on [through 1916]" keeps its particle. */
    private static boolean isParticle(String word, String before) {
        return word.equalsIgnoreCase("on")
                && (before.endsWith("ed") || Subjects.isVerb(before.toLowerCase(Locale.ROOT)));
    }

    /** {@code text.split(" ").length}, counted without making the pieces. */
    static int pieces(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        if (end == text.length() && text.indexOf(' ') < 0) {
            return 1;
        }
        if (end == 0) {
            return 0;
        }
        int n = 1;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }

    /** The last words of the {@link #DATE_PREPOSITION} phrases, lower case. */
    private static final Set<String> PREPOSITION_WORDS = Set.of("in", "on", "since", "by", "until", "till", "at",
            "least", "during", "throughout", "through", "within", "for", "from", "of", "circa", "around", "about", "as",
            "early", "beginning", "starting");
    /** The one-word phrases of {@link #DATE_PREPOSITION}. */
    private static final Set<String> SINGLE_PREPOSITIONS = Set.of("in", "on", "since", "by", "until", "till", "at",
            "during", "throughout", "through", "within", "for", "from", "of", "circa", "around", "about", "beginning",
            "starting");
    private static final Set<String> PREPOSITION_ENDS = Set.of("in", "on", "since", "by", "until", "till", "least",
            "at", "during", "throughout", "through", "within", "for", "from", "of", "circa", "around", "about", "as",
            "beginning", "starting");

    /**
     * {@code text} without the prepositions that end it ({@code DATE_PREPOSITION} replaced), the regex run only
     * when the text ends in white space after such a word: a title runs this for every date it removes.
     */
    static String withoutFinalPreposition(String text) {
        if (!text.isEmpty() && "\u0085\u2028\u2029".indexOf(text.charAt(text.length() - 1)) >= 0) {
            return DATE_PREPOSITION.matcher(text).replaceAll(""); // "$" also matches before a final line break
        }
        int end = text.length();
        while (end > 0 && isRegexSpace(text.charAt(end - 1))) {
            end--;
        }
        int begin = end;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        if (end == text.length() || begin == end
                || !PREPOSITION_ENDS.contains(text.substring(begin, end).toLowerCase(Locale.ROOT))) {
            return text;
        }
        // a match is made of preposition words and white space only, so it starts in the run of such words
        // that ends the text: search from there, seeing the text before it for the word boundary
        int from = begin;
        int at = begin;
        // the run's words, last first: [begin, end) of each
        int[] words = {begin, end, 0, 0, 0, 0, 0, 0};
        int count = 1;
        while (true) {
            int e = at;
            while (e > 0 && isRegexSpace(text.charAt(e - 1))) {
                e--;
            }
            int b = e;
            while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
                b--;
            }
            if (e == at || b == e || !PREPOSITION_WORDS.contains(text.substring(b, e).toLowerCase(Locale.ROOT))) {
                break;
            }
            from = b;
            at = b;
            if (2 * count == words.length) {
                words = Arrays.copyOf(words, 2 * words.length);
            }
            words[2 * count] = b;
            words[2 * count + 1] = e;
            count++;
        }
        int start = leftmostPhraseRun(text, words, count);
        if (start == -2) {
            java.util.regex.Matcher m = DATE_PREPOSITION.matcher(text).region(from, text.length())
                    .useTransparentBounds(true);
            return m.find() ? text.substring(0, m.start()) + text.substring(m.end()) : text;
        }
        if (start >= 0 && count > 1 && text.regionMatches(true, start, "on", 0, 2)
                && isRegexSpace(text.charAt(start + 2))) {
            start = start + 3; // "dragged on through the summer": an "on" before the date's preposition is the verb's
            while (start < text.length() && isRegexSpace(text.charAt(start))) {
                start++;
            }
            return text.substring(0, start).stripTrailing() + " ";
        }
        // a match runs to the text's end: its \s+ takes all the white space there
        return start < 0 ? text : text.substring(0, start);
    }

    /**
     * Where {@code DATE_PREPOSITION.find()} from the run's first word would match, worked out by hand rather than by
     * a Matcher per date: the leftmost word of the run from which its words up to the end split into the regex's
     * phrases ("in", "at least", "as early as", …; the words of one phrase one space apart), at a word boundary.
     * -1 when there is none, -2 when the character before the run is one this does not judge (not ASCII).
     *
     * @param words the [begin, end) of each word of the run, last word first
     */
    private static int leftmostPhraseRun(String text, int[] words, int count) {
        // fits[j]: the words from the j-th (in text order) to the end split into phrases
        boolean[] fits = new boolean[count + 1];
        fits[count] = true;
        for (int j = count - 1; j >= 0; j--) {
            fits[j] = SINGLE_PREPOSITIONS.contains(wordAt(text, words, count, j)) && fits[j + 1]
                    || phraseAt(text, words, count, j, "at", "least") && fits[j + 2]
                    || phraseAt(text, words, count, j, "as", "of") && fits[j + 2]
                    || phraseAt(text, words, count, j, "as", "early", "as") && fits[j + 3]
                    || phraseAt(text, words, count, j, "until", "at", "least") && fits[j + 3];
        }
        for (int j = 0; j < count; j++) {
            if (!fits[j]) {
                continue;
            }
            int b = words[2 * (count - 1 - j)];
            if (j > 0 || b == 0 || isRegexSpace(text.charAt(b - 1))) {
                return b; // after white space, or at the start: a word boundary
            }
            char c = text.charAt(b - 1);
            if (c >= 128) {
                return -2;
            }
            if (!(c >= '0' && c <= '9' || c == '_')) {
                return b; // a letter stopped the run neither; ASCII punctuation before a word is a boundary
            }
        }
        return -1;
    }

    /** The j-th word of the run in text order, lower case; the run's words are ASCII, being preposition words. */
    private static String wordAt(String text, int[] words, int count, int j) {
        int i = 2 * (count - 1 - j);
        return text.substring(words[i], words[i + 1]).toLowerCase(Locale.ROOT);
    }

    /** Whether the run's words from the j-th are {@code phrase}, one plain space apart. */
    private static boolean phraseAt(String text, int[] words, int count, int j, String... phrase) {
        if (j + phrase.length > count) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            int i = 2 * (count - 1 - j - k);
            if (!text.substring(words[i], words[i + 1]).equalsIgnoreCase(phrase[k])) {
                return false;
            }
            if (k > 0 && !(words[i] == words[i + 3] + 1 && text.charAt(words[i + 3]) == ' ')) {
                return false; // the previous word must end one space before this one
            }
        }
        return true;
    }

    /** {@code text} with each run of {@code \s} as one space, as {@code replaceAll("\\s+", " ")} gives it. */
    private static String oneSpaced(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isRegexSpace(c)) {
                out.append(c);
            } else if (i == 0 || !isRegexSpace(text.charAt(i - 1))) {
                out.append(' ');
            }
        }
        return out.toString();
    }

    /** False only when FINAL_DASHES cannot match: the text ends in neither such a dash nor a line break. */
    private static boolean mayEndInDash(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        // "$" also matches before a final line terminator
        return ",;:\u2014\u2013-".indexOf(last) >= 0 || last == '\n' || last == '\r' || last == '\u0085'
                || last == '\u2028' || last == '\u2029';
    }

    /** Whether every run of {@code \s} in {@code text} is one plain space, so oneSpaced would leave it as is. */
    private static boolean singleSpaced(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isRegexSpace(c) && (c != ' ' || i + 1 < text.length() && isRegexSpace(text.charAt(i + 1)))) {
                return false;
            }
        }
        return true;
    }

    /** False only when EDGE_PUNCTUATION cannot match: neither end is punctuation, space or a line break. */
    private static boolean mayHaveEdgePunctuation(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        // "$" also matches before a final line terminator, so one there keeps the regex in play
        return isEdge(text.charAt(0)) || isEdge(last) || last == '\u0085' || last == '\u2028' || last == '\u2029';
    }

    private static boolean isEdge(char c) {
        return ",;:\u2014\u2013-.()".indexOf(c) >= 0 || isRegexSpace(c);
    }

    /** The characters {@code \s} matches (ASCII white space only). */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Whether {@code word} stands right before one of the dates in {@code clause} ("marking [75 years ago]"). */
    private static boolean wordBeforeADate(String clause, List<int[]> dates, String word) {
        for (int[] d : dates) {
            int e = Math.min(d[0], clause.length());
            while (e > 0 && Character.isWhitespace(clause.charAt(e - 1))) {
                e--;
            }
            if (e >= word.length() && clause.regionMatches(true, e - word.length(), word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCapitalized(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    /**
     * "marking" of "a celebration marking [75 years since …]": a lower-case -ing word after a noun, whose object
     * (a date) was cut away. Not
     * a name ("William King") and not a noun after a determiner ("the landing", "their wedding").
     */
    private static boolean isDanglingParticiple(String word, String before) {
        return word.endsWith("ing") && word.length() > 4 && Character.isLowerCase(word.charAt(0))
                && !DETERMINERS.contains(before.toLowerCase(Locale.ROOT));
    }

    /** Words after which an -ing word is a noun or a verb's own form ("the landing", "keep fighting"). */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our",
            "my", "your", "this", "that", "these", "those", "no", "every", "each", "first", "last", "is", "are",
            "was", "were", "be", "been", "am", "keep", "kept", "start", "started", "stop", "stopped", "began",
            "continue", "continued", "go", "went", "will", "would");

    /**
     * "in the late [4th millennium BC]": "late", "early" or "mid" after "the", left behind where a date the
     * tagger read without them was cut.
     */
    private static boolean isPartOfDate(String word, String before) {
        return before.equalsIgnoreCase("the") && (word.equals("late") || word.equals("early") || word.equals("mid"));
    }

    /** A word a title must not end on: an article, preposition or auxiliary, or bare punctuation. */
    private static boolean isTrailing(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        int n = lower.length();
        char last = n == 0 ? ' ' : lower.charAt(n - 1);
        String core;
        if (last == '\n' || last == '\r' || last == '\u0085' || last == '\u2028' || last == '\u2029') {
            core = FINAL_COLON.matcher(lower).replaceAll(""); // "$" also matches before a final line break
        } else {
            // FINAL_COLON can only match the last char: cut it by hand rather than run a regex per word
            core = last == ',' || last == ';' || last == ':' ? lower.substring(0, n - 1) : lower;
        }
        return TRAILING.contains(core) || n > 0 && (onlyDashes(word) || word.chars().allMatch(c -> c == '.'));
    }

    /** Whether {@code [,;:\u2014\u2013-]+} matches a non-empty {@code word}: it is all such punctuation. */
    private static boolean onlyDashes(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (",;:\u2014\u2013-".indexOf(word.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code text} with each date and the prepositions just before it ("in", "on", "as early as") replaced by a
     * space. Removing the dates one by one from the last copies the text once per date; when no preposition
     * reaches back into the date before it, which is always on real text, one pass from the first date gives
     * the same string, and only the first {@value #KEPT} chars of it, all a title uses.
     */
    private static String withoutDates(String text, List<int[]> dates) {
        List<int[]> sorted = new ArrayList<>(dates.size());
        for (int[] d : dates) {
            if (d[0] >= 0 && d[1] <= text.length() && d[0] < d[1] && !KeptDates.keeps(text, d[0], d[1])) {
                sorted.add(d);
            }
        }
        sorted.sort((a, b) -> Integer.compare(a[0], b[0]));
        int[] keep = new int[sorted.size()];
        int previousEnd = 0;
        for (int i = 0; i < sorted.size(); i++) {
            int[] d = sorted.get(i);
            // only the last words can be the date's preposition; matching the whole prefix is quadratic
            int at = KeptDates.articleBefore(text, d[0], d[1]); // "on [a] Saturday night": the article goes too
            int tail = Math.max(0, at - 40);
            keep[i] = !mayEndInPreposition(text, tail, at) ? at
                    : tail + withoutFinalPreposition(text.substring(tail, at)).length();
            if (keep[i] == d[0]) {
                keep[i] = overBefore(text, d[0]);
            }
            if (d[0] < previousEnd || keep[i] < previousEnd) {
                return withoutDatesFromLast(text, dates);
            }
            previousEnd = d[1];
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int i = 0; i < sorted.size() && out.length() <= KEPT; i++) {
            int cut = keep[i];
            int after = sorted.get(i)[1];
            // an aside that only holds the date (", in December 2018,") goes with both its commas
            int b = cut;
            while (b > from && text.charAt(b - 1) == ' ') {
                b--;
            }
            int a = after;
            while (a < text.length() && text.charAt(a) == ' ') {
                a++;
            }
            if (b > from && text.charAt(b - 1) == ',' && a < text.length() && text.charAt(a) == ',') {
                cut = b - 1;
                after = a + 1;
            }
            out.append(text, from, cut).append(' ');
            from = after;
        }
        if (out.length() <= KEPT) {
            out.append(text, from, Math.min(text.length(), from + KEPT + 1));
        }
        return out.toString();
    }

    /**
     * Where "over" starts when it alone goes before a date that opens with "the" ("calmer weather over the
     * weekend"), else {@code date}. Not in the general list: "took over in 1990" must keep its "over".
     */
    private static int overBefore(String text, int date) {
        if (!text.regionMatches(true, date, "the ", 0, 4)) {
            return date;
        }
        int e = date;
        while (e > 0 && isRegexSpace(text.charAt(e - 1))) {
            e--;
        }
        int b = e - 4;
        boolean word = b >= 0 && text.regionMatches(true, b, "over", 0, 4) && e < date
                && (b == 0 || !Character.isLetter(text.charAt(b - 1)));
        return word ? b : date;
    }

    /**
     * False when {@link #withoutFinalPreposition} would leave {@code text[from, to)} as it is, seen without copying
     * it: it does not end in white space after a letter (nor in a line break the regex treats apart).
     */
    private static boolean mayEndInPreposition(String text, int from, int to) {
        if (to == from) {
            return false;
        }
        if ("\u0085\u2028\u2029".indexOf(text.charAt(to - 1)) >= 0) {
            return true;
        }
        int end = to;
        while (end > from && isRegexSpace(text.charAt(end - 1))) {
            end--;
        }
        return end < to && end > from && Character.isLetter(text.charAt(end - 1));
    }

    /** {@link #withoutDates}, one date at a time from the last. */
    private static String withoutDatesFromLast(String clause, List<int[]> dates) {
        String text = clause;
        List<int[]> sorted = new ArrayList<>(dates);
        sorted.sort((a, b) -> Integer.compare(b[0], a[0]));
        for (int[] d : sorted) {
            if (d[0] >= 0 && d[1] <= text.length() && d[0] < d[1]) {
                int tail = Math.max(0, d[0] - 40);
                String before = text.substring(0, tail)
                        + DATE_PREPOSITION.matcher(text.substring(tail, d[0])).replaceAll("");
                text = before + " " + text.substring(d[1]);
            }
        }
        return text;
    }

    /** A title for {@code clause}; {@code dateBegin}/{@code dateEnd} (relative to the clause, or -1) are removed. */
    public String title(String clause, int dateBegin, int dateEnd) {
        return title(clause, dateBegin < 0 ? List.of() : List.of(new int[] {dateBegin, dateEnd}));
    }

    /** A title for {@code clause}, which a date follows directly in the text (so its last word may dangle). */
    public String titleBeforeDate(String clause) {
        return title(clause, List.of(new int[] {clause.length(), clause.length()}));
    }

    /** A title for {@code clause} without the dates at {@code dates} (pairs of offsets relative to the clause). */
    public String title(String clause, List<int[]> dates) {
        String text = clause;
        List<int[]> sorted = new ArrayList<>(dates);
        int focus = TitleStarts.focus(clause, dates);
        int cut = Math.max(Math.max(focus, Math.max(TitleStarts.pastScene(clause, dates),
                TitleStarts.pastParticipleLead(clause, dates))),
                Math.max(TitleStarts.subordinate(clause, dates), TitleStarts.reported(clause, dates)));
        if (cut > 0) {
            text = clause.substring(cut);
            sorted = dates.stream().filter(d -> d[0] >= cut).map(d -> new int[] {d[0] - cut, d[1] - cut}).toList();
            sorted = new ArrayList<>(sorted);
        }
        text = withoutDates(text, sorted);
        if (text.length() > KEPT) {
            text = text.substring(0, KEPT); // a title needs ten words, not a whole run-on sentence
        }
        // each regex runs only when it can change the text: most clauses have no quotes, no double spaces
        // and no punctuation at their ends, and these ran for every event
        if (text.indexOf('\u201c') >= 0 || text.indexOf('\u201d') >= 0 || text.indexOf('"') >= 0
                || text.contains("``") || text.contains("''")) {
            text = QUOTES.matcher(text).replaceAll("");
        }
        text = (singleSpaced(text) ? text : oneSpaced(text)).strip();
        if (mayHaveEdgePunctuation(text)) {
            text = EDGE_PUNCTUATION.matcher(text).replaceAll("");
        }
        // a title keeps ten words of the first few dozen: the rest stays in one piece, never split
        List<String> words = new ArrayList<>(Arrays.asList(text.split(" ", SPLIT_WORDS)));
        // "In 1990, the firm …", "For the first nine months, the company earned …": what follows the comma
        if (words.size() > 4 && LEAD_INS.contains(words.get(0).toLowerCase(Locale.ROOT)) && text.indexOf(',') > 0
                && text.indexOf(',') < 60) {
            words = new ArrayList<>(Arrays.asList(text.substring(text.indexOf(',') + 1).strip()
                    .split(" ", SPLIT_WORDS)));
        }
        // a comma standing alone is where a date was cut: "Earlier [this year], the exchange was told" keeps
        // what follows it when only a word or three led up to the date
        int lone = words.indexOf(",");
        // not "He resigned [two weeks after the indictment], ending …": a subject and verb before it say what
        if (lone >= 0 && lone <= 3 && words.size() - lone > 3
                && Subjects.subjectOf(String.join(" ", words.subList(0, lone))).isEmpty()) {
            words = new ArrayList<>(words.subList(lone + 1, words.size()));
        }
        boolean stripped = focus > 0 && focus == cut;
        while (words.size() > 2 && LEADING.contains(words.get(0).toLowerCase(Locale.ROOT))
                && !(words.get(0).equalsIgnoreCase("at") && words.get(1).equalsIgnoreCase("least"))) {
            // a preposition's noun phrase goes with it; after "and" or "when" a subject follows
            stripped = PREPOSITIONS.contains(words.remove(0).toLowerCase(Locale.ROOT));
        }
        // "Since the initiation of …" loses "Since the"; "The gathering will …" and "and the couple announced"
        // keep their article
        while (stripped && words.size() > 2 && ARTICLES.contains(words.get(0).toLowerCase(Locale.ROOT))) {
            words.remove(0);
        }
        words = TitleStarts.beforeParticipleAside(words);
        boolean truncated = words.size() > MAX_WORDS;
        if (truncated) {
            // "… the first powered flight at Kitty" cut "Kitty Hawk" in two: drop the half name with its
            // preposition, when the name began at most two words before the cut
            boolean splitName = isCapitalized(words.get(MAX_WORDS - 1)) && isCapitalized(words.get(MAX_WORDS));
            words = new ArrayList<>(words.subList(0, MAX_WORDS));
            int run = 0;
            while (splitName && run < 3 && isCapitalized(words.get(MAX_WORDS - 1 - run))) {
                run++;
            }
            if (splitName && run <= 2 && isTrailing(words.get(MAX_WORDS - 1 - run))) {
                words = new ArrayList<>(words.subList(0, MAX_WORDS - run));
            }
            words = TitleStarts.withoutCutShortTail(words);
        }
        while (words.size() > 1 && (isTrailing(words.get(words.size() - 1))
                && !(!truncated && isParticle(words.get(words.size() - 1), words.get(words.size() - 2)))
                || isPartOfDate(words.get(words.size() - 1), words.get(words.size() - 2)))) {
            words.remove(words.size() - 1);
        }
        if (words.size() > 3 && wordBeforeADate(clause, dates, words.get(words.size() - 1))
                && isDanglingParticiple(words.get(words.size() - 1), words.get(words.size() - 2))) {
            words.remove(words.size() - 1); // "a celebration marking" (what it marked was cut away)
            while (words.size() > 1 && isTrailing(words.get(words.size() - 1))) {
                words.remove(words.size() - 1);
            }
        }
        String joined = String.join(" ", words);
        if (joined.indexOf(" ,") >= 0) {
            joined = joined.replace(" ,", ","); // a date cut before a comma: "End of the broadcast, one more trip"
        }
        String t = (mayEndInDash(joined) ? FINAL_DASHES.matcher(joined).replaceAll("") : joined).strip();
        if (t.isEmpty()) {
            return "";
        }
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }
}
