package chronolens.extract;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns rule duration values such as "P2TH", "P1DE" or "P3Q" into TimeML ("PT2H", "P10Y", "P9M"). */
final class Durations {
    private static final Pattern RAW = Pattern.compile("P(X|\\d+(?:\\.\\d+)?)(TS|TM|TH|D|W|M|Q|Y|DE|CE|ML)");

    private Durations() {
    }

    /** The TimeML duration for a raw value, the value itself when it is not raw. */
    static String normalize(String raw) {
        Matcher m = RAW.matcher(raw);
        if (!m.matches()) {
            return raw;
        }
        String count = m.group(1);
        String unit = m.group(2);
        int factor = switch (unit) {
            case "Q" -> 3;
            case "DE" -> 10;
            case "CE" -> 100;
            case "ML" -> 1000;
            default -> 1;
        };
        String base = switch (unit) {
            case "Q" -> "M";
            case "DE", "CE", "ML" -> "Y";
            default -> unit;
        };
        String n = count.equals("X") ? (factor == 1 ? "X" : "X")
                : new BigDecimal(count).multiply(BigDecimal.valueOf(factor)).stripTrailingZeros().toPlainString();
        if (factor > 1 && count.equals("X")) {
            return "PX" + (unit.equals("Q") ? "Q" : unit.equals("DE") ? "DE" : unit.equals("CE") ? "CE" : "Y");
        }
        return base.startsWith("T") ? "PT" + n + base.substring(1) : "P" + n + base;
    }
}
