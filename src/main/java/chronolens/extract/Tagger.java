package chronolens.extract;

import chronolens.extract.rules.Openings;
import chronolens.extract.rules.Rule;
import chronolens.extract.rules.Slot;
import chronolens.extract.rules.Triggers;
import chronolens.extract.rules.ValueTemplate;
import chronolens.model.Sentence;
import chronolens.model.TimexType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Finds time expressions: scans tokens, tries only the rules that can start on each token (anchored regex
 * matches inside the sentence), applies guards, and keeps the longest non-overlapping matches.
 *
 * <p>Each rule's regex is the one authority on what it matches; everything else here only decides where not to
 * run it, and each of those filters errs towards trying, so the output is what trying every rule at every token
 * would give. A rule is tried at a token only if (1) it can start on the token's key and the next token's key
 * fits ({@code RuleSet.candidates}, from the rule's words), (2) the sentence still holds, at or after the token,
 * a key of each group the rule needs ({@code reach}), and (3) the classes of the next few characters fit one
 * of the rule's {@link Openings}, read off its regex: "{year4}" is not tried at "16". Slot values and filled
 * templates are pure, so recent ones are reused: dense dates repeat the same words.
 */
public final class Tagger {
    private final RuleSet rules;
    private final Guards guards;
    /** Each rule's value template, parsed once, by priority index. */
    private final ValueTemplate[] templates;
    /** Each rule's template references bound to its capturing groups, by priority index. */
    private final int[][][] bound;
    /** For each rule by priority index, the slot of each capturing group, or null for a group no slot names. */
    private final Slot[][] slots;
    /** For each rule by priority index, a number for the slot of each capturing group, the same for the same slot. */
    private final int[][] slotIds;
    private final int slotCount;
    /**
     * This thread's work space: made once per thread, not per text, since clearing its few hundred caches and
     * matchers for every short article cost more than the tagging of some.
     */
    private final ThreadLocal<Scan> scans;

    public Tagger(RuleSet rules) {
        this.rules = rules;
        this.guards = new Guards(rules.yearContext());
        int n = rules.rules().size();
        this.templates = new ValueTemplate[n];
        this.bound = new int[n][][];
        this.slots = new Slot[n][];
        this.slotIds = new int[n][];
        java.util.Map<Slot, Integer> ids = new java.util.IdentityHashMap<>();
        for (int p = 0; p < n; p++) {
            Rule r = rules.rules().get(p);
            templates[p] = ValueTemplate.compile(r.value());
            bound[p] = templates[p].bind(r.slotKeys());
            slots[p] = r.slotKeys().stream().map(this::slotOf).toArray(Slot[]::new);
            slotIds[p] = java.util.Arrays.stream(slots[p]).mapToInt(x -> x == null ? -1
                    : ids.computeIfAbsent(x, k -> ids.size())).toArray();
        }
        this.slotCount = ids.size();
        this.scans = ThreadLocal.withInitial(() -> new Scan(rules.groupCount(), n, slotCount));
    }

    /** Mentions in all sentences of {@code text}, in text order. */
    public List<Mention> tag(String text, List<Sentence> sentences) {
        Scan scan = scans.get().start();
        List<Mention> out = new ArrayList<>();
        for (Sentence s : sentences) {
            tag(text, s.begin(), s.end(), scan, out);
        }
        return out;
    }

    /** Mentions inside {@code [from, to)} of {@code text}, in text order. */
    public List<Mention> tag(String text, int from, int to) {
        List<Mention> out = new ArrayList<>();
        tag(text, from, to, scans.get().start(), out);
        return out;
    }

    /**
     * The work space of one thread: the tokens of the current sentence, the matchers (made when first needed and
     * pointed at a call's text when first used in it: creating a matcher costs more than resetting one, and most
     * rules are never tried on a given text) and, for each group of needed keys, the last token that holds one.
     * The caches of slot values and filled templates hold pure results, so they stay good from text to text.
     */
    private static final class Scan {
        /** By priority index, the rule's matcher, or null until first needed. */
        final Matcher[] matchers;
        /** By priority index, the number of the call the matcher was last pointed at the text in. */
        final int[] pointedIn;
        /** The number of the current call of {@code tag}, counted from 1. */
        int call;
        int[] starts = new int[64];
        int[] keys = new int[64];
        int count;
        /**
         * For each group g, at {@code MOST_NEEDED * g + n}, the index of the (n+1)th last token of this sentence
         * that holds one of its keys, or -1: the last, the one before it, and so on.
         */
        final int[] lastMet;
        /** By priority index: the last token at which all the rule's groups are still ahead, if known yet. */
        final int[] reach;
        /** By priority index: the number of the sentence {@link #reach} was worked out for. */
        final int[] reachOf;
        int sentence;

        /** By slot number times {@link #RECENT} plus a hash: texts a slot normalized and their values. */
        final String[] lastMatched;
        final String[] lastNormalized;
        /** By priority index times {@link #RECENT} plus a hash: values a template was filled from, and results. */
        final String[][] lastValues;
        final String[] lastFilled;

        Scan(int groups, int rules, int slots) {
            lastMatched = new String[slots * RECENT];
            lastNormalized = new String[slots * RECENT];
            lastValues = new String[rules * RECENT][];
            lastFilled = new String[rules * RECENT];
            lastMet = new int[groups * RuleSet.MOST_NEEDED];
            matchers = new Matcher[rules];
            pointedIn = new int[rules];
            reach = new int[rules];
            reachOf = new int[rules];
        }

        /** The current sentence's candidate matches, and those kept of them: lists reused from sentence to sentence. */
        final List<Mention> candidates = new ArrayList<>();
        final List<Mention> kept = new ArrayList<>();
        /** By index in this sentence's candidates, the priority index of the rule that made it. */
        int[] priorities = new int[16];
        /** Marks of the chars of the sentence that kept candidates cover; all false between calls of select. */
        private boolean[] taken = new boolean[256];

        void priorityOf(int candidate, int priority) {
            if (candidate == priorities.length) {
                priorities = java.util.Arrays.copyOf(priorities, candidate * 2);
            }
            priorities[candidate] = priority;
        }

        boolean[] taken(int length) {
            if (taken.length < length) {
                taken = new boolean[Math.max(length, taken.length * 2)];
            }
            return taken;
        }

        /** Begins a call: every matcher is pointed at its text again when first used. */
        Scan start() {
            call++;
            return this;
        }

        void add(int start, int key) {
            if (count == starts.length) {
                starts = java.util.Arrays.copyOf(starts, count * 2);
                keys = java.util.Arrays.copyOf(keys, count * 2);
            }
            starts[count] = start;
            keys[count] = key;
            count++;
        }
    }

    private Matcher matcher(Scan scan, int priority, String text) {
        Matcher m = scan.matchers[priority];
        if (m == null) {
            m = rules.rules().get(priority).pattern().matcher(text).useTransparentBounds(true)
                    .useAnchoringBounds(false);
            scan.matchers[priority] = m;
        } else if (scan.pointedIn[priority] != scan.call) {
            m.reset(text);
        }
        scan.pointedIn[priority] = scan.call;
        return m;
    }

    /**
     * The tokens of {@code [from, to)} that some rule may care about, with their key ids, into {@code scan}: where
     * {@link Triggers#isTokenStart} holds, keyed as {@link Triggers#keyAt} keys them, in one pass over the chars.
     */
    private void tokens(String text, int from, int to, Scan scan) {
        TokenKeys known = rules.keys();
        scan.count = 0;
        scan.sentence++;
        java.util.Arrays.fill(scan.lastMet, -1);
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            int e = i + 1;
            if (isAsciiLetter(c) || c >= 128 && Character.isLetter(c)) {
                // hash the lower-case word in place: most words matter to no rule and need no String
                int h = 0;
                e = i;
                while (e < to) {
                    char ch = text.charAt(e);
                    // ASCII first, one test for a letter: this loop reads every letter of the text
                    int lower = ch | 0x20;
                    if (!isAsciiLetter(ch)) {
                        if (ch < 128 || !Character.isLetter(ch)) {
                            break;
                        }
                        lower = Character.toLowerCase(ch);
                    }
                    h = 31 * h + lower;
                    e++;
                }
                if (i > from || Triggers.isTokenStart(text, i)) {
                    // a word no rule knows is kept too, as OTHER: the token after a rule's first one must be what
                    // the rule allows there (RuleSet.candidates), and a word it does not know is not
                    int key = known.word(text, i, e, h);
                    add(scan, i, key == TokenKeys.NONE ? TokenKeys.OTHER : key);
                }
            } else if (c >= '0' && c <= '9') {
                while (e < to && text.charAt(e) >= '0' && text.charAt(e) <= '9') {
                    e++;
                }
                if (i > from || Triggers.isTokenStart(text, i)) {
                    add(scan, i, known.digits());
                }
            } else if (!(c < 128 ? c == ' ' || c >= 9 && c <= 13 || c >= 28 && c <= 31 : Character.isWhitespace(c))) {
                add(scan, i, known.symbol(c));
            }
            i = e;
        }
    }

    /**
     * Whether {@code c} is an ASCII letter, in one test: setting bit 5 lower-cases A-Z and moves no other char
     * into a-z, and the char cast makes anything below 'a' a large number.
     */
    private static boolean isAsciiLetter(char c) {
        return (char) ((c | 0x20) - 'a') < 26;
    }

    private void add(Scan scan, int at, int key) {
        if (key >= 0) {
            for (int g : rules.groupsOfKey(key)) {
                int first = RuleSet.MOST_NEEDED * g;
                // shift this group's last places down by one: MOST_NEEDED is small, and fixed
                for (int n = RuleSet.MOST_NEEDED - 1; n > 0; n--) {
                    scan.lastMet[first + n] = scan.lastMet[first + n - 1];
                }
                scan.lastMet[first] = scan.count;
            }
        } else if (scan.count > 0 && scan.keys[scan.count - 1] < 0) {
            // an unknown token matters only as the next one after a known token: of a run of them (most words
            // of a text) the first is enough, and the scan of the tokens gets shorter
            return;
        }
        scan.add(at, key);
    }

    /** Appends to {@code out} the mentions inside {@code [from, to)} of {@code text}, in text order. */
    private void tag(String text, int from, int to, Scan scan, List<Mention> out) {
        tokens(text, from, to, scan);
        List<Mention> candidates = scan.candidates;
        candidates.clear();
        for (int t = 0; t < scan.count; t++) {
            int key = scan.keys[t];
            int i = scan.starts[t];
            // most keyed tokens start no rule ("of", "in", "."): they are keyed only as the next or a needed word
            if (key < 0 || rules.startingWith(key).length == 0 || Guards.insideNumber(text, i)) {
                continue;
            }
            int next = t + 1 < scan.count ? scan.keys[t + 1] : TokenKeys.OTHER;
            int longest = 0;
            int opening = -1;
            int run = -1;
            for (int p : rules.candidates(key, next)) {
                if (opening < 0) {
                    opening = Openings.code(text, i, to);
                }
                // reach first: it rules out most rules and is worked out once a sentence, then one read
                if (reach(scan, p) < t || !rules.opens(p, opening)) {
                    continue;
                }
                if (longest > 0 && rules.spansNoSpace(p)) {
                    // a one-word rule ("{monthName}") after a longer match here ("May 16") could only lose to it
                    run = run < 0 ? spaceFree(text, i, to) : run;
                    if (run < longest) {
                        continue;
                    }
                }
                Matcher m = matcher(scan, p, text);
                m.region(i, to);
                if (!m.lookingAt() || m.end() <= i || m.end() - i < longest) {
                    continue;
                }
                Mention mention = mention(text, p, m, scan);
                if (mention != null && guards.accept(text, mention)) {
                    scan.priorityOf(candidates.size(), p);
                    candidates.add(mention);
                    longest = Math.max(longest, mention.length());
                }
            }
        }
        select(candidates, from, scan, out);
        candidates.clear(); // let go of this text's mentions
    }

    /** How many chars from {@code i} on, before {@code to}, hold none of the white space {@code \s} matches. */
    private static int spaceFree(String text, int i, int to) {
        int e = i;
        while (e < to) {
            char c = text.charAt(e);
            if (c == ' ' || c >= '\t' && c <= '\r') {
                break;
            }
            e++;
        }
        return e - i;
    }

    /**
     * The last token of the sentence at which rule {@code p} can still match: a match starting at token t holds a
     * key of each of the rule's groups at t or after it, as many as it needs of each, so t can be no later than the
     * last token holding one (or the second last, when it needs two).
     */
    private int reach(Scan scan, int p) {
        if (scan.reachOf[p] != scan.sentence) {
            int last = Integer.MAX_VALUE;
            int[] groups = rules.groupsOfRule(p);
            int[] needed = rules.neededOfRule(p);
            for (int i = 0; i < groups.length; i++) {
                // a match needing two tokens of a group starts no later than the second last of them
                last = Math.min(last, scan.lastMet[RuleSet.MOST_NEEDED * groups[i] + needed[i] - 1]);
            }
            scan.reach[p] = last;
            scan.reachOf[p] = scan.sentence;
        }
        return scan.reach[p];
    }

    private Mention mention(String text, int p, Matcher m, Scan scan) {
        Rule rule = rules.rules().get(p);
        List<String> keys = rule.slotKeys();
        // by group, not in a map: this runs for every candidate match, and dense dates make many
        String[] values = new String[Math.min(m.groupCount(), keys.size())];
        for (int g = 1; g <= values.length; g++) {
            int start = m.start(g);
            if (start < 0) {
                continue;
            }
            Slot slot = slots[p][g - 1];
            String v = slot == null ? text.substring(start, m.end(g))
                    : normalized(scan, slotIds[p][g - 1], slot, text, start, m.end(g));
            if (v == null) {
                return null;
            }
            values[g - 1] = v;
        }
        String value = filled(scan, p, values);
        if (value == null) {
            return null;
        }
        TimexType type = rule.type() != null ? rule.type() : typeOf(value);
        int end = m.end();
        while (end > m.start() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Mention(m.start(), end, text.substring(m.start(), end), rule, value, type, rule.approximate());
    }

    /** How many recent results each slot and each template keeps; a power of two. */
    private static final int RECENT = 8;

    /**
     * The value of {@code text[start, end)} for this slot. Slots normalize as pure functions, so each keeps its
     * last few texts and values, by a hash of the text, and reuses them when the same words come again: several
     * rules try the same words, and dense dates repeat them ("May 16 March 2024 Sept. 11, ...").
     */
    private static String normalized(Scan scan, int id, Slot slot, String text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + text.charAt(i);
        }
        int at = id * RECENT + ((h ^ h >>> 7) & RECENT - 1);
        String last = scan.lastMatched[at];
        if (last != null && last.length() == end - start && text.regionMatches(start, last, 0, end - start)) {
            return scan.lastNormalized[at];
        }
        String matched = text.substring(start, end);
        String value = slot.normalize(matched);
        scan.lastMatched[at] = matched;
        scan.lastNormalized[at] = value;
        return value;
    }

    /**
     * Rule {@code p}'s template filled from {@code values}. Filling is a pure function too, and the values come
     * from {@link #normalized}, which hands out the same strings for the same words: so each rule keeps its last
     * few fillings, found by the identity of the strings they were filled from.
     */
    private String filled(Scan scan, int p, String[] values) {
        int h = 0;
        for (String v : values) {
            h = 31 * h + System.identityHashCode(v);
        }
        int at = p * RECENT + ((h ^ h >>> 7) & RECENT - 1);
        String[] last = scan.lastValues[at];
        if (last != null && last.length == values.length) {
            boolean same = true;
            for (int i = 0; i < values.length && same; i++) {
                same = last[i] == values[i];
            }
            if (same) {
                return scan.lastFilled[at];
            }
        }
        String value = templates[p].fill(values, bound[p]);
        scan.lastValues[at] = values;
        scan.lastFilled[at] = value;
        return value;
    }

    /** DURATION for "P…" followed by a digit, X or T; TIME when a T follows a digit or X ("T20:17", "TMO"). */
    static TimexType typeOf(String value) {
        if (value.length() >= 2 && value.charAt(0) == 'P') {
            char c = value.charAt(1);
            if (c >= '0' && c <= '9' || c == 'X' || c == 'T') {
                return TimexType.DURATION;
            }
        }
        for (int i = value.indexOf('T', 1); i > 0 && i + 1 < value.length(); i = value.indexOf('T', i + 1)) {
            char before = value.charAt(i - 1);
            char after = value.charAt(i + 1);
            if ((before >= '0' && before <= '9' || before == 'X') && (after >= '0' && after <= '9'
                    || value.startsWith("MO", i + 1) || value.startsWith("AF", i + 1)
                    || value.startsWith("EV", i + 1) || value.startsWith("NI", i + 1))) {
                return TimexType.TIME;
            }
        }
        return TimexType.DATE;
    }

    private Slot slotOf(String key) {
        int dot = key.indexOf('.');
        return library().slot(dot < 0 ? key : key.substring(0, dot));
    }

    private chronolens.extract.rules.PatternLibrary library() {
        return rules.library();
    }

    /**
     * Longest first, then the rule earlier in priority, then the earlier; a candidate overlapping one already kept
     * is dropped. The kept ones are marked char by char in {@code taken} (offsets from {@code from}): a candidate
     * is a few words long, so checking its chars costs less than a search tree, and dense dates make many. The
     * kept ones are appended to {@code out} in text order.
     */
    private void select(List<Mention> candidates, int from, Scan scan, List<Mention> out) {
        int n = candidates.size();
        if (n <= 1) {
            out.addAll(candidates);
            return;
        }
        int[] order = order(candidates, scan.priorities);
        int end = from;
        for (Mention m : candidates) {
            end = Math.max(end, m.end());
        }
        boolean[] taken = scan.taken(end - from);
        List<Mention> kept = scan.kept;
        for (int c : order) {
            Mention m = candidates.get(c);
            if (!anyTaken(taken, m.begin() - from, m.end() - from)) {
                java.util.Arrays.fill(taken, m.begin() - from, m.end() - from, true);
                kept.add(m);
            }
        }
        for (Mention m : kept) {
            java.util.Arrays.fill(taken, m.begin() - from, m.end() - from, false);
        }
        kept.sort((x, y) -> Integer.compare(x.begin(), y.begin()));
        out.addAll(kept);
        kept.clear();
    }

    /**
     * The indexes of {@code candidates} sorted longest first, then by priority, then by begin (the order they were
     * found in). Each sort key is packed into one long when the numbers fit, as they do but for freak texts: a sort
     * of longs costs a fraction of a sort of boxed indexes through a comparator.
     */
    private static int[] order(List<Mention> candidates, int[] priorities) {
        int n = candidates.size();
        int longest = 0;
        int last = 0;
        for (int c = 0; c < n; c++) {
            longest = Math.max(longest, candidates.get(c).length());
            last = Math.max(last, priorities[c]);
        }
        int[] order = new int[n];
        if (longest < 1 << 21 && last < 1 << 21 && n < 1 << 21) {
            long[] keys = new long[n];
            for (int c = 0; c < n; c++) {
                keys[c] = (long) ((1 << 21) - 1 - candidates.get(c).length()) << 42 | (long) priorities[c] << 21 | c;
            }
            java.util.Arrays.sort(keys);
            for (int c = 0; c < n; c++) {
                order[c] = (int) (keys[c] & ((1 << 21) - 1));
            }
            return order;
        }
        Integer[] boxed = new Integer[n];
        for (int c = 0; c < n; c++) {
            boxed[c] = c;
        }
        java.util.Arrays.sort(boxed, java.util.Comparator.<Integer>comparingInt(c -> -candidates.get(c).length())
                .thenComparingInt(c -> priorities[c]).thenComparingInt(c -> c));
        for (int c = 0; c < n; c++) {
            order[c] = boxed[c];
        }
        return order;
    }

    private static boolean anyTaken(boolean[] taken, int begin, int end) {
        for (int i = begin; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }
}
