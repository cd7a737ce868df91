package chronolens.extract;

import chronolens.model.Derivation;
import chronolens.model.TemporalValue;
import chronolens.model.TimeExpression;
import java.util.Optional;

/**
 * A season, month or holiday named by its direction from a date: "last May" (value {@code PREV:XXXX-05}), "next
 * spring" ({@code NEXT:}), "this September" ({@code THIS:}) from the writer's date, and their story forms "the
 * previous December" ({@code PRIO:}), "the following spring" ({@code FOLL:}), "that summer" ({@code THAT:}),
 * which count from the last date the text reached, as "a week later" does.
 */
final class DirectedParts {
    private DirectedParts() {
    }

    /** The direction a value opens with ("PREV" of "PREV:XXXX-05"), or null when it opens with none. */
    static String mode(String v) {
        if (v.length() <= 5 || v.charAt(4) != ':') {
            return null;
        }
        String mode = v.substring(0, 4);
        return switch (mode) {
            case "PREV", "NEXT", "THIS", "PRIO", "FOLL", "THAT" -> mode;
            default -> null;
        };
    }

    /** Whether the direction is the story's ("the following spring"), counted from the last date mentioned. */
    static boolean story(String mode) {
        return mode.equals("PRIO") || mode.equals("FOLL") || mode.equals("THAT");
    }

    /** The nearest {@code v} ("XXXX-SP") before, after or in the year of {@code base}. */
    static TimeExpression resolve(Mention m, TemporalValue base, String baseName, String v, String mode,
                                  Derivation d) {
        int year = base.startDate().getYear();
        Optional<TemporalValue> at = Anchoring.instantiate(year, v);
        if (at.isEmpty()) {
            return Anchoring.expression(m, v, null, d);
        }
        TemporalValue tv = at.get();
        boolean before = mode.equals("PREV") || mode.equals("PRIO");
        boolean after = mode.equals("NEXT") || mode.equals("FOLL");
        if (before && tv.end() > base.start()) {
            tv = Anchoring.instantiate(year - 1, v).orElse(tv);
        } else if (after && (tv.start() < base.start() || tv.end() <= base.end())) {
            // the next one has not begun by the date, and ends after it: "graduated in 1934 and spent the
            // following winter" is the winter that begins in December 1934, the following spring is 1935's
            tv = Anchoring.instantiate(year + 1, v).orElse(tv);
        }
        String how = before ? "the last one before " : after ? "the next one after " : "the one in the year of ";
        return Anchoring.expression(m, tv.timex(), Anchoring.approx(m, tv), d.then("anchor.nearest", "", how
                + baseName + " = " + tv.timex()));
    }
}
