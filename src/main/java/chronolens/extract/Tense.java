package chronolens.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The tense a clause speaks in, guessed from its auxiliaries and verb endings; it picks "Friday" last or next. */
public enum Tense {
    PAST, PRESENT, FUTURE, UNKNOWN;

    private static final Pattern WORD = Pattern.compile("[A-Za-z']+");
    /**
     * Not "plans": the noun ("vacation plans") says nothing of tense, and the verb comes as "plans to"
     * (PLAN_WORDS).
     */
    private static final Set<String> FUTURE_WORDS = Set.of("will", "'ll", "shall", "won't", "tomorrow", "next",
            "upcoming", "scheduled", "expected", "anticipated", "intends", "expect", "expects", "would");
    private static final Set<String> PAST_WORDS = Set.of("was", "were", "had", "did", "said", "ago", "told",
            "went", "came", "took", "made", "began", "met", "won", "lost", "left", "held", "yesterday", "last",
            "brought",
            "found", "gave", "got", "saw", "sent", "sold", "spent", "stood", "thought", "bought", "fell", "rose", "led",
            "paid", "kept", "became", "struck", "wrote", "fought", "knew", "felt", "ran", "spoke", "broke", "chose",
            "drove", "flew", "grew", "heard", "meant", "sought", "taught", "caught", "built", "sank", "shot", "wore",
            "threw", "forgot", "froze", "hid", "lay", "laid", "withdrew", "overthrew", "undertook", "lit", "given",
            "taken", "written", "chosen", "broken", "spoken", "stolen", "driven", "fled", "swam", "sang", "rode",
            "shook", "woke", "arose", "ate", "drank", "bore", "swore", "forgave");
    private static final Set<String> PRESENT_WORDS = Set.of("is", "are", "am", "says", "has", "have", "does",
            "now", "today");
    private static final Set<String> NOT_PAST_ED = Set.of("need", "speed", "seed", "feed", "bed", "red", "shed",
            "hundred", "indeed", "united", "limited", "based");
    /** Words that, followed by "to", announce what is still to come: "planned to leave", "is set to resume". */
    private static final Set<String> PLAN_WORDS = Set.of("plan", "plans", "planned", "planning", "set", "due",
            "scheduled", "slated", "expected", "likely", "going", "about", "ready", "preparing", "prepared", "intend",
            "intended", "intends", "is", "are", "hopes", "hoped", "hope", "want", "wants", "wanted", "decided",
            "agreed", "promised", "vowed", "threatened", "supposed", "poised");
    /**
     * Words right before a date that put it ahead even in a past-tense report: "payable Dec. 15", "effective
     * Feb. 1", "as soon as Tuesday"; "until" too, unless the clause is in the past perfect ("until Thursday they
     * had described him as a witness"), and "by" and "through" unless the clause is told in the past ("sales this
     * year through August followed …").
     */
    private static final Set<String> FUTURE_LEADS = Set.of("payable", "effective", "soon as", "early as",
            "later than");
    private static final Set<String> DEADLINE_LEADS = Set.of("by", "through");
    private static final Set<String> AUXILIARIES = Set.of("be", "been", "being", "is", "are", "am", "was", "were",
            "has", "have", "had", "will", "would");
    private static final Set<String> PERFECT = Set.of("has", "have", "had");
    /** How near a "had" must stand to put the expression in the past perfect. */
    private static final int PERFECT_REACH = 40;
    /** How far before the expression a "since" still opens its clause. */
    private static final int SINCE_REACH = 30;
    /** How far before the expression a marker still governs it. */
    private static final int BEFORE = 100;

    /*
     * The words the sets above name, in an open-addressing table by the hash of their lower case, so that near()
     * looks each word of the text up in place: lower-casing every word into a String was a hot spot on date-dense
     * text, where near() runs once per date. A slot holds the word, its tense and what else the rules make of it.
     */
    private static final int SLOTS = 512;
    private static final int AUXILIARY = 1;
    private static final int PERFECT_AUXILIARY = 2;
    private static final int PLAN = 4;
    private static final int DEADLINE = 8;
    private static final int FUTURE_LEAD = 16;
    private static final String[] LEXICON = new String[SLOTS];
    private static final int[] LEXICON_HASH = new int[SLOTS];
    private static final Tense[] LEXICON_TENSE = new Tense[SLOTS];
    private static final int[] LEXICON_FLAGS = new int[SLOTS];
    /** The two-word {@link #FUTURE_LEADS}, as {@code SLOTS * slot of the first + slot of the second}. */
    private static final int[] FUTURE_LEAD_PAIRS;
    private static final int TO;
    private static final int NEXT;
    private static final int HAD;
    private static final int UNTIL;
    private static final int TILL;
    private static final int SINCE;
    private static final int WHICH;
    private static final int WHO;
    private static final int THAT;

    static {
        Set<String> all = new java.util.HashSet<>();
        for (Set<String> set : List.of(FUTURE_WORDS, PAST_WORDS, PRESENT_WORDS, NOT_PAST_ED, PLAN_WORDS,
                DEADLINE_LEADS, AUXILIARIES, PERFECT)) {
            all.addAll(set);
        }
        for (String lead : FUTURE_LEADS) {
            all.addAll(List.of(lead.split(" ")));
        }
        all.addAll(List.of("to", "next", "had", "until", "till", "since", "which", "who", "that"));
        for (String w : all) {
            int slot = w.hashCode() & (SLOTS - 1);
            while (LEXICON[slot] != null) {
                slot = (slot + 1) & (SLOTS - 1);
            }
            LEXICON[slot] = w;
            LEXICON_HASH[slot] = w.hashCode();
            LEXICON_TENSE[slot] = classify(w);
            LEXICON_FLAGS[slot] = (AUXILIARIES.contains(w) ? AUXILIARY : 0) | (PERFECT.contains(w) ? PERFECT_AUXILIARY
                    : 0) | (PLAN_WORDS.contains(w) ? PLAN : 0) | (DEADLINE_LEADS.contains(w) ? DEADLINE : 0)
                    | (FUTURE_LEADS.contains(w) ? FUTURE_LEAD : 0);
        }
        FUTURE_LEAD_PAIRS = FUTURE_LEADS.stream().filter(l -> l.indexOf(' ') > 0).mapToInt(l -> {
            String[] two = l.split(" ");
            return SLOTS * slotOf(two[0], 0, two[0].length()) + slotOf(two[1], 0, two[1].length());
        }).toArray();
        TO = slotOf("to", 0, 2);
        NEXT = slotOf("next", 0, 4);
        HAD = slotOf("had", 0, 3);
        UNTIL = slotOf("until", 0, 5);
        TILL = slotOf("till", 0, 4);
        SINCE = slotOf("since", 0, 5);
        WHICH = slotOf("which", 0, 5);
        WHO = slotOf("who", 0, 3);
        THAT = slotOf("that", 0, 4);
    }

    /** The slot of the word {@code text[b, e)} (word characters only), lower-cased, or -1 when no rule names it. */
    private static int slotOf(CharSequence text, int b, int e) {
        int h = 0;
        for (int i = b; i < e; i++) {
            h = 31 * h + lower(text.charAt(i));
        }
        for (int slot = h & (SLOTS - 1); LEXICON[slot] != null; slot = (slot + 1) & (SLOTS - 1)) {
            String w = LEXICON[slot];
            if (LEXICON_HASH[slot] == h && w.length() == e - b && sameLowerCase(w, text, b)) {
                return slot;
            }
        }
        return -1;
    }

    private static boolean sameLowerCase(String w, CharSequence text, int b) {
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) != lower(text.charAt(b + i))) {
                return false;
            }
        }
        return true;
    }

    /** A word character in lower case: only ASCII letters and the apostrophe are word characters. */
    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c;
    }

    private static boolean flag(int slot, int flag) {
        return slot >= 0 && (LEXICON_FLAGS[slot] & flag) != 0;
    }

    /**
     * The tense that governs the expression at {@code at} of {@code text}, looking within {@code [from, to)}: a
     * lead word right before it ("payable", "as soon as", "until") first, then the nearest marker before it (the
     * verb that governs a date usually comes first: "said Friday that it will …" is past for Friday), then the
     * nearest after it ("On Friday, the league plans to …").
     */
    public static Tense near(CharSequence text, int from, int to, int at) {
        return near(text, from, to, at, at);
    }

    /** As {@link #near(CharSequence, int, int, int)} for an expression that ends at {@code atEnd}. */
    public static Tense near(CharSequence text, int from, int to, int at, int atEnd) {
        return near(text, from, to, at, atEnd, BEFORE);
    }

    /** As {@link #near(CharSequence, int, int, int, int)}, with markers up to {@code reach} characters before. */
    public static Tense near(CharSequence text, int from, int to, int at, int atEnd, int reach) {
        int lo = Math.max(from, at - reach);
        // the two words right before the expression (not before lo), as slots; -1 when absent or unknown
        int e1 = at;
        while (e1 > lo && !isWordChar(text.charAt(e1 - 1))) {
            e1--;
        }
        int b1 = e1;
        while (b1 > lo && isWordChar(text.charAt(b1 - 1))) {
            b1--;
        }
        int e2 = b1;
        while (e2 > lo && !isWordChar(text.charAt(e2 - 1))) {
            e2--;
        }
        int b2 = e2;
        while (b2 > lo && isWordChar(text.charAt(b2 - 1))) {
            b2--;
        }
        int lead1 = b1 < e1 ? slotOf(text, b1, e1) : -1;
        int lead2 = b1 < e1 && b2 < e2 ? slotOf(text, b2, e2) : -1;
        boolean pastPerfect = false;
        boolean sinceClause = false;
        Tense before = UNKNOWN;
        Tense after = UNKNOWN;
        int afterDistance = Integer.MAX_VALUE;
        int previous = -1;
        int previousStart = -1;
        // the words scanned by hand: a Matcher per mention was a hot spot on date-dense text
        int start = lo;
        while (start < to) {
            if (!isWordChar(text.charAt(start))) {
                start++;
                continue;
            }
            int end = start + 1;
            while (end < to && isWordChar(text.charAt(end))) {
                end++;
            }
            int w = slotOf(text, start, end);
            // "a bill that keeps …": a verb in -s after "that", "which" or "who" speaks in the present
            boolean afterRelative = previous >= 0 && (previous == WHICH || previous == WHO || previous == THAT);
            Tense t = w >= 0 ? LEXICON_TENSE[w] : isPastEd(text, start, end) ? PAST
                    : afterRelative && isPresentS(text, start, end) ? PRESENT : UNKNOWN;
            if (t == PAST && flag(previous, AUXILIARY)) {
                // a participle after an auxiliary: the present perfect looks back ("have gathered"); after "be"
                // or "will" the auxiliary decides ("will be named")
                t = flag(previous, PERFECT_AUXILIARY) ? PAST : UNKNOWN;
            }
            int markAt = start;
            if (w == TO && flag(previous, PLAN)) {
                t = FUTURE;
                markAt = previousStart;
            } else if (w == NEXT && nextWordIsTo(text, end, to)) {
                t = UNKNOWN; // "next to the embassy" is a place, not a time
            }
            if (w == HAD && (start < at ? at - end : start - atEnd) <= PERFECT_REACH) {
                pastPerfect = true;
            }
            // "have fallen since peaking in September": what a "since" clause names lies behind
            if (start < at) {
                sinceClause = w == SINCE ? at - end <= SINCE_REACH : sinceClause && !clauseEnd(text, end);
            }
            if (start < at) {
                if (t != UNKNOWN) {
                    before = t;
                }
            } else if (start >= atEnd && t != UNKNOWN && markAt - atEnd < afterDistance && start - atEnd <= reach) {
                after = t;
                afterDistance = markAt - atEnd;
            }
            previous = w;
            previousStart = start;
            start = end;
        }
        if (flag(lead1, FUTURE_LEAD) || lead1 >= 0 && lead2 >= 0 && isFutureLeadPair(lead2, lead1)) {
            return FUTURE;
        }
        if (pastPerfect) {
            return PAST;
        }
        if (lead1 >= 0 && (lead1 == UNTIL || lead1 == TILL || flag(lead1, DEADLINE) && before != PAST)) {
            return FUTURE;
        }
        if (lead1 >= 0 && lead1 == SINCE || sinceClause && before != FUTURE) {
            return PAST;
        }
        return before != UNKNOWN ? before : after;
    }

    /** Whether a comma or a stop follows the word ending at {@code end}: a "since" clause ends there. */
    private static boolean clauseEnd(CharSequence text, int end) {
        return end < text.length() && (text.charAt(end) == ',' || text.charAt(end) == ';' || text.charAt(end) == '.');
    }

    private static boolean isPresentS(CharSequence text, int start, int end) {
        return end - start >= 4 && text.charAt(end - 1) == 's' && text.charAt(end - 2) != 's'
                && text.charAt(end - 2) != 'u' && text.charAt(end - 2) != 'i';
    }

    private static boolean isFutureLeadPair(int first, int second) {
        for (int pair : FUTURE_LEAD_PAIRS) {
            if (pair == SLOTS * first + second) {
                return true;
            }
        }
        return false;
    }

    private static boolean nextWordIsTo(CharSequence text, int from, int to) {
        int i = from;
        while (i < to && text.charAt(i) == ' ') {
            i++;
        }
        return i + 2 <= to && text.charAt(i) == 't' && text.charAt(i + 1) == 'o'
                && (i + 2 == to || !isWordChar(text.charAt(i + 2)));
    }

    private static Tense classify(String w) {
        return FUTURE_WORDS.contains(w) ? FUTURE
                : PAST_WORDS.contains(w) || isPastEd(w) ? PAST
                : PRESENT_WORDS.contains(w) ? PRESENT : UNKNOWN;
    }

    /** A verb in -ed; "unspecified", "undisclosed" are adjectives, not past tense. */
    private static boolean isPastEd(String w) {
        return w.length() > 4 && w.endsWith("ed") && !NOT_PAST_ED.contains(w) && !w.startsWith("un");
    }

    /** {@link #isPastEd(String)} for the word {@code text[b, e)}, which no set above holds. */
    private static boolean isPastEd(CharSequence text, int b, int e) {
        return e - b > 4 && lower(text.charAt(e - 2)) == 'e' && lower(text.charAt(e - 1)) == 'd'
                && !(lower(text.charAt(b)) == 'u' && lower(text.charAt(b + 1)) == 'n');
    }

    /** Whether {@link #WORD} matches {@code c}. */
    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '\'';
    }

    /** The tense of {@code clause}: future words win, then past, then present. */
    public static Tense of(CharSequence clause) {
        boolean past = false;
        boolean present = false;
        Matcher m = WORD.matcher(clause);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (FUTURE_WORDS.contains(w)) {
                return FUTURE;
            }
            if (PAST_WORDS.contains(w) || isPastEd(w)) {
                past = true;
            } else if (PRESENT_WORDS.contains(w)) {
                present = true;
            }
        }
        return past ? PAST : present ? PRESENT : UNKNOWN;
    }
}
