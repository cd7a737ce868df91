package chronolens.extract;

import chronolens.model.Article;
import chronolens.model.DocumentDate;
import chronolens.model.Sentence;
import chronolens.model.TemporalValue;
import chronolens.model.TimexType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Works out when an undated article was written from arithmetic it states: "50 years since … 1969" (2019),
 * "the 30th anniversary of … 1994", "a four-year term … until 2028" (began 2024), a date line on its own or a
 * news dateline ("LONDON, Oct. 3, 2025 — …"), or,
 * as weak evidence, the latest year it mentions. With no evidence the date stays unknown.
 */
public final class DocumentDating {
    /** A count of years or decades: "P50Y", and "P1DE" as the rules write "a decade" before Durations reads it. */
    private static final Pattern YEARS_DURATION = Pattern.compile("P(\\d{1,4})(Y|DE)");
    /** "the 50th anniversary", or a centenary by its own name ("centennial", "bicentenary", "sesquicentennial"). */
    private static final Pattern ANNIVERSARY = Pattern.compile(
            "(?i)\\b(?:([\\p{L}\\d-]+)\\s+anniversary|(sesqui|bi|ter)?centen(?:ary|nial))\\b");
    /** Words an article's own anniversary follows: "its centenary", "their 25th anniversary". */
    /** The most characters between a year and the distance that dates the article from it ("in 1969, 50 years"). */
    private static final int NEAR = 12;
    private static final Set<String> POSSESSIVES = Set.of("its", "their", "his", "her", "our");
    private static final Pattern AGO = Pattern.compile("REF-(\\d{1,4})Y");
    // compiled once: String.matches and replaceAll compile their pattern on every call, once per mention here
    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d\\d-\\d\\d");
    private static final Pattern NOT_LOWER_LETTER = Pattern.compile("[^a-z]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private final chronolens.extract.rules.NormalizationTable ordinals;
    /** The longest sentence read as a date line ("Published: Friday 14 November 2025, 06:45 GMT"). */
    private static final int DATE_LINE = 200;
    /** "By Jane Doe |" before the date: a byline (bounded: a name is short). */
    private static final Pattern BYLINE = Pattern.compile("^\\s*[Bb]y\\s[^|\u2022\u00b7\n]{1,60}[|\u2022\u00b7]");
    private static final Pattern READING_TIME = Pattern.compile("(?i)\\d{1,3}\\s*min(?:ute)?s?\\s+read\\b");
    /** The words a date line may hold beside its date and time, then anything not a letter. */
    private static final Pattern DATE_LINE_WORDS = Pattern.compile("(?i)\\b(?:first|last|published|updated|posted"
            + "|on|at|date|dated|gmt|bst|utc|cet|cest|edt|est|pdt|pst|et|pt|am|pm|mon|tue|wed|thu|thur|thurs|fri|sat"
            + "|sun)\\b|[ap]\\.m\\.|(?<=\\d)z\\b|[^\\p{L}]");

    public DocumentDating(chronolens.extract.rules.NormalizationTable ordinals) {
        this.ordinals = ordinals;
    }
    private static final Set<String> SINCE_WORDS = Set.of("since", "after", "from", "of", "anniversary");
    private static final Set<String> TERM_WORDS = Set.of("term", "mandate", "presidency", "tenure", "stint",
            "contract", "lease", "plan", "programme", "program", "deal", "agreement", "sentence");
    private static final Set<String> END_WORDS = Set.of("until", "till", "through", "to", "ending", "ends", "expires",
            "least", "end");
    /** Words before a year that make it another year than "last year" beside it: "last year, surpassing 2023". */
    private static final Set<String> COMPARED = Set.of("surpassing", "than", "since", "beating", "over", "after",
            "before", "from", "until", "to", "topping", "overtaking");
    /**
     * Words before a year that say the article is not from that year: "until 2028" lies ahead, and "the first
     * win since 2019" was written after it.
     */
    private static final Set<String> FUTURE_MARKERS = Set.of("until", "till", "through", "by", "to", "least",
            "since");

    private static boolean isYear(String v) {
        return v.length() == 4 && startsWithYear(v);
    }

    private static boolean startsWithYear(String v) {
        return v.length() >= 4 && Character.isDigit(v.charAt(0)) && Character.isDigit(v.charAt(1))
                && Character.isDigit(v.charAt(2)) && Character.isDigit(v.charAt(3));
    }

    /** A year, or a date or span in one ("1975-04-30", "2023/2024" of a season): the year it opens with. */
    private static boolean isDated(String v) {
        return startsWithYear(v) && (v.length() == 4 || v.charAt(4) == '-' || v.charAt(4) == '/');
    }

    /** A candidate year with the words that support it. */
    record Candidate(long year, String evidence, double confidence) {
    }

    /** The article's own date if it has one, else the inferred date, else none. */
    public DocumentDate date(Article article, List<Sentence> sentences, List<Mention> mentions) {
        if (article.date().isKnown()) {
            return article.date();
        }
        String text = article.text();
        Optional<DocumentDate> dateLine = dateLine(text, sentences, mentions);
        if (dateLine.isPresent()) {
            return dateLine.get();
        }
        List<Candidate> candidates = candidates(text, sentences, mentions);
        if (candidates.isEmpty()) {
            return DocumentDate.none();
        }
        Map<Long, Double> score = new LinkedHashMap<>();
        Map<Long, Candidate> best = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            score.merge(c.year(), c.confidence(), Double::sum);
            best.merge(c.year(), c, (a, b) -> a.confidence() >= b.confidence() ? a : b);
        }
        long year = score.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        Candidate c = best.get(year);
        double confidence = Math.min(0.95, score.get(year));
        return new DocumentDate(TemporalValue.ofYear(year), DocumentDate.Origin.INFERRED, c.evidence(), confidence);
    }

    /** A line holding nothing but a complete date ("May 16, 2024", "Published 2024-05-16") dates the article. */
    private Optional<DocumentDate> dateLine(String text, List<Sentence> sentences, List<Mention> mentions) {
        int lines = Math.min(4, sentences.size());
        // only the first sentences' mentions: grouping all of them into sentences cost as much as the rest
        int[][] buckets = Buckets.bySentence(sentences.subList(0, lines), mentions, Mention::begin);
        for (int k = 0; k < lines; k++) {
            Sentence s = sentences.get(k);
            for (int mi : buckets[k]) {
                Mention m = mentions.get(mi);
                String day = dayOf(m.value());
                if (m.begin() < s.begin() || m.end() > s.end() || day == null) {
                    continue;
                }
                // the dateline's own line, under a headline (a headline without a full stop may share its
                // sentence): a place in capitals, the date and a dash are rare enough anywhere in the first lines
                int line = Math.max(s.begin(), text.lastIndexOf('\n', m.begin()) + 1);
                if (isDateline(text, line, m)) {
                    Optional<TemporalValue> v = TemporalValue.parse(day);
                    if (v.isPresent()) {
                        String evidence = text.substring(line, m.end());
                        return Optional.of(new DocumentDate(v.get(), DocumentDate.Origin.INFERRED, evidence, 0.9));
                    }
                }
                // a date line is short: a long sentence need not be copied once per date in it
                if (s.end() - s.begin() <= DATE_LINE && onlyDate(lineWithout(text, s, mentions, buckets[k]))) {
                    Optional<TemporalValue> v = TemporalValue.parse(day);
                    if (v.isPresent()) {
                        return Optional.of(new DocumentDate(v.get(), DocumentDate.Origin.INFERRED, s.text(text), 0.9));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The line {@code s} without its time expressions, so that a line such as "4 March 2025 | 10:32 GMT", "Friday
     * 14 November 2025, 06:45" or "March 4, 2025 / 10:32 AM / Updated 2 hours ago" leaves only its separators and
     * words: the time of day says when the piece was filed, not what it is about.
     */
    private static String lineWithout(String text, Sentence s, List<Mention> mentions, int[] in) {
        StringBuilder b = new StringBuilder();
        int at = s.begin();
        for (int mi : in) {
            Mention o = mentions.get(mi);
            if (o.begin() < at || o.end() > s.end()) {
                continue;
            }
            b.append(text, at, o.begin());
            at = afterZone(text, o.end(), s.end());
        }
        return b.append(text, at, s.end()).toString();
    }

    /**
     * Whether what is left of a date line ({@link #lineWithout}) is only the words such lines carry: "Published",
     * "Updated", "First published on", a byline before a bar ("By Jane Doe |"), a reading time ("3 min read"), a
     * weekday's short name ("Tue"), a zone ("GMT"), "a.m.".
     */
    static boolean onlyDate(String rest) {
        String r = BYLINE.matcher(rest).replaceFirst("");
        r = READING_TIME.matcher(r).replaceAll("");
        return DATE_LINE_WORDS.matcher(r).replaceAll("").isEmpty();
    }

    /** The day of a full date or of a timestamp ("2025-03-04", "2025-03-04T10:32"), or null. */
    private static String dayOf(String v) {
        if (v.length() < 10 || v.length() > 10 && v.charAt(10) != 'T') {
            return null;
        }
        String day = v.length() == 10 ? v : v.substring(0, 10);
        return isFullDate(day) ? day : null;
    }

    /** Past a time zone the clock rule did not take ("10:32 AM ET", "09:00 CEST"): one to four capitals. */
    private static int afterZone(String text, int at, int end) {
        int i = at;
        while (i < end && text.charAt(i) == ' ') {
            i++;
        }
        int j = i;
        while (j < end && j - i < 5 && Character.isUpperCase(text.charAt(j))) {
            j++;
        }
        boolean zone = j > i && j - i <= 4 && (j == end || !Character.isLetter(text.charAt(j)));
        return zone ? j : at;
    }

    /**
     * A news dateline: the text opens with a place in capitals, perhaps an agency in brackets, then the date
     * and a dash or colon ("LONDON, Oct. 3, 2025 — …", "WASHINGTON (AP), May 16, 2024 - …").
     */
    static boolean isDateline(String text, int from, Mention m) {
        if (m.begin() - from > 60) {
            return false;
        }
        int letters = 0;
        int depth = 0;
        for (int i = from; i < m.begin(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (Character.isLetter(c)) {
                letters++;
                if (depth == 0 && !Character.isUpperCase(c) && !inStateAbbreviation(text, i)) {
                    return false; // "Paris, May 16, 2024" in a sentence is no dateline; "(Reuters)" may be
                }
            } else if (" ,.'-/\u2019".indexOf(c) < 0 && !Character.isWhitespace(c)) {
                return false;
            }
        }
        int i = m.end();
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '(') {
            int close = text.indexOf(')', i);
            i = close < 0 || close - i > 30 ? i : close + 1; // "… 2024 (Reuters) - …"
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
        }
        return letters >= 2 && depth == 0 && i < text.length() && "\u2014\u2013-:".indexOf(text.charAt(i)) >= 0;
    }

    /** Whether the letter at {@code i} is in a short capitalized abbreviation, as "Minn." of "ST. PAUL, Minn.". */
    private static boolean inStateAbbreviation(String text, int i) {
        int b = i;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        int e = i;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return e - b <= 5 && Character.isUpperCase(text.charAt(b)) && e < text.length() && text.charAt(e) == '.';
    }

    /** Whether {@link #FULL_DATE} matches {@code v}, the regex run only on strings of its shape. */
    private static boolean isFullDate(String v) {
        return v.length() == 10 && v.charAt(4) == '-' && v.charAt(7) == '-' && FULL_DATE.matcher(v).matches();
    }

    List<Candidate> candidates(String text, List<Sentence> sentences, List<Mention> mentions) {
        List<Candidate> out = new ArrayList<>();
        int[][] buckets = Buckets.bySentence(sentences, mentions, Mention::begin);
        int mark = nextCue(text, 0);
        for (int k = 0; k < sentences.size(); k++) {
            Sentence s = sentences.get(k);
            List<Mention> in = new ArrayList<>(buckets[k].length);
            for (int mi : buckets[k]) {
                in.add(mentions.get(mi));
            }
            for (int i = 0; i < in.size(); i++) {
                Mention m = in.get(i);
                if (m.value().equals("REF+0Y") && (m.text().regionMatches(true, 0, "this", 0, 4)
                        || m.text().regionMatches(true, 0, "the current", 0, 11))) {
                    // "this year's 2024 edition", "2024 (this year)": the year named next to "this year"; not
                    // "the year", which may be any year the story has reached ("the year: in 1903")
                    for (Mention y : in) {
                        if (isYear(y.value()) && Math.abs(y.begin() - m.end()) < 30 || isYear(y.value())
                                && Math.abs(m.begin() - y.end()) < 30) {
                            int from = Math.min(y.begin(), m.begin());
                            int to = Math.max(y.end(), m.end());
                            out.add(new Candidate(Long.parseLong(y.value()), clip(text.substring(from, to)), 0.6));
                            break;
                        }
                    }
                }
                // the startsWith and type tests skip the regexes for the many values they cannot match
                Matcher ago = m.value().startsWith("REF-") ? AGO.matcher(m.value()) : null;
                if (ago != null && ago.matches()) {
                    // "in 1969, 50 years ago": the article is 50 years after the year it names
                    int n = Integer.parseInt(ago.group(1));
                    for (Mention y : in) {
                        // the year is said beside it ("in 1969, 50 years ago"), not elsewhere in the sentence
                        // ("which opened in 1924, had been due to mark its centenary last year")
                        if (y != m && isYear(y.value()) && Math.max(y.begin(), m.begin())
                                - Math.min(y.end(), m.end()) < NEAR && !COMPARED.contains(
                                String.valueOf(Guards.previousWord(text, y.begin())).toLowerCase(Locale.ROOT))) {
                            int from = Math.min(y.begin(), m.begin());
                            int to = Math.max(y.end(), m.end());
                            out.add(new Candidate(Long.parseLong(y.value()) + n, clip(text.substring(from, to)), 0.7));
                            break;
                        }
                    }
                }
                if (m.type() != TimexType.DURATION || !m.value().startsWith("P")) {
                    continue;
                }
                Matcher years = YEARS_DURATION.matcher(m.value());
                if (!years.matches()) {
                    continue;
                }
                int n = Integer.parseInt(years.group(1)) * (years.group(2).equals("DE") ? 10 : 1);
                String next = Guards.nextWord(text, m.end());
                if (next != null && SINCE_WORDS.contains(next)) {
                    yearAfter(in, i).ifPresent(y -> out.add(new Candidate(y.year + n,
                            clip(text.substring(m.begin(), y.mention.end())), 0.8)));
                }
                if (next != null && TERM_WORDS.contains(NOT_LOWER_LETTER.matcher(next).replaceAll(""))) {
                    for (int j = i + 1; j < in.size(); j++) {
                        Mention y = in.get(j);
                        String before = Guards.previousWord(text, y.begin());
                        if (isYear(y.value()) && before != null && END_WORDS.contains(before)) {
                            out.add(new Candidate(Long.parseLong(y.value()) - n,
                                    clip(text.substring(m.begin(), y.end())), 0.6));
                            break;
                        }
                    }
                }
            }
            while (mark >= 0 && mark < s.begin()) {
                mark = nextCue(text, mark + 1);
            }
            if (mark < 0 || mark >= s.end()) {
                continue; // the regex below backtracks over every word; most sentences need not run it
            }
            Matcher a = ANNIVERSARY.matcher(text).region(s.begin(), s.end());
            while (a.find()) {
                String ord = a.group(1) != null ? ordinals.get(a.group(1)) : centenary(a.group(2));
                if (ord == null) {
                    continue;
                }
                int n = Integer.parseInt(ord);
                int at = a.end();
                Optional<Mention> y = in.stream().filter(m -> m.begin() >= at && isDated(m.value())).findFirst();
                if (y.isEmpty() && POSSESSIVES.contains(String.valueOf(Guards.previousWord(text, a.start())))) {
                    // "The library, which opened in 1924, marked its centenary": the year of what it is of
                    int start = a.start();
                    y = in.stream().filter(m -> m.end() <= start && isDated(m.value())).reduce((x, z) -> z);
                }
                // "marked its centenary last year": the article is a year after the anniversary
                n += in.stream().mapToInt(m -> m.value().equals("REF-1Y") ? 1 : m.value().equals("REF+1Y") ? -1 : 0)
                        .sum();
                double confidence = 0.8;
                if (y.isEmpty() && k + 1 < sentences.size() && buckets[k + 1].length > 0) {
                    // "This year marks the 50th anniversary of the fall of Saigon. On April 30, 1975, …": the
                    // date the next sentence opens with is most likely the one remembered
                    Mention first = mentions.get(buckets[k + 1][0]);
                    y = isDated(first.value()) ? Optional.of(first) : y;
                    confidence = 0.6;
                }
                if (y.isPresent()) {
                    Mention ym = y.get();
                    out.add(new Candidate(Long.parseLong(ym.value().substring(0, 4)) + n,
                            clip(text.substring(Math.min(a.start(), ym.begin()), Math.max(a.end(), ym.end()))),
                            confidence));
                }
            }
        }
        if (out.isEmpty()) {
            latestYear(text, mentions).ifPresent(out::add);
        }
        return out;
    }

    /** Where the next word that can name an anniversary begins, at or after {@code from}; -1 when none. */
    private static int nextCue(String text, int from) {
        int a = text.indexOf("nniversar", from);
        int c = text.indexOf("enten", from);
        return a < 0 ? c : c < 0 ? a : Math.min(a, c);
    }

    /** The years a centenary by its own name counts: "bi" for a bicentenary, and so on. */
    private static String centenary(String prefix) {
        if (prefix == null) {
            return "100";
        }
        return switch (prefix.toLowerCase(Locale.ROOT)) {
            case "bi" -> "200";
            case "ter" -> "300";
            default -> "150"; // sesqui
        };
    }

    private record YearAt(long year, Mention mention) {
    }

    private static Optional<YearAt> yearAfter(List<Mention> in, int i) {
        for (int j = i + 1; j < in.size(); j++) {
            if (isDated(in.get(j).value())) { // "30 years since the Wall fell on 9 November 1989"
                return Optional.of(new YearAt(Long.parseLong(in.get(j).value().substring(0, 4)), in.get(j)));
            }
        }
        return Optional.empty();
    }

    /**
     * The latest year named in the past (not "until 2028", not "since 2019"): weak evidence that the text is from
     * then or later.
     */
    private static Optional<Candidate> latestYear(String text, List<Mention> mentions) {
        Mention latest = null;
        for (Mention m : mentions) {
            String v = m.value();
            if (!isDated(v) || m.type() != TimexType.DATE) {
                continue;
            }
            if (latest != null && compareYears(v, latest.value()) <= 0) {
                continue; // not later than the latest so far: the word before it cannot change anything
            }
            String before = Guards.previousWord(text, m.begin());
            if (before != null && FUTURE_MARKERS.contains(before.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (latest == null || compareYears(v, latest.value()) > 0) {
                latest = m;
            }
        }
        if (latest == null) {
            return Optional.empty();
        }
        return Optional.of(new Candidate(Long.parseLong(latest.value().substring(0, 4)),
                "the latest year mentioned: \u201c" + latest.text() + "\u201d", 0.3));
    }

    /** {@code a.substring(0, 4).compareTo(b.substring(0, 4))}, without the substrings. */
    private static int compareYears(String a, String b) {
        for (int i = 0; i < 4; i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return a.charAt(i) - b.charAt(i);
            }
        }
        return 0;
    }

    private static String clip(String s) {
        String t = SPACES.matcher(s).replaceAll(" ").strip();
        return t.length() <= 240 ? t : t.substring(0, 237) + "\u2026";
    }
}
