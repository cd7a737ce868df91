package chronolens.extract;

import chronolens.io.MalformedTimeMlException;
import chronolens.io.TimeMlDocument;
import chronolens.io.TimeMlReader;
import chronolens.model.Article;
import chronolens.model.DocumentDate;
import chronolens.model.TemporalValue;
import chronolens.model.TimeExpression;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * TempEval-3 Task A measures for TIMEX3 extraction, as /work/shared/tools/timex_score.py defines them: strict and
 * relaxed (any overlap) span precision, recall and F1 with one-to-one matching, and value and type F1 over relaxed
 * matches ({@code 2C / (S + G)}).
 */
public final class TempEvalScorer {
    private int gold;
    private int system;
    private int strict;
    private int relaxed;
    private int valueCorrect;
    private int typeCorrect;

    /** Reads every .tml file of {@code dir}, sorted by name. */
    public static List<TimeMlDocument> read(Path dir) throws IOException {
        List<TimeMlDocument> docs = new ArrayList<>();
        TimeMlReader reader = new TimeMlReader();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".tml")).sorted().toList()) {
                try {
                    docs.add(reader.read(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
                } catch (MalformedTimeMlException e) {
                    throw new IOException(e.getMessage(), e);
                }
            }
        }
        return docs;
    }

    /** The article a TimeML document gives: its text, with its DCT as the file's date. */
    public static Article article(TimeMlDocument doc) {
        DocumentDate date = doc.dct() == null ? DocumentDate.none()
                : TemporalValue.parse(doc.dct().length() >= 10 ? doc.dct().substring(0, 10) : doc.dct())
                .map(DocumentDate::fromFile).orElse(DocumentDate.none());
        return new Article(doc.name(), doc.text(), date);
    }

    public void add(String text, List<TimeExpression> goldTimexes, List<TimeExpression> systemTimexes) {
        List<int[]> g = spans(text, goldTimexes);
        List<int[]> s = spans(text, systemTimexes);
        gold += g.size();
        system += s.size();
        for (int[] p : match(g, s)) {
            relaxed++;
            strict += p[2];
            TimeExpression gt = goldTimexes.get(g.get(p[0])[2]);
            TimeExpression st = systemTimexes.get(s.get(p[1])[2]);
            if (gt.value().strip().equals(st.value().strip())) {
                valueCorrect++;
            }
            if (gt.type() == st.type()) {
                typeCorrect++;
            }
        }
    }

    /**
     * The relaxed one-to-one pairs of gold and system expressions, as {gold index, system index, 1 if the
     * extents are identical else 0}, indexes into the given lists. Expressions whose span is only white space are
     * in no pair.
     */
    public static List<int[]> pairs(String text, List<TimeExpression> goldTimexes,
                                    List<TimeExpression> systemTimexes) {
        List<int[]> g = spans(text, goldTimexes);
        List<int[]> s = spans(text, systemTimexes);
        List<int[]> out = new ArrayList<>();
        for (int[] p : match(g, s)) {
            out.add(new int[] {g.get(p[0])[2], s.get(p[1])[2], p[2]});
        }
        return out;
    }

    /**
     * The matching of timex_score.py: identical extents first (never broken up), then each gold span takes the
     * free system span it overlaps most, then augmenting paths make the matching maximal. Pairs are
     * {gold, system, 1 if identical} in gold order.
     */
    private static List<int[]> match(List<int[]> g, List<int[]> s) {
        List<List<int[]>> cand = new ArrayList<>();
        for (int[] gi : g) {
            List<int[]> c = new ArrayList<>();
            for (int j = 0; j < s.size(); j++) {
                int overlap = Math.min(gi[1], s.get(j)[1]) - Math.max(gi[0], s.get(j)[0]);
                if (overlap > 0) {
                    boolean same = gi[0] == s.get(j)[0] && gi[1] == s.get(j)[1];
                    c.add(new int[] {same ? 0 : 1, -overlap, j});
                }
            }
            c.sort(Comparator.<int[]>comparingInt(x -> x[0]).thenComparingInt(x -> x[1])
                    .thenComparingInt(x -> x[2]));
            cand.add(c);
        }
        int[] g2s = new int[g.size()];
        int[] s2g = new int[s.size()];
        Arrays.fill(g2s, -1);
        Arrays.fill(s2g, -1);
        boolean[] locked = new boolean[s.size()];
        for (int i = 0; i < g.size(); i++) {
            for (int[] c : cand.get(i)) {
                if (c[0] == 0 && !locked[c[2]]) {
                    locked[c[2]] = true;
                    g2s[i] = c[2];
                    s2g[c[2]] = i;
                    break;
                }
            }
        }
        for (int i = 0; i < g.size(); i++) {
            if (g2s[i] >= 0) {
                continue;
            }
            for (int[] c : cand.get(i)) {
                if (s2g[c[2]] < 0) {
                    g2s[i] = c[2];
                    s2g[c[2]] = i;
                    break;
                }
            }
        }
        for (int i = 0; i < g.size(); i++) {
            if (g2s[i] < 0 && !cand.get(i).isEmpty()) {
                augment(i, cand, g2s, s2g, locked, new boolean[s.size()]);
            }
        }
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            if (g2s[i] >= 0) {
                int j = g2s[i];
                boolean same = g.get(i)[0] == s.get(j)[0] && g.get(i)[1] == s.get(j)[1];
                out.add(new int[] {i, j, same ? 1 : 0});
            }
        }
        return out;
    }

    private static boolean augment(int i, List<List<int[]>> cand, int[] g2s, int[] s2g, boolean[] locked,
                                   boolean[] seen) {
        for (int[] c : cand.get(i)) {
            int j = c[2];
            if (seen[j] || locked[j]) {
                continue;
            }
            seen[j] = true;
            if (s2g[j] < 0 || augment(s2g[j], cand, g2s, s2g, locked, seen)) {
                g2s[i] = j;
                s2g[j] = i;
                return true;
            }
        }
        return false;
    }

    /** Spans trimmed of white space, with the index of their expression; empty spans are left out. */
    private static List<int[]> spans(String text, List<TimeExpression> timexes) {
        List<int[]> out = new ArrayList<>();
        for (int k = 0; k < timexes.size(); k++) {
            int b = timexes.get(k).begin();
            int e = timexes.get(k).end();
            while (b < e && Character.isWhitespace(text.charAt(b))) {
                b++;
            }
            while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > b) {
                out.add(new int[] {b, e, k});
            }
        }
        return out;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private double p(int c) {
        return system == 0 ? 0 : (double) c / system;
    }

    private double r(int c) {
        return gold == 0 ? 0 : (double) c / gold;
    }

    public double strictF1() {
        return f1(p(strict), r(strict));
    }

    public double relaxedF1() {
        return f1(p(relaxed), r(relaxed));
    }

    public double valueF1() {
        return gold + system == 0 ? 0 : 2.0 * valueCorrect / (gold + system);
    }

    public double typeF1() {
        return gold + system == 0 ? 0 : 2.0 * typeCorrect / (gold + system);
    }

    /** One system expression as a JSON line of timex_score.py's system format, with UTF-16 offsets. */
    public static String jsonLine(String docName, TimeExpression t) {
        return String.format(Locale.ROOT, "{\"doc\": \"%s\", \"begin\": %d, \"end\": %d, \"type\": \"%s\","
                + " \"value\": \"%s\"}%n", docName.replace(".tml", ""), t.begin(), t.end(), t.type(),
                t.value().replace("\"", "\\\""));
    }

    /** All figures on a few lines. */
    public String report(String name) {
        return String.format(Locale.ROOT, "%s: gold %d, system %d%n"
                        + "  strict  P %.3f R %.3f F1 %.3f%n  relaxed P %.3f R %.3f F1 %.3f%n"
                        + "  value F1 %.3f (accuracy %.3f)  type F1 %.3f (accuracy %.3f)",
                name, gold, system, p(strict), r(strict), strictF1(), p(relaxed), r(relaxed), relaxedF1(),
                valueF1(), relaxed == 0 ? 0 : (double) valueCorrect / relaxed, typeF1(),
                relaxed == 0 ? 0 : (double) typeCorrect / relaxed);
    }
}
