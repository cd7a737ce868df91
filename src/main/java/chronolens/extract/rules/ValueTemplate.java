package chronolens.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a rule's value template from the slot values of a match: {@code {month}} is the value,
 * {@code {ordinal-1}} subtracts one, {@code {year:4}} pads to four digits, {@code {big/1000}} divides,
 * {@code {count*1000000}} multiplies ("165 million years" is P165000000Y), {@code {year4.2}} is a second
 * occurrence of a slot.
 */
public final class ValueTemplate {
    /** A reference in a template: key, optional offset, optional width. */
    public static final Pattern REF = Pattern.compile(
            "\\{([A-Za-z0-9]+(?:\\.\\d)?)([-+]\\d+)?(?:/(\\d+))?(?:\\*(\\d+))?(?::(\\d))?\\}");

    /** The text before each reference, then the text after the last: one more than {@link #refs}. */
    private final String[] literals;
    /** Each reference's key, offset, divisor, width and factor, from {@link #REF} (null when absent). */
    private final String[][] refs;

    private ValueTemplate(List<String> literals, List<String[]> refs) {
        this.literals = literals.toArray(String[]::new);
        this.refs = refs.toArray(String[][]::new);
    }

    /**
     * The template split once into literal text and references, so that filling it runs no regex: the tagger
     * fills a template for every candidate match.
     */
    public static ValueTemplate compile(String template) {
        Matcher m = REF.matcher(template);
        List<String> literals = new ArrayList<>();
        List<String[]> refs = new ArrayList<>();
        int last = 0;
        while (m.find()) {
            literals.add(template.substring(last, m.start()));
            refs.add(new String[] {m.group(1), m.group(2), m.group(3), m.group(5), m.group(4)});
            last = m.end();
        }
        literals.add(template.substring(last));
        return new ValueTemplate(List.copyOf(literals), List.copyOf(refs));
    }

    /** The filled value, or null when a slot it needs is missing or an offset is applied to a non-number. */
    public static String fill(String template, Map<String, String> values) {
        return compile(template).fill(values);
    }

    /** This template filled from {@code values}, or null as for {@link #fill(String, Map)}. */
    public String fill(Map<String, String> values) {
        String[] resolved = new String[refs.length];
        for (int r = 0; r < refs.length; r++) {
            resolved[r] = values.get(refs[r][0]);
        }
        return fill(resolved);
    }

    /**
     * For each reference, the indexes in {@code slotKeys} (a rule's capturing groups, in order) that name its
     * key: the tagger binds a template once and fills it from an array, with no map per candidate match.
     */
    public int[][] bind(List<String> slotKeys) {
        int[][] out = new int[refs.length][];
        for (int r = 0; r < refs.length; r++) {
            String key = refs[r][0];
            out[r] = java.util.stream.IntStream.range(0, slotKeys.size()).filter(i -> slotKeys.get(i).equals(key))
                    .toArray();
        }
        return out;
    }

    /**
     * This template filled from the value of each group ({@code byGroup[i]} for the group named by slot key i,
     * null when it matched nothing), bound by {@link #bind}: a reference takes the last non-null value of a
     * group with its key, as a map filled in group order would hold.
     */
    public String fill(String[] byGroup, int[][] bound) {
        String[] resolved = new String[refs.length];
        for (int r = 0; r < refs.length; r++) {
            for (int i : bound[r]) {
                if (i < byGroup.length && byGroup[i] != null) {
                    resolved[r] = byGroup[i];
                }
            }
        }
        return fill(resolved);
    }

    /** This template filled from each reference's value, in order; null as for {@link #fill(String, Map)}. */
    private String fill(String[] resolved) {
        StringBuilder out = new StringBuilder(literals[0]);
        for (int r = 0; r < refs.length; r++) {
            String[] ref = refs[r];
            String v = resolved[r];
            if (v == null) {
                return null;
            }
            if (ref[2] != null) {
                if (!digits(v, 15)) {
                    return null;
                }
                v = new java.math.BigDecimal(v).divide(new java.math.BigDecimal(ref[2]))
                        .stripTrailingZeros().toPlainString();
            } else if (ref[4] != null) {
                if (!decimal(v, 15)) {
                    return null;
                }
                v = new java.math.BigDecimal(v).multiply(new java.math.BigDecimal(ref[4]))
                        .stripTrailingZeros().toPlainString();
            } else if (ref[1] != null || ref[3] != null) {
                if (!digits(v, 9)) {
                    return null;
                }
                long n = Long.parseLong(v) + (ref[1] == null ? 0 : Long.parseLong(ref[1]));
                int width = ref[3] == null ? 0 : Integer.parseInt(ref[3]);
                v = padded(n, width);
            }
            out.append(v).append(literals[r + 1]);
        }
        return out.toString();
    }

    /** Whether {@code v} is at most {@code max} chars of ASCII digits with at most one inner decimal point. */
    private static boolean decimal(String v, int max) {
        int dot = v.indexOf('.');
        return dot < 0 ? digits(v, max) : v.length() <= max && dot > 0 && digits(v.substring(0, dot), max)
                && digits(v.substring(dot + 1), max);
    }

    /** Whether {@code v} is 1 to {@code max} ASCII digits, as {@code \\d{1,max}} matches it. */
    private static boolean digits(String v, int max) {
        if (v.isEmpty() || v.length() > max) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** {@code n} as {@code "%0<width>d"} formats it (width 0: plainly), without parsing a format string. */
    static String padded(long n, int width) {
        String s = Long.toString(n);
        if (s.length() >= width) {
            return s;
        }
        boolean negative = n < 0;
        String digits = negative ? s.substring(1) : s;
        return (negative ? "-" : "") + "0".repeat(width - s.length()) + digits;
    }
}
