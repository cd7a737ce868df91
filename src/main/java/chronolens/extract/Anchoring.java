package chronolens.extract;

import chronolens.model.Derivation;
import chronolens.model.Granularity;
import chronolens.model.TemporalValue;
import chronolens.model.TimeExpression;
import chronolens.model.TimexType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the holes of underspecified values from an explicit context: "REF-1D" becomes the day before the
 * reference, "XXXX-05" takes the reference's year, "WD5" the Friday nearest it by tense. Stateless.
 */
public final class Anchoring {
    private static final Pattern RELATIVE = Pattern.compile(
            "(REF|LAST)([+-])(\\d+)(TS|TM|TH|D|W|M|Q|Y|DE|CE)(T[A-Z]{2}|T\\d\\d:\\d\\d|-[0-9A-Z]{2})?");
    /** A weekday: "WD5" nearest by tense, "WD5-" the previous, "WD5+" the next; "LWD" counts from the last day. */
    private static final Pattern WEEKDAY = Pattern.compile("L?WD([1-7])([+-]?)(T[A-Z]{2}|T\\d\\d:\\d\\d(?::\\d\\d)?)?");
    /** Days a yearless date may lie ahead (past tense) or behind (future tense) before the year moves. */
    private static final double MONTH_MARGIN = 31;
    /**
     * With no tense to go by, a yearless date is the nearest one, leaning to the past as news does: it may lie at
     * most this many days ahead, and otherwise up to a year less this behind.
     */
    private static final double AHEAD_WINDOW = 122;
    private static final Pattern PART_OF_DAY = Pattern.compile("(.*)(T(?:MO|AF|EV|NI))");
    // compiled once: String.matches and replaceFirst compile their pattern on every call, once per mention here
    private static final Pattern YEAR_THEN_XXXX = Pattern.compile("^(\\d{4})XXXX");
    private static final Pattern NTH_WEEKDAY = Pattern.compile("\\d{4}-NTH-.*");
    private static final Pattern DIGITS_AND_DASHES = Pattern.compile("[0-9-]+");
    private static final Pattern YEARLESS_QUARTER = Pattern.compile("XXXX-Q[1-4]");
    private static final Pattern YEAR_FIRST = Pattern.compile("\\d{4}-.*");
    private static final Pattern MONTHS = Pattern.compile("P(\\d{1,2})M");
    /** The longest sentence whose every word is read for the tense of a date with no marker near it. */
    private static final int WIDE = 600;
    private static final Pattern YEAR_PERIOD = Pattern.compile("(\\d{4})-QP");

    /**
     * Anchors every mention in text order; the last date reached so far and the tense of each mention's
     * sentence go into its context. Mentions whose value names no real date (31 February) are dropped.
     */
    public java.util.List<TimeExpression> anchorAll(String text, java.util.List<chronolens.model.Sentence> sentences,
                                                    java.util.List<Mention> mentions, AnchorContext start) {
        java.util.List<TimeExpression> out = new java.util.ArrayList<>();
        AnchorContext ctx = start;
        int si = 0;
        Tense tense = Tense.UNKNOWN;
        TemporalValue story = null; // during a look back in the past perfect, the date the story had reached
        int flashbackAt = -1;
        NumericDates.Order numeric = null; // worked out once, when a text has a date such as "04/03/2025"
        for (int mi = 0; mi < mentions.size(); mi++) {
            Mention m = mentions.get(mi);
            if (m.value().startsWith(NumericDates.PREFIX)) {
                numeric = numeric == null ? NumericDates.order(mentions) : numeric;
                m = NumericDates.ordered(m, numeric);
                if (m == null) {
                    continue;
                }
            }
            if (m.value().startsWith("XXXX-")) {
                Mention ranged = RangeStart.withYear(text, mentions, mi); // "from April to October 2021"
                m = ranged != null ? ranged : m;
            }
            while (si < sentences.size() - 1 && sentences.get(si).end() <= m.begin()) {
                si++;
            }
            if (story != null && si > flashbackAt) {
                // the look back ended with its sentence: back to the date the story had reached
                ctx = ctx.lastDate() != null && ctx.lastDate().end() <= story.start() ? ctx.withLastDate(story) : ctx;
                story = null;
            }
            tense = Tense.UNKNOWN;
            if (!sentences.isEmpty() && (needsTense(m.value())
                    || ctx.type() == chronolens.model.DocumentType.NARRATIVE && m.value().startsWith("REF"))) {
                // the words near the expression tell its tense better than the whole sentence
                chronolens.model.Sentence st = sentences.get(si);
                int from = Math.max(st.begin(), Math.min(m.begin(), st.end()) - 100);
                int to = Math.min(st.end(), m.end() + 60);
                tense = from < to ? Tense.near(text, from, to, m.begin(), m.end()) : Tense.UNKNOWN;
                if (tense == Tense.UNKNOWN && (from > st.begin() || to < st.end()) && st.end() - st.begin() <= WIDE) {
                    // nothing near: the sentence's verb may stand further off ("rising to … in March", "In
                    // January, a week after …, a bombing killed …"); only in a sentence of ordinary length, so
                    // that a text of thousands of dates in one "sentence" stays linear
                    tense = Tense.near(text, st.begin(), st.end(), m.begin(), m.end(), WIDE);
                }
            }
            if (m.value().startsWith("WD") && possessive(text, m.end())) {
                tense = Tense.PAST; // "Friday's ruling": news names a day by what already happened on it
            }
            AnchorContext here = ctx.withTense(tense);
            if (m.value().startsWith("XXXX-XX-XXT")) {
                TemporalValue day = FollowingDay.of(text, mentions, mi); // "09:32 EDT (13:32 UTC) on July 16, 1969"
                Mention rel = day == null ? FollowingDay.relativeDay(text, mentions, mi) : null; // "… yesterday"
                day = rel == null ? day : anchor(rel, here).map(TimeExpression::resolved)
                        .filter(v -> v.granularity() == Granularity.DAY).orElse(null);
                here = day != null ? here.withLastDate(day) : here;
            }
            if ((m.value().startsWith("CMP") || m.value().endsWith("-QP"))
                    && namesLongerSpan(mentions, mi, sentences.isEmpty() ? 0 : sentences.get(si).begin())) {
                here = here.withPeriod(null);
            }
            if (m.value().equals("LASTQ")) {
                TemporalValue q = CalendarUnits.quarterEnded(text, m.end(), ctx.documentDate());
                if (q != null) {
                    here = here.withPeriod(q);
                }
            }
            Optional<TimeExpression> t = anchor(m, here);
            if (t.isEmpty()) {
                continue;
            }
            RangeStart.moveWeekday(text, out, mentions, mi, t.get()); // "from Friday through Sunday"
            out.add(t.get());
            TemporalValue r = t.get().resolved();
            if (r != null && StoryDates.movesStory(text, m, t.get())) {
                if (story == null && StoryDates.flashback(text, sentences, si, m, r, ctx.lastDate())) {
                    story = ctx.lastDate();
                    flashbackAt = si;
                }
                ctx = ctx.withLastDate(r);
                if (r.granularity() == Granularity.QUARTER && !m.value().startsWith("CMP") && ctx.period() == null
                        && current(r, ctx)) {
                    ctx = ctx.withPeriod(r);
                }
            }
        }
        return out;
    }

    /** Whether tense can change this value: yearless dates, weekdays and "the weekend"; explicit dates not. */
    private static boolean needsTense(String v) {
        return v.startsWith("XXXX") || v.startsWith("WD") || v.startsWith("LWD") || v.startsWith("WEEK:")
                || v.endsWith("-WE");
    }

    private static boolean possessive(String text, int end) {
        return end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '\u2019')
                && text.charAt(end + 1) == 's'
                && (end + 2 == text.length() || !Character.isLetter(text.charAt(end + 2)));
    }

    /**
     * Whether a quarter is one a results story reports on: within a year before the article's date or later
     * ("the 1988 third quarter" in a 1989 story is the comparison, not the subject).
     */
    private static boolean current(TemporalValue quarter, AnchorContext ctx) {
        TemporalValue dct = ctx.documentDate();
        return dct == null || !dct.isAnchored() || quarter.start() >= dct.start() - 366;
    }

    /**
     * Whether the sentence names a span of more than a quarter before {@code m}: "for the nine months, … a year
     * earlier" compares whole years, not the quarter under discussion.
     */
    private static boolean namesLongerSpan(java.util.List<Mention> mentions, int at, int sentenceBegin) {
        // back from the mention to the sentence start only: a loop from the text's start was quadratic
        for (int j = at - 1; j >= 0 && mentions.get(j).begin() >= sentenceBegin; j--) {
            Mention o = mentions.get(j);
            Matcher d = MONTHS.matcher(o.value());
            if (o.type() == TimexType.DURATION && d.matches() && Integer.parseInt(d.group(1)) > 3) {
                return true;
            }
        }
        return false;
    }

    /** The time expression for {@code m} in context {@code ctx}; empty when its value names no real date. */
    public Optional<TimeExpression> anchor(Mention m, AnchorContext ctx) {
        Derivation d = Derivation.of(m.rule().name(), m.text(), "reads as " + m.value());
        // the startsWith tests skip the regex for the many values it cannot change or match
        String v = m.value().startsWith("XXXX", 4) ? YEAR_THEN_XXXX.matcher(m.value()).replaceFirst("$1") : m.value();
        if (v.startsWith("-NTH-", 4) && NTH_WEEKDAY.matcher(v).matches()) {
            Optional<TemporalValue> h = instantiate(Integer.parseInt(v.substring(0, 4)), "XXXX" + v.substring(4));
            return h.map(tv -> expression(m, tv.timex(), tv, d));
        }
        if (m.type() == TimexType.DURATION || m.type() == TimexType.SET) {
            String norm = Durations.normalize(v);
            return Optional.of(expression(m, norm, null, d));
        }
        if (v.endsWith("_REF")) {
            return Optional.of(expression(m, v, null, d));
        }
        if (v.startsWith("XXXX-") && v.indexOf('/') > 0) {
            return RangeStart.yearlessSpan(this, m, ctx); // "Sept. 6-12"
        }
        if (v.length() == 10 && v.startsWith("XXXX-XX-")) {
            return Optional.of(DayOfMonth.anchor(m, ctx, v, d)); // "on the 3rd"
        }
        if (v.startsWith("WEEK:")) {
            return weekOf(m, ctx, v.substring(5), d);
        }
        Matcher yp = v.endsWith("-QP") ? YEAR_PERIOD.matcher(v) : null;
        if (yp != null && yp.matches()) {
            return Optional.of(yearPeriod(m, ctx, yp.group(1), d));
        }
        if (v.equals("CMP-1Y") || v.equals("LASTQ")) {
            v = comparison(v, ctx);
            if (!v.startsWith("REF")) {
                TemporalValue last = TemporalValue.parse(v).orElseThrow();
                return Optional.of(expression(m, v, last, d.then("anchor.period", "", "the quarter under discussion"
                        + (m.value().equals("LASTQ") ? "" : ", a year earlier") + " = " + v)));
            }
        }
        Matcher rel = v.startsWith("REF") || v.startsWith("LAST") ? RELATIVE.matcher(v) : null;
        if (rel != null && rel.matches()) {
            return Optional.of(relative(m, ctx, rel, d));
        }
        Matcher wd = v.startsWith("WD") || v.startsWith("LWD") ? WEEKDAY.matcher(v) : null;
        if (wd != null && wd.matches()) {
            return Optional.of(weekday(m, ctx, wd, d));
        }
        if (v.startsWith("XXXX") || DirectedParts.mode(v) != null) {
            return Optional.of(yearless(m, ctx, v, d));
        }
        Optional<TemporalValue> parsed = CalendarUnits.parseTimex(v);
        Matcher dayPart = parsed.isEmpty() ? PART_OF_DAY.matcher(v) : null;
        if (dayPart != null && dayPart.matches()) {
            // "the morning of 18 April 1955": the day, with the part of day kept in the value
            Optional<TemporalValue> day = TemporalValue.parse(dayPart.group(1))
                    .filter(t -> t.granularity() == Granularity.DAY);
            if (day.isPresent()) {
                return Optional.of(withSuffix(m, approx(m, day.get()), dayPart.group(2), d));
            }
        }
        if (parsed.isEmpty()) {
            return DIGITS_AND_DASHES.matcher(v).matches() ? Optional.empty() : Optional.of(expression(m, v, null, d));
        }
        return Optional.of(expression(m, v, approx(m, parsed.get()), d));
    }

    /** Rules that count units from an anchor ("two decades ago"), rather than name a calendar unit. */
    private static final Set<String> COUNTED = Set.of("relative.ago", "relative.ago-modified", "relative.earlier",
            "relative.earlier-modified", "relative.later", "relative.later-modified", "relative.from-now");

    /** Rules that name a unit from where the writer stands: "next month", "this year", "last spring". */
    private static final Pattern DEICTIC = Pattern.compile("relative\\.(?:next|last|this)-(?!daypart)");

    private TimeExpression relative(Mention m, AnchorContext ctx, Matcher rel, Derivation d) {
        // "June last year" is REF-1Y-06: the year is counted, then the month set
        boolean fromLast = rel.group(1).equals("LAST");
        // "He died in 2011 … A memorial will be held next month": told in the future, "next month" is the
        // writer's, not the story's; it counts from the article's date even in a life story
        boolean writers = !fromLast && ctx.type() == chronolens.model.DocumentType.NARRATIVE
                && ctx.tense() == Tense.FUTURE && DEICTIC.matcher(m.rule().name()).lookingAt()
                && !m.text().regionMatches(true, 0, "the ", 0, 4); // "the next month" is the story's
        TemporalValue base = fromLast && ctx.lastDate() != null ? ctx.lastDate()
                : writers ? ctx.documentDate() : ctx.reference();
        String unit = rel.group(4);
        int n = Integer.parseInt(rel.group(3)) * (rel.group(2).equals("-") ? -1 : 1);
        String suffix = rel.group(5);
        if (suffix != null && suffix.startsWith("T") && base != null && base.granularity() != Granularity.DAY
                && base.granularity().compareTo(Granularity.DAY) > 0) {
            // a part of a day needs a day: "a record set in 1945 … worked overnight" is the night before the
            // article's day, not 1945; with no such day it stays unresolved
            TemporalValue dct = ctx.documentDate();
            base = dct != null && dct.granularity() == Granularity.DAY ? dct : null;
        }
        if (unit.equals("DE") && n != 0 && COUNTED.contains(m.rule().name())) {
            unit = "Y"; // "a decade later" is ten years on (1989 → 1999, as TimeBank values "a decade ago"), where
            n *= 10;    // "the next decade" is the calendar decade after this one
        }
        if (fromLast && ctx.lastDate() == null && n > 0 && (unit.equals("Y") || unit.equals("CE"))
                && COUNTED.contains(m.rule().name())) {
            base = null; // "Fifty years on, …" before any date: years after a story's date, never the writer's
        }
        if (base == null || !base.isAnchored() || base.granularity().isDeepTime()) {
            return expression(m, CalendarUnits.unknown(unit) + (suffix == null ? "" : suffix), null,
                    d.then("anchor.none", "", "no reference date is known, so it stays unresolved"));
        }
        TemporalValue shifted = CalendarUnits.shift(base, unit, n);
        if (shifted != null && "-WE".equals(suffix) && shifted.granularity() == Granularity.WEEK) {
            LocalDate saturday = shifted.startDate().plusDays(5);
            if (n == 0 && ctx.tense() == Tense.PAST && saturday.isAfter(base.startDate())) {
                // "over the weekend" told in the past on a weekday is the weekend just gone
                shifted = TemporalValue.ofWeek(shifted.startDate().minusWeeks(1));
                saturday = shifted.startDate().plusDays(5);
            }
            TemporalValue weekend = new TemporalValue(shifted.timex() + "-WE", Granularity.DAY, false,
                    chronolens.model.EpochDays.of(saturday), chronolens.model.EpochDays.of(saturday) + 2);
            return expression(m, weekend.timex(), weekend, d.then("anchor.reference", "", "the weekend of week "
                    + shifted.timex()));
        }
        if (shifted != null && suffix != null && suffix.startsWith("-") && shifted.granularity() == Granularity.YEAR) {
            Optional<TemporalValue> part = TemporalValue.parse(shifted.timex() + suffix);
            shifted = part.orElse(shifted);
            suffix = null;
        }
        String baseName = fromLast && base == ctx.lastDate() ? "the last date mentioned"
                : writers ? "the article's date (told in the future tense)"
                : base == ctx.documentDate() && base != ctx.reference() ? "the article's date" : ctx.referenceName();
        if (shifted == null) {
            return expression(m, CalendarUnits.unknown(unit), null,
                    d.then("anchor.none", "", "cannot count from " + baseName));
        }
        String how = n == 0 ? "the same " + CalendarUnits.unitName(unit, 1) + " as " + base.timex()
                : base.timex() + (n < 0 ? " minus " : " plus ") + Math.abs(n) + " "
                + CalendarUnits.unitName(unit, Math.abs(n)) + " = " + shifted.timex();
        if (shifted.granularity().compareTo(CalendarUnits.granularity(unit)) > 0) {
            how += " (the reference is only known to the " + shifted.granularity().name().toLowerCase() + ")";
        }
        return withSuffix(m, approx(m, shifted), suffix, d.then("anchor.reference", "", "counted from " + baseName
                + ": " + how));
    }

    private TimeExpression weekday(Mention m, AnchorContext ctx, Matcher wd, Derivation d) {
        int day = Integer.parseInt(wd.group(1));
        String suffix = wd.group(3);
        TemporalValue last = ctx.lastDate();
        boolean fromLast = m.value().startsWith("L") && last != null
                && last.granularity().compareTo(Granularity.DAY) <= 0
                && last.startDate() != null;
        TemporalValue base = fromLast ? last : ctx.reference();
        if (base == null || base.granularity().compareTo(Granularity.DAY) > 0 || base.startDate() == null) {
            return expression(m, "XXXX-WXX-" + day + (suffix == null ? "" : suffix), null,
                    d.then("anchor.none", "", "no reference day is known, so the weekday stays unresolved"));
        }
        LocalDate ref = base.startDate();
        DayOfWeek dow = DayOfWeek.of(day);
        String mod = wd.group(2);
        LocalDate date;
        String why;
        if (mod.equals("-")) {
            date = ref.with(TemporalAdjusters.previous(dow));
            why = "the previous ";
        } else if (mod.equals("+")) {
            date = ref.with(TemporalAdjusters.next(dow));
            why = "the next ";
        } else if (ctx.tense() == Tense.FUTURE) {
            date = ref.with(TemporalAdjusters.nextOrSame(dow));
            why = "future tense: the coming ";
        } else {
            date = ref.with(TemporalAdjusters.previousOrSame(dow));
            why = "past or present tense: the latest ";
        }
        String expl = why + dow.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                + " from " + (fromLast ? "the last date mentioned, " : "") + ref + " = " + date;
        return withSuffix(m, TemporalValue.ofDay(date), suffix, d.then("anchor.weekday", "", expl));
    }

    private TimeExpression yearless(Mention m, AnchorContext ctx, String raw, Derivation d) {
        String v = raw;
        if (v.startsWith("XXXX-XX-XXT")) {
            TemporalValue day = ctx.lastDate() != null && ctx.lastDate().granularity().compareTo(Granularity.DAY) <= 0
                    ? ctx.lastDate() : ctx.documentDate();
            if (day == null || day.granularity().compareTo(Granularity.DAY) > 0 || day.startDate() == null) {
                return expression(m, v, null, d.then("anchor.none", "", "no day is known for this time"));
            }
            String value = day.timex().substring(0, 10) + v.substring(10);
            Optional<TemporalValue> t = CalendarUnits.parseTimex(value);
            return t.map(tv -> expression(m, value, tv, d.then("anchor.day", "", "on " + day.timex())))
                    .orElseGet(() -> expression(m, raw, null, d));
        }
        String mode = DirectedParts.mode(v);
        if (mode != null) {
            v = v.substring(5);
            if (DirectedParts.story(mode) && ctx.lastDate() != null && ctx.lastDate().startDate() != null) {
                return DirectedParts.resolve(m, ctx.lastDate(), "the last date mentioned", v, mode, d);
            }
        }
        // an undated text that told "July 16, 1969" then "July 20": the year the story has reached. Not for
        // "last spring" (deictic: it counts from the unknown article date) nor after a bare year ("the bridge,
        // which opened in 1931, … on March 3"): only a story told in months or days carries its year forward
        boolean fromLast = ctx.reference() == null && ctx.lastDate() != null && mode == null
                && ctx.lastDate().granularity().compareTo(Granularity.MONTH) <= 0;
        // "Europe's peaked in the late 1970s. … targets by September": a decade names no year for a month
        boolean coarse = !fromLast && ctx.reference() != null
                && ctx.reference().granularity().compareTo(Granularity.YEAR) > 0;
        TemporalValue dct = ctx.documentDate();
        TemporalValue base = fromLast ? ctx.lastDate() : !coarse ? ctx.reference()
                : dct != null && dct.granularity().compareTo(Granularity.YEAR) <= 0 ? dct : null;
        String baseName = fromLast ? "the last date mentioned (the article's date is unknown)"
                : coarse ? "the article's date (the story has reached only a decade or more)" : ctx.referenceName();
        if (base == null || base.startDate() == null) {
            return expression(m, v, null, d.then("anchor.none", "", "no year is known, so it stays unresolved"));
        }
        if (mode != null) {
            return DirectedParts.resolve(m, base, ctx.referenceName(), v, mode, d);
        }
        LocalDate ref = base.startDate();
        int year = ref.getYear();
        String why = "the year of " + baseName;
        Optional<TemporalValue> here = null; // the value in the reference's year, reused below if the year stays
        if (base.granularity().compareTo(Granularity.MONTH) <= 0 && v.startsWith("XXXX-Q")
                && YEARLESS_QUARTER.matcher(v).matches()) {
            int quarter = v.charAt(6) - '0';
            if (ctx.tense() != Tense.FUTURE && quarter > (ref.getMonthValue() - 1) / 3 + 1) {
                year--;
                why += ", one year back: that quarter has not come yet this year";
            }
        } else if (base.granularity().compareTo(Granularity.MONTH) <= 0) {
            here = instantiate(year, v);
            if (here.isPresent() && ctx.tense() == Tense.PAST && here.get().start() >= base.end() + MONTH_MARGIN) {
                year--;
                why += ", one year back: told in the past tense, and in this year it would still be ahead";
            } else if (here.isPresent() && ctx.tense() == Tense.FUTURE
                    && here.get().end() <= base.start() - MONTH_MARGIN) {
                year++;
                why += ", one year on: told in the future tense, and in this year it would be over";
            } else if (here.isPresent() && nearest(ctx, here.get()) && base != ctx.lastDate()
                    && here.get().start() - base.end() > AHEAD_WINDOW) {
                // only back from the writer's date: a story moves on ("2007: unveiled in January, sold from June 29")
                year--;
                why += ", one year back: no tense says otherwise, and the last one is nearer";
            } else if (here.isPresent() && nearest(ctx, here.get()) && here.get().end() <= base.start()
                    && instantiate(year + 1, v)
                    .filter(next -> next.start() - base.end() <= AHEAD_WINDOW).isPresent()) {
                year++;
                why += ", one year on: no tense says otherwise, and the next one is near";
            }
        }
        if (year <= -9999 || year > 9999) {
            return expression(m, v, null, d);
        }
        Optional<TemporalValue> parsed = here != null && year == ref.getYear() ? here : instantiate(year, v);
        if (parsed.isEmpty()) {
            return expression(m, v, null, d);
        }
        Matcher pod = partOfDay(v);
        String value = pod != null ? parsed.get().timex() + pod.group(2) : parsed.get().timex();
        return expression(m, value, approx(m, parsed.get()), d.then("anchor.year", "", why + " = "
                + (year > 0 ? Integer.toString(year) : (1 - year) + " BC")));
    }

    /** Whether a yearless month or day takes the nearest year: no tense gives a direction. */
    private static boolean nearest(AnchorContext ctx, TemporalValue here) {
        // "the first half", "the spring": the year's own part, as a results story means it
        return ctx.tense() != Tense.PAST && ctx.tense() != Tense.FUTURE
                && here.granularity().compareTo(Granularity.MONTH) <= 0;
    }

    /**
     * Financial news compares periods: "a year ago" after "the third quarter" is that quarter a year earlier,
     * "the quarter" is the quarter under discussion or else the last completed one.
     */
    private static String comparison(String v, AnchorContext ctx) {
        TemporalValue last = ctx.period();
        boolean quarter = last != null && YEAR_FIRST.matcher(last.timex()).matches();
        if (v.equals("LASTQ")) {
            return quarter ? last.timex() : "REF-1Q";
        }
        if (quarter) {
            int year = Integer.parseInt(last.timex().substring(0, 4)) - 1;
            // padded by hand, as "%04d" gives it, without a Formatter per mention
            String padded = year >= 0 ? "000".substring(Math.min(3, Integer.toString(year).length() - 1))
                    + year : "%04d".formatted(year);
            return padded + last.timex().substring(4);
        }
        return "REF-1Y";
    }

    /** "the week of March 6": the day resolved as any date, then the ISO week that holds it. */
    private Optional<TimeExpression> weekOf(Mention m, AnchorContext ctx, String day, Derivation d) {
        Mention inner = new Mention(m.begin(), m.end(), m.text(), m.rule(), day, m.type(), m.approximate());
        Optional<TimeExpression> t = anchor(inner, ctx);
        if (t.isEmpty() || t.get().resolved() == null || t.get().resolved().granularity() != Granularity.DAY) {
            return t;
        }
        TemporalValue week = TemporalValue.ofWeek(t.get().resolved().startDate());
        return Optional.of(expression(m, week.timex(), week, t.get().derivation().then("anchor.week", "",
                "the week that holds " + t.get().value() + " = " + week.timex())));
    }

    /**
     * "the 1988 quarter": the quarter under discussion (or the last completed one) in that year; no quarter, the
     * year.
     */
    private static TimeExpression yearPeriod(Mention m, AnchorContext ctx, String year, Derivation d) {
        String q = ctx.period() != null ? ctx.period().timex() : null;
        if (q == null || q.length() != 7) {
            return expression(m, year, TemporalValue.ofYear(Integer.parseInt(year)),
                    d.then("anchor.period", "", "no quarter is under discussion: the year " + year));
        }
        String value = year + q.substring(4);
        return expression(m, value, TemporalValue.parse(value).orElse(null),
                d.then("anchor.period", "", "the quarter under discussion, " + q + ", in " + year + " = " + value));
    }

    /**
     * A yearless value in {@code year}: "XXXX-05" gives May, "XXXX-NTH-11-4-4" the fourth Thursday of
     * November; a part-of-day suffix ("TMO") is left to the caller.
     */
    static Optional<TemporalValue> instantiate(int year, String v) {
        if (year <= -9999 || year > 9999) {
            return Optional.empty();
        }
        if (v.startsWith("XXXX-NTH-")) {
            String[] f = v.substring(9).split("-", 3);
            try {
                int month = Integer.parseInt(f[0]);
                DayOfWeek dow = DayOfWeek.of(Integer.parseInt(f[1]));
                int nth = Integer.parseInt(f[2]);
                LocalDate first = LocalDate.of(year, month, 1);
                LocalDate day = nth < 0 ? first.with(TemporalAdjusters.lastInMonth(dow))
                        : first.with(TemporalAdjusters.dayOfWeekInMonth(nth, dow));
                return Optional.of(TemporalValue.ofDay(day));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
        Matcher pod = partOfDay(v);
        String core = pod != null ? pod.group(1) : v;
        // padding by hand is "%04d" without a Formatter per mention; a year before Christ is written BC0044
        String digits = Integer.toString(year > 0 ? year : 1 - year);
        return TemporalValue.parse((year > 0 ? "" : "BC") + "0".repeat(4 - digits.length()) + digits
                + core.substring(4));
    }

    /** {@link #PART_OF_DAY} matched on {@code v}, or null when it does not match: most values end in no part of day. */
    private static Matcher partOfDay(String v) {
        if (!(v.endsWith("TMO") || v.endsWith("TAF") || v.endsWith("TEV") || v.endsWith("TNI"))) {
            return null;
        }
        Matcher pod = PART_OF_DAY.matcher(v);
        return pod.matches() ? pod : null;
    }

    static TemporalValue approx(Mention m, TemporalValue v) {
        return m.approximate() ? v.asApproximate() : v;
    }

    private static TimeExpression withSuffix(Mention m, TemporalValue v, String suffix, Derivation d) {
        if (suffix == null) {
            return expression(m, v.timex(), v, d);
        }
        if (v.granularity() == Granularity.DAY && Character.isDigit(suffix.charAt(1))) {
            Optional<TemporalValue> clock = CalendarUnits.parseTimex(v.timex() + suffix);
            if (clock.isPresent()) {
                return new TimeExpression(m.begin(), m.end(), m.text(), TimexType.TIME, clock.get().timex(),
                        clock.get(), d);
            }
        }
        String timex = v.granularity() == Granularity.DAY ? v.timex() + suffix : v.timex();
        TemporalValue tv = new TemporalValue(timex, v.granularity(), v.approximate(), v.start(), v.end());
        return new TimeExpression(m.begin(), m.end(), m.text(),
                v.granularity() == Granularity.DAY ? TimexType.TIME : TimexType.DATE, timex, tv, d);
    }

    static TimeExpression expression(Mention m, String value, TemporalValue resolved, Derivation d) {
        // "six hours later" reads as a date until the clock time it counts from makes it a time of day
        TimexType type = m.type() == TimexType.DATE && Tagger.typeOf(value) == TimexType.TIME ? TimexType.TIME
                : m.type();
        return new TimeExpression(m.begin(), m.end(), m.text(), type, value, resolved, d);
    }
}
