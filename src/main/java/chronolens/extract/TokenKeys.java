package chronolens.extract;

import chronolens.extract.rules.Triggers;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Numbers the token keys the rules know (see {@link Triggers}) and finds the number of a token in the text
 * without making a String for it: the tagger reads every word of every article, and most words matter to no rule.
 */
final class TokenKeys {
    /** A word no rule knows. */
    static final int NONE = -1;
    /** A token kept in the scan that no rule knows: a symbol or a word no key is. */
    static final int OTHER = -2;

    private final Map<String, Integer> ids = new HashMap<>();
    private final String[] keys;
    /**
     * The keys by hash, open addressing: slot {@code mix(h) & mask} onwards holds each key with that hash, as two
     * ints side by side, the hash and {@code id + 1}, 0 where empty. A lookup costs one or two probes, and every
     * word of the text is looked up: the pairs put a probe's two reads in one cache line.
     */
    private final int[] table;
    private final int mask;
    private final int[] asciiSymbols = new int[128];
    private final int digits;

    TokenKeys(Set<String> known) {
        keys = known.stream().sorted().toArray(String[]::new);
        int size = Integer.highestOneBit(Math.max(4, keys.length * 4) - 1) << 1;
        table = new int[2 * size];
        mask = size - 1;
        for (int i = 0; i < keys.length; i++) {
            ids.put(keys[i], i);
            int h = keys[i].hashCode();
            int at = mix(h) & mask;
            while (table[2 * at + 1] != 0) {
                at = (at + 1) & mask;
            }
            table[2 * at] = h;
            table[2 * at + 1] = i + 1;
        }
        for (char c = 0; c < 128; c++) {
            asciiSymbols[c] = id(String.valueOf(c));
        }
        digits = id(Triggers.DIGITS);
    }

    private static int mix(int h) {
        return h ^ (h >>> 16) ^ (h >>> 7);
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
        boolean hashed = false;
        for (int at = mix(hash) & mask; table[2 * at + 1] != 0; at = (at + 1) & mask) {
            if (table[2 * at] == hash) {
                hashed = true;
                int id = table[2 * at + 1] - 1;
                if (sameWord(text, begin, end, keys[id])) {
                    return id;
                }
            }
        }
        if (!hashed) {
            return NONE;
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
