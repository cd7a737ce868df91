package chronolens.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a rule's value template from the slot values of a match: {@code {month}} is the value,
 * {@code {ordinal-1}} subtracts one, {@code {year:4}} pads to four digits, {@code {big/1000}} divides,
 * {@code {year4.2}} is a second
 * occurrence of a slot.
 */
public final class ValueTemplate {
    /** A reference in a template: key, optional offset, optional width. */
    public static final Pattern REF = Pattern.compile(
            "\\{([A-Za-z0-9]+(?:\\.\\d)?)([-+]\\d+)?(?:/(\\d+))?(?::(\\d))?\\}");

    private static final Pattern UP_TO_15_DIGITS = Pattern.compile("\\d{1,15}");
    private static final Pattern UP_TO_9_DIGITS = Pattern.compile("\\d{1,9}");

    /** The text before each reference, then the text after the last: one more than {@link #refs}. */
    private final List<String> literals;
    /** Each reference's groups of {@link #REF}: key, offset, divisor, width (null when absent). */
    private final List<String[]> refs;

    private ValueTemplate(List<String> literals, List<String[]> refs) {
        this.literals = literals;
        this.refs = refs;
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
            refs.add(new String[] {m.group(1), m.group(2), m.group(3), m.group(4)});
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
        StringBuilder out = new StringBuilder(literals.get(0));
        for (int r = 0; r < refs.size(); r++) {
            String[] ref = refs.get(r);
            String v = values.get(ref[0]);
            if (v == null) {
                return null;
            }
            if (ref[2] != null) {
                if (!UP_TO_15_DIGITS.matcher(v).matches()) {
                    return null;
                }
                v = new java.math.BigDecimal(v).divide(new java.math.BigDecimal(ref[2]))
                        .stripTrailingZeros().toPlainString();
            } else if (ref[1] != null || ref[3] != null) {
                if (!UP_TO_9_DIGITS.matcher(v).matches()) {
                    return null;
                }
                long n = Long.parseLong(v) + (ref[1] == null ? 0 : Long.parseLong(ref[1]));
                int width = ref[3] == null ? 0 : Integer.parseInt(ref[3]);
                v = width == 0 ? Long.toString(n) : ("%0" + width + "d").formatted(n);
            }
            out.append(v).append(literals.get(r + 1));
        }
        return out.toString();
    }
}
