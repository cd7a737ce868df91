package chronolens.extract;

import chronolens.extract.rules.NormalizationTable;
import chronolens.model.Derivation;
import chronolens.model.DocumentDate;
import chronolens.model.DocumentType;
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
 * Turns dated clauses into events: one per clause a DATE or TIME anchors, one per "N years since X" (X is dated
 * N years before the article), one per phrase dated relative to a happening ("on the eve of the summit"), and in
 * news one per sentence that reports the article's present (the lede, a present or future main verb, a visit or
 * summit), dated by the article's date.
 */
public final class EventExtractor {
    private static final Pattern YEARS = Pattern.compile("P(\\d{1,4})Y");
    private static final Pattern DAYS = Pattern.compile("P(\\d{1,2})D");
    // compiled once rather than by Pattern.compile or String.split per event
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private final NormalizationTable happenings;
    private final Entities entities;
    private final TitleMaker titles = new TitleMaker();
    private final Pattern relation;
    private final Pattern happeningWord;
    /** The first words of the happening nouns: a sentence without one cannot match either regex above. */
    private final WordSet nouns;

    public EventExtractor(NormalizationTable happenings, Entities entities) {
        this.happenings = happenings;
        this.entities = entities;
        List<String> rel = new ArrayList<>();
        List<String> nouns = new ArrayList<>();
        List<String> nounKeys = new ArrayList<>();
        for (String k : happenings.keysLongestFirst()) {
            boolean relates = happenings.get(k).startsWith("relation");
            (relates ? rel : nouns).add(Pattern.quote(k).replace(" ", "\\E\\s+\\Q"));
            if (!relates) {
                nounKeys.add(k);
            }
        }
        this.nouns = WordSet.ofFirstWords(nounKeys);
        String nounAlt = String.join("|", nouns);
        this.happeningWord = Pattern.compile("(?i)\\b(?:" + nounAlt + ")\\b");
        this.relation = Pattern.compile("(?i)\\b(" + String.join("|", rel) + ")\\s+(?:his|her|their|its|the|this|that"
                + "|[A-Z][\\p{L}]+['\u2019]s)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:" + nounAlt + ")\\b");
    }

    public List<Event> extract(String text, List<Sentence> sentences, List<TimeExpression> timexes,
                               DocumentDate date, DocumentType type) {
        List<Draft> drafts = new ArrayList<>();
        // a date guessed from the latest year mentioned is too weak to date what the article reports
        boolean news = type == DocumentType.NEWS && date.isKnown() && date.confidence() >= 0.5;
        int[][] inSentence = Buckets.bySentence(sentences, timexes, TimeExpression::begin);
        int dateLine = NewsLayout.dateLine(text, sentences, date);
        int lede = NewsLayout.lede(text, sentences, date, dateLine);
        // a date standing alone as a sentence, past the first ("October 14, 1947. Yeager breaks the sound barrier.")
        int alone = -1;
        for (int k = 0; k < sentences.size(); k++) {
            Sentence s = sentences.get(k);
            if (alone >= 0 && inSentence[k].length == 0) {
                TimeExpression t = timexes.get(alone);
                String title = titles.title(s.text(text), -1, -1);
                if (TitleMaker.pieces(title) >= 2) {
                    drafts.add(new Draft(title, t.resolved(), new Span(s.begin(), s.end()), alone, t.derivation()
                            .then("event.date-before", "", "the date stands alone just before, as in a chronology"),
                            new LazyNames(entities, text, s)));
                    alone = -1;
                    continue;
                }
            }
            alone = -1;
            boolean reports = news && k >= lede;
            if (inSentence[k].length == 0 && !reports) {
                continue; // nothing in it can make an event: most sentences of a narrative
            }
            List<TimeExpression> local = new ArrayList<>(inSentence[k].length);
            List<Span> keep = new ArrayList<>(inSentence[k].length);
            for (int ti : inSentence[k]) {
                local.add(timexes.get(ti));
                keep.add(timexes.get(ti).span());
            }
            List<Span> clauses = Clauses.of(text, s, keep);
            // per clause: whether a date claimed it, and the index of its draft (-1: none); arrays, not boxed maps
            boolean[] dated = new boolean[clauses.size()];
            List<String> names = new LazyNames(entities, text, s);
            int firstDated = s.end();
            int[] draftOfClause = new int[clauses.size()];
            java.util.Arrays.fill(draftOfClause, -1);
            // the title of a whole clause, made once: every short-titled date of a sentence may ask for its main clause
            String[] plainTitles = new String[clauses.size()];
            for (int ti : inSentence[k]) {
                TimeExpression t = timexes.get(ti);
                if (t.begin() < s.begin() || t.end() > s.end() || !datable(t)
                        || k == dateLine && t.end() <= s.begin() + date.evidence().length()) {
                    continue; // the date line or dateline that dates the article is no event
                }
                int ci = Clauses.indexOf(clauses, t.begin());
                if (Yardsticks.comparedSince(text, clauses.get(ci), t) || Yardsticks.comparedWith(text, s, t)) {
                    // "the highest since 2008", "up from $40 million a year earlier": no event then, unless a
                    // "when" clause says what happened ("the longest strike since 1989, when a dispute shut …")
                    int told = Yardsticks.toldBy(text, clauses, ci, t);
                    if (told >= 0 && !dated[told]) {
                        firstDated = Math.min(firstDated, clauses.get(ci).begin()); // the yardstick only describes
                        dated[told] = true;
                        draftOfClause[told] = drafts.size();
                        drafts.add(new Draft(titles.title(clauses.get(told).of(text), -1, -1), t.resolved(),
                                clauses.get(told), ti, t.derivation().then("event.when-clause", "", "a yardstick "
                                + "date; the \u201cwhen\u201d clause after it says what happened then"), names));
                    }
                    continue;
                }
                boolean claimed = dated[ci];
                dated[ci] = true;
                if (claimed && draftOfClause[ci] >= 0 && drafts.get(draftOfClause[ci]).timex == ti - 1
                        && LocalDates.joinedToPrevious(text, local, t)) {
                    // "During 1842 and 1843 she translated …": one happening over both dates
                    Draft first = drafts.get(draftOfClause[ci]);
                    String from = first.when.timex();
                    TemporalValue start = from.indexOf('/') < 0 ? first.when
                            : TemporalValue.parse(from.substring(0, from.indexOf('/'))).orElse(first.when);
                    drafts.set(draftOfClause[ci], new Draft(first.title, TemporalValue.spanning(start,
                            t.resolved()), first.source, first.timex, first.derivation.then("event.coordinated", "",
                            "dates joined by \u201cand\u201d date one happening, from the first to the last"),
                            first.entities));
                    continue;
                }
                if (claimed && draftOfClause[ci] >= 0 && drafts.get(draftOfClause[ci]).timex >= 0
                        && Yardsticks.names(text, timexes.get(drafts.get(draftOfClause[ci]).timex))
                        && !Yardsticks.names(text, t) && !Yardsticks.bounds(text, t)) {
                    // "will publish its June figures on Thursday": Thursday says when, June names the figures
                    Draft d = drafts.get(draftOfClause[ci]);
                    drafts.set(draftOfClause[ci], new Draft(d.title, t.resolved(), d.source, ti, t.derivation()
                            .then("event.clause", "", "the event is the clause that holds the date; \u201c"
                            + timexes.get(d.timex).text() + "\u201d only names what follows it"), d.entities));
                    continue;
                }
                if (claimed) {
                    Draft second = secondHappening(text, drafts, draftOfClause[ci], clauses.get(ci), t, ti, local,
                            names);
                    if (second != null) {
                        drafts.add(second);
                    } else {
                        refine(drafts, draftOfClause[ci], t, ti, null);
                    }
                    continue;
                }
                Span span = clauses.get(ci);
                Span titled = null; // where the title is read, when not the whole span
                String fixed = null; // the title, when made otherwise
                int titleClause = ci;
                // short without its date: "On February 14, 1990, the probe turned …" is titled from what follows
                // "The mill, which burned in 1921, reopened in 1930": short, but a happening of its own
                // (pastRelative first: it reads one char of most clauses, where the verb test runs a regex)
                boolean own = ci > 0 && Subjects.pastRelative(text, clauses, ci) != null
                        && Subjects.opensPredicate(span.of(text)) && (draftOfClause[ci - 1] < 0
                        || LocalDates.disjoint(drafts.get(draftOfClause[ci - 1]).when, t.resolved()));
                // "For the first nine months of the year, the company earned …": a phrase with no verb leads in
                boolean leadIn = ci == 0 && ci + 1 < clauses.size() && Subjects.isLeadIn(span.of(text));
                // "“This is a terrible bill,” he told reporters on Wednesday": the quote is what happened
                boolean quoted = ci > 0 && NewsLayout.isQuoteReport(text, clauses.get(ci - 1), span,
                        Clauses.words(text, span) - Clauses.words(text, t.span()));
                if (quoted && draftOfClause[ci - 1] < 0) {
                    titleClause = ci - 1;
                    titled = clauses.get(ci - 1);
                    span = new Span(titled.begin(), span.end());
                } else if (!own && (leadIn || Clauses.words(text, span) - Clauses.words(text, t.span()) < 3)) {
                    if (ci > 0 && draftOfClause[ci - 1] >= 0) {
                        // "on July 20, 1969, at 20:17 UTC": the short clause makes the previous date finer
                        refine(drafts, draftOfClause[ci - 1], t, ti, span);
                        draftOfClause[ci] = draftOfClause[ci - 1];
                        continue;
                    }
                    if (ci + 1 < clauses.size() && (ci == 0 || dated[ci - 1])) {
                        // "1969 – ARPANET sends …"; "1939 – The first jet, the He 178, takes off": past the aside
                        // "On 1 July 1916, after a week-long bombardment, troops attacked": past the phrase
                        int main = ci + 1;
                        if (ci + 2 < clauses.size() && Subjects.isPhrase(clauses.get(ci + 1).of(text))
                                && (LocalDates.inside(local, clauses.get(ci + 1)).isEmpty()
                                || Clauses.words(text, clauses.get(ci + 1)) <= 7
                                && LocalDates.restates(local, clauses.get(ci + 1), t))) {
                            // (or only restates the date: "Four days later, on the morning of July 20, …")
                            main = ci + 2; // and past a name that ends the phrase: "at a summit in Madrid, Spain,"
                            while (main + 1 < clauses.size() && Clauses.words(text, clauses.get(main)) <= 3
                                    && !Subjects.hasVerb(clauses.get(main).of(text))) {
                                main++;
                            }
                        }
                        // "Around 34 million years ago, as the ocean cooled, the groups split": past the "as"
                        // (not past "after the war ended in 201 BC": a happening with a date of its own)
                        while (main + 1 < clauses.size() && Subjects.opensSubordinate(clauses.get(main).of(text))
                                && !(Subjects.opensAfterOrBefore(clauses.get(main).of(text))
                                && !LocalDates.inside(local, clauses.get(main)).isEmpty())
                                && LocalDates.inside(local, clauses.get(main + 1)).isEmpty()) {
                            main++;
                        }
                        int to = Subjects.predicateAfterAsides(text, clauses, main + 1);
                        int last = to < 0 ? main : to;
                        span = new Span(span.begin(), clauses.get(last).end());
                        // "At 4:17 p.m. Houston time, Eagle touched down": a lead-in is no part of the title
                        titled = main > ci + 1 || leadIn ? new Span(clauses.get(main).begin(), span.end()) : span;
                        for (int c = ci + 1; c <= last; c++) {
                            dated[c] = true;
                            draftOfClause[c] = drafts.size();
                        }
                    } else if (ci > 0 && (fixed = Subjects.participleAside(text, clauses, ci,
                            titles.title(span.of(text), LocalDates.inside(local, span)))) != null) {
                        span = new Span(clauses.get(ci - 1).begin(), span.end());
                    } else if (ci > 0) {
                        titleClause = ci - 1;
                        // "The city was, by tradition, founded in 753 BC": past an aside to the subject
                        while (titleClause > 0 && (Clauses.words(text, clauses.get(titleClause)) < 3
                                || Subjects.isSourceAside(clauses.get(titleClause).of(text)))) {
                            titleClause--;
                        }
                        int end = span.end();
                        boolean next = titleClause == 0 && ci == 1 && ci + 1 < clauses.size()
                                && LocalDates.inside(local, clauses.get(ci + 1)).isEmpty();
                        // "Much earlier, around 2500 BC, the pyramids were built": a lead-in, then the clause
                        boolean leads = next && Clauses.words(text, clauses.get(0)) <= 3
                                && Subjects.isLead(clauses.get(0).of(text));
                        if (leads || next && Subjects.opensPredicate(clauses.get(ci + 1).of(text))) {
                            // "The last shutdown, in December 2018, lasted 35 days": the predicate after the aside
                            end = clauses.get(ci + 1).end();
                            dated[ci + 1] = true;
                            draftOfClause[ci + 1] = drafts.size();
                            titled = leads ? clauses.get(ci + 1) : null;
                        }
                        span = new Span(clauses.get(titleClause).begin(), end);
                    }
                }
                // a subject borrowed from before a relative clause or apposition belongs to this event too
                String borrowed = Subjects.pastRelative(text, clauses, titleClause);
                firstDated = Math.min(firstDated, borrowed != null ? s.begin() : span.begin());
                String title = fixed != null ? fixed : titles.title(titled == null ? span.of(text) : titled.of(text),
                        LocalDates.inside(local, titled == null ? span : titled));
                String subject = TitleMaker.pieces(title) == 1 && Subjects.isVerb(title.toLowerCase(Locale.ROOT))
                        ? borrowed : null;
                if (subject != null) {
                    title = subject + " " + title.toLowerCase(Locale.ROOT); // "The mill, which …, reopened in 1930"
                } else if (TitleMaker.pieces(title) < 2 && titleClause > 0) {
                    // "…, on July 21 at 02:56": the sentence's main clause says what happened
                    int main = Clauses.words(text, clauses.get(0)) >= 3 ? 0 : titleClause - 1;
                    if (plainTitles[main] == null) {
                        plainTitles[main] = titles.title(clauses.get(main).of(text), -1, -1);
                    }
                    title = plainTitles[main];
                }
                if (title.isBlank() || NewsLayout.isPlaceOfDateline(title) || NewsLayout.isBareReport(title)) {
                    if (k > 0 && title.isBlank() && inSentence[k].length == 1) {
                        alone = ti;
                    }
                    // a date alone, such as a date line, says nothing happened; the next clause is free again
                    for (int c = ci + 1; c < clauses.size() && draftOfClause[c] == drafts.size(); c++) {
                        draftOfClause[c] = -1;
                        dated[c] = false;
                    }
                    continue;
                }
                title = Subjects.withSubject(text, clauses, titleClause, title);
                title = Subjects.withDateAsSubject(text, span, t, title);
                draftOfClause[ci] = drafts.size();
                Derivation how = t.derivation().then("event.clause", "", "the event is the clause that holds the date");
                Lasting.Stretch lasts = Lasting.of(text, span, local, t, how); // "The three-day festival opened …"
                drafts.add(new Draft(title, lasts == null ? t.resolved() : lasts.when(), span, ti,
                        lasts == null ? how : lasts.derivation(), names));
            }
            for (int c = 1; c < clauses.size(); c++) {
                // "Athens surrendered in 404 BC, and the victors pulled down the walls": a second happening then
                int d = draftOfClause[c - 1];
                if (!dated[c] && d >= 0 && drafts.get(d).timex >= 0 && Clauses.joinsHappening(text, clauses.get(c))
                        && Clauses.datesItsMainClause(text, clauses.get(c - 1), timexes.get(drafts.get(d).timex))
                        && !PresentTense.reportsPresent(clauses.get(c).of(text))) {
                    Draft first = drafts.get(d);
                    String title = titles.title(clauses.get(c).of(text), -1, -1);
                    dated[c] = true;
                    drafts.add(new Draft(title, first.when, clauses.get(c), first.timex, first.derivation.then(
                            "event.and-then", "", "a clause of its own after \u201c, and\u201d, told with the date "
                            + "before it"), names));
                }
            }
            if (date.isKnown()) {
                firstDated = Math.min(firstDated, yearsSince(text, s, clauses, local, date, names, drafts));
            }
            if (!reports || LocalDates.countsFromHappening(text, local)) {
                continue; // "Two days before the vote, …" is dated from the vote (EventAnchors), not the article
            }
            boolean related = relative(text, s, clauses, dated, date, names, drafts);
            if (!related) {
                int body = k == dateLine ? NewsLayout.afterDateline(text, s, date) : s.begin();
                present(text, s, clauses, k == lede ? body : -1, firstDated, local, date, names, drafts);
            }
        }
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            if (d.timex >= 0 && d.timex < timexes.size() && LocalDates.hedged(text, timexes.get(d.timex))) {
                drafts.set(i, new Draft(d.title, d.when.asApproximate(), d.source, d.timex, d.derivation.then(
                        "event.approximate", "", "a hedge before the date makes it approximate"), d.entities));
            }
        }
        return merge(drafts);
    }

    private static final Pattern AND = Pattern.compile("\\b(?:and|then|but)\\b");
    /**
     * "crossed the river in 49 BC and was murdered in 44 BC": a second, different date joined by "and" in
     * one clause is a second happening, titled from the words after the "and" with the first one's subject.
     * Null when the second date only refines or repeats the first.
     */
    private Draft secondHappening(String text, List<Draft> drafts, int index, Span clause, TimeExpression t,
                                 int ti, List<TimeExpression> local, List<String> names) {
        if (index < 0 || index >= drafts.size() || drafts.get(index).timex < 0) {
            return null;
        }
        Draft first = drafts.get(index);
        TemporalValue w = t.resolved();
        boolean disjoint = w.start() >= first.when.end() || w.end() <= first.when.start();
        // the expressions are in text order and do not overlap, so the last one before t ends last
        int last = LocalDates.lastBefore(local, t.begin());
        int from = Math.min(first.source.end(), last < 0 ? clause.begin() : local.get(last).end());
        // "in 1361 and again in the late 1360s": the late 1360s hold 1361's decade, yet it happened once more
        boolean onceMore = from < t.begin() && !w.timex().equals(first.when.timex())
                && (text.substring(from, t.begin()).contains(" again") || text.substring(from, t.begin())
                .contains(" once more"));
        // "In 1824 the family moves to Paris, and that same autumn she enters …": a clause of its own
        if (!disjoint && !onceMore && !LocalDates.opensCoordinate(text, from, t.begin()) || from >= t.begin()) {
            return null;
        }
        if (!Clauses.holdsConjunction(text, from, t.begin())) {
            return null; // the regex below would find none: most clauses with two dates have no "and" between them
        }
        Matcher and = AND.matcher(text).region(from, t.begin());
        int at = -1;
        String joined = "";
        while (and.find()) {
            at = and.end();
            joined = and.group();
        }
        if (at < 0) {
            return null;
        }
        Span part = new Span(at, clause.end());
        List<int[]> inside = List.of(new int[] {t.begin() - at, t.end() - at});
        String title = titles.title(part.of(text), inside);
        boolean again = REPEATS.contains(title.toLowerCase(Locale.ROOT));
        if (title.isBlank() || TitleMaker.pieces(title) < 2 && !again) {
            return null;
        }
        // The first happening ends where the second begins: "crossed the river in 49 BC" before "and".
        Span before = new Span(first.source.begin(), Math.max(first.source.begin(), at - joined.length()));
        String firstTitle = first.title;
        if (first.timex >= 0 && before.contains(last < 0 ? before : local.get(last).span())) {
            firstTitle = titles.title(before.of(text), LocalDates.inside(local, before));
            if (firstTitle.split(" ").length >= 2) {
                drafts.set(index, new Draft(firstTitle, first.when, before, first.timex, first.derivation,
                        first.entities));
            }
        }
        if (again) {
            // "The plague returned in 1361 and again in the late 1360s": the same happening once more
            return firstTitle.split(" ").length < 2 ? null : new Draft(firstTitle + " again", w, part, ti,
                    t.derivation().then("event.clause", "", "the happening before \u201c" + joined.strip()
                    + "\u201d, once more"), names);
        }
        // the first happening may have started in an earlier clause: its subject is then no help
        String subject = Subjects.subjectOf(new Span(clause.begin(), Math.max(clause.begin(), from)).of(text));
        if (Character.isLowerCase(part.of(text).strip().charAt(0)) && !subject.isEmpty()
                && Subjects.subjectOf(title).isEmpty()) { // "and was murdered", not "and that autumn she left"
            title = subject + " " + Character.toLowerCase(title.charAt(0)) + title.substring(1);
        }
        return new Draft(title, w, part, ti, t.derivation().then("event.clause", "",
                "a second happening in the clause, after \u201c" + joined + "\u201d"), names);
    }

    /** What is left of "… and again in 1370" once its date is cut: the happening before it, repeated. */
    private static final Set<String> REPEATS = Set.of("again", "once again", "once more", "yet again");

    /** A second date in an event's clause replaces its date when it is finer and falls inside it. */
    private static void refine(List<Draft> drafts, int index, TimeExpression t, int ti, Span extend) {
        if (index < 0 || index >= drafts.size()) {
            return;
        }
        Draft d = drafts.get(index);
        Span span = extend == null ? d.source : new Span(Math.min(d.source.begin(), extend.begin()),
                Math.max(d.source.end(), extend.end()));
        TemporalValue w = t.resolved();
        boolean finer = w.granularity().compareTo(d.when.granularity()) < 0 && w.start() >= d.when.start()
                && w.end() <= d.when.end();
        if (!finer && extend == null) {
            return; // the draft would be rebuilt as it is: a clause with many dates asked for that once per date
        }
        drafts.set(index, finer ? new Draft(d.title, w, span, ti, d.derivation.then(t.derivation()), d.entities)
                : new Draft(d.title, d.when, span, d.timex, d.derivation, d.entities));
    }

    private static boolean datable(TimeExpression t) {
        return (t.type() == TimexType.DATE || t.type() == TimexType.TIME) && t.resolved() != null
                && !t.value().endsWith("_REF");
    }

    /** "40 years since the founding of X": X happened 40 years before the article's year. */
    private int yearsSince(String text, Sentence s, List<Span> clauses, List<TimeExpression> timexes,
                           DocumentDate date, List<String> names, List<Draft> drafts) {
        int first = s.end();
        for (TimeExpression t : timexes) {
            if (t.type() != TimexType.DURATION) {
                continue; // tested first: a Matcher per date was a hot spot on date-dense text
            }
            Matcher y = YEARS.matcher(t.value());
            if (t.begin() < s.begin() || t.end() > s.end() || !y.matches()) {
                continue;
            }
            String next = Guards.nextWord(text, t.end());
            if (!"since".equals(next)) {
                continue;
            }
            int from = t.end();
            while (from < s.end() && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            from = Math.min(s.end() - 1, from + next.length());
            Span clause = clauses.get(Clauses.indexOf(clauses, from));
            Span span = new Span(Math.min(from + 1, clause.end()), clause.end());
            if (Clauses.words(text, span) < 2) {
                continue;
            }
            int n = Integer.parseInt(y.group(1));
            long year = date.value().startYear() - n;
            TemporalValue when = TemporalValue.ofYear(year);
            Derivation d = t.derivation().then("event.years-since", text.substring(t.begin(), span.end()),
                    "the article's year " + date.value().startYear() + " minus " + n + " years = " + year);
            drafts.add(new Draft(titles.title(span.of(text), -1, -1), when, span, -1, d, names));
            first = Math.min(first, t.begin());
        }
        return first;
    }

    /** "On the eve of the summit, …": dated relative to the happening the article reports. */
    private boolean relative(String text, Sentence s, List<Span> clauses, boolean[] dated, DocumentDate date,
                             List<String> names, List<Draft> drafts) {
        if (!nouns.anyIn(text, s.begin(), s.end())) {
            return false; // the relation names a happening, and the sentence names none
        }
        Matcher m = relation.matcher(text).region(s.begin(), s.end());
        if (!m.find() || dated[Clauses.indexOf(clauses, m.start())]) {
            return false;
        }
        String kind = happenings.get(m.group(1));
        int days = kind == null ? 0 : Integer.parseInt(kind.substring(kind.indexOf(':') + 1).replace("+", ""));
        int ci = Clauses.indexOf(clauses, m.start());
        Span span = clauses.get(ci);
        if (Clauses.words(text, span) <= 6 && ci + 1 < clauses.size()) {
            span = new Span(span.begin(), clauses.get(ci + 1).end());
        }
        TemporalValue when = date.value();
        String how = "the same " + date.value().granularity().name().toLowerCase(Locale.ROOT) + " as the article ("
                + date.value().timex() + ")";
        if (days != 0 && date.value().granularity().compareTo(Granularity.DAY) <= 0) {
            when = TemporalValue.ofDay(date.value().startDate().plusDays(days));
            how = date.value().timex() + (days < 0 ? " minus " : " plus ") + Math.abs(days) + " day = " + when.timex();
        }
        Derivation d = Derivation.of("event.relative-to-happening", m.group(), "dated by the article's date ("
                + source(date) + "): " + how);
        String rest = m.end() < span.end() ? text.substring(m.end(), span.end()) : "";
        String title = SPACES.split(rest).length >= 4 ? titles.title(rest, -1, -1)
                : titles.title(span.of(text), -1, -1);
        drafts.add(new Draft(title, when, span, -1, d, names));
        return true;
    }

    /** {@code lede} is where the lede's news begins (past a dateline), or -1 when {@code s} is no lede. */
    private void present(String text, Sentence s, List<Span> clauses, int lede, int firstDated,
                         List<TimeExpression> timexes, DocumentDate date, List<String> names, List<Draft> drafts) {
        Span span = null;
        String why = null;
        int main = -1; // the clause the title comes from, when one clause alone
        if (lede >= 0) {
            span = new Span(lede, Math.max(lede, Clauses.trimEnd(text, lede, firstDated)));
            why = "the lede of a news article reports its news";
        } else {
            for (int c = 0; c < clauses.size() && clauses.get(c).end() <= firstDated && span == null; c++) {
                if (PresentTense.reportsPresent(clauses.get(c).of(text))) {
                    span = clauses.get(c);
                    main = c;
                    why = "a present or future main verb";
                }
            }
            if (span == null && firstDated > s.begin() && nouns.anyIn(text, s.begin(), firstDated)) {
                Matcher h = happeningWord.matcher(text).region(s.begin(), firstDated);
                if (h.find()) {
                    span = new Span(s.begin(), Clauses.trimEnd(text, s.begin(), firstDated));
                    why = "it reports a " + h.group().toLowerCase(Locale.ROOT);
                }
            }
        }
        if (span == null || Clauses.words(text, span) < 4) {
            return;
        }
        TemporalValue when = date.value();
        if (when.granularity() == Granularity.DAY) {
            for (TimeExpression t : timexes) {
                Matcher dm = DAYS.matcher(t.value());
                if (t.begin() >= s.begin() && t.end() <= s.end() && dm.matches()
                        && happeningWord.matcher(text).region(t.end(), Math.min(s.end(), t.end() + 30)).find()) {
                    int n = Integer.parseInt(dm.group(1));
                    when = TemporalValue.spanning(when, TemporalValue.ofDay(when.startDate().plusDays(n - 1)));
                    why += "; the " + t.text() + " happening runs " + n + " days from it";
                    break;
                }
            }
        }
        Derivation d = Derivation.of("event.article-date", "", "dated by the article's date (" + source(date)
                + "): " + why);
        // a span cut where a date begins ("a celebration marking [75 years since …]") ends before that date
        String title = firstDated < s.end() && span.end() == Clauses.trimEnd(text, s.begin(), firstDated)
                ? titles.titleBeforeDate(span.of(text)) : titles.title(span.of(text), LocalDates.inside(timexes, span));
        // "Stephen Akerfeldt, currently vice president finance, will succeed …": the subject before the aside,
        // when it is a short one (a long noun phrase there is rarely the verb's subject)
        String with = main > 0 ? Subjects.withSubject(text, clauses, main, title) : title;
        title = TitleMaker.pieces(with) - TitleMaker.pieces(title) <= 4 ? with : title;
        drafts.add(new Draft(title, when, span, -1, d, names));
    }

    static String source(DocumentDate date) {
        return switch (date.origin()) {
            case GIVEN -> "given by the user";
            case FILE -> "from the file";
            case INFERRED -> "inferred from \u201c" + date.evidence() + "\u201d";
            case NONE -> "unknown";
        };
    }

    private List<Event> merge(List<Draft> drafts) {
        List<Draft> sorted = new ArrayList<>(drafts);
        sorted.sort(Comparator.comparingInt(d -> d.source.begin()));
        List<Draft> firsts = new ArrayList<>();
        List<List<Span>> told = new ArrayList<>();
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (Draft d : sorted) {
            String key = d.when.timex() + "|" + d.title.toLowerCase(Locale.ROOT);
            Integer at = seen.putIfAbsent(key, firsts.size());
            if (at == null) {
                firsts.add(d);
                told.add(new ArrayList<>(List.of(d.source)));
            } else {
                told.get(at).add(d.source); // the same happening told again: one event keeps every place
            }
        }
        List<Event> out = new ArrayList<>(firsts.size());
        for (int i = 0; i < firsts.size(); i++) {
            Draft d = firsts.get(i);
            // drafts come in text order, so the mentions do too; a clause that made two drafts counts once
            List<Span> mentions = told.get(i).size() == 1 ? told.get(i) : told.get(i).stream().distinct().toList();
            out.add(new Event("e" + (i + 1), d.title, d.when, d.source, d.timex, d.derivation, d.entities,
                    mentions));
        }
        return out;
    }

    private record Draft(String title, TemporalValue when, Span source, int timex, Derivation derivation,
                         List<String> entities) {
    }
}
