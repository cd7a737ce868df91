package chronolens.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Makes a short event title from a clause: drops the date and its preposition, a leading adverbial or
 * subordinator, keeps about ten words and no dangling preposition or article at the end.
 */
public final class TitleMaker {
    static final int MAX_WORDS = 10;
    private static final java.util.regex.Pattern DATE_PREPOSITION = java.util.regex.Pattern.compile(
            "(?i)(?:\\b(?:in|on|since|by|until|till|at least|at|during|from|of|circa|around|about|"
                    + "as early as|as of|beginning|starting|until at least)\\s+)+$");
    private static final Set<String> LEADING = Set.of("since", "while", "although", "though", "as", "when",
            "after", "before", "because", "if", "and", "but", "so", "then", "also", "meanwhile", "however",
            "moreover", "thus", "yet", "still", "even", "once", "until", "by", "in", "on", "during", "following",
            "from", "at", "which", "who", "where", "that", "the", "a", "an", "their", "its");
    private static final Set<String> TRAILING = Set.of("the", "a", "an", "of", "to", "in", "on", "at", "by", "for",
            "with", "from", "and", "or", "but", "as", "that", "which", "who", "his", "her", "their", "its", "our",
            "until", "since", "during", "into", "than", "is", "are", "was", "were", "be", "has", "have", "had",
            "least", "at least", "while", "after", "before", "about", "around", "some", "this", "these", "those",
            "what", "when", "where", "whose", "over", "under", "through", "against", "between", "among", "up");

    /** A title for {@code clause}; {@code dateBegin}/{@code dateEnd} (relative to the clause, or -1) are removed. */
    public String title(String clause, int dateBegin, int dateEnd) {
        return title(clause, dateBegin < 0 ? List.of() : List.of(new int[] {dateBegin, dateEnd}));
    }

    /** A title for {@code clause} without the dates at {@code dates} (pairs of offsets relative to the clause). */
    public String title(String clause, List<int[]> dates) {
        String text = clause;
        List<int[]> sorted = new ArrayList<>(dates);
        sorted.sort((a, b) -> Integer.compare(b[0], a[0]));
        for (int[] d : sorted) {
            if (d[0] >= 0 && d[1] <= text.length() && d[0] < d[1]) {
                String before = DATE_PREPOSITION.matcher(text.substring(0, d[0])).replaceAll("");
                text = before + " " + text.substring(d[1]);
            }
        }
        text = text.replaceAll("[\u201c\u201d\"]", "").replaceAll("\\s+", " ").strip();
        text = text.replaceAll("^[,;:\u2014\u2013\\-\\s]+|[,;:\u2014\u2013\\-\\s.]+$", "");
        List<String> words = new ArrayList<>(Arrays.asList(text.split(" ")));
        if (words.size() > 4 && words.get(0).equalsIgnoreCase("In") && text.indexOf(',') > 0
                && text.indexOf(',') < 60) {
            words = new ArrayList<>(Arrays.asList(text.substring(text.indexOf(',') + 1).strip().split(" ")));
        }
        while (words.size() > 2 && LEADING.contains(words.get(0).toLowerCase(Locale.ROOT))) {
            words.remove(0);
        }
        if (words.size() > MAX_WORDS) {
            words = new ArrayList<>(words.subList(0, MAX_WORDS));
        }
        while (words.size() > 1 && (TRAILING.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT)
                .replaceAll("[,;:]$", "")) || words.get(words.size() - 1).matches("[,;:\u2014\u2013-]+"))) {
            words.remove(words.size() - 1);
        }
        String t = String.join(" ", words).replaceAll("[,;:\u2014\u2013\\-]+$", "").strip();
        if (t.isEmpty()) {
            return clause.strip();
        }
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }
}
