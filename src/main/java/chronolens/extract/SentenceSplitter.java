package chronolens.extract;

import chronolens.extract.rules.NormalizationTable;
import chronolens.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into sentences: at line breaks (headlines, list items) and at . ! ? followed by space and a
 * capital, digit or quote, except after abbreviations ("Mr.", "Sept.", "U.S.") and initials ("J. R.").
 */
public final class SentenceSplitter {
    private static final int MAX_SENTENCE = 2_000;
    /** The chars that may end a sentence. */
    private static final String ENDERS = "\n\r.!?";
    private final NormalizationTable abbreviations;

    public SentenceSplitter(NormalizationTable abbreviations) {
        this.abbreviations = abbreviations;
    }

    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        // the next of each char that may end a sentence, found with indexOf: reading the text char by char cost
        // more than all the rest here, and only these chars (or white space in an overlong run) can cut
        int[] next = new int[ENDERS.length()];
        for (int k = 0; k < next.length; k++) {
            next[k] = indexOf(text, ENDERS.charAt(k), 0);
        }
        int i = 0;
        while (i < n) {
            int j = n;
            for (int k = 0; k < next.length; k++) {
                if (next[k] < i) {
                    next[k] = indexOf(text, ENDERS.charAt(k), i);
                }
                j = Math.min(j, next[k]);
            }
            // a run without punctuation is cut at its first white space past MAX_SENTENCE chars
            for (int w = Math.max(i, start + MAX_SENTENCE); w < j; w++) {
                if (Character.isWhitespace(text.charAt(w))) {
                    j = w;
                    break;
                }
            }
            if (j >= n) {
                break;
            }
            char c = text.charAt(j);
            boolean cut = false;
            int end = j + 1;
            if (c == '\n' || c == '\r') {
                end = j;
                cut = true;
            } else if ((c == '.' || c == '!' || c == '?') && endsSentence(text, j)) {
                while (end < n && isCloser(text.charAt(end))) {
                    end++;
                }
                cut = true;
            } else if (j - start >= MAX_SENTENCE && Character.isWhitespace(c)) {
                end = j; // very long runs without punctuation are cut so no rule scans unbounded text
                cut = true;
            }
            if (cut) {
                add(out, text, start, end);
                start = end;
            }
            i = Math.max(j + 1, end);
        }
        add(out, text, start, n);
        return out;
    }

    /** The index of {@code c} in {@code text} at or after {@code from}, or the text's length when none. */
    private static int indexOf(String text, char c, int from) {
        int at = text.indexOf(c, from);
        return at < 0 ? text.length() : at;
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '\u201d' || c == '\u2019' || c == ')' || c == ']';
    }

    private static void add(List<Sentence> out, String text, int begin, int end) {
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > begin) {
            out.add(new Sentence(begin, end));
        }
    }

    private boolean endsSentence(String text, int i) {
        int j = i + 1;
        while (j < text.length() && isCloser(text.charAt(j))) {
            j++;
        }
        if (j >= text.length()) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(j))) {
            return false; // "3.5", "U.S.-led", "e.g.,"
        }
        int k = j;
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
            if (text.charAt(k) == '\n') {
                return true;
            }
            k++;
        }
        if (k >= text.length()) {
            return true;
        }
        char next = text.charAt(k);
        if (!(Character.isUpperCase(next) || Character.isDigit(next) || next == '"' || next == '\u201c'
                || next == '\'' || next == '(' || next == '\u2018')) {
            return false;
        }
        if (text.charAt(i) != '.') {
            return true;
        }
        int w = i;
        while (w > 0 && !Character.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '(') {
            w--;
        }
        while (w < i && "\"'\u201c\u2018".indexOf(text.charAt(w)) >= 0) {
            w++;
        }
        String word = text.substring(w, i + 1).toLowerCase(Locale.ROOT);
        if (word.length() == 2 && Character.isLetter(word.charAt(0))) {
            return false; // an initial: "J. R. R. Tolkien"
        }
        String kind = abbreviations.get(word);
        if ("title".equals(kind)) {
            return false;
        }
        // "U.S. officials": a dotted abbreviation before a capital rarely ends a sentence in news.
        return kind == null;
    }
}
