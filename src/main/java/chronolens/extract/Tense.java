package chronolens.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The tense a clause speaks in, guessed from its auxiliaries and verb endings; it picks "Friday" last or next. */
public enum Tense {
    PAST, PRESENT, FUTURE, UNKNOWN;

    private static final Pattern WORD = Pattern.compile("[A-Za-z']+");
    private static final Set<String> FUTURE_WORDS = Set.of("will", "'ll", "shall", "won't", "tomorrow", "next",
            "upcoming", "scheduled", "plans", "expected", "anticipated", "intends");
    private static final Set<String> PAST_WORDS = Set.of("was", "were", "had", "did", "said", "ago", "told",
            "went", "came", "took", "made", "began", "met", "won", "lost", "left", "held", "yesterday", "last");
    private static final Set<String> PRESENT_WORDS = Set.of("is", "are", "am", "says", "has", "have", "does",
            "now", "today");
    private static final Set<String> NOT_PAST_ED = Set.of("need", "speed", "seed", "feed", "bed", "red", "shed",
            "hundred", "indeed", "united", "limited", "based");

    /**
     * The tense nearest to offset {@code at} of {@code text} within {@code [from, to)}: the closest future, past
     * or present marker wins ("said Wednesday that it will …" is past for Wednesday).
     */
    public static Tense near(CharSequence text, int from, int to, int at) {
        // the words of WORD scanned by hand: a Matcher per mention was a hot spot on date-dense text
        Tense best = UNKNOWN;
        int bestDistance = Integer.MAX_VALUE;
        int start = from;
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
            Tense t = FUTURE_WORDS.contains(w) ? FUTURE
                    : PAST_WORDS.contains(w) || (w.length() > 4 && w.endsWith("ed") && !NOT_PAST_ED.contains(w)) ? PAST
                    : PRESENT_WORDS.contains(w) ? PRESENT : UNKNOWN;
            int distance = Math.abs(start - at);
            start = end;
            if (t != UNKNOWN && distance < bestDistance) {
                best = t;
                bestDistance = distance;
            }
        }
        return best;
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
            if (PAST_WORDS.contains(w) || (w.length() > 4 && w.endsWith("ed") && !NOT_PAST_ED.contains(w))) {
                past = true;
            } else if (PRESENT_WORDS.contains(w)) {
                present = true;
            }
        }
        return past ? PAST : present ? PRESENT : UNKNOWN;
    }
}
