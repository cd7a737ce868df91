package chronolens.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where in a long clause a title starts, when the words the date belongs to are not the clause's first: the noun
 * phrase of a reduced clause ("… their relationship established in 2022") or a subordinate clause with a
 * subject of its own ("… until an asteroid struck the Yucatan 66 million years ago").
 */
final class TitleStarts {
    private TitleStarts() {
    }

    /**
     * Where a long clause's title should start when its date comes late: at the noun phrase before the date
     * ("… commitment to enhancing their relationship established in 2022" starts at "their"), else 0.
     */
    static int focus(String clause, List<int[]> dates) {
        if (dates.isEmpty()) {
            return 0;
        }
        int date = Integer.MIN_VALUE;
        for (int[] d : dates) {
            date = Math.max(date, d[0]);
        }
        // the cheap test first: most dates do not come late, and counting the words reads the whole clause
        if (date < clause.length() * 0.6 || TitleMaker.pieces(clause) <= TitleMaker.MAX_WORDS + 2) {
            return 0;
        }
        String before = clause.substring(0, date).toLowerCase(Locale.ROOT);
        String lead = TitleMaker.withoutFinalPreposition(before).strip();
        String verb = lead.substring(lead.lastIndexOf(' ') + 1); // the last word, as split(" ") would give it
        // a participle that is no simple past too: "built", "made" end main clauses as often
        if (!(verb.endsWith("ed") || Subjects.isIrregularParticiple(verb) && !Subjects.isVerb(verb))) {
            return 0; // only "… relationship established in 2022" is a reduced clause worth focusing on
        }
        int best = -1;
        for (String det : TitleMaker.ARTICLES) {
            int at = before.lastIndexOf(" " + det + " ");
            if (at > best && date - at < 80) {
                best = at;
            }
        }
        return best < 0 ? 0 : best + 1;
    }

    private static final List<String> SUBORDINATORS = List.of(" until ", " when ", " after ", " before ",
            " because ");
    /** "shortly after he returned": the main clause is then told by its distance from the subordinate one. */
    private static final java.util.Set<String> NEAR = java.util.Set.of("shortly", "just", "soon", "right",
            "immediately", "long");

    /**
     * Where the clause after the last subordinator before {@code date} begins ("until an asteroid …" begins at
     * "an"), or -1. Found with lastIndexOf, as it is asked of every dated clause.
     */
    private static int lastSubordinator(String clause, int date) {
        int best = -1;
        for (String sub : SUBORDINATORS) {
            int i = clause.lastIndexOf(sub, date - sub.length());
            while (i >= 0 && NEAR.contains(wordEndingAt(clause, i))) {
                i = i == 0 ? -1 : clause.lastIndexOf(sub, i - 1);
            }
            if (i >= 0 && i + sub.length() > best) {
                best = i + sub.length();
            }
        }
        return best;
    }

    /** The word that ends at {@code end} of {@code text}, in lower case. */
    private static String wordEndingAt(String text, int end) {
        int b = end;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        return text.substring(b, end).toLowerCase(Locale.ROOT);
    }

    /** A duration a main clause lasted ("dominated the land for some 165 million years"), which dates nothing. */
    private static final Pattern FOR_BEFORE = Pattern.compile("(?i)\\bfor(?: (?:some|about|nearly|almost|over|"
            + "more than|less than|at least))?\\s*$");

    /**
     * Where the title starts when the date sits in a subordinate clause with a subject and verb of its own ("…
     * dominated the land until an asteroid struck the Yucatan 66 million years ago" starts at "an asteroid"): the
     * date tells when that clause happened. Else 0.
     */
    static int subordinate(String clause, List<int[]> dates) {
        if (dates.isEmpty()) {
            return 0;
        }
        int date = 0;
        for (int[] d : dates) {
            date = Math.max(date, d[0]);
        }
        int at = lastSubordinator(clause, date);
        if (at < 0 || TitleMaker.pieces(clause.substring(0, at).strip()) < 3) {
            return 0;
        }
        String subject = Subjects.subjectOf(clause.substring(at, date));
        String head = subject.split(" ")[0].toLowerCase(Locale.ROOT);
        if (subject.isEmpty() || head.equals("being") || head.equals("having") || TitleMaker.LEADING.contains(head)) {
            return 0; // "after being found …" has no subject of its own
        }
        for (int[] d : dates) {
            if (d[0] < at && !FOR_BEFORE.matcher(clause.substring(0, d[0])).find()) {
                return 0; // the main clause has a date of its own: "moved in 1891 until the war began in 1914"
            }
        }
        return at;
    }

    /** Prepositions of a phrase that only sets the scene of its clause; "after X in 2022" names X, so not those. */
    private static final java.util.Set<String> SCENE = java.util.Set.of("during", "by", "in", "on", "at",
            "throughout", "amid", "within");

    /**
     * Where the title starts when the clause opens with a phrase that ends with the date and has no verb, no
     * comma after it: "During the drought of 1976 skaters drained pools" and "By D-Day in June 1944 there was
     * enough penicillin" start at "skaters" and "there", whose subject and verb say what happened. Else 0.
     */
    static int pastScene(String clause, List<int[]> dates) {
        if (dates.isEmpty()) {
            return 0;
        }
        int[] first = firstWord(clause);
        int end = first[1];
        if (!SCENE.contains(clause.substring(first[0], end).toLowerCase(Locale.ROOT))) {
            return 0; // most clauses: they open with their subject
        }
        int[] date = null;
        for (int[] d : dates) {
            if (d[0] >= end && (date == null || d[0] < date[0])) {
                date = d;
            }
        }
        if (date == null || date[1] > clause.length()) {
            return 0;
        }
        String scene = clause.substring(end, date[0]);
        if (scene.indexOf(',') >= 0 || TitleMaker.pieces(scene.strip()) > 6 || Subjects.hasVerb(scene)) {
            return 0; // "In 1990, the firm …" is cut at its comma; "After the war ended in 1945" has its own verb
        }
        int rest = date[1];
        while (rest < clause.length() && clause.charAt(rest) == ' ') {
            rest++;
        }
        if (rest >= clause.length() || !Character.isLetter(clause.charAt(rest))) {
            return 0;
        }
        String subject = Subjects.subjectOf(clause.substring(rest));
        return subject.isEmpty() || TitleMaker.LEADING.contains(subject.split(" ")[0].toLowerCase(Locale.ROOT))
                ? 0 : rest;
    }

    /** Words in -ing after a comma that lead on rather than add a happening. */
    private static final java.util.Set<String> NOT_ASIDES = java.util.Set.of("according", "including", "during",
            "following", "regarding", "concerning", "beginning", "starting", "excluding", "pending", "nothing",
            "something", "anything", "everything");

    /**
     * {@code words} up to the comma before an -ing aside that follows a subject and its verb: "He resigned, ending
     * an 11-year tenure" says what happened in "He resigned"; the aside only says what it led to.
     */
    static List<String> beforeParticipleAside(List<String> words) {
        for (int i = 1; i + 1 < words.size() && i < TitleMaker.MAX_WORDS; i++) {
            String next = words.get(i + 1);
            // "Rome was founded, according to legend": a source aside is cut the same way
            if (words.get(i).endsWith(",") && (next.length() > 5 && next.endsWith("ing")
                    && Character.isLowerCase(next.charAt(0)) && !NOT_ASIDES.contains(next) || next.equals("according"))
                    && !Subjects.subjectOf(String.join(" ", words.subList(0, i + 1))).isEmpty()) {
                return new java.util.ArrayList<>(words.subList(0, i + 1));
            }
        }
        return words;
    }

    /** Where the letters the clause opens with begin and end, past leading white space: {begin, end}. */
    private static int[] firstWord(String clause) {
        int begin = 0;
        while (begin < clause.length() && Character.isWhitespace(clause.charAt(begin))) {
            begin++;
        }
        int end = begin;
        while (end < clause.length() && Character.isLetter(clause.charAt(end))) {
            end++;
        }
        return new int[] {begin, end};
    }

    /**
     * Where the title starts when a clause opens with an -ing participle and its date sits in a clause of the
     * participle's object: ", ending a dispute that began late last year" and ", citing a report released this
     * weekend" start at "a dispute" and "a report", which is what the date tells of. Else 0.
     */
    static int pastParticipleLead(String clause, List<int[]> dates) {
        int[] first = firstWord(clause);
        int b = first[0];
        int e = first[1];
        String lead = clause.substring(b, e);
        if (dates.isEmpty() || e - b <= 5 || !lead.endsWith("ing") || !Character.isLowerCase(lead.charAt(0))
                || NOT_ASIDES.contains(lead) || e >= clause.length() || clause.charAt(e) != ' ') {
            return 0;
        }
        int date = Integer.MAX_VALUE;
        for (int[] d : dates) {
            date = Math.min(date, d[0]);
        }
        String next = Guards.nextWord(clause, e);
        if (date <= e || date > clause.length() || next == null || !TitleMaker.ARTICLES.contains(next)) {
            return 0;
        }
        // the object has a verb of its own before the date: "that began", "released"
        return Subjects.hasVerb(clause.substring(e + 1 + next.length(), date)) ? e + 1 : 0;
    }

    /**
     * Words that open a part of a clause which a title cut at ten words would leave half told; "that" only as
     * the last two words, being as often what was said ("said that Iraq would retaliate").
     */
    private static final java.util.Set<String> PART_OPENERS = java.util.Set.of("which", "who", "whom", "whose",
            "where", "when", "after", "before", "because", "while", "until");
    /** How far back from a cut a title looks for such a part; the title keeps at least {@link #KEPT_WORDS}. */
    private static final int TAIL_WORDS = 5;
    private static final int KEPT_WORDS = 4;

    /**
     * A title cut at ten words, without the part of a clause the cut left half told: "sets off the explosion
     * which destroys the Gamboa" keeps "sets off the explosion", "goes bankrupt after some 22,000 workers" keeps
     * "goes bankrupt", "a stopgap bill that keeps" keeps "a stopgap bill".
     */
    static List<String> withoutCutShortTail(List<String> words) {
        int n = words.size();
        for (int i = Math.max(KEPT_WORDS, n - TAIL_WORDS); i < n; i++) {
            String w = words.get(i).toLowerCase(Locale.ROOT);
            if ((PART_OPENERS.contains(w) || w.equals("that") && i >= n - 2)
                    && Subjects.hasVerb(String.join(" ", words.subList(0, i)))) {
                // "Many of the local leaders who led …" has no verb before "who": the title needs its clause
                return new java.util.ArrayList<>(words.subList(0, i));
            }
        }
        return words;
    }

    /** "A Pentagon spokesman said (that) ": a short subject and a verb that reports speech, at the clause's start. */
    private static final Pattern REPORTER = Pattern.compile(
            "^\\s*(?:[A-Z][\\p{L}.'\u2019-]*\\s+)?(?:[\\p{L}.'\u2019-]+\\s+){0,4}?"
            + "(?:said|says|say|reported|added|noted|stated|wrote)\\s+(?:that\\s+)?");
    private static final java.util.Set<String> DETERMINERS = java.util.Set.of("the", "a", "an", "this", "these",
            "those");
    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("he", "she", "it", "they", "we", "i",
            "you", "there", "this", "that", "its", "their", "his", "her", "our", "my", "it's");

    /**
     * Where the title starts when the date belongs to what was said ("Prosecutors said the mayor took bribes in
     * 2019" starts at "the mayor"): the happening is what was reported, not the report. A pronoun stays with its
     * speaker ("Prosecutors said he took …"), and a date told with the verb ("said on Monday that …") dates the
     * report. Else 0.
     */
    static int reported(String clause, List<int[]> dates) {
        if (dates.isEmpty() || !Character.isUpperCase(clause.strip().isEmpty() ? 'x' : clause.strip().charAt(0))) {
            return 0;
        }
        Matcher m = REPORTER.matcher(clause);
        if (!m.lookingAt()) {
            return 0;
        }
        int at = m.end();
        for (int[] d : dates) {
            if (d[0] < at + 1) {
                return 0;
            }
        }
        String next = Guards.nextWord(clause, at);
        // a subject that stands alone: "the economy", "Castro"; not "said on Tuesday they …", nor "said net
        // income rose", whose owner is the speaker
        boolean standsAlone = next != null && (DETERMINERS.contains(next.toLowerCase(Locale.ROOT))
                || Character.isUpperCase(next.charAt(0)) && !PRONOUNS.contains(next.toLowerCase(Locale.ROOT)));
        return standsAlone && !Subjects.subjectOf(clause.substring(at)).isEmpty() ? at : 0;
    }
}
