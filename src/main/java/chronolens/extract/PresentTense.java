package chronolens.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Whether a clause reports the present or the future: "will", "is set to", or a verb in -s after its subject. */
final class PresentTense {
    private static final int WINDOW = 14;
    /** Compiled once: String.split compiles a regex like this one on every call. */
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}']+");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our",
            "this", "that", "these", "those", "my", "your", "further", "new", "closer");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "who", "which", "that", "one", "everyone",
            "nobody", "someone", "each");
    private static final Set<String> NOT_VERBS = Set.of("this", "is", "has", "was", "its", "his", "us", "as", "gas",
            "always", "perhaps", "towards", "news", "series", "means", "less", "nevertheless", "whereas", "thus",
            "various", "previous", "serious", "famous", "numerous", "across", "plus", "status", "crisis", "analysis");
    private static final Set<String> FUTURE = Set.of("will", "shall", "'ll");
    private static final Set<String> BE = Set.of("is", "are", "am");
    private static final Set<String> AFTER_BE = Set.of("expected", "anticipated", "set", "scheduled", "due",
            "going", "poised", "slated", "about", "likely", "planned");

    private PresentTense() {
    }

    static boolean reportsPresent(String clause) {
        String[] orig = ascii(clause) ? asciiWords(clause) : NON_WORD.split(clause.replace('\u2019', '\''));
        String[] w;
        if (ascii(clause)) {
            // lower case keeps every ASCII letter a letter, so the words of the lower-cased clause are these
            w = new String[orig.length];
            for (int i = 0; i < w.length; i++) {
                w[i] = orig[i].toLowerCase(Locale.ROOT);
            }
        } else {
            w = NON_WORD.split(clause.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        }
        int n = Math.min(w.length, WINDOW);
        for (int i = 0; i < n; i++) {
            if (FUTURE.contains(w[i])) {
                return true;
            }
            if (BE.contains(w[i]) && i + 1 < w.length && (AFTER_BE.contains(w[i + 1]) || w[i + 1].endsWith("ing"))) {
                return true;
            }
            if (i > 0 && i + 1 < w.length && isThirdPersonVerb(w[i]) && hasSubject(w, orig, i)
                    && (DETERMINERS.contains(w[i + 1])
                    || (i + 1 < orig.length && !orig[i + 1].isEmpty()
                    && Character.isUpperCase(orig[i + 1].charAt(0))))) {
                return true;
            }
        }
        return false;
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code NON_WORD.split(s)} for an ASCII {@code s}, cut by hand: the pieces between runs of characters other
     * than letters and {@code '}, with no trailing empty ones, and {@code s} itself when there is no such run.
     */
    private static String[] asciiWords(String s) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int index = 0;
        int i = 0;
        boolean cut = false;
        while (i < s.length()) {
            if (isWordChar(s.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < s.length() && !isWordChar(s.charAt(j))) {
                j++;
            }
            out.add(s.substring(index, i));
            index = j;
            i = j;
            cut = true;
        }
        if (!cut) {
            return new String[] {s};
        }
        out.add(s.substring(index));
        int size = out.size();
        while (size > 0 && out.get(size - 1).isEmpty()) {
            size--;
        }
        return out.subList(0, size).toArray(new String[0]);
    }

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '\'';
    }

    /** A pronoun or name just before, or "the occasion (also)": a determiner and a noun. */
    private static boolean hasSubject(String[] w, String[] orig, int i) {
        int j = i - 1;
        if (j > 0 && (w[j].endsWith("ly") || w[j].equals("also") || w[j].equals("still") || w[j].equals("now"))) {
            j--;
        }
        if (j < 0 || DETERMINERS.contains(w[j])) {
            return false;
        }
        if (PRONOUNS.contains(w[j]) || (j < orig.length && !orig[j].isEmpty()
                && Character.isUpperCase(orig[j].charAt(0)) && j > 0)) {
            return true;
        }
        return j > 0 && DETERMINERS.contains(w[j - 1]) || (j > 1 && DETERMINERS.contains(w[j - 2]));
    }

    private static boolean isThirdPersonVerb(String w) {
        return w.length() > 4 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("'s")
                && !w.endsWith("ics") && !NOT_VERBS.contains(w);
    }
}
