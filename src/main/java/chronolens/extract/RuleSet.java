package chronolens.extract;

import chronolens.extract.rules.PatternLibrary;
import chronolens.extract.rules.Rule;
import chronolens.extract.rules.RuleFile;
import chronolens.extract.rules.NormalizationTable;
import chronolens.extract.rules.Triggers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** All English rules and tables, loaded and compiled once; immutable and safe to share between threads. */
public final class RuleSet {
    /** The rule files, in priority order: on equal length an earlier file's match wins. */
    public static final List<String> RULE_FILES = List.of("dates.rules", "relative.rules", "durations.rules");

    private final List<Rule> rules;
    private final Map<String, List<Rule>> byTrigger;
    private final NormalizationTable yearContext;
    private final NormalizationTable abbreviations;
    private final Map<Rule, Integer> priorities = new IdentityHashMap<>();
    private static final int[] NONE = new int[0];
    private final TokenKeys keys;
    /** For each key id, the priority indexes of the rules whose match can start on a token with that key. */
    private final int[][] startingWithKey;
    /**
     * For each key id, the groups that hold it: a group is a distinct set of {@link Rule#requiredKeys()} or
     * {@link Rule#innerKeys()}, of which a sentence must hold one key for the rule to match in it.
     */
    private final int[][] groupsOfKey;
    /** For each rule in priority order, the groups it needs. */
    private final int[][] groupsOfRule;
    /** For each rule, by key id: whether the key is one of its lead words; null when it has none. */
    private final boolean[][] leadOfRule;
    /** For each rule, by key id: whether its first required token can start with the key. */
    private final boolean[][] firstOfRule;
    private final int groupCount;

    private final PatternLibrary library;

    private RuleSet(PatternLibrary library, List<Rule> rules, NormalizationTable yearContext,
                    NormalizationTable abbreviations) {
        this.library = library;
        this.rules = List.copyOf(rules);
        Map<String, List<Rule>> index = new HashMap<>();
        Set<String> known = new HashSet<>();
        for (Rule r : rules) {
            priorities.put(r, priorities.size());
            for (String t : r.triggers()) {
                index.computeIfAbsent(t, k -> new ArrayList<>()).add(r);
            }
            known.addAll(r.triggers());
            r.requiredKeys().forEach(known::addAll);
            r.innerKeys().forEach(known::addAll);
            known.addAll(r.leadKeys());
        }
        known.add(Triggers.DIGITS);
        index.replaceAll((k, v) -> List.copyOf(v));
        this.byTrigger = Map.copyOf(index);
        this.keys = new TokenKeys(known);
        this.startingWithKey = new int[keys.size()][];
        Arrays.fill(startingWithKey, NONE);
        index.forEach((k, v) -> startingWithKey[keys.id(k)] = v.stream().mapToInt(priorities::get).toArray());
        // numbering the distinct key sets once lets the tagger test a rule with a few array reads
        // instead of intersecting sets for every rule in every sentence
        Map<Set<String>, Integer> groups = new HashMap<>();
        List<List<Integer>> ofKey = new ArrayList<>();
        for (int k = 0; k < keys.size(); k++) {
            ofKey.add(new ArrayList<>());
        }
        this.groupsOfRule = new int[rules.size()][];
        this.leadOfRule = new boolean[rules.size()][];
        this.firstOfRule = new boolean[rules.size()][];
        for (int r = 0; r < rules.size(); r++) {
            Rule rule = rules.get(r);
            List<Set<String>> needed = new ArrayList<>(rule.requiredKeys());
            needed.addAll(rule.innerKeys());
            int[] ids = new int[needed.size()];
            for (int g = 0; g < ids.length; g++) {
                Set<String> set = needed.get(g);
                Integer id = groups.get(set);
                if (id == null) {
                    id = groups.size();
                    groups.put(set, id);
                    for (String k : set) {
                        ofKey.get(keys.id(k)).add(id);
                    }
                }
                ids[g] = id;
            }
            groupsOfRule[r] = Arrays.stream(ids).distinct().toArray();
            leadOfRule[r] = rule.leadKeys().isEmpty() ? null : byId(rule.leadKeys());
            firstOfRule[r] = byId(rule.requiredKeys().get(0));
        }
        this.groupsOfKey = ofKey.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        this.groupCount = groups.size();
        this.yearContext = yearContext;
        this.abbreviations = abbreviations;
    }

    private boolean[] byId(Set<String> set) {
        boolean[] out = new boolean[keys.size()];
        for (String k : set) {
            out[keys.id(k)] = true;
        }
        return out;
    }

    public static RuleSet english() {
        PatternLibrary library = PatternLibrary.load();
        List<Rule> rules = new ArrayList<>();
        for (String f : RULE_FILES) {
            rules.addAll(RuleFile.load(f, library));
        }
        return new RuleSet(library, rules, library.table("year-context.txt"), library.table("abbreviations.txt"));
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The rules whose match can start on a token with this key, in priority order. */
    public List<Rule> startingWith(String triggerKey) {
        return byTrigger.getOrDefault(triggerKey, List.of());
    }

    /** The numbers of the token keys the rules know. */
    TokenKeys keys() {
        return keys;
    }

    /** Priority indexes of the rules whose match can start on a token with this key id. */
    int[] startingWith(int key) {
        return startingWithKey[key];
    }

    /** How many distinct groups of needed keys the rules have. */
    int groupCount() {
        return groupCount;
    }

    /** The groups of needed keys that a token with this key id satisfies. */
    int[] groupsOfKey(int key) {
        return groupsOfKey[key];
    }

    /** The groups of needed keys of the rule with this priority index; it can match only if all are met. */
    int[] groupsOfRule(int priority) {
        return groupsOfRule[priority];
    }

    /**
     * Whether a match of rule {@code priority} starting on a token with key {@code key} may fit: a match starting
     * on an optional lead word ("the") needs its first required token or more lead next ({@code next}, a key id,
     * or {@link TokenKeys#OTHER} when no token or an unknown one follows).
     */
    boolean leadFits(int priority, int key, int next) {
        boolean[] lead = leadOfRule[priority];
        boolean[] first = firstOfRule[priority];
        if (lead == null || !lead[key] || first[key]) {
            return true;
        }
        return next >= 0 && (first[next] || lead[next]);
    }

    /** Index of a rule in priority order. */
    public int priority(Rule rule) {
        return priorities.getOrDefault(rule, Integer.MAX_VALUE);
    }

    public PatternLibrary library() {
        return library;
    }

    public NormalizationTable yearContext() {
        return yearContext;
    }

    public NormalizationTable abbreviations() {
        return abbreviations;
    }
}
