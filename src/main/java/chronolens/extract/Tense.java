package chronolens.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The tense a clause speaks in, guessed from its auxiliaries and verb endings; it picks "Friday" last or next. */
public enum Tense {
    PAST, PRESENT, FUTURE, UNKNOWN;

    private static final Pattern WORD = Pattern.compile("[A-Za-z']+");
    /** Not "plans": the noun ("vacation plans") says nothing of tense, and the verb comes as "plans to" (PLAN_WORDS). */
    private static final Set<String> FUTURE_WORDS = Set.of("will", "'ll", "shall", "won't", "tomorrow", "next",
            "upcoming", "scheduled", "expected", "anticipated", "intends", "expect", "expects", "would");
    private static final Set<String> PAST_WORDS = Set.of("was", "were", "had", "did", "said", "ago", "told",
            "went", "came", "took", "made", "began", "met", "won", "lost", "left", "held", "yesterday", "last", "brought",
            "found", "gave", "got", "saw", "sent", "sold", "spent", "stood", "thought", "bought", "fell", "rose", "led",
            "paid", "kept", "became", "struck", "wrote", "fought", "knew", "felt", "ran", "spoke", "broke", "chose",
            "drove", "flew", "grew", "heard", "meant", "sought", "taught", "caught", "built", "sank", "shot", "wore",
            "threw", "forgot", "froze", "hid", "lay", "laid", "withdrew", "overthrew", "undertook");
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
    /** How far before the expression a marker still governs it. */
    private static final int BEFORE = 100;

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
        String lead1 = previousWords(text, lo, at, 1);
        String lead2 = previousWords(text, lo, at, 2);
        boolean pastPerfect = false;
        Tense before = UNKNOWN;
        Tense after = UNKNOWN;
        int afterDistance = Integer.MAX_VALUE;
        String previous = null;
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
            String w = text.subSequence(start, end).toString().toLowerCase(Locale.ROOT);
            Tense t = classify(w);
            if (t == PAST && previous != null && AUXILIARIES.contains(previous)) {
                // a participle after an auxiliary: the present perfect looks back ("have gathered"); after "be"
                // or "will" the auxiliary decides ("will be named")
                t = PERFECT.contains(previous) ? PAST : UNKNOWN;
            }
            int markAt = start;
            if (w.equals("to") && previous != null && PLAN_WORDS.contains(previous)) {
                t = FUTURE;
                markAt = previousStart;
            } else if (w.equals("next") && nextWordIsTo(text, end, to)) {
                t = UNKNOWN; // "next to the embassy" is a place, not a time
            }
            if (w.equals("had") && (start < at ? at - end : start - atEnd) <= PERFECT_REACH) {
                pastPerfect = true;
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
        if (lead1 != null && FUTURE_LEADS.contains(lead1) || lead2 != null && FUTURE_LEADS.contains(lead2)) {
            return FUTURE;
        }
        if (pastPerfect) {
            return PAST;
        }
        if (lead1 != null && (lead1.equals("until") || lead1.equals("till")
                || DEADLINE_LEADS.contains(lead1) && before != PAST)) {
            return FUTURE;
        }
        if (lead1 != null && lead1.equals("since")) {
            return PAST;
        }
        return before != UNKNOWN ? before : after;
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

    /** The last {@code n} words before {@code at} (not before {@code from}), lower case and space-separated. */
    private static String previousWords(CharSequence text, int from, int at, int n) {
        int e = at;
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < n; k++) {
            while (e > from && !isWordChar(text.charAt(e - 1))) {
                e--;
            }
            int b = e;
            while (b > from && isWordChar(text.charAt(b - 1))) {
                b--;
            }
            if (b == e) {
                return null;
            }
            out.insert(0, (k == 0 ? "" : " ")).insert(0, text.subSequence(b, e).toString().toLowerCase(Locale.ROOT));
            e = b;
        }
        return out.toString();
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
