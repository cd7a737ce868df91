package chronolens.extract.rules;

import chronolens.model.TimexType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a rule file: blocks of {@code rule / match / value / type / approximate / guard / example} lines.
 *
 * <p>A match is a list of space-separated tokens; a token is literal words, {@code {slot}} references, or both
 * run together ("{number}-{unitAdj}"), {@code a|b} alternatives, and may end in {@code ?} to be optional.
 * Tokens are separated by white space, except a token starting with punctuation, which may follow directly;
 * inside a token {@code _} is a space and {@code ~} a space or a hyphen.
 */
public final class RuleFile {
    private static final Pattern SLOT_REF = Pattern.compile("\\{([A-Za-z0-9]+)\\}");
    private static final Pattern EXAMPLE = Pattern.compile("\"([^\"]+)\"\\s*=>\\s*(\\S+)");
    private static final Set<String> GUARDS = Set.of("bare-year", "bare-month", "bare-number", "vague", "season",
            "short-year", "clock", "half", "year-span");

    private RuleFile() {
    }

    public static List<Rule> load(String fileName, PatternLibrary library) {
        return parse(DataFile.load(fileName), library);
    }

    public static List<Rule> parse(DataFile file, PatternLibrary library) {
        List<Rule> rules = new ArrayList<>();
        Builder current = null;
        for (DataFile.Line line : file.lines()) {
            String t = line.text();
            int space = t.indexOf(' ');
            String key = space < 0 ? t : t.substring(0, space);
            String rest = space < 0 ? "" : t.substring(space + 1).strip();
            if (key.equals("rule")) {
                if (current != null) {
                    rules.add(current.build(file, library));
                }
                if (rest.isEmpty()) {
                    throw file.error(line, "a rule needs a name");
                }
                current = new Builder(rest, line);
                continue;
            }
            if (current == null) {
                throw file.error(line, "'" + key + "' before the first 'rule' line");
            }
            switch (key) {
                case "match" -> current.match = rest;
                case "value" -> current.value = rest;
                case "type" -> {
                    try {
                        current.type = TimexType.valueOf(rest);
                    } catch (IllegalArgumentException e) {
                        throw file.error(line, "type must be DATE, TIME, DURATION or SET");
                    }
                }
                case "approximate" -> current.approximate = true;
                case "guard" -> {
                    if (!GUARDS.contains(rest)) {
                        throw file.error(line, "unknown guard '" + rest + "'; known: " + GUARDS);
                    }
                    current.guard = rest;
                }
                case "example" -> {
                    Matcher m = EXAMPLE.matcher(rest);
                    if (!m.matches()) {
                        throw file.error(line, "expected: example \"text\" => VALUE");
                    }
                    current.examples.add(new Rule.Example(m.group(1), m.group(2), line.number()));
                }
                default -> throw file.error(line, "unknown key '" + key + "'");
            }
        }
        if (current != null) {
            rules.add(current.build(file, library));
        }
        return rules;
    }

    private static final class Builder {
        final String name;
        final DataFile.Line line;
        String match;
        String value;
        TimexType type;
        boolean approximate;
        String guard;
        final List<Rule.Example> examples = new ArrayList<>();

        Builder(String name, DataFile.Line line) {
            this.name = name;
            this.line = line;
        }

        Rule build(DataFile file, PatternLibrary library) {
            if (match == null || value == null) {
                throw file.error(line, "rule " + name + " needs both 'match' and 'value'");
            }
            List<String> keys = new ArrayList<>();
            Set<String> triggers = new HashSet<>();
            List<Set<String>> required = new ArrayList<>();
            List<Set<String>> inner = new ArrayList<>();
            List<KeyPairs.Token> shapes = new ArrayList<>();
            String regex = compileMatch(file, library, keys, triggers, required, inner, shapes);
            for (Matcher m = ValueTemplate.REF.matcher(value); m.find(); ) {
                if (!keys.contains(m.group(1))) {
                    throw file.error(line, "rule " + name + ": value uses {" + m.group(1) + "} which match lacks");
                }
            }
            try {
                Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
                return new Rule(name, file.name(), line.number(), match, p, keys, value, type, approximate, guard,
                        triggers, examples, required, inner, KeyPairs.of(shapes));
            } catch (PatternSyntaxException e) {
                throw file.error(line, "rule " + name + ": bad pattern: " + e.getDescription());
            }
        }

        private String compileMatch(DataFile file, PatternLibrary library, List<String> keys, Set<String> triggers,
                                    List<Set<String>> required, List<Set<String>> inner,
                                    List<KeyPairs.Token> shapes) {
            String[] tokens = match.split("\\s+");
            StringBuilder regex = new StringBuilder();
            boolean collecting = true;
            boolean leading = true;
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < tokens.length; i++) {
                String tok = tokens[i];
                boolean optional = tok.length() > 1 && tok.endsWith("?");
                if (optional) {
                    tok = tok.substring(0, tok.length() - 1);
                }
                Token compiled = token(file, library, tok, keys, seen);
                String body = compiled.regex();
                if (collecting) {
                    triggers.addAll(compiled.first());
                    collecting = optional;
                }
                if (!optional) {
                    required.add(compiled.first());
                    inner.addAll(compiled.words());
                }
                boolean glued = isGlued(tok);
                boolean afterGlued = i > 0 && isGlued(tokens[i - 1]);
                String sep = i == 0 ? "" : glued || afterGlued ? "\\s*" : "(?:\\s+|(?<=[-\u2010\u2011]))";
                // white space may be left out after a glued token, or a leading optional one that is glued
                shapes.add(new KeyPairs.Token(compiled.parts(), optional, leading && optional ? glued
                        : i + 1 < tokens.length && (glued || isGlued(tokens[i + 1]))));
                if (leading && optional) {
                    regex.append("(?:").append(body).append(glued ? "\\s*)?" : "\\s+)?");
                } else if (leading) {
                    regex.append(body);
                    leading = false;
                } else if (optional) {
                    regex.append("(?:").append(sep).append(body).append(")?");
                } else {
                    regex.append(sep).append(body);
                }
            }
            if (collecting) {
                throw file.error(line, "rule " + name + ": every token is optional");
            }
            return regex.append("(?![\\p{L}\\p{N}])").toString();
        }

        /** A token that starts with punctuation follows the one before it with or without white space. */
        private static boolean isGlued(String tok) {
            return !Character.isLetterOrDigit(tok.charAt(0)) && tok.charAt(0) != '{' && tok.charAt(0) != '\'';
        }

        /**
         * One token of a match compiled: its regex, the keys it can start with, a set for each word inside it that
         * every match holds as a token of its own (one set per word of a literal, or one for an alternation,
         * holding a word of each alternative), and its parts for {@link KeyPairs}.
         */
        private record Token(String regex, Set<String> first, List<Set<String>> words, List<KeyPairs.Part> parts) {
        }

        private Token token(DataFile file, PatternLibrary library, String tok, List<String> keys,
                            Map<String, Integer> seen) {
            Set<String> first = new HashSet<>();
            List<Set<String>> words = new ArrayList<>();
            List<KeyPairs.Part> parts = new ArrayList<>();
            if (tok.contains("|") && !tok.contains("{")) {
                StringBuilder alt = new StringBuilder("(?:");
                String[] alternatives = tok.split("\\|");
                // longest first: a regex alternation stops at the first alternative that fits ("recent years")
                java.util.Arrays.sort(alternatives, java.util.Comparator.comparingInt(String::length).reversed());
                Set<String> some = new HashSet<>();
                List<String> literals = new ArrayList<>();
                for (int i = 0; i < alternatives.length; i++) {
                    String lit = alternatives[i].replace('_', ' ');
                    alt.append(i == 0 ? "" : "|").append(PatternLibrary.literal(lit));
                    first.add(Triggers.keyAt(alternatives[i], 0));
                    literals.add(lit);
                    // one word of each alternative must be in the sentence: the longest, the last of equals, is
                    // likely the rarest ("end" rather than "the" in "the end of")
                    String longest = null;
                    for (String w : Triggers.words(lit)) {
                        longest = longest == null || w.length() >= longest.length() ? w : longest;
                    }
                    some.add(longest);
                }
                if (!some.contains(null)) {
                    words.add(some);
                }
                parts.add(KeyPairs.Part.literals(literals));
                return new Token(alt.append(")").toString(), first, words, parts);
            }
            StringBuilder out = new StringBuilder();
            Matcher m = SLOT_REF.matcher(tok);
            int at = 0;
            while (m.find()) {
                if (m.start() > at) {
                    String lit = tok.substring(at, m.start());
                    if (out.isEmpty()) {
                        first.add(Triggers.keyAt(lit, 0));
                    }
                    innerWords(lit, words);
                    parts.add(KeyPairs.Part.literals(List.of(lit)));
                    out.append(PatternLibrary.literal(lit));
                }
                Slot slot = library.slot(m.group(1));
                if (slot == null) {
                    throw file.error(line, "rule " + name + ": unknown slot {" + m.group(1) + "}");
                }
                if (out.isEmpty()) {
                    first.addAll(slot.triggers());
                }
                int n = seen.merge(slot.name(), 1, Integer::sum);
                keys.add(n == 1 ? slot.name() : slot.name() + "." + n);
                parts.add(KeyPairs.Part.of(slot));
                out.append('(').append(slot.regex()).append(')');
                at = m.end();
            }
            if (at < tok.length()) {
                String lit = tok.substring(at).replace('_', ' ');
                if (out.isEmpty()) {
                    first.add(Triggers.keyAt(lit, 0));
                }
                innerWords(lit, words);
                parts.add(KeyPairs.Part.literals(List.of(lit)));
                out.append(PatternLibrary.literal(lit));
            }
            return new Token(out.toString(), first, words, parts);
        }

        /**
         * The words of a literal that stand as tokens of their own in any match: not a word opening the token
         * (its key is already among the token's first keys) and not one glued to the slot before it ("T" in
         * "{day}T{clock}", which a slot ending in a letter would swallow into its own token).
         */
        private static void innerWords(String literal, List<Set<String>> words) {
            boolean opening = Character.isLetter(literal.charAt(0));
            for (String w : Triggers.words(literal)) {
                if (!opening) {
                    words.add(Set.of(w));
                }
                opening = false;
            }
        }
    }
}
