package chronolens.extract.rules;

import java.util.BitSet;

/**
 * What the first {@value #LENGTH} characters of a match of a rule's regex can look like, each as a class (digit,
 * ASCII letter, white space, anything else, or past the end of the sentence): the tagger works out the classes
 * of the text at a token once and runs a rule's regex only where one of its openings fits, so "{year4}" is not
 * tried at "16", nor "{decadeShort}" at the apostrophe of "it's".
 *
 * <p>The classes come from reading the regex itself, so they hold for whatever a rule file says. The reading
 * errs one way only: a lookaround is taken to pass, a character class to cover every class of its members, and
 * a construct it does not know (inline flags, back references) gives up and lets every opening through. So it
 * may let a try through that fails, but never skips a match. The {@link #END_PEEK} every rule regex ends with is
 * read as a last character that is white space, anything else or past the end.
 */
public final class Openings {
    /** How many characters of the text an opening covers. */
    public static final int LENGTH = 5;
    /** What {@link RuleFile} appends to every rule's regex: no letter or digit may follow a match. */
    static final String END_PEEK = "(?![\\p{L}\\p{N}])";
    private static final char DIGIT = 'D';
    private static final char SPACE = 'S';
    private static final char OTHER = 'O';
    private static final char END = 'E';
    /** The classes, in the order {@link #code} numbers them. */
    private static final String CLASSES = "DLSOE";
    private static final String ANY_CHAR = "DLSO";
    /** How many openings there are: one for each string of {@value #LENGTH} classes. */
    public static final int CODES = 3125;
    /**
     * A path (the classes a match has shown so far, at most {@value #LENGTH}) is numbered {@code FIRST[length] +}
     * its code, so a set of paths is a {@link BitSet}.
     */
    private static final int[] FIRST = {0, 1, 6, 31, 156, 781};
    private static final int[] WEIGHT = {1, 5, 25, 125, 625, 3125};

    private Openings() {
    }

    /**
     * The opening of {@code text} at {@code at}: the class of each of the next {@value #LENGTH} characters, those
     * at or after {@code to} (which a match cannot reach) as past the end, as a number below {@link #CODES}.
     */
    public static int code(CharSequence text, int at, int to) {
        int code = 0;
        for (int j = LENGTH - 1; j >= 0; j--) {
            int c = at + j < to ? classIndex(text.charAt(at + j)) : 4;
            code = code * CLASSES.length() + c;
        }
        return code;
    }

    /** The openings a match of {@code regex} can have, as a set of {@link #code}s. */
    public static BitSet of(String regex) {
        return of(regex, new java.util.HashMap<>());
    }

    /**
     * As {@link #of(String)}, keeping in {@code groups} what long groups give: the rules share their slots' big
     * tries ({count} alone is in forty rules), so a map shared by all rules reads each once.
     */
    public static BitSet of(String regex, java.util.Map<String, BitSet> groups) {
        boolean peek = regex.endsWith(END_PEEK);
        String body = peek ? regex.substring(0, regex.length() - END_PEEK.length()) : regex;
        BitSet out = new BitSet(CODES);
        BitSet paths;
        try {
            Reader reader = new Reader(body, groups);
            BitSet start = new BitSet();
            start.set(0);
            paths = reader.alternation(start);
            if (reader.pos != body.length()) {
                throw new IllegalArgumentException("unbalanced ) at " + reader.pos);
            }
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            out.set(0, CODES); // a regex this reading does not follow: try it everywhere
            return out;
        }
        if (peek) {
            paths = step(paths, "" + SPACE + OTHER + END);
        }
        for (int length = 0; length <= LENGTH; length++) {
            for (int p = paths.nextSetBit(FIRST[length]); p >= 0 && (length == LENGTH || p < FIRST[length + 1]);
                 p = paths.nextSetBit(p + 1)) {
                // a path shorter than LENGTH ended the match: any classes may follow it
                int code = p - FIRST[length];
                for (int rest = 0; rest < CODES / WEIGHT[length]; rest++) {
                    out.set(code + rest * WEIGHT[length]);
                }
            }
        }
        return out;
    }

    /** The class of one character of text, as {@code \\s}, {@code [0-9]} and case-blind ASCII letters see it. */
    static char classOf(char c) {
        return CLASSES.charAt(classIndex(c));
    }

    /** The index in {@link #CLASSES} of the class of {@code c}. */
    private static int classIndex(char c) {
        if (c >= '0' && c <= '9') {
            return 0;
        }
        if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
            return 1;
        }
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' ? 2 : 3;
    }

    /** Each path followed by each of {@code classes}; a path {@value #LENGTH} long stays as it is. */
    private static BitSet step(BitSet paths, String classes) {
        if (paths.nextSetBit(0) >= FIRST[LENGTH]) {
            return paths;
        }
        BitSet out = new BitSet();
        for (int p = paths.nextSetBit(0); p >= 0; p = paths.nextSetBit(p + 1)) {
            if (p >= FIRST[LENGTH]) {
                out.set(p);
                continue;
            }
            int length = 0;
            while (p >= FIRST[length + 1]) {
                length++;
            }
            int code = p - FIRST[length];
            for (int i = 0; i < classes.length(); i++) {
                out.set(FIRST[length + 1] + code + WEIGHT[length] * CLASSES.indexOf(classes.charAt(i)));
            }
        }
        return out;
    }

    /**
     * Reads a regex from left to right, carrying the set of paths (strings of classes, at most {@value #LENGTH}
     * long) that a match can have followed up to the current position.
     */
    private static final class Reader {
        /** Groups at least this long are looked up in, and kept in, {@link #groups}. */
        private static final int LONG_GROUP = 100;
        final String re;
        final java.util.Map<String, BitSet> groups;
        int pos;

        Reader(String re, java.util.Map<String, BitSet> groups) {
            this.re = re;
            this.groups = groups;
        }

        BitSet alternation(BitSet in) {
            BitSet out = (BitSet) sequence(in).clone();
            while (pos < re.length() && re.charAt(pos) == '|') {
                pos++;
                out.or(sequence(in));
            }
            return out;
        }

        BitSet sequence(BitSet in) {
            BitSet paths = in;
            while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
                if (paths.nextSetBit(0) < 0 || paths.nextSetBit(0) >= FIRST[LENGTH]) {
                    skipSequence(); // every path is complete: the rest cannot change them (big tables end here)
                    return paths;
                }
                int start = pos;
                BitSet once = atom(paths);
                paths = quantified(start, pos, paths, once);
            }
            return paths;
        }

        /** The paths after the atom at {@code [start, end)} and the quantifier after it, if any. */
        private BitSet quantified(int start, int end, BitSet before, BitSet once) {
            if (pos >= re.length()) {
                return once;
            }
            char q = re.charAt(pos);
            BitSet out;
            if (q == '?') {
                pos++;
                out = union(before, once);
            } else if (q == '*') {
                pos++;
                out = star(start, end, union(before, once));
            } else if (q == '+') {
                pos++;
                out = star(start, end, once);
            } else if (q == '{') {
                int close = re.indexOf('}', pos);
                String[] bounds = re.substring(pos + 1, close).split(",", -1);
                pos = close + 1;
                int min = Integer.parseInt(bounds[0].strip());
                BitSet repeated = before;
                for (int i = 1; i <= min; i++) {
                    repeated = i == 1 ? once : again(start, end, repeated);
                }
                out = repeated;
                if (bounds.length == 2 && bounds[1].isBlank()) {
                    out = star(start, end, out);
                } else if (bounds.length == 2) {
                    int max = Integer.parseInt(bounds[1].strip());
                    for (int i = min + 1; i <= max; i++) {
                        repeated = i == 1 ? once : again(start, end, repeated);
                        out = union(out, repeated);
                    }
                }
            } else {
                return once;
            }
            return lazyOrPossessive(out);
        }

        /** Skips a lazy or possessive mark after a quantifier: it changes which match is found, not which exist. */
        private BitSet lazyOrPossessive(BitSet paths) {
            if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
                pos++;
            }
            return paths;
        }

        /** The atom at {@code [start, end)} read once more after {@code paths}. */
        private BitSet again(int start, int end, BitSet paths) {
            int saved = pos;
            pos = start;
            BitSet out = atom(paths);
            if (pos != end) {
                throw new IllegalArgumentException("atom read twice differently at " + start);
            }
            pos = saved;
            return out;
        }

        /** The paths after the atom at {@code [start, end)} taken any number of times after {@code paths}. */
        private BitSet star(int start, int end, BitSet paths) {
            BitSet out = paths;
            while (true) {
                BitSet more = union(out, again(start, end, out));
                if (more.equals(out)) {
                    return out;
                }
                out = more;
            }
        }

        private BitSet atom(BitSet in) {
            char c = re.charAt(pos);
            switch (c) {
                case '(' -> {
                    return group(in);
                }
                case '[' -> {
                    return step(in, characterClass());
                }
                case '\\' -> {
                    return escape(in);
                }
                case '.' -> {
                    pos++;
                    return step(in, ANY_CHAR);
                }
                case '^', '$' -> {
                    pos++;
                    return in;
                }
                case '*', '+', '?', '{' -> throw new IllegalArgumentException("quantifier without atom at " + pos);
                default -> {
                    pos++;
                    return step(in, String.valueOf(classOf(c)));
                }
            }
        }

        private BitSet group(BitSet in) {
            if (RegexGroups.isLookaround(re, pos)) {
                pos = RegexGroups.skipGroup(re, pos);
                return in; // a lookaround consumes nothing; taken to pass
            }
            int start = pos;
            pos = RegexGroups.skipGroup(re, pos);
            String known = pos - start >= LONG_GROUP ? in + re.substring(start, pos) : null;
            if (known != null && groups.containsKey(known)) {
                return groups.get(known); // the same text after the same paths: the same result
            }
            pos = start;
            BitSet out = readGroup(in);
            if (known != null) {
                groups.put(known, out);
            }
            return out;
        }

        private BitSet readGroup(BitSet in) {
            pos = RegexGroups.bodyStart(re, pos);
            BitSet out = alternation(in);
            pos = RegexGroups.close(re, pos);
            return out;
        }

        /** Moves to the end of the current alternative without reading it. */
        private void skipSequence() {
            while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
                char c = re.charAt(pos);
                if (c == '\\') {
                    pos += 2;
                } else if (c == '[') {
                    pos = RegexGroups.skipClass(re, pos);
                } else if (c == '(') {
                    pos = RegexGroups.skipGroup(re, pos);
                } else {
                    pos++;
                }
            }
        }

        /** The classes the character class at {@code pos} covers; all of them if it is negated. */
        private String characterClass() {
            int start = pos;
            if (re.charAt(pos + 1) == '^') {
                pos = RegexGroups.skipClass(re, pos);
                return ANY_CHAR;
            }
            pos++;
            StringBuilder classes = new StringBuilder();
            while (re.charAt(pos) != ']') {
                if (re.startsWith("&&", pos) || re.charAt(pos) == '[') {
                    throw new IllegalArgumentException("class operations at " + pos);
                }
                String member;
                char low;
                if (re.charAt(pos) == '\\') {
                    member = escapedClasses();
                    low = lastEscaped;
                    if (member.isEmpty()) {
                        throw new IllegalArgumentException("zero-width escape in a class at " + pos);
                    }
                } else {
                    low = re.charAt(pos++);
                    member = String.valueOf(classOf(low));
                }
                if (low != 0 && re.charAt(pos) == '-' && re.charAt(pos + 1) != ']') {
                    pos++;
                    char high = re.charAt(pos) == '\\' ? escapedChar() : re.charAt(pos++);
                    StringBuilder range = new StringBuilder();
                    for (char x = low; x <= high && x >= low; x++) {
                        range.append(classOf(x));
                    }
                    member = range.toString();
                }
                classes.append(member);
            }
            pos++;
            if (pos - start <= 2) {
                throw new IllegalArgumentException("empty class at " + start);
            }
            return ANY_CHAR.chars().filter(c -> classes.indexOf(String.valueOf((char) c)) >= 0)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        }

        /** Last read by {@link #escapedClasses}: the one character an escape stood for, or 0. */
        private char lastEscaped;

        /** An escaped character that must stand for one character (a range's upper end). */
        private char escapedChar() {
            escapedClasses();
            if (lastEscaped == 0) {
                throw new IllegalArgumentException("range to a class at " + pos);
            }
            return lastEscaped;
        }

        /**
         * The classes of the escape at {@code pos} ({@code \\d}, {@code \\s}, {@code \\.}, {@code \\u2010}…), with
         * {@link #lastEscaped} the character it stands for when it stands for one; "" for a zero-width one.
         */
        private String escapedClasses() {
            char e = re.charAt(pos + 1);
            pos += 2;
            lastEscaped = 0;
            switch (e) {
                case 'd' -> {
                    return String.valueOf(DIGIT);
                }
                case 's' -> {
                    return String.valueOf(SPACE);
                }
                case 'D', 'S', 'w', 'W', 'h', 'H', 'v', 'V', 'R', 'X' -> {
                    return ANY_CHAR;
                }
                case 'p', 'P' -> {
                    if (re.charAt(pos) == '{') {
                        pos = re.indexOf('}', pos) + 1;
                    } else {
                        pos++;
                    }
                    return ANY_CHAR;
                }
                case 'b', 'B', 'A', 'z', 'Z', 'G' -> {
                    return "";
                }
                case 't', 'n', 'r', 'f', 'e', 'a' -> {
                    lastEscaped = "\t\n\r\f\u001B\u0007".charAt("tnrfea".indexOf(e));
                    return String.valueOf(classOf(lastEscaped));
                }
                case 'u' -> {
                    lastEscaped = (char) Integer.parseInt(re.substring(pos, pos + 4), 16);
                    pos += 4;
                    return String.valueOf(classOf(lastEscaped));
                }
                case 'x' -> {
                    lastEscaped = (char) Integer.parseInt(re.substring(pos, pos + 2), 16);
                    pos += 2;
                    return String.valueOf(classOf(lastEscaped));
                }
                default -> {
                    if (Character.isLetterOrDigit(e)) {
                        throw new IllegalArgumentException("escape \\" + e + " at " + pos);
                    }
                    lastEscaped = e;
                    return String.valueOf(classOf(e));
                }
            }
        }

        private BitSet escape(BitSet in) {
            String classes = escapedClasses();
            return classes.isEmpty() ? in : step(in, classes);
        }

        private static BitSet union(BitSet a, BitSet b) {
            BitSet out = (BitSet) a.clone();
            out.or(b);
            return out;
        }
    }
}
