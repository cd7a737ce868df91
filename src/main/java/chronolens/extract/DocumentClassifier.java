package chronolens.extract;

import chronolens.model.DocumentDate;
import chronolens.model.DocumentType;
import chronolens.model.Sentence;
import chronolens.model.TimexType;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether an article is news (relative dates count from its own date) or a narrative such as a
 * history, biography or chronology (relative dates count from the last date reached).
 *
 * <p>The heuristic: any BC or deep-time date, or lines that open with a year (a chronology), make a narrative;
 * so do many distinct years spread over decades that outnumber news cues (today, yesterday, weekdays, "said").
 * An undated text whose date could only be guessed from the latest year it names is a narrative too.
 * Everything else is news. A date given with the article raises the bar for narrative.
 */
public final class DocumentClassifier {
    private static final Pattern NEWS_CUES = Pattern.compile(
            "(?i)\\b(?:today|yesterday|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|said|says"
                    + "|told|according to|reported|announced|this week|last week)\\b");
    /** The first word of each news cue, in lower case. */
    private static final Set<String> CUE_FIRST_WORDS = Set.of("today", "yesterday", "tomorrow", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "said", "says", "told", "according", "reported",
            "announced", "this", "last");
    private static final int[] CUE_FIRST_HASHES = CUE_FIRST_WORDS.stream().mapToInt(String::hashCode).sorted()
            .toArray();
    /** A line that opens with a year, as {@code (?m)^} then this: a chronology. */
    private static final Pattern LINE_YEAR = Pattern.compile("\\s*(?:\\d{3,4}|\\d{1,4}\\s*(?:BC|BCE|AD))\\b");

    public DocumentType classify(String text, List<Sentence> sentences, List<Mention> mentions, DocumentDate date) {
        // the distinct years named, as bits made when the first year comes: a TreeSet boxed a year per mention
        long[] named = null;
        int distinct = 0;
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (Mention m : mentions) {
            if (m.type() != TimexType.DATE) {
                continue;
            }
            String v = m.value();
            if (v.startsWith("BC") || v.startsWith("KA") || v.startsWith("MA") || v.startsWith("GA")) {
                return DocumentType.NARRATIVE;
            }
            if (v.length() >= 4 && Character.isDigit(v.charAt(0)) && Character.isDigit(v.charAt(1))
                    && Character.isDigit(v.charAt(2)) && Character.isDigit(v.charAt(3))) {
                int year = Character.digit(v.charAt(0), 10) * 1000 + Character.digit(v.charAt(1), 10) * 100
                        + Character.digit(v.charAt(2), 10) * 10 + Character.digit(v.charAt(3), 10);
                if (named == null) {
                    named = new long[(10_000 + 63) / 64];
                }
                if ((named[year >>> 6] & 1L << year) == 0) {
                    named[year >>> 6] |= 1L << year;
                    distinct++;
                    first = Math.min(first, year);
                    last = Math.max(last, year);
                }
            }
        }
        if (chronologyLines(text) >= 3) {
            return DocumentType.NARRATIVE;
        }
        // the cues are counted only as far as a comparison needs them, and only when it is made
        if (date != null && date.origin() == DocumentDate.Origin.INFERRED && date.confidence() < 0.5
                && distinct > 0 && countCues(text, 2) < 2) {
            return DocumentType.NARRATIVE; // undated, with years but nothing tying them to a present: a history
        }
        int needed = date != null && date.isKnown() ? 8 : 4;
        int spread = distinct == 0 ? 0 : last - first;
        return distinct >= needed && spread >= 15 && countCues(text, distinct) < distinct ? DocumentType.NARRATIVE
                : DocumentType.NEWS;
    }

    /**
     * Lines that open with a year, at most 3: the matches {@code find()} of {@code (?m)^} and {@link #LINE_YEAR}
     * would count, with the regex tried only at line starts whose first non-blank is a digit.
     */
    private static int chronologyLines(String text) {
        Matcher m = LINE_YEAR.matcher(text);
        int n = text.length();
        int count = 0;
        int i = 0;
        // with "\n" the only line terminator in the text, String.indexOf finds the next line, much faster
        boolean newlinesOnly = text.indexOf('\r') < 0 && text.indexOf('\u0085') < 0 && text.indexOf('\u2028') < 0
                && text.indexOf('\u2029') < 0;
        while (i < n && count < 3) {
            if (!isLineStart(text, i)) {
                int next = newlinesOnly ? text.indexOf('\n', i) : -2;
                i = next == -2 ? nextLineStart(text, i) : next < 0 ? n : next + 1;
                continue;
            }
            int q = i;
            while (q < n && isRegexSpace(text.charAt(q))) {
                q++;
            }
            // from every line start up to q the regex sees the same thing, so one try serves them all
            if (q < n && text.charAt(q) >= '0' && text.charAt(q) <= '9' && m.region(i, n).lookingAt()) {
                count++;
                i = m.end();
            } else {
                i = Math.max(q, i + 1);
            }
        }
        return count;
    }

    /** Where {@code (?m)^} matches: the start, or after a line terminator (not inside \r\n, not at the end). */
    private static boolean isLineStart(String text, int i) {
        if (i == 0) {
            return true;
        }
        char p = text.charAt(i - 1);
        if (p == '\r') {
            return text.charAt(i) != '\n';
        }
        return p == '\n' || p == '\u0085' || p == '\u2028' || p == '\u2029';
    }

    /** The first line start after {@code i}, or the text's length. */
    private static int nextLineStart(String text, int i) {
        int n = text.length();
        for (int j = i; j < n; j++) {
            char c = text.charAt(j);
            if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return j + 1;
            }
            if (c == '\r') {
                return j + 1 < n && text.charAt(j + 1) == '\n' ? j + 2 : j + 1;
            }
        }
        return n;
    }

    /** The characters {@code \s} matches (ASCII white space only). */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * News cues in {@code text}, at most 100 and at most {@code limit}. The same count as
     * {@code NEWS_CUES.matcher(text).find()} in a loop, but the regex is only tried on a word that is a cue's first
     * word: letting find() try its twenty alternatives at every offset of the text took a tenth of all extraction
     * time.
     */
    private static int countCues(String text, int limit) {
        Matcher c = NEWS_CUES.matcher(text).useTransparentBounds(true);
        int cues = 0;
        int n = text.length();
        int i = 0;
        int most = Math.min(100, limit);
        while (i < n && cues < most) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            // i starts a word: the text's start, after a character that is none, or after a match, which ends
            // at a word boundary. A match needs a word boundary before its first letter, and its first word is
            // a whole run of ASCII letters, as a word boundary follows it or a space does.
            if (isCueFirstWord(text, i) && c.region(i, n).lookingAt()) {
                cues++;
                i = c.end();
                continue;
            }
            // no match starts inside the word either: skip it whole
            while (i < n && isWordChar(text.charAt(i))) {
                i++;
            }
        }
        return cues;
    }

    private static boolean isCueFirstWord(String text, int at) {
        // hash the lower-case word in place: most words are no cue and need no String
        int e = at;
        int h = 0;
        while (e < text.length() && e - at < 10 && isAsciiLetter(text.charAt(e))) {
            h = 31 * h + (text.charAt(e) | 0x20);
            e++;
        }
        return e - at >= 4 && e - at <= 9 && java.util.Arrays.binarySearch(CUE_FIRST_HASHES, h) >= 0
                && CUE_FIRST_WORDS.contains(text.substring(at, e).toLowerCase(Locale.ROOT));
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** The word characters of {@code \b}. */
    private static boolean isWordChar(char c) {
        return c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
                : Character.isLetterOrDigit(c);
    }
}
