package chronolens.extract;

import chronolens.model.DocumentDate;
import chronolens.model.Sentence;
import chronolens.model.Span;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The parts of a news article that report no happening: the headline, the date line or dateline the article's
 * date was read from, the place that opens a dateline, and a bare "officials said". The lede comes after them.
 */
final class NewsLayout {
    private NewsLayout() {
    }

    /**
     * The lede: the first sentence past the lines that open the article without closing punctuation (a headline,
     * "Tuesday, 9 July 2024") and past a date line that stands alone ("Published 3 June 2024."), none of which is
     * news itself.
     */
    static int lede(String text, List<Sentence> sentences, DocumentDate date, int dateLine) {
        int k = 0;
        while (k < Math.min(3, sentences.size() - 1) && (k == dateLine && onlyDate(text, sentences.get(k), date)
                || isHeadline(text, sentences, k))) {
            k++;
        }
        return k;
    }

    /** Where the news of a dateline's sentence begins: past "LONDON, Oct. 3, 2025 (AP) — ". */
    static int afterDateline(String text, Sentence s, DocumentDate date) {
        int i = Math.min(s.end(), s.begin() + date.evidence().length());
        while (i < s.end() && (Character.isWhitespace(text.charAt(i)) || "\u2014\u2013-:_,".indexOf(text.charAt(i)) >= 0
                || text.charAt(i) == '(' && text.indexOf(')', i) > 0 && text.indexOf(')', i) < i + 40)) {
            i = text.charAt(i) == '(' ? text.indexOf(')', i) + 1 : i + 1;
        }
        return Math.min(i, s.end());
    }

    /** Whether the date line says nothing past its date but an agency or a dash: "LONDON, May 3, 2025 (AP) —". */
    private static boolean onlyDate(String text, Sentence s, DocumentDate date) {
        int from = s.begin() + date.evidence().length();
        for (int i = from; i < s.end(); i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A line of its own without closing punctuation, followed by more text: a headline or a date line. */
    private static boolean isHeadline(String text, List<Sentence> sentences, int k) {
        Sentence s = sentences.get(k);
        char last = text.charAt(s.end() - 1);
        boolean ownLine = s.end() < text.length() && text.substring(s.end(), sentences.get(k + 1).begin())
                .contains("\n");
        return ownLine && ".!?\"'\u201d\u2019".indexOf(last) < 0;
    }

    /** The sentence whose opening is the date line the article's date was read from, or -1. */
    static int dateLine(String text, List<Sentence> sentences, DocumentDate date) {
        if (date.origin() != DocumentDate.Origin.INFERRED || date.evidence() == null || date.confidence() < 0.9) {
            return -1;
        }
        for (int k = 0; k < Math.min(4, sentences.size()); k++) {
            if (text.startsWith(date.evidence(), sentences.get(k).begin())) {
                return k;
            }
        }
        return -1;
    }

    /** Verbs that report what someone said ("officials said"). */
    static final Set<String> REPORTING = Set.of("said", "says", "say", "told", "reported", "added", "noted",
            "stated", "wrote");

    /**
     * "Officials said" of "…, officials said on Wednesday": only when something was said, which is no happening a
     * teacher would put on the board (the clause reported is dated on its own).
     */
    static boolean isBareReport(String title) {
        int words = TitleMaker.pieces(title);
        int space = title.lastIndexOf(' ');
        return words <= 4 && REPORTING.contains(title.substring(space + 1).toLowerCase(Locale.ROOT));
    }

    /** "LONDON" or "WASHINGTON (AP)" of "LONDON, Oct. 3, 2025 — …": a few words without a lower-case letter. */
    static boolean isPlaceOfDateline(String title) {
        if (TitleMaker.pieces(title) > 3) {
            return false;
        }
        for (int i = 0; i < title.length(); i++) {
            if (Character.isLowerCase(title.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code clause}, {@code words} long without its date, reports the quote that ends the clause before
     * it: "“This is a terrible bill,” he told reporters on Wednesday".
     */
    static boolean isQuoteReport(String text, Span before, Span clause, int words) {
        int end = before.end();
        while (end > before.begin() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = clause.begin();
        while (start < clause.end() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        boolean quote = end > before.begin() && "\"\u201d'".indexOf(text.charAt(end - 1)) >= 0
                || start < clause.end() && "\"\u201d'".indexOf(text.charAt(start)) >= 0;
        if (!quote || words > 5) {
            return false;
        }
        int first = before.begin();
        while (first < end
                && (Character.isWhitespace(text.charAt(first)) || "`\"\u201c'".indexOf(text.charAt(first)) >= 0)) {
            first++;
        }
        if (first >= end || !Character.isUpperCase(text.charAt(first))) {
            return false; // "…, belongs with his father,” she said": the quote began a clause earlier
        }
        for (String w : clause.of(text).toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (REPORTING.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
