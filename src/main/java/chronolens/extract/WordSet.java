package chronolens.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The first words of some phrases, to tell cheaply that a stretch of text holds none of them: then a regex
 * {@code (?i)\b(?:phrase|...)\b} cannot match there either, and need not scan it.
 *
 * <p>A word is a run of the characters {@code \b} counts as word characters (letters, digits, {@code _}); a
 * phrase that a regex matches starts at such a run, and its first run is the whole text run there.
 */
final class WordSet {
    private final Set<String> words;
    /** The hash codes of {@link #words}, sorted: most words of a text are ruled out without a String. */
    private final int[] hashes;
    /** True when some phrase does not start with a word character: then nothing can be ruled out. */
    private final boolean any;

    private WordSet(Set<String> words, boolean any) {
        this.words = words;
        this.hashes = words.stream().mapToInt(String::hashCode).sorted().toArray();
        this.any = any;
    }

    static WordSet ofFirstWords(List<String> phrases) {
        Set<String> words = new HashSet<>();
        boolean any = false;
        for (String p : phrases) {
            int end = 0;
            while (end < p.length() && isWordChar(p.charAt(end))) {
                end++;
            }
            if (end == 0) {
                any = true;
            }
            words.add(p.substring(0, end).toLowerCase(Locale.ROOT));
        }
        return new WordSet(Set.copyOf(words), any);
    }

    /** Whether a word of {@code text[from, to)} (cut at the bounds, as a region's regex sees it) is in the set. */
    boolean anyIn(String text, int from, int to) {
        if (any) {
            return true;
        }
        int i = from;
        while (i < to) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            int h = 0;
            boolean ascii = true;
            while (end < to && isWordChar(text.charAt(end))) {
                char c = text.charAt(end);
                ascii &= c < 128;
                h = 31 * h + (c >= 'A' && c <= 'Z' ? c | 0x20 : c);
                end++;
            }
            // an ASCII word is ruled out by its lower-case hash; another is lower-cased as the phrases were
            if ((!ascii || java.util.Arrays.binarySearch(hashes, h) >= 0)
                    && words.contains(text.substring(i, end).toLowerCase(Locale.ROOT))) {
                return true;
            }
            i = end;
        }
        return false;
    }

    /** The word characters of {@code \b}. */
    private static boolean isWordChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }
}
