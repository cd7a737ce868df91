package chronolens.extract;

import chronolens.model.Sentence;
import chronolens.model.Span;
import chronolens.model.TimeExpression;
import java.util.ArrayList;
import java.util.List;

/** Splits a sentence into clause-like pieces at commas, semicolons, colons, dashes and brackets. */
final class Clauses {
    private Clauses() {
    }

    static List<Span> of(String text, Sentence s) {
        return of(text, s, List.of());
    }

    /** Clauses of {@code s}, never cut inside one of {@code keep} ("July 20, 1969", "20:17"). */
    static List<Span> of(String text, Sentence s, List<Span> keep) {
        List<Span> out = new ArrayList<>();
        int start = s.begin();
        boolean ordered = inOrder(keep);
        int k = 0;
        for (int i = s.begin(); i < s.end(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c > ';' && c != '\u2014' && c != '\u2013') {
                continue; // letters and spaces, most of a sentence, cut nothing
            }
            boolean cut = c == ',' || c == ';' || c == ':' || c == '\u2014' || c == '\u2013' || c == '(' || c == ')'
                    || (c == '-' && i > 0 && i + 1 < text.length() && text.charAt(i - 1) == ' '
                    && text.charAt(i + 1) == ' ');
            if (cut && ordered) {
                // i only grows: skip the spans that end before it, so a sentence with many dates stays linear
                while (k < keep.size() && keep.get(k).end() <= i) {
                    k++;
                }
                cut = !(k < keep.size() && keep.get(k).begin() <= i);
            } else if (cut && inside(keep, i)) {
                cut = false;
            }
            if (cut && (c != ',' || !(i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                    && Character.isDigit(text.charAt(i + 1))))) {
                add(out, text, start, i);
                start = i + 1;
            }
        }
        add(out, text, start, s.end());
        return out;
    }

    /** Whether the spans are in text order without overlaps, as time expressions are. */
    private static boolean inOrder(List<Span> spans) {
        for (int i = 1; i < spans.size(); i++) {
            if (spans.get(i).begin() < spans.get(i - 1).end()) {
                return false;
            }
        }
        return true;
    }

    private static boolean inside(List<Span> keep, int i) {
        for (Span k : keep) {
            if (k.begin() <= i && i < k.end()) {
                return true;
            }
        }
        return false;
    }

    private static void add(List<Span> out, String text, int b, int e) {
        while (b < e && Character.isWhitespace(text.charAt(b))) {
            b++;
        }
        while (e > b && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == '.')) {
            e--;
        }
        if (e > b) {
            out.add(new Span(b, e));
        }
    }

    static int words(String text, Span s) {
        // counted in place rather than by strip().split("\\s+"), which compiles a regex and copies the clause
        int b = s.begin();
        int e = s.end();
        while (b < e && Character.isWhitespace(text.charAt(b))) {
            b++;
        }
        while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        int n = 0;
        boolean inWord = false;
        for (int i = b; i < e; i++) {
            boolean space = isRegexSpace(text.charAt(i));
            if (!space && !inWord) {
                n++;
            }
            inWord = !space;
        }
        return n;
    }

    /** The characters {@code \s} matches (ASCII white space only). */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * Whether {@code clause} is ", and" and a clause with a subject and past verb of its own ("and the victors
     * pulled down the walls"), which happened with the date of the clause before; not "and died …" (the same
     * subject, which the clause before already titles) nor a clause with a date of its own.
     */
    static boolean joinsHappening(String text, Span clause) {
        int b = clause.begin();
        while (b < clause.end() && Character.isWhitespace(text.charAt(b))) {
            b++;
        }
        if (!text.startsWith("and ", b)) {
            return false; // most clauses
        }
        int before = clause.begin();
        while (before > 0 && Character.isWhitespace(text.charAt(before - 1))) {
            before--;
        }
        if (before == 0 || text.charAt(before - 1) != ',') {
            return false;
        }
        String rest = text.substring(b + 4, clause.end()).strip();
        String subject = Subjects.subjectOf(rest);
        if (subject.isEmpty() || Subjects.startsWithVerb(rest) || TitleMaker.pieces(rest) < 4
                || TitleMaker.LEADING.contains(subject.split(" ")[0].toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        // a past verb that is no report: "and the victors pulled down …", not "and it is still unclear …"
        String verb = rest.split("\\s+")[TitleMaker.pieces(subject)].toLowerCase(java.util.Locale.ROOT);
        return !NOT_PAST.contains(verb) && !NewsLayout.REPORTING.contains(verb);
    }

    /** Verbs {@link Subjects#isVerb} knows that tell a present, not what happened then. */
    private static final java.util.Set<String> NOT_PAST = java.util.Set.of("is", "are", "has", "have");

    /** Words that open a subordinate clause, whose date is no date of the clause joined after it. */
    private static final List<String> SUBORDINATE = List.of(" since ", " that ", " until ", " when ", " after ",
            " before ", " if ", " as ");

    /** Whether {@code t} dates {@code clause}'s main verb: no subordinator stands before it in the clause. */
    static boolean datesItsMainClause(String text, Span clause, TimeExpression t) {
        if (!clause.contains(t.span())) {
            return true; // dated by a lead-in before it: "But in June last year, the leaders fell out, and …"
        }
        String before = text.substring(clause.begin(), t.begin());
        for (String w : SUBORDINATE) {
            if (before.contains(w)) {
                return false; // "since he arrived on April 6, and he insisted …": the arrival's date only
            }
        }
        return true;
    }

    /** Whether "and", "then" or "but" occurs in {@code text[from, to)}, found without a regex. */
    static boolean holdsConjunction(String text, int from, int to) {
        for (int i = from; i + 3 <= to; i++) {
            char c = text.charAt(i);
            if (c == 'a' && text.startsWith("and", i) || c == 'b' && text.startsWith("but", i)
                    || c == 't' && i + 4 <= to && text.startsWith("then", i)) {
                return true;
            }
        }
        return false;
    }

    /** {@code end} moved back past white space and the punctuation a clause may end on before a date. */
    static int trimEnd(String text, int begin, int end) {
        while (end > begin && (Character.isWhitespace(text.charAt(end - 1)) || ",;:\u2014\u2013-(".indexOf(
                text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end;
    }

    /**
     * The clause holding {@code offset}, else the last clause before it, else the first. Clauses are in text
     * order and do not overlap, so a binary search finds it: a sentence with many dates asks for every one.
     */
    static int indexOf(List<Span> clauses, int offset) {
        int lo = 0;
        int hi = clauses.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (clauses.get(mid).begin() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return Math.max(0, lo - 1);
    }
}
