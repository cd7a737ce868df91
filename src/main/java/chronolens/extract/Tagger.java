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

    public Tagger(RuleSet rules) {
        this.rules = rules;
        this.guards = new Guards(rules.yearContext());
    }

    /** Mentions in all sentences of {@code text}, in text order. */
    public List<Mention> tag(String text, List<Sentence> sentences) {
        Map<Rule, Matcher> matchers = new IdentityHashMap<>();
        List<Mention> out = new ArrayList<>();
        for (Sentence s : sentences) {
            out.addAll(tag(text, s.begin(), s.end(), matchers));
        }
        return out;
    }

    /** Mentions inside {@code [from, to)} of {@code text}, in text order. */
    public List<Mention> tag(String text, int from, int to) {
        return tag(text, from, to, new IdentityHashMap<>());
    }

    private List<Mention> tag(String text, int from, int to, Map<Rule, Matcher> matchers) {
        List<Mention> candidates = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (!Triggers.isTokenStart(text, i) || Guards.insideNumber(text, i)) {
                continue;
            }
            List<Rule> starting = rules.startingWith(Triggers.keyAt(text, i));
            int longest = 0;
            for (Rule rule : starting) {
                Matcher m = matchers.computeIfAbsent(rule, r -> r.pattern().matcher(text)
                        .useTransparentBounds(true).useAnchoringBounds(false));
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
        String value = ValueTemplate.fill(rule.value(), values);
        if (value == null) {
            return null;
        }
        TimexType type = rule.type() != null ? rule.type()
                : DURATION_VALUE.matcher(value).lookingAt() ? TimexType.DURATION : TIME_VALUE.matcher(value).find() ? TimexType.TIME : TimexType.DATE;
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
