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
