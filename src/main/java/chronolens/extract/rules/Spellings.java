package chronolens.extract.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Spells out every text a slot's regex can match, as far as token keys can tell them apart: each run of digits
 * as one {@code 0}, each run of white space as one space, letters in lower case. "{clock}" becomes "0:00",
 * "0am", "0 a.m." …, so {@link KeyPairs} can tell which key follows the first one of a clock time or a number, as
 * it does for a table's words, and the tagger need not try "{count} {unit}" at "2 percent".
 *
 * <p>The spelling errs one way only: a lookaround is taken to pass (so it may spell texts that cannot match),
 * and a construct it does not follow (any char, a negated class, {@code \p}, {@code \w}, back references, a
 * letter repeated without bound) or too many spellings give up with null, which {@link KeyPairs} reads as
 * "any key may follow". A repeat without bound of letter-free text is spelled up to two times more than its
 * least: more repeats only add keys after the first two, the only ones {@link KeyPairs} reads.
 */
public final class Spellings {
    /**
     * Ends a spelling after which the regex forbids a letter ({@code (?![\p{L}])}): the last word is whole. It
     * is dropped when more text follows.
     */
    static final char WHOLE = '\u0000';
    private static final int LIMIT = 4096;

    private Spellings() {
    }

    /** The spellings of {@code regex}, or null when it cannot be spelled out. */
    static Set<String> of(String regex) {
        try {
            Reader reader = new Reader(regex);
            Set<String> out = reader.alternation(Set.of(""));
            if (reader.pos != regex.length()) {
                return null;
            }
            return out;
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    /**
     * Whether no match of {@code regex} can hold white space (a space, tab, line break, vertical tab or form
     * feed). Read in one pass, not spelled out, as it is asked of whole rules: outside lookarounds, which match
     * no text, nothing may stand that could match such a char (a space, {@code \s}, {@code .}, a negated
     * class, a range over one, any escape but {@code \d}, {@code \b} and of a symbol, inline flags).
     * Errs towards false.
     */
    public static boolean spansNoSpace(String regex) {
        try {
            java.util.ArrayDeque<Boolean> groups = new java.util.ArrayDeque<>();
            int lookarounds = 0;
            for (int i = 0; i < regex.length(); i++) {
                char c = regex.charAt(i);
                boolean consumed = lookarounds == 0;
                if (c == '\\') {
                    char e = regex.charAt(++i);
                    if (e == 'Q' || consumed && !(e == 'd' || e == 'b' || e == 'B' || !Character.isLetterOrDigit(e)
                            && !isSpace(e))) {
                        return false;
                    }
                } else if (c == '[') {
                    int close = classEnd(regex, i);
                    if (close < 0 || consumed && classMaySpan(regex, i + 1, close)) {
                        return false;
                    }
                    i = close;
                } else if (c == '(') {
                    boolean look = regex.startsWith("(?=", i) || regex.startsWith("(?!", i)
                            || regex.startsWith("(?<=", i) || regex.startsWith("(?<!", i);
                    if (!look && regex.startsWith("(?", i) && !regex.startsWith("(?:", i)
                            && !regex.startsWith("(?>", i) && !regex.startsWith("(?<", i)) {
                        return false; // inline flags: (?x) would change what a space means
                    }
                    groups.push(look);
                    lookarounds += look ? 1 : 0;
                } else if (c == ')') {
                    lookarounds -= groups.pop() ? 1 : 0;
                } else if (consumed && (c == '.' || isSpace(c))) {
                    return false;
                }
            }
            return groups.isEmpty();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The index of the ']' closing the class opening at {@code open}, or -1 for one this reading avoids. */
    private static int classEnd(String regex, int open) {
        for (int i = open + 1; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[' || c == ']' && (i == open + 1 || i == open + 2 && regex.charAt(open + 1) == '^')) {
                return -1; // nested classes and a leading ']' are left to the regex
            } else if (c == ']') {
                return i;
            }
        }
        return -1;
    }

    /** Whether the members of a class, {@code regex[from, to)}, may match white space. */
    private static boolean classMaySpan(String regex, int from, int to) {
        if (regex.charAt(from) == '^' || regex.indexOf("&&", from) >= 0 && regex.indexOf("&&", from) < to) {
            return true;
        }
        for (int i = from; i < to; i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                char e = regex.charAt(++i);
                if (e != 'd' && (Character.isLetterOrDigit(e) || isSpace(e))) {
                    return true;
                }
                c = e;
            } else if (isSpace(c)) {
                return true;
            }
            if (i + 2 < to && regex.charAt(i + 1) == '-') {
                char high = regex.charAt(i + 2);
                // a range over a white space char, or to an escape this reading does not follow
                if (high == '\\' || c <= ' ' && high >= '\t') {
                    return true;
                }
                i += 2;
            }
        }
        return false;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /** {@code s} followed by {@code c}, both spelled: digit and space runs collapse, {@link #WHOLE} drops. */
    static String append(String s, char c) {
        boolean whole = !s.isEmpty() && s.charAt(s.length() - 1) == WHOLE;
        if (c == WHOLE) {
            return whole ? s : s + WHOLE;
        }
        String head = whole ? s.substring(0, s.length() - 1) : s;
        char last = head.isEmpty() ? WHOLE : head.charAt(head.length() - 1);
        if ((c == '0' || c == ' ') && last == c) {
            return head;
        }
        return head + c;
    }

    private static Set<String> concat(Set<String> left, Set<String> right) {
        Set<String> out = new LinkedHashSet<>();
        for (String l : left) {
            for (String r : right) {
                String s = l;
                for (int i = 0; i < r.length(); i++) {
                    s = append(s, r.charAt(i));
                }
                out.add(s);
            }
        }
        if (out.size() > LIMIT) {
            throw new IllegalArgumentException("too many spellings");
        }
        return out;
    }

    /** Reads a regex from left to right, carrying the spellings of what it has matched so far. */
    private static final class Reader {
        final String re;
        int pos;

        Reader(String re) {
            this.re = re;
        }

        Set<String> alternation(Set<String> in) {
            Set<String> out = new LinkedHashSet<>(sequence(in));
            while (pos < re.length() && re.charAt(pos) == '|') {
                pos++;
                out.addAll(sequence(in));
            }
            return out;
        }

        Set<String> sequence(Set<String> in) {
            Set<String> out = in;
            while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
                Set<String> once = atom();
                out = concat(out, repeated(once));
            }
            return out;
        }

        /** The spellings of an atom read once, then taken as often as the quantifier after it allows. */
        private Set<String> repeated(Set<String> once) {
            if (pos >= re.length()) {
                return once;
            }
            char q = re.charAt(pos);
            int min;
            int max;
            if (q == '?' || q == '*' || q == '+') {
                pos++;
                min = q == '+' ? 1 : 0;
                max = q == '?' ? 1 : -1;
            } else if (q == '{') {
                int close = re.indexOf('}', pos);
                String[] bounds = re.substring(pos + 1, close).split(",", -1);
                pos = close + 1;
                min = Integer.parseInt(bounds[0].strip());
                max = bounds.length == 1 ? min : bounds[1].isBlank() ? -1 : Integer.parseInt(bounds[1].strip());
            } else {
                return once;
            }
            if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
                pos++; // lazy or possessive: changes which match is found, not which exist
            }
            if (max < 0) {
                if (once.stream().anyMatch(s -> s.chars().anyMatch(Character::isLetter))) {
                    throw new IllegalArgumentException("letters repeated without bound");
                }
                max = min + 2;
            }
            Set<String> out = new LinkedHashSet<>();
            Set<String> times = Set.of("");
            for (int k = 0; k <= max; k++) {
                if (k >= min) {
                    out.addAll(times);
                }
                if (k < max) {
                    times = concat(times, once);
                }
            }
            return out;
        }

        private Set<String> atom() {
            char c = re.charAt(pos);
            switch (c) {
                case '(' -> {
                    return group();
                }
                case '[' -> {
                    return characterClass();
                }
                case '\\' -> {
                    pos++;
                    return escape(false);
                }
                case '^', '$' -> {
                    pos++;
                    return Set.of("");
                }
                case '.', '*', '+', '?', '{' -> throw new IllegalArgumentException("cannot spell at " + pos);
                default -> {
                    pos++;
                    return Set.of(spelled(c));
                }
            }
        }

        private Set<String> group() {
            if (re.startsWith("(?![\\p{L}])", pos) || re.startsWith("(?![\\p{L}\\p{N}])", pos)) {
                pos = re.indexOf(')', pos) + 1;
                return Set.of(String.valueOf(WHOLE));
            }
            if (RegexGroups.isLookaround(re, pos)) {
                pos = RegexGroups.skipGroup(re, pos);
                return Set.of(""); // a lookaround matches no text; taken to pass
            }
            pos = RegexGroups.bodyStart(re, pos);
            Set<String> out = alternation(Set.of(""));
            pos = RegexGroups.close(re, pos);
            return out;
        }

        /** A character class: the spelling of each member; a negated class or a class of classes gives up. */
        private Set<String> characterClass() {
            pos++;
            if (re.charAt(pos) == '^') {
                throw new IllegalArgumentException("negated class at " + pos);
            }
            Set<String> out = new LinkedHashSet<>();
            while (re.charAt(pos) != ']') {
                if (re.charAt(pos) == '[' || re.startsWith("&&", pos)) {
                    throw new IllegalArgumentException("class operations at " + pos);
                }
                Set<String> member;
                char low;
                if (re.charAt(pos) == '\\') {
                    pos++;
                    member = escape(true);
                    low = member.size() == 1 ? re.charAt(pos - 1) : 0;
                } else {
                    low = re.charAt(pos++);
                    member = Set.of(spelled(low));
                }
                if (re.charAt(pos) == '-' && re.charAt(pos + 1) != ']') {
                    char high = re.charAt(pos + 1);
                    pos += 2;
                    for (char x = low; x <= high; x++) {
                        out.add(spelled(x));
                    }
                } else {
                    out.addAll(member);
                }
            }
            pos++;
            return out;
        }

        /** The escape after a backslash ({@code pos} is past the backslash). */
        private Set<String> escape(boolean inClass) {
            char c = re.charAt(pos++);
            switch (c) {
                case 's' -> {
                    return Set.of(" ");
                }
                case 'd' -> {
                    return Set.of("0");
                }
                case 'b', 'B' -> {
                    if (inClass) {
                        throw new IllegalArgumentException("escape in class at " + pos);
                    }
                    return Set.of(""); // a word boundary matches no text; taken to pass
                }
                case 'u' -> {
                    char u = (char) Integer.parseInt(re.substring(pos, pos + 4), 16);
                    pos += 4;
                    return Set.of(spelled(u));
                }
                default -> {
                    if (Character.isLetterOrDigit(c)) {
                        throw new IllegalArgumentException("cannot spell \\" + c);
                    }
                    return Set.of(spelled(c));
                }
            }
        }
    }

    /** One character as spelled: any digit as {@code 0}, any white space as a space, a letter in lower case. */
    private static String spelled(char c) {
        if (c >= '0' && c <= '9') {
            return "0";
        }
        if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
            return " ";
        }
        if (c == WHOLE || c == '~' || Character.isWhitespace(c)) {
            throw new IllegalArgumentException("cannot spell char " + (int) c);
        }
        return String.valueOf(Character.toLowerCase(c));
    }

    /** The spellings without their {@link #WHOLE} marks. */
    static List<String> texts(Set<String> spellings) {
        List<String> out = new ArrayList<>();
        for (String s : spellings) {
            out.add(s.isEmpty() || s.charAt(s.length() - 1) != WHOLE ? s : s.substring(0, s.length() - 1));
        }
        return out;
    }
}
