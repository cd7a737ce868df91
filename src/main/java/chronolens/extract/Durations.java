package chronolens.extract;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns rule duration values such as "P2TH", "P1DE", "P3Q" or "P8D3TH" into TimeML ("PT2H", "P10Y", "P9M",
 * "P8DT3H").
 */
final class Durations {
    private static final Pattern RAW = Pattern.compile("P(X|\\d+(?:\\.\\d+)?)(TS|TM|TH|D|W|M|Q|Y|DE|CE|ML)");

    /** The next unit down, and how many of it make one: a fraction of a year is written in months. */
    private static final java.util.Map<String, String> FINER = java.util.Map.of("Y", "M", "W", "D", "D", "TH",
            "TH", "TM", "TM", "TS");
    private static final java.util.Map<String, Integer> PER = java.util.Map.of("Y", 12, "W", 7, "D", 24, "TH", 60,
            "TM", 60);

    private Durations() {
    }

    private static boolean isWhole(String count) {
        for (int i = 0; i < count.length(); i++) {
            if (count.charAt(i) < '0' || count.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** One part of a compound value: a whole count and a unit that ISO 8601 writes as is. */
    private static final Pattern PART = Pattern.compile("(\\d{1,6})(TS|TM|TH|D|M|Y)");
    /** The units of a compound, largest first; "W" mixes with none of them in ISO 8601. */
    private static final java.util.List<String> ORDER = java.util.List.of("Y", "M", "D", "TH", "TM", "TS");

    /**
     * "8 days, 3 hours and 18 minutes" as a rule writes it ("P8D3TH18TM") in TimeML ("P8DT3H18M"); null unless
     * it is two or more whole counts in units from the largest down, each unit once.
     */
    static String compound(String raw) {
        if (!raw.startsWith("P") || raw.length() > 40) {
            return null;
        }
        Matcher m = PART.matcher(raw).region(1, raw.length());
        StringBuilder date = new StringBuilder("P");
        StringBuilder time = new StringBuilder();
        int last = -1;
        int parts = 0;
        while (m.lookingAt()) {
            int rank = ORDER.indexOf(m.group(2));
            if (rank <= last) {
                return null;
            }
            last = rank;
            parts++;
            (rank >= 3 ? time : date).append(m.group(1)).append(m.group(2).replace("T", ""));
            m.region(m.end(), raw.length());
        }
        if (parts < 2 || m.regionStart() != raw.length()) {
            return null;
        }
        return time.length() == 0 ? date.toString() : date.append('T').append(time).toString();
    }

    /** The TimeML duration for a raw value, the value itself when it is not raw. */
    static String normalize(String raw) {
        Matcher m = RAW.matcher(raw);
        if (!m.matches()) {
            String c = compound(raw);
            return c != null ? c : raw;
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
        if (count.length() <= 9 && isWhole(count)) {
            // a whole count, as most are: the arithmetic below without BigDecimal gives the same string
            String n = Long.toString(Long.parseLong(count) * factor);
            return base.startsWith("T") ? "PT" + n + base.substring(1) : "P" + n + base;
        }
        if (count.equals("X")) {
            return factor > 1 ? "PX" + unit.replace("ML", "Y") : base.startsWith("T") ? "PTX" + base.substring(1)
                    : "PX" + base;
        }
        BigDecimal amount = new BigDecimal(count).multiply(BigDecimal.valueOf(factor));
        BigDecimal whole = amount.setScale(0, java.math.RoundingMode.DOWN);
        BigDecimal rest = amount.subtract(whole);
        String finer = FINER.get(base);
        if (rest.signum() != 0 && finer != null) {
            // TimeML writes a fraction in the next unit down: "2 1/2 years" is P2Y6M, "half an hour" PT30M
            BigDecimal part = rest.multiply(BigDecimal.valueOf(PER.get(base)));
            if (part.stripTrailingZeros().scale() <= 0) {
                String lower = part.stripTrailingZeros().toPlainString() + finer.replace("T", "");
                String upper = whole.signum() == 0 ? "" : whole.toPlainString() + base.replace("T", "");
                boolean time = base.startsWith("T") || finer.startsWith("T");
                String date = base.startsWith("T") ? "" : upper;
                String clock = base.startsWith("T") ? upper + lower : lower;
                return time ? "P" + date + "T" + clock : "P" + upper + lower;
            }
        }
        String n = amount.stripTrailingZeros().toPlainString();
        return base.startsWith("T") ? "PT" + n + base.substring(1) : "P" + n + base;
    }
}
