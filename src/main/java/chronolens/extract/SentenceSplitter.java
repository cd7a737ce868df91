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
    private final NormalizationTable abbreviations;

    public SentenceSplitter(NormalizationTable abbreviations) {
        this.abbreviations = abbreviations;
    }

    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean cut = false;
            int end = i + 1;
            if (c == '\n' || c == '\r') {
                end = i;
                cut = true;
            } else if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i)) {
                while (end < n && isCloser(text.charAt(end))) {
                    end++;
                }
                cut = true;
            } else if (i - start >= MAX_SENTENCE && Character.isWhitespace(c)) {
                end = i; // very long runs without punctuation are cut so no rule scans unbounded text
                cut = true;
            }
            if (cut) {
                add(out, text, start, end);
                start = end;
                i = Math.max(i, end - 1);
            }
        }
        add(out, text, start, n);
        return out;
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
