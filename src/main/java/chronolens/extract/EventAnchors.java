package chronolens.extract;

import chronolens.extract.rules.NormalizationTable;
import chronolens.model.Derivation;
import chronolens.model.Event;
import chronolens.model.Granularity;
import chronolens.model.Sentence;
import chronolens.model.Span;
import chronolens.model.TemporalValue;
import chronolens.model.TimeExpression;
import chronolens.model.TimexType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates events that no time expression dates, from what the text has already dated. TimeML does not tag these
 * phrases, so they make events only, never time expressions:
 * <ul>
 *   <li>an age, once the text says when its subject was born: "born in 1867 … At the age of 24 she moved to
 *   Paris" dates the move to 1891 (approximate: the birthday may fall after it);</li>
 *   <li>a distance from an earlier event: "eight years after her first prize" finds the latest event before it
 *   whose words name a prize and adds eight years; "a year after the war began", "shortly after his
 *   inauguration" and "two days before the vote" work the same way.</li>
 * </ul>
 * A sentence that already has a dated event is left alone: there the age or distance only describes.
 */
final class EventAnchors {
    private static final String NUMBER = "(\\d{1,3}|[a-z]+(?:-[a-z]+)?)";
    private static final Pattern AGE = Pattern.compile("(?i)\\b(?:at\\s+the\\s+age\\s+of|at\\s+age|aged)\\s+"
            + NUMBER + "(?![\\p{L}\\p{N}])|\\bwhen\\s+(?:he|she|they|I)\\s+(?:was|were)\\s+" + NUMBER
            + "(?=\\s+years?\\s+old\\b|\\s*[,.;]|\\s+and\\b)"
            // "At 17 she became …", "At 26, Einstein published …", "began physics at nineteen.": a bare number is
            // an age when a subject follows it, or when spelled out at the clause's end
            + "|\\bat\\s+(\\d{1,2}|[a-z]+(?:-[a-z]+)?)(?=\\s*,?\\s+(?:he|she|they)\\b|\\s*,\\s*(?-i:[A-Z][a-z]))"
            + "|\\bat\\s+([a-z]+(?:-[a-z]+)?)(?=\\s*[.;])");
    /** "shortly after", "just before", "the day after": the anchor with no count of units. */
    private static final Pattern NEAR = Pattern.compile(
            "(?i)\\b(shortly|soon|just|immediately|the\\s+day|the\\s+year|the\\s+month|the\\s+week)\\s+"
                    + "(after|before)\\s+");
    private static final Pattern UNITS = Pattern.compile("P(\\d{1,3})([YMWD])");
    /** Hours and minutes, for "56 hours into the flight": 'h' and 'm' in {@link #shift}. */
    private static final Pattern CLOCK_UNITS = Pattern.compile("PT(\\d{1,3})([HM])");
    /** "55 hours and 54 minutes into the mission": counted in minutes. */
    private static final Pattern HOURS_MINUTES = Pattern.compile("PT(\\d{1,3})H(\\d{1,2})M");
    private static final List<String> HEDGES = List.of("nearly", "almost", "about", "some", "around", "roughly",
            "approximately", "over", "more than", "less than", "just");
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "his", "her", "their", "its", "our",
            "my", "your", "this", "that", "these", "those", "first", "second", "last", "same", "of", "in", "to",
            "and", "own");
    private static final Pattern VERB = Pattern.compile("(?i)[\\p{L}]+ed|was|were|is|are|has|had|began|ended|"
            + "broke|came|fell|won|lost|took|went|left|began|started|opened|closed");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'\u2019-]*");

    private final NormalizationTable numbers;
    private final Entities entities;
    private final TitleMaker titles = new TitleMaker();

    EventAnchors(NormalizationTable numbers, Entities entities) {
        this.numbers = numbers;
        this.entities = entities;
    }

    /** How many earlier events a distance looks back through for the one it names. */
    private static final int LOOK_BACK = 50;

    /** {@code events} with the events ages and distances date added, in text order and numbered again. */
    List<Event> add(String text, List<Sentence> sentences, List<TimeExpression> timexes, List<Event> events) {
        Birth birth = birth(text, sentences, timexes);
        List<Event> known = new ArrayList<>(events);
        known.sort(Comparator.comparingInt(e -> e.source().begin()));
        boolean[] dated = new boolean[sentences.size()];
        int[][] eventsIn = Buckets.bySentence(sentences, known, e -> e.source().begin());
        for (int k = 0; k < sentences.size(); k++) {
            for (int i : eventsIn[k]) {
                dated[k] |= known.get(i).isDated();
            }
        }
        int[][] timexesIn = Buckets.bySentence(sentences, timexes, TimeExpression::begin);
        // the dated events before the current sentence, in text order: the ones a distance may name
        List<Event> before = new ArrayList<>();
        List<Event> found = new ArrayList<>();
        java.util.Set<Event> ages = new java.util.HashSet<>();
        int[] cued = cued(text, sentences);
        for (int k = 0; k < sentences.size(); k++) {
            Sentence s = sentences.get(k);
            if (!dated[k] && cued[k] != 0) {
                List<TimeExpression> local = java.util.Arrays.stream(timexesIn[k]).mapToObj(timexes::get).toList();
                // the age regex is case-blind: every cue may bring an age, only "after" or "before" a distance
                Event e = birth == null ? null : byAge(text, s, birth);
                if (e != null) {
                    ages.add(e);
                }
                if (e == null && (cued[k] & (DISTANCE_CUE | INTO_CUE)) != 0) {
                    e = byDistance(text, s, local, before, (cued[k] & DISTANCE_CUE) != 0);
                }
                if (e != null) {
                    found.add(e);
                    before.add(e);
                }
            } else if (dated[k] && (cued[k] & DISTANCE_CUE) != 0) {
                Event e = aroundAside(text, s, timexesIn[k], timexes, known, eventsIn[k], before);
                if (e != null) {
                    found.add(e);
                }
            }
            for (int i : eventsIn[k]) {
                if (known.get(i).isDated()) {
                    before.add(known.get(i));
                }
            }
        }
        MainPerson person = MainPerson.of(text, sentences);
        if (found.isEmpty()) {
            return person == null ? events : person.retitle(events);
        }
        List<Event> all = new ArrayList<>(events);
        all.addAll(found);
        all.sort(Comparator.comparingInt(e -> e.source().begin()));
        List<Event> out = new ArrayList<>(all.size());
        for (Event e : ages.isEmpty() ? all : AgeChains.moved(all, ages)) {
            out.add(new Event("e" + (out.size() + 1), e.title(), e.when(), e.source(), e.timex(), e.derivation(),
                    e.entities(), e.mentions()));
        }
        return person == null ? out : person.retitle(out);
    }

    /** The words an age needs; a sentence without one of these or of {@link #DISTANCE_CUES} is skipped. */
    private static final List<String> AGE_CUES = List.of("age", "Age", "AGE", "when", "When", "WHEN", "At ",
            " at ");
    /** The words a distance needs ("after", "before"), in the cases its patterns accept them in. */
    private static final List<String> DISTANCE_CUES = List.of("after", "After", "AFTER", "before", "Before",
            "BEFORE");
    /** "56 hours into the flight": common enough a word that only durations before it are read. */
    private static final List<String> INTO_CUES = List.of(" into ");
    private static final int AGE_CUE = 1;
    private static final int DISTANCE_CUE = 2;
    private static final int INTO_CUE = 4;

    /**
     * For each sentence, which of {@link #AGE_CUE} and {@link #DISTANCE_CUE} it holds a word for: found with
     * {@code indexOf} over the whole text, which is far cheaper than reading each sentence char by char, as most
     * texts hold few of them.
     */
    private static int[] cued(String text, List<Sentence> sentences) {
        int[] out = new int[sentences.size()];
        mark(text, sentences, AGE_CUES, AGE_CUE, out);
        mark(text, sentences, DISTANCE_CUES, DISTANCE_CUE, out);
        mark(text, sentences, INTO_CUES, INTO_CUE, out);
        return out;
    }

    private static void mark(String text, List<Sentence> sentences, List<String> cues, int flag, int[] out) {
        for (String cue : cues) {
            int k = 0;
            for (int i = text.indexOf(cue); i >= 0; i = text.indexOf(cue, i + cue.length())) {
                while (k < sentences.size() && sentences.get(k).end() <= i) {
                    k++;
                }
                if (k < sentences.size() && sentences.get(k).begin() <= i) {
                    out[k] |= flag;
                }
            }
        }
    }

    /** The year the text's subject was born: the first date in the first sentence that says "born". */
    private record Birth(long year, String evidence) {
    }

    private static Birth birth(String text, List<Sentence> sentences, List<TimeExpression> timexes) {
        int at = Math.min(word(text, "born"), word(text, "Born"));
        if (at == Integer.MAX_VALUE) {
            return null; // most texts: no regex over their sentences
        }
        int end = text.length();
        for (Sentence s : sentences) {
            if (s.begin() <= at && at < s.end()) {
                end = s.end();
                break;
            }
        }
        // only the first "born" counts: later ones are the subject's children or others
        for (TimeExpression t : timexes) {
            if (t.begin() >= at && t.end() <= end && t.type() == TimexType.DATE && t.resolved() != null
                    && t.resolved().isAnchored() && t.resolved().granularity().compareTo(Granularity.YEAR) <= 0) {
                return new Birth(t.resolved().startYear(), t.text());
            }
        }
        return null;
    }

    /** Where {@code w} first stands as a word of its own in {@code text}, or {@link Integer#MAX_VALUE}. */
    static int word(String text, String w) {
        for (int i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
            int e = i + w.length();
            if ((i == 0 || !Character.isLetter(text.charAt(i - 1)))
                    && (e == text.length() || !Character.isLetter(text.charAt(e)))) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private Event byAge(String text, Sentence s, Birth birth) {
        Matcher m = AGE.matcher(text).region(s.begin(), s.end());
        Integer age = null;
        // "at home, she …" reads as a bare age until its number is looked up: the next match may be one
        while (age == null && m.find()) {
            int g = 1;
            while (m.group(g) == null) {
                g++;
            }
            age = count(m.group(g));
            // a bare "at one" or "at four" is as often the hour: a bare age starts at five
            if (age != null && (age < (g >= 3 ? 5 : 1) || age > 120)) {
                age = null;
            }
        }
        if (age == null) {
            return null;
        }
        Span clause = clauseOf(text, s, m.start(), m.end());
        String rest = clause.of(text);
        if (PresentTense.reportsPresent(rest)) {
            return null; // "at the age of 71, she remains …" describes, it does not date
        }
        String title = titles.title(rest, m.start() - clause.begin(), m.end() - clause.begin());
        if (TitleMaker.pieces(title) < 2) {
            return null;
        }
        long year = birth.year() + age;
        Derivation d = Derivation.of("event.age", m.group(), "born in " + birth.year() + " (\u201c"
                + birth.evidence() + "\u201d) + " + age + " years = " + year
                + ", about: the birthday may fall after the event");
        return event(title, TemporalValue.ofYear(year).asApproximate(), clause, d, text, s);
    }

    /** {@code timexes} are the sentence's; {@code known} the dated events before it, in text order. */
    private Event byDistance(String text, Sentence s, List<TimeExpression> timexes, List<Event> known,
                             boolean afterOrBefore) {
        Matcher near = NEAR.matcher(text).useTransparentBounds(true);
        for (TimeExpression t : timexes) {
            if (t.end() > s.end() || t.type() != TimexType.DURATION) {
                continue;
            }
            Matcher units = UNITS.matcher(t.value());
            String next = Guards.nextWord(text, t.end());
            if ("into".equals(next)) {
                Event e = into(text, s, t, known, timexes);
                if (e != null) {
                    return e;
                }
                continue;
            }
            if (units.matches() && ("after".equals(next) || "before".equals(next))) {
                int from = text.indexOf(next, t.end());
                if (from < 0) {
                    continue;
                }
                int n = Integer.parseInt(units.group(1)) * ("before".equals(next) ? -1 : 1);
                Event e = distance(text, s, known, t.begin(), from + next.length(), n, units.group(2).charAt(0),
                        t.text() + " " + next, timexes);
                if (e != null) {
                    return e;
                }
            }
        }
        if (afterOrBefore && findNear(text, s, near)) {
            String lead = near.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            int sign = near.group(2).equalsIgnoreCase("before") ? -1 : 1;
            char unit = lead.startsWith("the ") ? Character.toUpperCase(lead.charAt(4)) : 'X';
            return distance(text, s, known, near.start(), near.end(), unit == 'X' ? 0 : sign, unit, near.group()
                    .strip(), timexes);
        }
        return null;
    }

    /**
     * "Two days before the election, held on 8 November 2016, the director sent a letter": a sentence that opens
     * with a distance from a happening whose date an aside gives. The aside's event dates the happening; the
     * clause after it is a second event, the distance away. Null for any other dated sentence.
     */
    private Event aroundAside(String text, Sentence s, int[] local, List<TimeExpression> timexes, List<Event> known,
                              int[] eventsHere, List<Event> before) {
        if (local.length < 2) {
            return null;
        }
        TimeExpression first = timexes.get(local[0]);
        int at = s.begin();
        while (at < first.begin() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        String next = Guards.nextWord(text, first.end());
        if (at != first.begin() || first.type() != TimexType.DURATION
                || !("before".equals(next) || "after".equals(next))) {
            return null;
        }
        List<Event> named = new ArrayList<>(before);
        for (int i : eventsHere) {
            if (known.get(i).isDated()) {
                named.add(known.get(i));
            }
        }
        List<TimeExpression> own = java.util.Arrays.stream(local).mapToObj(timexes::get).toList();
        Event e = byDistance(text, s, own, named, false);
        // titled from the clause after the aside, not from the aside
        int comma = e == null ? -1 : text.indexOf(',', timexes.get(local[1]).end());
        if (comma < 0 || comma >= s.end()) {
            return null;
        }
        String title = titles.title(text.substring(comma + 1, s.end()), -1, -1);
        return TitleMaker.pieces(title) < 2 ? null : new Event(e.id(), title, e.when(), e.source(), e.timex(),
                e.derivation(), e.entities(), e.mentions());
    }

    /**
     * {@link #NEAR} found in the sentence, tried only around each "after" or "before" in it: a find over the
     * whole sentence tries its alternation at every char, and many sentences say "after" without "shortly".
     */
    private static boolean findNear(String text, Sentence s, Matcher near) {
        for (int i = s.begin(); i < s.end(); i++) {
            char c = text.charAt(i);
            int n = (c == 'a' || c == 'A') && text.regionMatches(true, i, "after", 0, 5) ? 5
                    : (c == 'b' || c == 'B') && text.regionMatches(true, i, "before", 0, 6) ? 6 : 0;
            if (n > 0 && near.region(Math.max(s.begin(), i - 40), Math.min(s.end(), i + n + 8)).find()) {
                return true;
            }
            i += Math.max(0, n - 1);
        }
        return false;
    }

    /**
     * "Nearly 56 hours into the flight, an oxygen tank exploded": counted from the start of what the phrase
     * names, the latest earlier event naming it, else the first dated event of the text (a mission's or war's
     * history opens with its start). Approximate when hedged ("nearly") or coarser than the count.
     */
    private Event into(String text, Sentence s, TimeExpression t, List<Event> known, List<TimeExpression> timexes) {
        Matcher clock = CLOCK_UNITS.matcher(t.value());
        Matcher units = UNITS.matcher(t.value());
        Matcher hm = HOURS_MINUTES.matcher(t.value());
        char unit;
        int n;
        if (hm.matches()) {
            unit = 'm';
            n = 60 * Integer.parseInt(hm.group(1)) + Integer.parseInt(hm.group(2));
        } else if (clock.matches()) {
            unit = clock.group(2).equals("H") ? 'h' : 'm';
            n = Integer.parseInt(clock.group(1));
        } else if (units.matches()) {
            unit = units.group(2).charAt(0);
            n = Integer.parseInt(units.group(1));
        } else {
            return null;
        }
        int from = text.indexOf("into", t.end()) + "into".length();
        Event e = distance(text, s, known, t.begin(), from, n, unit, t.text() + " into", timexes);
        if (e == null && !known.isEmpty() && head(text.substring(from, Math.min(s.end(), from + 40))) != null) {
            e = distance(text, s, known.subList(0, 1), t.begin(), from, n, unit, t.text() + " into", timexes, true);
        }
        String lead = t.text().toLowerCase(Locale.ROOT);
        boolean hedged = HEDGES.stream().anyMatch(h -> lead.startsWith(h + " "));
        return e == null || !hedged ? e : new Event(e.id(), e.title(), e.when().asApproximate(), e.source(),
                e.timex(), e.derivation(), e.entities(), e.mentions());
    }

    private Event distance(String text, Sentence s, List<Event> known, int begin, int npFrom, int n, char unit,
                           String words, List<TimeExpression> timexes) {
        return distance(text, s, known, begin, npFrom, n, unit, words, timexes, false);
    }

    /**
     * An event dated {@code n} units from the earlier event that the noun phrase at {@code npFrom} names (or,
     * with {@code anyBase}, from the one event of {@code known}), or
     * null: the phrase must name one by a content word, and must hold no date of its own (the tagger's work).
     */
    private Event distance(String text, Sentence s, List<Event> known, int begin, int npFrom, int n, char unit,
                           String words, List<TimeExpression> timexes, boolean anyBase) {
        int npEnd = npFrom;
        while (npEnd < s.end() && ",;:.\u2014()".indexOf(text.charAt(npEnd)) < 0) {
            npEnd++;
        }
        for (TimeExpression t : timexes) {
            if (t.begin() >= npFrom && t.begin() < npEnd) {
                return null;
            }
        }
        String head = head(text.substring(npFrom, npEnd));
        if (head == null) {
            return null;
        }
        Event base = null;
        Pattern named = Pattern.compile("(?i)\\b" + Pattern.quote(stem(head)) + (stem(head).length() <= 3
                ? "(?:s|es)?\\b" : "\\p{L}{0,5}\\b"));
        for (int i = known.size() - 1; i >= Math.max(0, known.size() - LOOK_BACK) && base == null; i--) {
            Event e = known.get(i);
            if (anyBase || named.matcher(text).region(e.source().begin(), e.source().end()).find()) {
                base = e; // the latest event that names it
            }
        }
        if (base == null) {
            return null;
        }
        TemporalValue when = shift(base.when(), n, unit);
        if (when == null) {
            return null;
        }
        Span clause = clauseOf(text, s, begin, npEnd);
        if (PresentTense.reportsPresent(clause.of(text))) {
            return null; // "this move comes a month after …" compares; it reports nothing new that happened then
        }
        String title = titles.title(clause.of(text), begin - clause.begin(), npEnd - clause.begin());
        if (TitleMaker.pieces(title) < 2) {
            return null;
        }
        String how = n == 0 ? "about the same " + base.when().granularity().name().toLowerCase(Locale.ROOT) + " as"
                : amount(Math.abs(n), unit) + (n < 0 ? " before" : " after");
        Derivation d = base.derivation().then("event.relative-to-event", text.substring(begin, npEnd).strip(),
                how + " \u201c" + base.title() + "\u201d (" + base.when().timex() + ") = " + when.timex());
        return event(title, when, clause, d, text, s);
    }

    /**
     * The last content word of a noun phrase before any verb, when it is a common noun: "her first prize" gives
     * "prize", "the war began" gives "war", "the Games" gives null.
     */
    private static String head(String phrase) {
        String head = null;
        Matcher w = WORD.matcher(phrase);
        while (w.find()) {
            String word = w.group();
            if (VERB.matcher(word).matches() && head != null) {
                break; // "the war began": the phrase is "the war"
            }
            if (!FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT)) && word.length() >= 3) {
                // a common noun names a kind of happening; a name ("Qantas") matches events of every kind
                head = Character.isLowerCase(word.charAt(0)) ? word : null;
            }
        }
        return head;
    }

    /**
     * "inauguration" and "inaugurated" share "inaugur", "signing" and "signed" share "sign"; a word of three
     * letters stays whole and must match whole ("war" is not "warning").
     */
    static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (String suffix : List.of("ation", "ition", "ment", "ing", "ion", "ed", "es", "s")) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 4) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }

    /** "8 years", "3 days", and minutes past the hour as hours and minutes: "55 hours 54 minutes". */
    private static String amount(int n, char unit) {
        if (unit == 'm' && n > 60 && n % 60 != 0) {
            return n / 60 + " " + CalendarUnits.unitName("TH", n / 60) + " " + amount(n % 60, unit);
        }
        return n + " " + CalendarUnits.unitName(calendarUnit(unit), n);
    }

    /** The {@link CalendarUnits} name of a unit: Y, M, W, D, or 'h' and 'm' for hours and minutes. */
    private static String calendarUnit(char unit) {
        return unit == 'h' ? "TH" : unit == 'm' ? "TM" : String.valueOf(unit);
    }

    /** {@code base} moved by {@code n} units, no finer than {@code base} itself; null when it cannot be. */
    static TemporalValue shift(TemporalValue base, int n, char unit) {
        if (!base.isAnchored()) {
            return null;
        }
        if (n == 0) {
            return base.asApproximate();
        }
        // weeks count as days, so "two weeks after 11 September" stays a day rather than an ISO week
        String u = unit == 'W' ? "D" : calendarUnit(unit);
        TemporalValue moved = CalendarUnits.shift(base, u, unit == 'W' ? 7 * n : n);
        if (moved == null) {
            return null;
        }
        // no finer than the base: "three days after 1990" is only about 1990
        return moved.granularity().compareTo(CalendarUnits.granularity(u)) > 0 ? moved.asApproximate() : moved;
    }

    private Integer count(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (Character.isDigit(w.charAt(0))) {
            return Integer.parseInt(w);
        }
        String v = numbers.get(w);
        if (v == null || !v.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.parseInt(v);
    }

    /**
     * The clause around {@code [from, to)}: the sentence's clause that holds it, and the next one too when the
     * phrase fills its own ("At the age of 24, she moved …", "Eight years after her first prize, she won …").
     */
    private static Span clauseOf(String text, Sentence s, int from, int to) {
        List<Span> clauses = Clauses.of(text, s, List.of(new Span(from, to)));
        int ci = Clauses.indexOf(clauses, from);
        Span span = clauses.get(ci);
        Span rest = new Span(Math.min(to, span.end()), span.end());
        if (Clauses.words(text, rest) < 3 && ci + 1 < clauses.size()) {
            span = new Span(span.begin(), clauses.get(ci + 1).end());
        }
        return span;
    }

    private Event event(String title, TemporalValue when, Span source, Derivation d, String text, Sentence s) {
        return new Event("", title, when, source, -1, d, entities.find(s.text(text)));
    }
}
