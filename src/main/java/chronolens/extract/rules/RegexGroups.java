package chronolens.extract.rules;

/**
 * How the two readers of rule regexes ({@link Openings}, {@link Spellings}) step over groups and classes: where a
 * group's body begins and ends, and how to pass a group or a class unread. Offsets into the regex, not state.
 */
final class RegexGroups {
    private RegexGroups() {
    }

    /** Whether the group opening at {@code pos} is a lookahead or lookbehind, which matches no text. */
    static boolean isLookaround(String re, int pos) {
        return re.startsWith("(?=", pos) || re.startsWith("(?!", pos) || re.startsWith("(?<=", pos)
                || re.startsWith("(?<!", pos);
    }

    /** Where the body of the group opening at {@code pos} begins: past "(", "(?:", "(?>" or "(?<name>". */
    static int bodyStart(String re, int pos) {
        if (re.startsWith("(?:", pos) || re.startsWith("(?>", pos)) {
            return pos + 3;
        }
        if (re.startsWith("(?<", pos)) {
            return re.indexOf('>', pos) + 1;
        }
        if (re.startsWith("(?", pos)) {
            throw new IllegalArgumentException("inline flags at " + pos);
        }
        return pos + 1;
    }

    /** Just past the ")" at {@code pos} that closes a group's body. */
    static int close(String re, int pos) {
        if (pos >= re.length() || re.charAt(pos) != ')') {
            throw new IllegalArgumentException("unclosed group");
        }
        return pos + 1;
    }

    /** Just past the group opening at {@code pos}, its body unread. */
    static int skipGroup(String re, int pos) {
        int depth = 0;
        int at = pos;
        do {
            char c = re.charAt(at);
            if (c == '\\') {
                at++;
            } else if (c == '[') {
                at = skipClass(re, at);
                continue;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
            at++;
        } while (depth > 0);
        return at;
    }

    /** Just past the character class opening at {@code pos}; a class inside a class is refused. */
    static int skipClass(String re, int pos) {
        int at = pos + 1;
        if (re.charAt(at) == '^') {
            at++;
        }
        do {
            if (re.charAt(at) == '\\') {
                at++;
            } else if (re.charAt(at) == '[') {
                throw new IllegalArgumentException("nested class at " + at);
            }
            at++;
        } while (re.charAt(at) != ']');
        return at + 1;
    }
}
