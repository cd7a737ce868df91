package chronolens.extract;

import chronolens.extract.rules.NormalizationTable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the names in a sentence by capitalization: runs of capitalized words, joined across "of", "the",
 * "de" ("Bank of England"), minus a sentence-initial common word; known countries count anywhere.
 */
public final class Entities {
    /** Words that may join a name's parts; none is longer than three letters, which find() tests first. */
    private static final Set<String> JOINERS = Set.of("of", "the", "de", "du", "von", "van", "al", "bin", "and");
    private static final Set<String> COMMON = Set.of("the", "a", "an", "in", "on", "at", "this", "that", "these",
            "those", "it", "he", "she", "they", "we", "i", "his", "her", "their", "its", "our", "as", "since",
            "while", "although", "though", "after", "before", "when", "if", "but", "and", "or", "so", "for",
            "from", "with", "by", "to", "of", "during", "following", "despite", "amid", "under", "over", "choosing",
            "emphasizing", "leave", "meanwhile", "however", "also", "there", "here", "what", "who", "why", "how",
            "mr", "mrs", "ms", "dr", "president", "minister", "today", "yesterday", "tomorrow", "now", "both",
            "some", "many", "most", "all", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "each", "every", "no", "not", "yes", "then", "together", "later", "earlier", "bc", "ad", "bce",
            "ce", "utc", "gmt", "am", "pm", "a.m", "p.m");
    private final NormalizationTable places;
    private final NormalizationTable months;

    public Entities(NormalizationTable places, NormalizationTable months) {
        this.places = places;
        this.months = months;
    }

    /** Names in {@code sentence} in order of first appearance, possessives removed. */
    public List<String> find(String sentence) {
        Set<String> out = new LinkedHashSet<>();
        List<String> run = new ArrayList<>();
        List<String> pendingJoin = new ArrayList<>();
        boolean first = true;
        int lastEnd = 0;
        // the words, [\p{L}][\p{L}\p{N}'\u2019.-]* as a regex, scanned by hand: a Matcher per sentence and a
        // lower-cased copy of each word cost more than the rest; only a capitalized word needs its lower case
        for (int start = wordStart(sentence, 0); start >= 0; start = wordStart(sentence, lastEnd)) {
            int end = wordEnd(sentence, start);
            boolean cap = Character.isUpperCase(sentence.charAt(start));
            // a lower-case word is needed only as a possible joiner after a name
            String w = cap || !run.isEmpty() ? sentence.substring(start, end) : null;
            boolean gap = hasPunctuation(sentence, lastEnd, start);
            lastEnd = end;
            String lower = cap ? stripPossessive(w).toLowerCase(Locale.ROOT) : null;
            boolean skip = cap && (months.get(lower) != null || isWeekday(lower)
                    || (COMMON.contains(lower) && lower.length() <= 3 && w.equals(w.toUpperCase(Locale.ROOT))));
            if (gap && !run.isEmpty()) {
                flush(run, out);
                pendingJoin.clear();
            }
            if (first && cap && !skip && places.get(lower) == null && !w.equals(w.toUpperCase(Locale.ROOT))
                    && !nextIsCapitalized(sentence, end)) {
                skip = true; // a capitalized first word is usually just the start of the sentence
            }
            if (cap && !skip && !(first && COMMON.contains(lower))) {
                if (!run.isEmpty() && !pendingJoin.isEmpty()) {
                    run.addAll(pendingJoin);
                }
                pendingJoin.clear();
                run.add(w);
            } else if (!run.isEmpty() && w.length() <= 3 && JOINERS.contains(w) && pendingJoin.size() < 2) {
                pendingJoin.add(w);
            } else {
                flush(run, out);
                pendingJoin.clear();
            }
            first = false;
        }
        flush(run, out);
        return List.copyOf(out);
    }

    /** Where the next word at or after {@code from} starts (a letter), or -1. */
    private static int wordStart(String s, int from) {
        // find() tries every char index, reading the code point there, as this does
        for (int i = from; i < s.length(); i++) {
            if (Character.isLetter(s.codePointAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Where the word that starts at {@code start} ends: after letters, numbers and {@code '\u2019.-}. */
    private static int wordEnd(String s, int start) {
        int i = start + Character.charCount(s.codePointAt(start));
        while (i < s.length()) {
            int c = s.codePointAt(i);
            int type = Character.getType(c);
            if (!(Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                    || type == Character.OTHER_NUMBER || c == '\'' || c == '\u2019' || c == '.' || c == '-')) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    private void flush(List<String> run, Set<String> out) {
        if (run.isEmpty()) {
            return;
        }
        String name = stripPossessive(String.join(" ", run));
        run.clear();
        if (name.length() > 1 && (name.contains(" ") || !COMMON.contains(name.toLowerCase(Locale.ROOT))
                || places.get(name) != null)) {
            out.add(name);
        }
    }

    private static boolean nextIsCapitalized(String s, int from) {
        int i = from;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\'' || s.charAt(i) == '\u2019')) {
            i++;
        }
        return i < s.length() && Character.isUpperCase(s.charAt(i));
    }

    private static boolean hasPunctuation(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c)) {
                return true;
            }
        }
        return false;
    }

    /** "Lincoln's" gives "Lincoln"; a trailing period or comma goes too. */
    static String stripPossessive(String w) {
        String t = w;
        if (t.endsWith(".") || t.endsWith(",")) {
            t = t.substring(0, t.length() - 1);
        }
        if (t.length() > 2 && (t.endsWith("'s") || t.endsWith("\u2019s"))) {
            t = t.substring(0, t.length() - 2);
        }
        return t;
    }

    private static boolean isWeekday(String lower) {
        return lower.endsWith("day") && Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                "sunday").contains(lower);
    }
}
