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
    private static final Set<String> GUARDS = Set.of("bare-year", "bare-month", "bare-number", "vague", "season");

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
            String regex = compileMatch(file, library, keys, triggers, required, inner);
            Set<String> lead = simpleLead();
            for (Matcher m = ValueTemplate.REF.matcher(value); m.find(); ) {
                if (!keys.contains(m.group(1))) {
                    throw file.error(line, "rule " + name + ": value uses {" + m.group(1) + "} which match lacks");
                }
            }
            try {
                Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
                return new Rule(name, file.name(), line.number(), match, p, keys, value, type, approximate, guard,
                        triggers, examples, required, lead, inner);
            } catch (PatternSyntaxException e) {
                throw file.error(line, "rule " + name + ": bad pattern: " + e.getDescription());
            }
        }

        /** Keys of the leading optional tokens when each is a one-word literal or alternation, else empty. */
        private Set<String> simpleLead() {
            Set<String> lead = new HashSet<>();
            for (String tok : match.split("\\s+")) {
                if (!(tok.length() > 1 && tok.endsWith("?"))) {
                    break;
                }
                String body = tok.substring(0, tok.length() - 1);
                if (!body.matches("[A-Za-z]+(\\|[A-Za-z]+)*")) {
                    return Set.of();
                }
                for (String w : body.split("\\|")) {
                    lead.add(w.toLowerCase(java.util.Locale.ROOT));
                }
            }
            return lead;
        }

        private String compileMatch(DataFile file, PatternLibrary library, List<String> keys, Set<String> triggers,
                                    List<Set<String>> required, List<Set<String>> inner) {
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
                Set<String> first = new HashSet<>();
                List<Set<String>> words = new ArrayList<>();
                String body = token(file, library, tok, keys, first, seen, words);
                if (collecting) {
                    triggers.addAll(first);
                    collecting = optional;
                }
                if (!optional) {
                    required.add(first);
                    inner.addAll(words);
                }
                boolean glued = !Character.isLetterOrDigit(tok.charAt(0)) && tok.charAt(0) != '{'
                        && tok.charAt(0) != '\'';
                boolean afterGlued = i > 0 && !Character.isLetterOrDigit(tokens[i - 1].charAt(0))
                        && tokens[i - 1].charAt(0) != '{' && tokens[i - 1].charAt(0) != '\'';
                String sep = i == 0 ? "" : glued || afterGlued ? "\\s*" : "(?:\\s+|(?<=[-\u2010\u2011]))";
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

        /**
         * The regex of one token; adds the keys it can start with to {@code first}, and to {@code words} a set
         * for each word inside it that every match holds as a token of its own (one set per word of a literal,
         * or one for an alternation, holding a word of each alternative).
         */
        private String token(DataFile file, PatternLibrary library, String tok, List<String> keys,
                             Set<String> first, Map<String, Integer> seen, List<Set<String>> words) {
            if (tok.contains("|") && !tok.contains("{")) {
                StringBuilder alt = new StringBuilder("(?:");
                String[] alternatives = tok.split("\\|");
                // longest first: a regex alternation stops at the first alternative that fits ("recent years")
                java.util.Arrays.sort(alternatives, java.util.Comparator.comparingInt(String::length).reversed());
                Set<String> some = new HashSet<>();
                for (int i = 0; i < alternatives.length; i++) {
                    alt.append(i == 0 ? "" : "|").append(PatternLibrary.literal(alternatives[i].replace('_', ' ')));
                    first.add(Triggers.keyAt(alternatives[i], 0));
                    String longest = null;
                    for (String w : Triggers.words(alternatives[i].replace('_', ' '))) {
                        longest = longest == null || w.length() > longest.length() ? w : longest;
                    }
                    some.add(longest);
                }
                if (!some.contains(null)) {
                    words.add(some);
                }
                return alt.append(")").toString();
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
                out.append('(').append(slot.regex()).append(')');
                at = m.end();
            }
            if (at < tok.length()) {
                String lit = tok.substring(at).replace('_', ' ');
                if (out.isEmpty()) {
                    first.add(Triggers.keyAt(lit, 0));
                }
                innerWords(lit, words);
                out.append(PatternLibrary.literal(lit));
            }
            return out.toString();
        }

        /**
         * The words of a literal that stand as tokens of their own in any match: not a word opening the token
         * (its key is already among the token's first keys) and not one glued to the slot before it ("T" in
         * "{day}T{clock}", which a slot ending in a letter would swallow into its own token).
         */
        private static void innerWords(String literal, List<Set<String>> words) {
            boolean atStart = true;
            for (String w : Triggers.words(literal)) {
                if (!(atStart && literal.startsWith(w))) {
                    words.add(Set.of(w));
                }
                atStart = false;
            }
        }
    }
}
