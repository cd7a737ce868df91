package chronolens.extract.rules;

import java.util.Map;
import java.util.TreeMap;

/**
 * Builds one regular expression for many literal keys as a character trie ("nineteen (?:ninety…|eighty…)"), so a
 * failed match costs one character test instead of one test per key.
 */
final class KeyTrie {
    private final Map<Character, KeyTrie> children = new TreeMap<>();
    private boolean terminal;

    void add(String key) {
        KeyTrie node = this;
        for (int i = 0; i < key.length(); i++) {
            node = node.children.computeIfAbsent(key.charAt(i), c -> new KeyTrie());
        }
        node.terminal = true;
    }

    /** The regex; {@code last} is the character before this node, to decide the word boundary at a key's end. */
    String regex(char last) {
        StringBuilder out = new StringBuilder();
        int alternatives = children.size() + (terminal ? 1 : 0);
        if (alternatives > 1) {
            out.append("(?:");
        }
        boolean first = true;
        for (Map.Entry<Character, KeyTrie> e : children.entrySet()) {
            if (!first) {
                out.append('|');
            }
            first = false;
            out.append(PatternLibrary.literalChar(e.getKey())).append(e.getValue().regex(e.getKey()));
        }
        if (terminal) {
            if (!first) {
                out.append('|');
            }
            if (Character.isLetter(last)) {
                out.append("(?![\\p{L}])");
            }
        }
        if (alternatives > 1) {
            out.append(')');
        }
        return out.toString();
    }
}
