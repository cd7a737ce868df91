package chronolens.extract;

import chronolens.extract.rules.Triggers;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Numbers the token keys the rules know (see {@link Triggers}) and finds the number of a token in the text
 * without making a String for it: the tagger reads every word of every article, and most words matter to no rule.
 */
final class TokenKeys {
    /** A word no rule knows. */
    static final int NONE = -1;
    /** A token kept in the scan that no rule knows: a symbol, or a word whose hash equals a known key's. */
    static final int OTHER = -2;

    private final Map<String, Integer> ids = new HashMap<>();
    private final String[] keys;
    /** Sorted hashes of the known keys; a word with another hash is no key. */
    private final int[] hashes;
    /** For each entry of {@link #hashes}, the ids of the keys with that hash. */
    private final int[][] idsOfHash;
    private final int[] asciiSymbols = new int[128];
    private final int digits;

    TokenKeys(Set<String> known) {
        keys = known.stream().sorted().toArray(String[]::new);
        for (int i = 0; i < keys.length; i++) {
            ids.put(keys[i], i);
        }
        Map<Integer, List<Integer>> byHash = new HashMap<>();
        for (int i = 0; i < keys.length; i++) {
            byHash.computeIfAbsent(keys[i].hashCode(), h -> new java.util.ArrayList<>()).add(i);
        }
        hashes = byHash.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        idsOfHash = new int[hashes.length][];
        for (int i = 0; i < hashes.length; i++) {
            idsOfHash[i] = byHash.get(hashes[i]).stream().mapToInt(Integer::intValue).toArray();
        }
        for (char c = 0; c < 128; c++) {
            asciiSymbols[c] = id(String.valueOf(c));
        }
        digits = id(Triggers.DIGITS);
    }

    int size() {
        return keys.length;
    }

    /** The id of a key, or {@link #OTHER}. */
    int id(String key) {
        Integer id = ids.get(key);
        return id == null ? OTHER : id;
    }

    int digits() {
        return digits;
    }

    /** The id of the symbol token {@code c}, or {@link #OTHER}. */
    int symbol(char c) {
        return c < 128 ? asciiSymbols[c] : id(Triggers.keyAt(String.valueOf(c), 0));
    }

    /**
     * The id of the word {@code text[begin, end)}, whose lower-case letters hash to {@code hash} (as
     * {@link String#hashCode()} of the key): {@link #NONE} when no key has that hash, {@link #OTHER} when one has
     * but the word is no key.
     */
    int word(CharSequence text, int begin, int end, int hash) {
        int at = Arrays.binarySearch(hashes, hash);
        if (at < 0) {
            return NONE;
        }
        for (int id : idsOfHash[at]) {
            if (sameWord(text, begin, end, keys[id])) {
                return id;
            }
        }
        // a word with a letter outside ASCII, whose lower case may differ in length: key it as Triggers does
        return id(Triggers.keyAt(text, begin));
    }

    /** Whether an ASCII word is {@code key} ignoring case; false for any other word. */
    private static boolean sameWord(CharSequence text, int begin, int end, String key) {
        if (key.length() != end - begin) {
            return false;
        }
        for (int i = begin; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 128 || (char) (c | 0x20) != key.charAt(i - begin)) {
                return false;
            }
        }
        return true;
    }
}
