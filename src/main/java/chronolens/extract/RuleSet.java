package chronolens.extract;

import chronolens.extract.rules.PatternLibrary;
import chronolens.extract.rules.Rule;
import chronolens.extract.rules.RuleFile;
import chronolens.extract.rules.NormalizationTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** All English rules and tables, loaded and compiled once; immutable and safe to share between threads. */
public final class RuleSet {
    /** The rule files, in priority order: on equal length an earlier file's match wins. */
    public static final List<String> RULE_FILES = List.of("dates.rules", "relative.rules", "durations.rules");

    private final List<Rule> rules;
    private final Map<String, List<Rule>> byTrigger;
    private final NormalizationTable yearContext;
    private final NormalizationTable abbreviations;
    private final Map<Rule, Integer> priorities = new java.util.IdentityHashMap<>();
    private static final int[] NONE = new int[0];
    private final Map<String, int[]> byTriggerIndex;
    private final int[] keyHashes;
    /** For each key, the required-key groups (distinct sets of {@link Rule#requiredKeys()}) that hold it. */
    private final Map<String, int[]> groupsOfKey;
    /** For each rule in priority order, the groups it needs: one key of each must occur in the sentence. */
    private final int[][] groupsOfRule;
    private final int groupCount;

    private final PatternLibrary library;

    private RuleSet(PatternLibrary library, List<Rule> rules, NormalizationTable yearContext,
                    NormalizationTable abbreviations) {
        this.library = library;
        this.rules = List.copyOf(rules);
        Map<String, List<Rule>> index = new HashMap<>();
        for (Rule r : rules) {
            priorities.put(r, priorities.size());
            for (String t : r.triggers()) {
                index.computeIfAbsent(t, k -> new ArrayList<>()).add(r);
            }
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        this.byTrigger = Map.copyOf(index);
        Map<String, int[]> idx = new HashMap<>();
        index.forEach((k, v) -> idx.put(k, v.stream().mapToInt(priorities::get).toArray()));
        this.byTriggerIndex = Map.copyOf(idx);
        java.util.Set<Integer> hashes = new java.util.HashSet<>();
        for (Rule r : rules) {
            r.triggers().forEach(k -> hashes.add(k.hashCode()));
            r.requiredKeys().forEach(set -> set.forEach(k -> hashes.add(k.hashCode())));
            r.leadKeys().forEach(k -> hashes.add(k.hashCode()));
        }
        this.keyHashes = hashes.stream().mapToInt(Integer::intValue).sorted().toArray();
        // numbering the distinct required-key sets once lets the tagger test a rule with a few array reads
        // instead of intersecting sets for every rule in every sentence
        Map<java.util.Set<String>, Integer> groups = new HashMap<>();
        Map<String, List<Integer>> ofKey = new HashMap<>();
        this.groupsOfRule = new int[rules.size()][];
        for (int r = 0; r < rules.size(); r++) {
            List<java.util.Set<String>> required = rules.get(r).requiredKeys();
            int[] ids = new int[required.size()];
            for (int g = 0; g < ids.length; g++) {
                java.util.Set<String> set = required.get(g);
                Integer id = groups.get(set);
                if (id == null) {
                    id = groups.size();
                    groups.put(set, id);
                    for (String k : set) {
                        ofKey.computeIfAbsent(k, x -> new ArrayList<>()).add(id);
                    }
                }
                ids[g] = id;
            }
            groupsOfRule[r] = ids;
        }
        Map<String, int[]> gk = new HashMap<>();
        ofKey.forEach((k, v) -> gk.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        this.groupsOfKey = Map.copyOf(gk);
        this.groupCount = groups.size();
        this.yearContext = yearContext;
        this.abbreviations = abbreviations;
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

    /** Whether some rule may care about a token whose lower-case key has this {@link String#hashCode()}. */
    public boolean mayMatter(int keyHash) {
        return java.util.Arrays.binarySearch(keyHashes, keyHash) >= 0;
    }

    /** Priority indexes of the rules whose match can start on a token with this key. */
    public int[] indexesStartingWith(String triggerKey) {
        return byTriggerIndex.getOrDefault(triggerKey, NONE);
    }

    /** How many distinct required-key groups the rules have. */
    public int groupCount() {
        return groupCount;
    }

    /** The required-key groups that a token with this key satisfies. */
    public int[] groupsOfKey(String key) {
        return groupsOfKey.getOrDefault(key, NONE);
    }

    /** The required-key groups of the rule with this priority index; the rule can match only if all are met. */
    public int[] groupsOfRule(int priority) {
        return groupsOfRule[priority];
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
