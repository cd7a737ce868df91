package chronolens.extract;

import chronolens.model.Span;
import chronolens.model.TimeExpression;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who did it, for an event title whose clause does not say: the name before the comma ("the Treaty of Paris,
 * signed …"), the noun phrase a relative clause hangs on ("The bridge, which opened …"), or the date itself
 * when it is the clause's subject ("The summer of 1959 brought …").
 */
final class Subjects {
    private Subjects() {
    }

    private static final Pattern NAME_AT_END = Pattern.compile(
            "((?:[A-Z][\\p{L}'\u2019]*\\s+(?:of\\s+(?:the\\s+)?)?)*[A-Z][\\p{L}]*)$");
    /**
     * Verbs {@link #isVerb} knows besides those in -ed. A set, not a regex: the test runs for most words of every
     * dated clause.
     */
    private static final Set<String> IRREGULAR_VERBS = Set.of("was", "were", "is", "are", "has", "have", "had",
            "left", "became", "began", "went", "made", "took", "came", "won", "lost", "set", "fell", "rose", "led",
            "ran", "met", "built", "broke", "saw", "gave", "held", "fought", "wrote", "sent", "signed", "said",
            "struck", "fled", "spoke", "chose", "drove", "flew", "grew", "knew", "threw", "rode", "sang", "sank",
            "swam", "stood", "sold", "sought", "taught", "brought", "bought", "caught", "found", "kept", "felt",
            "meant", "paid", "spent", "sat", "ate", "drank", "shook", "woke", "arose", "froze", "stole", "withdrew",
            "overthrew", "undertook", "overtook", "did", "got", "told", "hid", "bore", "swore", "wore", "forgot",
            "forgave");

    /** The words before the clause's first verb ("The crew", "Julius Caesar"), or empty when not clear. */
    static String subjectOf(String clause) {
        String[] words = clause.strip().split("\\s+");
        StringBuilder subject = new StringBuilder();
        for (int i = 0; i < words.length && i < 5; i++) {
            if (isVerb(words[i])) {
                return i == 0 ? "" : subject.toString();
            }
            subject.append(i == 0 ? "" : " ").append(words[i]);
        }
        // "It flew past Jupiter": a verb the list lacks, but a pronoun is a subject whatever follows
        return words.length > 1 && PRONOUNS.contains(words[0].toLowerCase(Locale.ROOT)) ? words[0] : "";
    }

    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i");
    private static final Set<String> LEAD_INS = Set.of("at", "on", "in", "by", "after", "before", "around", "about",
            "during", "from", "until", "since", "shortly", "soon");

    /**
     * A subject read off a clause that opens with its own time ("At 15:34 UTC it"): the pronoun after that phrase,
     * or nothing, since the phrase would put another date into a title borrowing the subject.
     */
    private static String pastLeadIn(String subject) {
        int space = subject.indexOf(' ');
        if (space < 0 || !LEAD_INS.contains(subject.substring(0, space).toLowerCase(Locale.ROOT))) {
            return subject;
        }
        String last = subject.substring(subject.lastIndexOf(' ') + 1);
        return PRONOUNS.contains(last.toLowerCase(Locale.ROOT))
                ? Character.toUpperCase(last.charAt(0)) + last.substring(1) : "";
    }

    /**
     * {@code title} with the subject its clause {@code ci} lacks put in front, or as it is:
     * <ul>
     *   <li>a relative clause ("…, which peaked in 2023", "…, who became Earl …"): the noun phrase or name before
     *   the comma;</li>
     *   <li>a verb after relative clauses or appositions ("The bridge, which opened in 1931, carried …"): the
     *   clause that opens the sentence ({@link #pastRelative});</li>
     *   <li>a participle ("signed by the powers in 1856" after "…the Treaty of Paris,", "first approved in 2015"
     *   after "The mandate,"): the name that ends the clause before, or a short noun phrase opening the
     *   sentence.</li>
     * </ul>
     */
    static String withSubject(String text, List<Span> clauses, int ci, String title) {
        Matcher some = PART_OF_WHICH.matcher(title);
        if (some.lookingAt()) {
            return some.group(1) + " of them" + title.substring(some.end()); // "some of which were left …"
        }
        String listed = namesBefore(text, clauses, ci, title);
        if (listed != null) {
            return listed + title; // "Fleming, Florey and Chain shared …" lost "Fleming, " at its comma
        }
        int space0 = title.indexOf(' ');
        if (ci > 0 && space0 > 0 && AND_WORDS.contains(title.substring(0, space0).toLowerCase(Locale.ROOT))
                && opensPredicate(title.substring(space0 + 1))) {
            // "She retired in 1986, at sixty-five, and died on 3 February 2004": "and died" wants its subject
            String subject = pastRelative(text, clauses, ci);
            if (subject != null) {
                return subject + " " + title.substring(space0 + 1);
            }
        }
        String given = title;
        int space = title.indexOf(' ');
        // the first word, as title.split(" ", 2)[0] gives it
        String first = (space < 0 ? title : title.substring(0, space)).toLowerCase(Locale.ROOT);
        if (ci > 0 && !RELATIVE.contains(first) && RELATIVE.contains(firstWord(clauses.get(ci).of(text)))) {
            // the title dropped the "who" of "…, who took office in 2019": put it back to find who did it
            title = "who " + lowerFirst(title, clauses.get(ci).of(text));
            space = 3;
            first = "who";
        }
        if (ci > 0 && RELATIVE.contains(first) && title.contains(" ")) {
            // "…, which peaked in 2023": the noun phrase before the comma did it
            // a space before the clause lets "The bridge, which opened in 1931" find its article at the start
            String prev = " " + clauses.get(ci - 1).of(text).strip();
            String lower = prev.toLowerCase(Locale.ROOT);
            int at = Math.max(lower.lastIndexOf(" the "),
                    Math.max(lower.lastIndexOf(" a "), lower.lastIndexOf(" an ")));
            if (at >= 0 && prev.length() - at < 60) {
                String np = prev.substring(at + 1).strip();
                return Character.toUpperCase(np.charAt(0)) + np.substring(1) + " " + title.substring(space + 1);
            }
            // "… she married William King, who became Earl …": a name ends the clause before
            Matcher name = NAME_AT_END.matcher(prev.strip());
            // "Voss, who took office in 2023, said …": a one-word name is the whole clause that opens the sentence
            if (name.find() && (name.group(1).contains(" ") || ci == 1 && name.group(1).equals(prev.strip()))) {
                return name.group(1) + " " + title.substring(space + 1);
            }
            return given.equals(title) ? title.substring(0, 1).toUpperCase(Locale.ROOT) + title.substring(1) : given;
        }
        String subject = ci > 0 && opensPredicate(title) ? pastRelative(text, clauses, ci) : null;
        if (subject != null) {
            return subject + " " + lowerFirst(title, clauses.get(ci).of(text));
        }
        if (ci > 0 && AND_WORDS.contains(firstWord(clauses.get(ci).of(text))) && startsWithVerb(title)) {
            // "It came down at 17:25, bounced once more, and settled at 17:31": the sentence's subject settled
            String who = pastLeadIn(subjectOf(clauses.get(0).of(text)));
            if (!who.isEmpty() && Character.isUpperCase(who.charAt(0)) && TitleMaker.pieces(who) <= 4) {
                return who + " " + lowerFirst(title, clauses.get(ci).of(text));
            }
        }
        if (ci == 0 || !isParticipleStart(title)) {
            return title;
        }
        Matcher m = NAME_AT_END.matcher(clauses.get(ci - 1).of(text));
        if (m.find() && m.group(1).contains(" ")) {
            return m.group(1) + " " + lowerFirst(title, clauses.get(ci).of(text));
        }
        // "The mandate, first approved in 2015, …": a short noun phrase opening the sentence
        String opening = clauses.get(0).of(text).strip();
        if (ci == 1 && !opening.isEmpty() && ARTICLES.contains(firstWord(opening)) && TitleMaker.pieces(opening) <= 4
                && Character.isUpperCase(opening.charAt(0))) {
            return opening + " " + lowerFirst(title, clauses.get(ci).of(text));
        }
        // "Union leaders said the deal, reached late on Sunday, …": what was said about is the subject
        String said = ci == 1 ? reported(opening) : opening;
        if (!said.equals(opening) && ARTICLES.contains(firstWord(said)) && TitleMaker.pieces(said) <= 4) {
            return said + " " + lowerFirst(title, clauses.get(ci).of(text));
        }
        return title;
    }

    /** "according to legend": an aside naming a source, which a title looks past for the clause it sits in. */
    static boolean isSourceAside(String clause) {
        String c = clause.strip();
        return c.regionMatches(true, 0, "according to ", 0, 13) && TitleMaker.pieces(c) <= 5;
    }

    /**
     * "Fleming, " of "Fleming, Florey and Chain shared the prize": the names that open the sentence, each a clause
     * of its own, when the title goes on with the list's last two ("Florey and Chain …"); else null.
     */
    private static String namesBefore(String text, List<Span> clauses, int ci, String title) {
        int and = title.indexOf(" and ");
        if (ci == 0 || ci > 4 || and < 0 || TitleMaker.pieces(title.substring(0, and)) > 3
                || !Character.isUpperCase(title.charAt(0)) || !Character.isUpperCase(title.charAt(and + 5))
                || !clauses.get(ci).of(text).strip().startsWith(title.substring(0, and))) {
            return null;
        }
        StringBuilder names = new StringBuilder();
        for (int c = 0; c < ci; c++) {
            String name = clauses.get(c).of(text).strip();
            if (name.isEmpty() || TitleMaker.pieces(name) > 3 || !NAME_AT_END.matcher(name).matches()) {
                return null;
            }
            names.append(name).append(", ");
        }
        return names.toString();
    }

    private static final Set<String> RELATIVE = Set.of("which", "who", "that");
    private static final Pattern PART_OF_WHICH = Pattern.compile(
            "(?i)(some|many|most|all|none|one|two|three|several|few|each|both|half) of (?:which|whom)\\b");
    private static final Set<String> MODALS = Set.of("will", "would", "can", "could", "may", "might", "must",
            "should", "shall");

    /**
     * "The bridge, which opened in 1931, carried …": the short clause that opens the sentence, when the clause
     * {@code ci} starts in lower case right after one or more relative clauses; else null.
     */
    static String pastRelative(String text, List<Span> clauses, int ci) {
        if (ci <= 0) {
            return null;
        }
        // the first char of the clause, read in place: this runs for every dated clause
        Span own = clauses.get(ci);
        int first = own.begin();
        while (first < own.end() && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        if (first >= own.end() || !Character.isLowerCase(text.charAt(first))) {
            return null;
        }
        int k = ci - 1;
        // the sentence's first clause, or the first after a dash ("LONDON, Oct. 3 — Dame Eleanor Price, …"):
        // asides never reach back past it
        while (k > 0 && !afterDash(text, clauses.get(k)) && isAside(clauses.get(k).of(text))) {
            k--;
        }
        String subject = clauses.get(k).of(text).strip();
        boolean opens = k == 0 || afterDash(text, clauses.get(k));
        if (!opens || k == ci - 1 || subject.isEmpty() || !Character.isUpperCase(subject.charAt(0))
                || TitleMaker.pieces(subject) > 6 || SUBORDINATORS.contains(firstWord(subject))) {
            return null;
        }
        if (AND_WORDS.contains(firstWord(text.substring(first, own.end())))) {
            // "He took Polly Peck, a small firm, and used it …": the opening clause's own subject
            String who = subjectOf(subject);
            return who.isEmpty() ? null : who;
        }
        return reported(subject);
    }

    /** "Officials said the increase": the subject of what was said ("The increase"), else the clause itself. */
    private static String reported(String clause) {
        String[] w = clause.split("\\s+");
        for (int i = 1; i + 1 < w.length; i++) {
            if (NewsLayout.REPORTING.contains(w[i].toLowerCase(Locale.ROOT))) {
                int from = w[i + 1].equalsIgnoreCase("that") ? i + 2 : i + 1;
                if (from >= w.length) {
                    return clause;
                }
                String rest = String.join(" ", java.util.Arrays.copyOfRange(w, from, w.length));
                return Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
            }
        }
        return clause;
    }

    /** Whether {@code clause} follows a dash or colon, which starts the sentence proper after a dateline. */
    private static boolean afterDash(String text, Span clause) {
        int before = clause.begin() - 1;
        while (before > 0 && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        return before >= 0 && "\u2014\u2013:".indexOf(text.charAt(before)) >= 0;
    }

    /**
     * The clause from {@code from} on, past one or more asides, that opens in lower case with a predicate
     * ("takes off" after "the Heinkel He 178"), or -1 when there are no asides or no such clause.
     */
    static int predicateAfterAsides(String text, List<Span> clauses, int from) {
        int j = from;
        while (j < clauses.size() && isAside(clauses.get(j).of(text))) {
            j++;
        }
        if (j == from || j >= clauses.size()) {
            return -1;
        }
        String c = clauses.get(j).of(text).strip();
        return !c.isEmpty() && Character.isLowerCase(c.charAt(0)) && isPredicateStart(firstWord(c)) ? j : -1;
    }

    /**
     * A clause that sits between a subject and its verb: a relative clause ("which opened in 1931"), an
     * apposition ("the architect whose …", "a former mayor") or an age ("46").
     */
    private static boolean isAside(String clause) {
        String first = firstWord(clause);
        if (RELATIVE.contains(first) || first.equals("whose") || ARTICLES.contains(first)) {
            return true;
        }
        String c = clause.strip();
        if (!c.isEmpty() && Character.isDigit(c.charAt(0)) && TitleMaker.pieces(c) <= 2) {
            return true;
        }
        if (TitleMaker.pieces(c) <= 4 && isParticipleStart(c)) {
            return true; // "Work on the old bridge, built in 1958, will continue"
        }
        if (TitleMaker.pieces(c) <= 3 && NewsLayout.REPORTING.contains(c.substring(c.lastIndexOf(' ') + 1))) {
            return true; // "The city, officials said, was calm": a report set in the middle
        }
        // "Dr. Slepian, just back from synagogue, was …", "Albright, after a 16-hour flight, is …": no verb
        // "Ricardo Alarcon, head of Cuba's National Assembly and Castro's key man for relations, said …": a
        // title in lower case after a name runs longer
        int most = !c.isEmpty() && Character.isLowerCase(c.charAt(0)) ? 16 : 8;
        return !c.isEmpty() && TitleMaker.pieces(c) <= most && !hasVerb(c) && !isPredicateStart(firstWord(c));
    }

    /** Whether a word of {@code clause} reads as a verb or a modal. */
    static boolean hasVerb(String clause) {
        StringBuilder w = new StringBuilder();
        // each word's letters in lower case, read in one pass (split and replaceAll per word were a hot spot)
        for (int i = 0; i <= clause.length(); i++) {
            char c = i < clause.length() ? clause.charAt(i) : ' ';
            if (c == ' ' || c >= '\t' && c <= '\r') {
                if (w.length() > 0) {
                    String word = w.toString();
                    if (isVerb(word) || MODALS.contains(word)) {
                        return true;
                    }
                    w.setLength(0);
                }
            } else if (Character.isLetter(c)) {
                w.append(Character.toLowerCase(c));
            }
        }
        return false;
    }

    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** Adverbs a participle takes ("first approved"); a list, as "-ly" also ends names ("Italy moved"). */
    private static final Set<String> PARTICIPLE_ADVERBS = Set.of("first", "later", "once", "long", "since", "then",
            "newly", "recently", "originally", "previously", "formerly", "initially", "officially", "widely",
            "jointly", "briefly", "finally", "largely");

    /** "signed by …", "first approved in …", "newly elected": a title opening with a past participle. */
    private static boolean isParticipleStart(String title) {
        String[] w = title.toLowerCase(Locale.ROOT).split(" ", 3);
        return endsLikeParticiple(w[0]) || w.length > 1 && endsLikeParticiple(w[1])
                && PARTICIPLE_ADVERBS.contains(w[0]);
    }

    private static boolean endsLikeParticiple(String word) {
        return word.endsWith("ed") || word.endsWith("en") || IRREGULAR_PARTICIPLES.contains(word);
    }

    /**
     * Irregular past participles ("built in 1958", "written in 1942"); "open", "seven" and "children" end in -en
     * too, and are none.
     */
    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("built", "held", "made", "born", "borne",
            "known", "shown", "found", "sold", "led", "kept", "paid", "laid", "brought", "bought", "taught", "caught",
            "sent", "spent", "won", "lost", "done", "seen", "been", "drawn", "grown", "thrown", "flown", "sworn",
            "worn", "torn", "begun", "set", "struck", "taken", "given", "written", "chosen", "broken", "spoken",
            "stolen", "driven", "beaten", "forgotten", "hidden", "frozen", "eaten", "fallen", "risen", "shaken",
            "woken", "proven", "undertaken", "overtaken", "forbidden", "ridden", "bitten", "sunken", "awoken",
            "mistaken", "rewritten", "forgiven");

    static boolean isIrregularParticiple(String word) {
        return IRREGULAR_PARTICIPLES.contains(word);
    }

    /**
     * "Work on the old bridge, built in 1958, will continue": for a date clause that is only a participle, the
     * noun phrase that ends the clause before with that participle ("The old bridge built"); else null.
     */
    static String participleAside(String text, List<Span> clauses, int ci, String participle) {
        if (ci == 0 || participle.isEmpty() || !isParticipleStart(participle) || TitleMaker.pieces(participle) > 3) {
            return null;
        }
        String prev = " " + clauses.get(ci - 1).of(text).strip();
        String lower = prev.toLowerCase(Locale.ROOT);
        int at = -1;
        for (String det : List.of(" the ", " a ", " an ", " her ", " his ", " their ", " its ")) {
            at = Math.max(at, lower.lastIndexOf(det));
        }
        if (at < 0 || TitleMaker.pieces(prev.substring(at).strip()) > 5) {
            return null;
        }
        String np = prev.substring(at + 1);
        return Character.toUpperCase(np.charAt(0)) + np.substring(1) + " " + lowerFirst(participle, participle);
    }
    /** Words that open a clause which is no subject: "As pressure built in this city, …". */
    private static final Set<String> SUBORDINATORS = Set.of("as", "when", "while", "after", "before", "although",
            "though", "if", "because", "since", "once", "until", "in", "on", "at", "during", "for", "however",
            "meanwhile", "separately", "also", "still", "yet", "moreover", "furthermore", "nevertheless", "instead",
            "then", "but", "and", "so", "according", "indeed", "finally", "later", "earlier");
    private static final Set<String> AND_WORDS = Set.of("and", "but", "then", "while");
    /** Verbs a date as subject takes that {@link #isVerb} lacks: "1968 brought …", "The next decade will see …". */
    private static final Set<String> DATE_VERBS = Set.of("brought", "brings", "sees", "marks", "will", "would",
            "became", "began", "proved", "found", "ends", "begins");

    /**
     * "The summer of 1959 brought three landmark albums": when the date opens its clause and a verb follows, the
     * date is what the clause is about, and the title keeps it rather than start on the verb.
     */
    static String withDateAsSubject(String text, Span clause, TimeExpression t, String title) {
        int at = clause.begin();
        while (at < t.begin() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        String lead = Guards.nextWord(text, at);
        if (at < t.begin() && lead != null && AND_WORDS.contains(lead)) {
            at += lead.length(); // ", and the following decade saw …"
            while (at < t.begin() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
        String next = Guards.nextWord(text, t.end());
        if (at != t.begin() || next == null || title.isEmpty()
                || !(isVerb(next) || DATE_VERBS.contains(next.toLowerCase(Locale.ROOT)))
                || !title.regionMatches(true, 0, next, 0, next.length())) {
            return title;
        }
        String date = t.text().strip();
        if (date.indexOf(' ') < 0 && Character.isLowerCase(date.charAt(0))) {
            return title; // "…, today sought peace": an adverb, not what the clause is about
        }
        return Character.toUpperCase(date.charAt(0)) + date.substring(1) + " " + Character.toLowerCase(title.charAt(0))
                + title.substring(1);
    }

    private static String firstWord(String clause) {
        String c = clause.strip();
        int end = 0;
        while (end < c.length() && Character.isLetter(c.charAt(end))) {
            end++;
        }
        return c.substring(0, end).toLowerCase(Locale.ROOT);
    }


    /**
     * {@code title} to follow a subject: its first letter in lower case, unless the clause writes that word
     * capitalized past its start, as a name ("…, who said Elian must …" keeps "Elian").
     */
    static String lowerFirst(String title, String clause) {
        int space = title.indexOf(' ');
        String first = space < 0 ? title : title.substring(0, space);
        String c = clause.strip();
        int at = c.indexOf(first);
        if (first.length() > 1 && at > 0 && !Character.isLetter(c.charAt(at - 1))) {
            return title;
        }
        return Character.toLowerCase(title.charAt(0)) + title.substring(1);
    }

    /** Not "since", "after", "before": "Since the initiation of hostilities in 2022, …" names the happening. */
    private static final Set<String> LEAD_PREPOSITIONS = Set.of("for", "in", "during", "over", "throughout",
            "through", "within", "by", "on", "at");

    /**
     * Whether a sentence's first clause only leads in to the next: a prepositional phrase without a verb ("For
     * the first nine months of the year", "Over the next decade").
     */
    static boolean isLeadIn(String clause) {
        String c = clause.strip();
        if (!LEAD_PREPOSITIONS.contains(firstWord(c))) {
            return false;
        }
        return !hasVerb(withoutPeriodEnd(c));
    }

    /** Periods a results story bounds with "ended": "For the quarter ended Sept. 30, Delta posted …". */
    private static final List<String> PERIOD_ENDS = List.of("quarter ended ", "year ended ", "months ended ",
            "period ended ", "half ended ", "weeks ended ");

    /** {@code clause} without the "ended" of "the quarter ended Sept. 30", which only bounds the period. */
    private static String withoutPeriodEnd(String clause) {
        if (!clause.contains(" ended ")) {
            return clause; // most lead-ins
        }
        String c = clause;
        for (String p : PERIOD_ENDS) {
            c = c.replace(p, p.substring(0, p.length() - "ended ".length()));
        }
        return c;
    }

    private static final Set<String> PHRASE_PREPOSITIONS = Set.of("after", "before", "following", "amid", "despite",
            "with", "without", "under", "in", "on", "at", "by", "for", "during", "over", "against", "among");

    /** Whether {@code clause} is a phrase without a verb that opens with a preposition ("after a long siege"). */
    static boolean isPhrase(String clause) {
        return PHRASE_PREPOSITIONS.contains(firstWord(clause)) && !hasVerb(clause.strip());
    }

    private static final Set<String> LEAD_ENDS = Set.of("earlier", "later", "afterwards", "afterward", "before",
            "after", "then", "on", "ago");

    /** "Much earlier", "Years later", "In the meantime": a phrase without a verb that leads in to its clause. */
    static boolean isLead(String clause) {
        String c = clause.strip();
        String last = c.substring(c.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return !hasVerb(c) && (isPhrase(c) || LEAD_ENDS.contains(last));
    }

    /** Words that open a subordinate clause, which leaves the sentence's happening to the clause after it. */
    private static final Set<String> SUBORDINATE_OPENERS = Set.of("as", "when", "while", "because", "although",
            "though", "once", "whereas");
    /** Words that put a distance before "after" or "before": "soon after", "shortly before", "long after". */
    private static final Set<String> NEAR_WORDS = Set.of("soon", "shortly", "just", "long", "right", "immediately");

    /** Whether {@code clause} opens a subordinate clause ("as Antarctica drifted away", "when the wall fell"). */
    static boolean opensSubordinate(String clause) {
        return opensAfterOrBefore(clause) || SUBORDINATE_OPENERS.contains(firstWord(clause))
                && TitleMaker.pieces(clause.strip()) >= 3;
    }

    /** Whether {@code clause} tells of another happening before or after ("soon after oxygen began to build up"). */
    static boolean opensAfterOrBefore(String clause) {
        String first = firstWord(clause);
        int pieces = 3;
        if (NEAR_WORDS.contains(first)) {
            first = firstWord(clause.strip().substring(first.length()));
            pieces = 4;
        }
        return (first.equals("after") || first.equals("before")) && TitleMaker.pieces(clause.strip()) >= pieces;
    }

    /** Whether the clause's first word reads as a verb or a modal ("opened …", "will speak …"). */
    static boolean startsWithVerb(String clause) {
        String first = firstWord(clause);
        return !first.isEmpty() && (isVerb(first) || MODALS.contains(first));
    }

    /**
     * Whether {@code clause} opens with a verb, or with a present-tense verb in -s that no verb follows ("takes
     * effect" after "Officials said the increase, a quarter point, …"); "officials said" is a noun and its verb.
     */
    static boolean opensPredicate(String clause) {
        if (startsWithVerb(clause)) {
            return true;
        }
        if (!isPredicateStart(firstWord(clause))) {
            return false; // most clauses: the split below only for a word in -s
        }
        String[] words = clause.strip().toLowerCase(Locale.ROOT).split("\\s+", 3);
        if (words.length < 2 || !isPredicateStart(firstWord(words[0]))) {
            return false;
        }
        String next = firstWord(words[1]);
        return !next.isEmpty() && !isVerb(next) && !MODALS.contains(next);
    }

    /**
     * A word a predicate opens with after an aside in a chronology's entry: a verb, a modal, or a present-tense
     * verb ending in -s ("1939 – The first jet, the Heinkel He 178, takes off": chronologies tell in the
     * present). Elsewhere a plural noun ending in -s is too likely ("…, the home of exiles, officials said").
     */
    private static boolean isPredicateStart(String word) {
        return isVerb(word) || MODALS.contains(word) || word.length() >= 4 && word.endsWith("s")
                && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is");
    }

    /** Whether {@code word} reads as a verb: a past form, or one of the common auxiliaries and irregular verbs. */
    static boolean isVerb(String word) {
        int n = word.length();
        if (n >= 3 && (word.charAt(n - 1) | 0x20) == 'd' && (word.charAt(n - 2) | 0x20) == 'e') {
            int i = 0;
            while (i < n && Character.isLetter(word.charAt(i))) {
                i++;
            }
            if (i == n) {
                return true; // a past form in -ed ("opened"; also "red" and "need", as before)
            }
        }
        return IRREGULAR_VERBS.contains(word.toLowerCase(Locale.ROOT));
    }
}
