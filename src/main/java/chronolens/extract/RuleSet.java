package chronolens.extract;

import chronolens.extract.rules.PatternLibrary;
import chronolens.extract.rules.Rule;
import chronolens.extract.rules.RuleFile;
import chronolens.extract.rules.NormalizationTable;
import chronolens.extract.rules.Openings;
import chronolens.extract.rules.Spellings;
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
    /** The most tokens of one group a rule is known to need; the tagger keeps that many last places. */
    static final int MOST_NEEDED = 3;
    private final int[][] groupsOfKey;
    /** For each rule in priority order, the groups it needs. */
    private final int[][] groupsOfRule;
    /**
     * For each rule in priority order and each of its {@link #groupsOfRule}, how many tokens of that group a match
     * holds at least, up to {@link #MOST_NEEDED}: "{count} {unit} and {count} {unit}" needs two of each.
     */
    private final int[][] neededOfRule;
    /**
     * For each rule, by the id of the key a match starts on: the sorted ids of the keys the next token can have,
     * or null when any; the whole entry is null when the rule settles no next key.
     */
    private final int[][][] nextOfRule;
    /**
     * For each key id some rule starts on, by the id of the next key plus one (0 for none or an unknown one), the
     * rules to try (see {@link #candidates}); null for other keys. A table, not a search: every keyed token of
     * every text looks here, and the distinct lists are shared, so it costs a reference per pair of keys.
     */
    private final int[][][] byNext;
    /**
     * For each rule in priority order, the {@link Openings} its regex can have, worked out when the rule is first
     * tried: reading all the regexes (200,000 chars, the tables' tries) at load would slow the app's start.
     */
    private final OpeningSet[] openings;
    /** For each rule in priority order: 0 until {@link #spansNoSpace} is first asked, then 1 for yes, 2 for no. */
    private final byte[] noSpace;
    private final Map<String, java.util.BitSet> openingsOfGroups = new java.util.concurrent.ConcurrentHashMap<>();
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
            r.nextKeys().values().forEach(known::addAll);
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
        this.neededOfRule = new int[rules.size()][];
        this.nextOfRule = new int[rules.size()][][];
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
            // only the tokens the match cannot skip count twice: each is a token of its own in the sentence,
            // while inner words sit inside one of them
            int tokens = rule.requiredKeys().size();
            neededOfRule[r] = Arrays.stream(groupsOfRule[r]).map(id -> (int) Math.min(MOST_NEEDED,
                    Math.max(1, Arrays.stream(ids, 0, tokens).filter(x -> x == id).count()))).toArray();
            if (!rule.nextKeys().isEmpty()) {
                int[][] next = new int[keys.size()][];
                rule.nextKeys().forEach((k, v) -> next[keys.id(k)] = v.stream().mapToInt(keys::id).sorted()
                        .toArray());
                nextOfRule[r] = next;
            }
        }
        this.groupsOfKey = ofKey.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        this.groupCount = groups.size();
        // the rules to try for each pair of keys, filtered once here rather than for every token of every text
        this.byNext = new int[keys.size()][][];
        for (int k = 0; k < keys.size(); k++) {
            if (startingWithKey[k].length == 0) {
                continue;
            }
            // plain loops: this runs while the app starts, before the JIT has compiled anything
            java.util.TreeSet<Integer> named = new java.util.TreeSet<>();
            for (int p : startingWithKey[k]) {
                if (nextOfRule[p] != null && nextOfRule[p][k] != null) {
                    for (int n : nextOfRule[p][k]) {
                        named.add(n);
                    }
                }
            }
            byNext[k] = new int[keys.size() + 1][];
            Arrays.fill(byNext[k], fitting(startingWithKey[k], k, TokenKeys.OTHER));
            for (int n : named) {
                byNext[k][n + 1] = fitting(startingWithKey[k], k, n);
            }
        }
        this.openings = new OpeningSet[rules.size()];
        this.noSpace = new byte[rules.size()];
        this.yearContext = yearContext;
        this.abbreviations = abbreviations;
    }

    /** Those of {@code rules} (priority indexes) that {@link #nextFits} a token keyed {@code key} then {@code next}. */
    private int[] fitting(int[] rules, int key, int next) {
        int[] out = new int[rules.length];
        int n = 0;
        for (int p : rules) {
            if (nextFits(p, key, next)) {
                out[n++] = p;
            }
        }
        return Arrays.copyOf(out, n);
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

    /**
     * Priority indexes of the rules whose match can start on a token with key id {@code key} followed by a token
     * with key id {@code next} ({@link TokenKeys#OTHER} when no token or an unknown one follows): those of
     * {@link #startingWith(int)} for which {@link #nextFits} holds, in priority order.
     */
    int[] candidates(int key, int next) {
        int[][] row = byNext[key];
        return row == null ? NONE : row[next < 0 ? 0 : next + 1];
    }

    /** Whether a match of the rule with this priority index can start where the text has this {@link Openings#code}. */
    boolean opens(int priority, int opening) {
        OpeningSet o = openings[priority];
        if (o == null) {
            o = new OpeningSet(Openings.of(rules.get(priority).pattern().pattern(), openingsOfGroups).toLongArray());
            openings[priority] = o; // two threads may both work it out: the same set, never changed after
        }
        long[] bits = o.bits;
        int word = opening >>> 6;
        return word < bits.length && (bits[word] & 1L << opening) != 0;
    }

    /**
     * Whether no match of the rule with this priority index can hold white space ({@link Spellings#spansNoSpace}):
     * then a match starting at a token ends before the next white space. Worked out when first asked, as the
     * openings are.
     */
    boolean spansNoSpace(int priority) {
        byte known = noSpace[priority];
        if (known == 0) {
            known = Spellings.spansNoSpace(rules.get(priority).pattern().pattern()) ? (byte) 1 : (byte) 2;
            noSpace[priority] = known; // two threads may both work it out: the same answer
        }
        return known == 1;
    }

    /**
     * A rule's openings as the words of a bit set. It is read for every rule tried at every token, so it is
     * a plain array slot, not a volatile one; the final field makes a thread that sees the set see its bits.
     */
    private static final class OpeningSet {
        final long[] bits;

        OpeningSet(long[] bits) {
            this.bits = bits;
        }
    }

    /** How many distinct groups of needed keys the rules have. */
    int groupCount() {
        return groupCount;
    }

    /** The groups of needed keys that a token with this key id satisfies. */
    int[] groupsOfKey(int key) {
        return groupsOfKey[key];
    }

    /**
     * For each of {@link #groupsOfRule}, how many tokens of that group the rule needs (1 to {@link #MOST_NEEDED}):
     * it can match at a token only if that many are still ahead.
     */
    int[] neededOfRule(int priority) {
        return neededOfRule[priority];
    }

    /** The groups of needed keys of the rule with this priority index; it can match only if all are met. */
    int[] groupsOfRule(int priority) {
        return groupsOfRule[priority];
    }

    /**
     * Whether a match of rule {@code priority} starting on a token with key {@code key} can have a token with key
     * {@code next} after it ({@link TokenKeys#OTHER} when no token or an unknown one follows).
     */
    boolean nextFits(int priority, int key, int next) {
        int[][] byKey = nextOfRule[priority];
        if (byKey == null || byKey[key] == null) {
            return true;
        }
        return next >= 0 && Arrays.binarySearch(byKey[key], next) >= 0;
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
