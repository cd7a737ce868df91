package chronolens.extract.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Works out, from a rule's tokens, which token keys (see {@link Triggers}) can follow the first key of a match:
 * after "the" in "the? {season}" only a season word, after "the" in "the_year? {yearWord}" only "year". The
 * tagger then tries a rule's regex only where the next token fits, instead of at every "the".
 *
 * <p>A key is known to follow only where the regex settles it: inside a literal or a table key, or across a
 * token boundary that white space or a hyphen marks. Anywhere else the answer is "any key", which never rejects.
 */
final class KeyPairs {
    /** Stands for any key in a set of next keys. */
    private static final String ANY = "";

    private KeyPairs() {
    }

    /**
     * A piece of a token: literal alternatives as the regex spells them ({@code ~} a space or a hyphen), a
     * table slot's keys, or another slot, known only by the keys it starts with.
     */
    record Part(List<String> literals, Set<String> starts) {
        static Part literals(List<String> literals) {
            return new Part(List.copyOf(literals), null);
        }

        static Part of(Slot slot) {
            if (!slot.forms().isEmpty()) {
                return literals(List.copyOf(slot.forms()));
            }
            // a slot that matches nothing but digits ("{year4}", "{hh}") is one digit token, as a literal
            // number is: what follows it is settled by the rule, so "2024" is not tried as the start of
            // "2024/05/16" when a word follows it
            if (digitsOnly(slot.regex())) {
                return literals(List.of("0"));
            }
            // any other slot (a clock time, a number) as every text it can match, spelled as Spellings does
            Set<String> spelled = Spellings.of(slot.regex());
            return spelled != null && spelled.stream().allMatch(KeyPairs::settles)
                    ? literals(Spellings.texts(spelled)) : new Part(null, slot.triggers());
        }
    }

    /**
     * A token of a match.
     *
     * @param loose white space may be absent between this token and the next, so a digit ending this one
     *              and a digit starting the next would make one token of the text
     */
    record Token(List<Part> parts, boolean optional, boolean loose) {
    }

    /**
     * Whether a slot's spelling settles its second key: not when that key is a word ending the spelling that the
     * regex lets a letter follow ("16th" in "{day}" could be the start of "16ths"), as the text's word may be longer.
     */
    private static boolean settles(String spelling) {
        int n = spelling.length();
        if (n == 0 || spelling.charAt(n - 1) == Spellings.WHOLE || !Character.isLetter(spelling.charAt(n - 1))) {
            return true;
        }
        return keys(spelling).size() != 2;
    }

    /** A match's first key or first two keys; {@code complete} when the token holds no more keys than these. */
    private record Prefix(String first, String second, boolean complete, boolean endsInDigit) {
    }

    /** For each key a match of these tokens can start on, the keys the next token can have; absent: any. */
    static Map<String, Set<String>> of(List<Token> tokens) {
        Map<String, Set<String>> pairs = new HashMap<>();
        collect(tokens, 0, pairs);
        pairs.values().removeIf(next -> next.contains(ANY));
        return pairs;
    }

    private static void collect(List<Token> tokens, int j, Map<String, Set<String>> pairs) {
        if (j >= tokens.size()) {
            return;
        }
        Token token = tokens.get(j);
        for (Prefix p : prefixes(token.parts())) {
            Set<String> next = pairs.computeIfAbsent(p.first(), k -> new HashSet<>());
            if (p.second() != null) {
                next.add(p.second());
            } else if (!p.complete()) {
                next.add(ANY);
            } else {
                Set<String> after = firstKeys(tokens, j + 1);
                // with no white space between, digits ending this token and digits starting the next are one
                // token of the text: "2-day" is settled, "{count}{digits}" is not
                next.addAll(token.loose() && p.endsInDigit() && after.contains(Triggers.DIGITS) ? Set.of(ANY) : after);
            }
        }
        if (token.optional()) {
            collect(tokens, j + 1, pairs);
        }
    }

    /** The keys a match of the tokens from {@code j} can start with; {@link #ANY} when the match may end there. */
    private static Set<String> firstKeys(List<Token> tokens, int j) {
        if (j >= tokens.size()) {
            return Set.of(ANY);
        }
        Set<String> out = new HashSet<>();
        for (Prefix p : prefixes(tokens.get(j).parts())) {
            out.add(p.first());
        }
        if (tokens.get(j).optional()) {
            out.addAll(firstKeys(tokens, j + 1));
        }
        return out;
    }

    /** The ways a token's match can begin. */
    private static List<Prefix> prefixes(List<Part> parts) {
        List<Prefix> out = new ArrayList<>();
        Part head = parts.get(0);
        if (head.literals() == null) {
            head.starts().forEach(k -> out.add(new Prefix(k, null, false, false)));
            return out;
        }
        for (String spelled : spellings(head.literals())) {
            List<String> keys = keys(spelled);
            if (keys.isEmpty()) {
                // only white space: what follows is not settled here
                out.add(new Prefix(ANY, null, false, false));
            } else if (keys.size() >= 2) {
                out.add(new Prefix(keys.get(0), keys.get(1), false, false));
            } else if (parts.size() == 1) {
                out.add(new Prefix(keys.get(0), null, true, endsInDigit(spelled)));
            } else if (isSpace(spelled.charAt(spelled.length() - 1))) {
                out.add(new Prefix(keys.get(0), null, false, false));
            } else if (endsInDigit(spelled)) {
                // a digit could join a next piece's digits and a letter could be any word, but a symbol right
                // after the digits ("2024/", "20:") is the next token: settled when every next piece starts so
                List<Prefix> next = prefixes(parts.subList(1, parts.size()));
                if (next.stream().allMatch(q -> isSymbol(q.first()))) {
                    next.forEach(q -> out.add(new Prefix(keys.get(0), q.first(), false, false)));
                } else {
                    out.add(new Prefix(keys.get(0), null, false, false));
                }
            } else {
                // the next part follows with nothing between: a letter cannot (the regex forbids it after a
                // word), a digit could join this token's digits, so only a symbol-ending piece is settled
                for (Prefix q : prefixes(parts.subList(1, parts.size()))) {
                    out.add(new Prefix(keys.get(0), q.first(), false, false));
                }
            }
        }
        return out;
    }

    /** Each alternative with every {@code ~} spelled both as a space and as a hyphen. */
    private static List<String> spellings(List<String> literals) {
        List<String> out = new ArrayList<>();
        for (String lit : literals) {
            int tilde = lit.indexOf('~');
            if (tilde < 0) {
                out.add(lit);
            } else {
                out.addAll(spellings(List.of(lit.substring(0, tilde) + " " + lit.substring(tilde + 1),
                        lit.substring(0, tilde) + "-" + lit.substring(tilde + 1))));
            }
        }
        return out;
    }

    /** The token keys of a literal, as the tagger keys the text it matches. */
    static List<String> keys(String literal) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < literal.length(); i++) {
            if (Triggers.isTokenStart(literal, i)) {
                out.add(Triggers.keyAt(literal, i));
            }
        }
        return out;
    }

    /**
     * Whether every match of {@code regex} is one or more ASCII digits: it is built only of digits, classes of
     * digits and digit ranges, {@code \\d}, non-capturing groups, alternation and quantifiers, and cannot match
     * the empty string. Anything else (a comma, a suffix, a lookaround) answers false, which never rejects.
     */
    static boolean digitsOnly(String regex) {
        if (java.util.regex.Pattern.compile(regex).matcher("").matches()) {
            return false;
        }
        int n = regex.length();
        int i = 0;
        while (i < n) {
            char c = regex.charAt(i);
            if (isDigit(c) || c == ')' || c == '|' || c == '?' || c == '+' || c == '*') {
                i++;
            } else if (c == '\\' && i + 1 < n && regex.charAt(i + 1) == 'd') {
                i += 2;
            } else if (c == '(' && regex.startsWith("(?:", i)) {
                i += 3;
            } else if (c == '[') {
                int j = i + 1;
                while (j < n && regex.charAt(j) != ']') {
                    char d = regex.charAt(j);
                    boolean range = d == '-' && j > i + 1 && j + 1 < n && isDigit(regex.charAt(j - 1))
                            && isDigit(regex.charAt(j + 1));
                    if (!isDigit(d) && !range) {
                        return false;
                    }
                    j++;
                }
                if (j >= n || j == i + 1) {
                    return false;
                }
                i = j + 1;
            } else if (c == '{') {
                int j = regex.indexOf('}', i);
                if (j < 0 || !regex.substring(i + 1, j).matches("[0-9]+(?:,[0-9]*)?")) {
                    return false;
                }
                i = j + 1;
            } else {
                return false;
            }
        }
        return true;
    }

    /** Whether a key is a symbol's: one character, neither a letter nor a digit nor white space. */
    private static boolean isSymbol(String key) {
        return key.length() == 1 && !Character.isLetterOrDigit(key.charAt(0)) && !isSpace(key.charAt(0));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean endsInDigit(String s) {
        char c = s.charAt(s.length() - 1);
        return c >= '0' && c <= '9';
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c);
    }
}
