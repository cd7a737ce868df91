package chronolens.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The token keys a rule can start on: a word in lower case, {@value #DIGITS} for a number, or a symbol. */
public final class Triggers {
    /** The key of any token that starts with a digit. */
    public static final String DIGITS = "#d";

    private Triggers() {
    }

    /** The key of the token starting at {@code at} in {@code s}. */
    public static String keyAt(CharSequence s, int at) {
        char c = s.charAt(at);
        if (c >= '0' && c <= '9') {
            return DIGITS;
        }
        if (Character.isLetter(c)) {
            int end = at + 1;
            while (end < s.length() && Character.isLetter(s.charAt(end))) {
                end++;
            }
            return s.subSequence(at, end).toString().toLowerCase(Locale.ROOT);
        }
        if (c == '\u2010' || c == '\u2011') {
            return "-";
        }
        return c == '\u2019' || c == '\u2018' ? "'" : String.valueOf(c);
    }

    /**
     * The keys of the words in a literal, in order: each run of letters in lower case. A run with a letter
     * outside ASCII is left out, as rules match only ASCII letters regardless of case.
     */
    public static List<String> words(CharSequence literal) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < literal.length()) {
            if (!Character.isLetter(literal.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            boolean ascii = true;
            while (end < literal.length() && Character.isLetter(literal.charAt(end))) {
                ascii &= literal.charAt(end) < 128;
                end++;
            }
            if (ascii) {
                out.add(keyAt(literal, i));
            }
            i = end;
        }
        return out;
    }

    /** Whether a token starts at {@code at}: a letter or digit run begins there, or a symbol stands there. */
    public static boolean isTokenStart(CharSequence s, int at) {
        char c = s.charAt(at);
        if (Character.isWhitespace(c)) {
            return false;
        }
        if (at == 0) {
            return true;
        }
        char p = s.charAt(at - 1);
        if (Character.isLetter(c)) {
            return !Character.isLetter(p);
        }
        if (c >= '0' && c <= '9') {
            return !(p >= '0' && p <= '9');
        }
        return true;
    }
}
