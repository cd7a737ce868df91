package chronolens.extract;

import chronolens.extract.rules.Rule;
import chronolens.extract.rules.Slot;
import chronolens.extract.rules.Triggers;
import chronolens.extract.rules.ValueTemplate;
import chronolens.model.Sentence;
import chronolens.model.TimexType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Finds time expressions: scans tokens, tries only the rules that can start on each token (anchored regex
 * matches inside the sentence), applies guards, and keeps the longest non-overlapping matches.
 */
public final class Tagger {
    private static final java.util.regex.Pattern TIME_VALUE = java.util.regex.Pattern.compile(
            "[0-9X]T(?:\\d|MO|AF|EV|NI)");
    private static final java.util.regex.Pattern DURATION_VALUE = java.util.regex.Pattern.compile("P[0-9XT]");
    private final RuleSet rules;
    private final Guards guards;
    /** Each rule's value template, parsed once. */
    private final Map<Rule, ValueTemplate> templates = new IdentityHashMap<>();
    private final ThreadLocal<Map<Rule, Matcher>> cache = ThreadLocal.withInitial(IdentityHashMap::new);

    public Tagger(RuleSet rules) {
        this.rules = rules;
        this.guards = new Guards(rules.yearContext());
        for (Rule r : rules.rules()) {
            templates.put(r, ValueTemplate.compile(r.value()));
        }
    }

    /** Mentions in all sentences of {@code text}, in text order. */
    public List<Mention> tag(String text, List<Sentence> sentences) {
        Map<Rule, Matcher> matchers = matchers();
        List<Mention> out = new ArrayList<>();
        for (Sentence s : sentences) {
            out.addAll(tag(text, s.begin(), s.end(), matchers));
        }
        return out;
    }

    /** Mentions inside {@code [from, to)} of {@code text}, in text order. */
    public List<Mention> tag(String text, int from, int to) {
        return tag(text, from, to, matchers());
    }

    /**
     * The matchers of this call, taken from this thread's cache and pointed at {@code text} when first used:
     * creating a matcher costs more than resetting one, and most rules are never tried on a given text.
     */
    private static Map<Rule, Matcher> matchers() {
        return new IdentityHashMap<>();
    }

    private Matcher matcher(Map<Rule, Matcher> local, Rule rule, String text) {
        Matcher m = local.get(rule);
        if (m == null) {
            m = cache.get().computeIfAbsent(rule, r -> r.pattern().matcher(text)
                    .useTransparentBounds(true).useAnchoringBounds(false));
            m.reset(text);
            local.put(rule, m);
        }
        return m;
    }

    private List<Mention> tag(String text, int from, int to, Map<Rule, Matcher> matchers) {
        List<Mention> candidates = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        boolean[] met = new boolean[rules.groupCount()];
        for (int i = from; i < to; i++) {
            if (!Triggers.isTokenStart(text, i)) {
                continue;
            }
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                // hash the lower-case word in place: most words matter to no rule and need no String
                int h = 0;
                int e = i;
                while (e < to) {
                    char ch = text.charAt(e);
                    // ASCII first: this loop reads every letter of the text
                    boolean ascii = ch < 128;
                    if (ascii ? !(ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z') : !Character.isLetter(ch)) {
                        break;
                    }
                    h = 31 * h + (ascii ? ch | 0x20 : Character.toLowerCase(ch));
                    e++;
                }
                if (!rules.mayMatter(h)) {
                    continue;
                }
            }
            String k = Triggers.keyAt(text, i);
            keys.add(k);
            starts.add(i);
            for (int g : rules.groupsOfKey(k)) {
                met[g] = true;
            }
        }
        byte[] usable = new byte[rules.rules().size()];
        for (int t = 0; t < keys.size(); t++) {
            int i = starts.get(t);
            if (Guards.insideNumber(text, i)) {
                continue;
            }
            String key = keys.get(t);
            String next = t + 1 < keys.size() ? keys.get(t + 1) : null;
            int longest = 0;
            for (int p : rules.indexesStartingWith(key)) {
                Rule rule = rules.rules().get(p);
                if (usable[p] == 0) {
                    usable[p] = applicable(rules.groupsOfRule(p), met) ? (byte) 1 : (byte) 2;
                }
                if (usable[p] == 2 || !leadFits(rule, key, next)) {
                    continue;
                }
                Matcher m = matcher(matchers, rule, text);
                m.region(i, to);
                if (!m.lookingAt() || m.end() <= i || m.end() - i < longest) {
                    continue;
                }
                Mention mention = mention(text, rule, m);
                if (mention != null && guards.accept(text, mention)) {
                    candidates.add(mention);
                    longest = Math.max(longest, mention.length());
                }
            }
        }
        return select(candidates);
    }

    /** A match starting on an optional lead word ("the") needs its first required token or more lead next. */
    private static boolean leadFits(Rule rule, String key, String next) {
        if (rule.leadKeys().isEmpty() || !rule.leadKeys().contains(key) || rule.requiredKeys().isEmpty()
                || rule.requiredKeys().get(0).contains(key)) {
            return true;
        }
        return next != null && (rule.requiredKeys().get(0).contains(next) || rule.leadKeys().contains(next));
    }

    /** Whether every required-key group of the rule has a key in the sentence. */
    private static boolean applicable(int[] groups, boolean[] met) {
        for (int g : groups) {
            if (!met[g]) {
                return false;
            }
        }
        return true;
    }

    private Mention mention(String text, Rule rule, Matcher m) {
        Map<String, String> values = new HashMap<>();
        List<String> keys = rule.slotKeys();
        for (int g = 1; g <= m.groupCount() && g <= keys.size(); g++) {
            String matched = m.group(g);
            if (matched == null) {
                continue;
            }
            String key = keys.get(g - 1);
            Slot slot = slotOf(key);
            String v = slot == null ? matched : slot.normalize(matched);
            if (v == null) {
                return null;
            }
            values.put(key, v);
        }
        String value = templates.get(rule).fill(values);
        if (value == null) {
            return null;
        }
        TimexType type = rule.type() != null ? rule.type()
                : DURATION_VALUE.matcher(value).lookingAt() ? TimexType.DURATION
                : TIME_VALUE.matcher(value).find() ? TimexType.TIME : TimexType.DATE;
        int end = m.end();
        while (end > m.start() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Mention(m.start(), end, text.substring(m.start(), end), rule, value, type, rule.approximate());
    }

    private Slot slotOf(String key) {
        int dot = key.indexOf('.');
        return library().slot(dot < 0 ? key : key.substring(0, dot));
    }

    private chronolens.extract.rules.PatternLibrary library() {
        return rules.library();
    }

    /** Longest first, then the rule earlier in priority; overlapping shorter matches are dropped. */
    private List<Mention> select(List<Mention> candidates) {
        if (candidates.size() <= 1) {
            return candidates;
        }
        List<Mention> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(Mention::length).reversed()
                .thenComparingInt(x -> rules.priority(x.rule())).thenComparingInt(Mention::begin));
        List<Mention> kept = new ArrayList<>();
        for (Mention c : sorted) {
            boolean free = true;
            for (Mention k : kept) {
                if (c.begin() < k.end() && k.begin() < c.end()) {
                    free = false;
                    break;
                }
            }
            if (free) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(Mention::begin));
        return kept;
    }
}
