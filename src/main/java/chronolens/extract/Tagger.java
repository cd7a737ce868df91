package chronolens.extract;

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
    /** This thread's matcher of each rule by priority index, made when first needed. */
    private final ThreadLocal<Matcher[]> cache;

    public Tagger(RuleSet rules) {
        this.rules = rules;
        this.guards = new Guards(rules.yearContext());
        int n = rules.rules().size();
        this.templates = new ValueTemplate[n];
        this.bound = new int[n][][];
        this.slots = new Slot[n][];
        for (int p = 0; p < n; p++) {
            Rule r = rules.rules().get(p);
            templates[p] = ValueTemplate.compile(r.value());
            bound[p] = templates[p].bind(r.slotKeys());
            slots[p] = r.slotKeys().stream().map(this::slotOf).toArray(Slot[]::new);
        }
        this.cache = ThreadLocal.withInitial(() -> new Matcher[n]);
    }

    /** Mentions in all sentences of {@code text}, in text order. */
    public List<Mention> tag(String text, List<Sentence> sentences) {
        Scan scan = new Scan(rules.groupCount(), rules.rules().size());
        List<Mention> out = new ArrayList<>();
        for (Sentence s : sentences) {
            out.addAll(tag(text, s.begin(), s.end(), scan));
        }
        return out;
    }

    /** Mentions inside {@code [from, to)} of {@code text}, in text order. */
    public List<Mention> tag(String text, int from, int to) {
        return tag(text, from, to, new Scan(rules.groupCount(), rules.rules().size()));
    }

    /**
     * The work space of one call: the tokens of the current sentence, the matchers (taken from this thread's
     * cache and pointed at the text when first used: creating a matcher costs more than resetting one, and most
     * rules are never tried on a given text) and, for each group of needed keys, the last token that holds one.
     */
    private static final class Scan {
        /** By priority index, the rule's matcher once pointed at this call's text, else null. */
        final Matcher[] matchers;
        int[] starts = new int[64];
        int[] keys = new int[64];
        int count;
        /** For each group, the index of the last token of this sentence that holds one of its keys, or -1. */
        final int[] lastMet;
        /** By priority index: the last token at which all the rule's groups are still ahead, if known yet. */
        final int[] reach;
        /** By priority index: the number of the sentence {@link #reach} was worked out for. */
        final int[] reachOf;
        int sentence;

        Scan(int groups, int rules) {
            lastMet = new int[groups];
            matchers = new Matcher[rules];
            reach = new int[rules];
            reachOf = new int[rules];
        }

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
            Matcher[] mine = cache.get();
            m = mine[priority];
            if (m == null) {
                m = rules.rules().get(priority).pattern().matcher(text).useTransparentBounds(true)
                        .useAnchoringBounds(false);
                mine[priority] = m;
            }
            m.reset(text);
            scan.matchers[priority] = m;
        }
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
            boolean letter = c < 128 ? (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') : Character.isLetter(c);
            boolean digit = c >= '0' && c <= '9';
            if (c < 128 ? c == ' ' || c >= 9 && c <= 13 || c >= 28 && c <= 31 : Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int e = i + 1;
            if (letter) {
                // hash the lower-case word in place: most words matter to no rule and need no String
                int h = 0;
                e = i;
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
                int key = i == from && !Triggers.isTokenStart(text, i) ? TokenKeys.NONE : known.word(text, i, e, h);
                if (key != TokenKeys.NONE) {
                    add(scan, i, key);
                }
            } else if (digit) {
                while (e < to && text.charAt(e) >= '0' && text.charAt(e) <= '9') {
                    e++;
                }
                if (i > from || Triggers.isTokenStart(text, i)) {
                    add(scan, i, known.digits());
                }
            } else {
                add(scan, i, known.symbol(c));
            }
            i = e;
        }
    }

    private void add(Scan scan, int at, int key) {
        if (key >= 0) {
            for (int g : rules.groupsOfKey(key)) {
                scan.lastMet[g] = scan.count;
            }
        }
        scan.add(at, key);
    }

    private List<Mention> tag(String text, int from, int to, Scan scan) {
        tokens(text, from, to, scan);
        List<Mention> candidates = new ArrayList<>();
        for (int t = 0; t < scan.count; t++) {
            int key = scan.keys[t];
            int i = scan.starts[t];
            if (key < 0 || Guards.insideNumber(text, i)) {
                continue;
            }
            int next = t + 1 < scan.count ? scan.keys[t + 1] : TokenKeys.OTHER;
            int longest = 0;
            for (int p : rules.candidates(key, next)) {
                if (reach(scan, p) < t) {
                    continue;
                }
                Matcher m = matcher(scan, p, text);
                m.region(i, to);
                if (!m.lookingAt() || m.end() <= i || m.end() - i < longest) {
                    continue;
                }
                Mention mention = mention(text, p, m);
                if (mention != null && guards.accept(text, mention)) {
                    scan.priorityOf(candidates.size(), p);
                    candidates.add(mention);
                    longest = Math.max(longest, mention.length());
                }
            }
        }
        return select(candidates, from, scan);
    }

    /**
     * The last token of the sentence at which rule {@code p} can still match: a match starting at token t holds a
     * key of each of the rule's groups at t or after it, so t can be no later than the last token holding one.
     */
    private int reach(Scan scan, int p) {
        if (scan.reachOf[p] != scan.sentence) {
            int last = Integer.MAX_VALUE;
            for (int g : rules.groupsOfRule(p)) {
                last = Math.min(last, scan.lastMet[g]);
            }
            scan.reach[p] = last;
            scan.reachOf[p] = scan.sentence;
        }
        return scan.reach[p];
    }

    private Mention mention(String text, int p, Matcher m) {
        Rule rule = rules.rules().get(p);
        List<String> keys = rule.slotKeys();
        // by group, not in a map: this runs for every candidate match, and dense dates make many
        String[] values = new String[Math.min(m.groupCount(), keys.size())];
        for (int g = 1; g <= values.length; g++) {
            String matched = m.group(g);
            if (matched == null) {
                continue;
            }
            Slot slot = slots[p][g - 1];
            String v = slot == null ? matched : slot.normalize(matched);
            if (v == null) {
                return null;
            }
            values[g - 1] = v;
        }
        String value = templates[p].fill(values, bound[p]);
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
     * is a few words long, so checking its chars costs less than a search tree, and dense dates make many.
     */
    private List<Mention> select(List<Mention> candidates, int from, Scan scan) {
        int n = candidates.size();
        if (n <= 1) {
            return candidates;
        }
        Integer[] order = new Integer[n];
        for (int c = 0; c < n; c++) {
            order[c] = c;
        }
        java.util.Arrays.sort(order, (a, b) -> {
            Mention x = candidates.get(a);
            Mention y = candidates.get(b);
            if (x.length() != y.length()) {
                return Integer.compare(y.length(), x.length());
            }
            int px = scan.priorities[a];
            int py = scan.priorities[b];
            return px != py ? Integer.compare(px, py) : Integer.compare(x.begin(), y.begin());
        });
        int end = from;
        for (Mention m : candidates) {
            end = Math.max(end, m.end());
        }
        boolean[] taken = scan.taken(end - from);
        List<Mention> kept = new ArrayList<>();
        for (Integer c : order) {
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
        return kept;
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
