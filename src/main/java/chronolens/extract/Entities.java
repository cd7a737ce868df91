package chronolens.extract;

import chronolens.extract.rules.NormalizationTable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the names in a sentence by capitalization: runs of capitalized words, joined across "of", "the",
 * "de" ("Bank of England"), minus a sentence-initial common word; known countries count anywhere.
 */
public final class Entities {
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{N}'\u2019.-]*");
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
        Matcher m = WORD.matcher(sentence);
        boolean first = true;
        int lastEnd = 0;
        while (m.find()) {
            String w = m.group();
            boolean gap = hasPunctuation(sentence, lastEnd, m.start());
            lastEnd = m.end();
            boolean cap = Character.isUpperCase(w.charAt(0));
            String lower = stripPossessive(w).toLowerCase(Locale.ROOT);
            boolean skip = cap && (months.get(lower) != null || isWeekday(lower)
                    || (COMMON.contains(lower) && lower.length() <= 3 && w.equals(w.toUpperCase(Locale.ROOT))));
            if (gap && !run.isEmpty()) {
                flush(run, out);
                pendingJoin.clear();
            }
            if (first && cap && !skip && places.get(lower) == null && !w.equals(w.toUpperCase(Locale.ROOT))
                    && !nextIsCapitalized(sentence, m.end())) {
                skip = true; // a capitalized first word is usually just the start of the sentence
            }
            if (cap && !skip && !(first && COMMON.contains(lower))) {
                if (!run.isEmpty() && !pendingJoin.isEmpty()) {
                    run.addAll(pendingJoin);
                }
                pendingJoin.clear();
                run.add(w);
            } else if (!run.isEmpty() && JOINERS.contains(w) && pendingJoin.size() < 2) {
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
