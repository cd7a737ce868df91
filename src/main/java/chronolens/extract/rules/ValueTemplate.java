package chronolens.extract.rules;

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

    private ValueTemplate() {
    }

    /** The filled value, or null when a slot it needs is missing or an offset is applied to a non-number. */
    public static String fill(String template, Map<String, String> values) {
        Matcher m = REF.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            if (v == null) {
                return null;
            }
            if (m.group(3) != null) {
                if (!v.matches("\\d{1,15}")) {
                    return null;
                }
                v = new java.math.BigDecimal(v).divide(new java.math.BigDecimal(m.group(3)))
                        .stripTrailingZeros().toPlainString();
            } else if (m.group(2) != null || m.group(4) != null) {
                if (!v.matches("\\d{1,9}")) {
                    return null;
                }
                long n = Long.parseLong(v) + (m.group(2) == null ? 0 : Long.parseLong(m.group(2)));
                int width = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
                v = width == 0 ? Long.toString(n) : ("%0" + width + "d").formatted(n);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        m.appendTail(out);
        return out.toString();
    }
}
