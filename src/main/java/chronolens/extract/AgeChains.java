package chronolens.extract;

import chronolens.model.Event;
import chronolens.model.TemporalValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Relative dates told after an age count from the age: "She was born in 1898. … She began studying physics at
 * nineteen. That autumn she met her mentor. A year later she published her first paper." The tagger counts
 * "that autumn" and "a year later" from the last date it saw (1898), as no age is a date to it; the mentor and
 * the paper belong to 1917 and 1918. The events that follow an age event and are counted from the last date
 * mentioned move by the years between that date and the age, up to the next date told outright.
 */
final class AgeChains {
    private AgeChains() {
    }

    /** What a derivation says when its date was counted from the last date mentioned. */
    private static final String FROM_LAST = "the last date mentioned";

    /** {@code events} in text order, those after each of {@code ages} moved as the class says. */
    static List<Event> moved(List<Event> events, Set<Event> ages) {
        List<Event> out = new ArrayList<>(events);
        for (int i = 0; i < out.size(); i++) {
            Event age = out.get(i);
            if (!ages.contains(age) || !age.when().isAnchored()) {
                continue;
            }
            Long before = lastYearBefore(out, i);
            long shift = before == null ? 0 : age.when().startYear() - before;
            for (int j = i + 1; shift > 0 && j < out.size() && !ages.contains(out.get(j)); j++) {
                Event e = out.get(j);
                if (!e.isDated() || !e.derivation().describe().contains(FROM_LAST)) {
                    break; // a date told outright: what follows counts from it
                }
                TemporalValue when = plusYears(e.when(), shift);
                if (when == null) {
                    break;
                }
                when = age.when().approximate() ? when.asApproximate() : when; // as uncertain as the age
                out.set(j, new Event(e.id(), e.title(), when, e.source(), e.timex(), e.derivation().then(
                        "event.after-age", "", "counted from the age before it (" + age.when().timex() + "), not from "
                        + before + ": " + shift + " years later = " + when.timex()), e.entities(), e.mentions()));
            }
        }
        return out;
    }

    /** The start year of the last dated event before {@code i}, or null. */
    private static Long lastYearBefore(List<Event> events, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (events.get(k).isDated() && events.get(k).when().isAnchored()) {
                return events.get(k).when().startYear();
            }
        }
        return null;
    }

    /** {@code when} moved by whole years, keeping its precision ("1898-FA" + 19 = "1917-FA"); null if it cannot. */
    static TemporalValue plusYears(TemporalValue when, long years) {
        String t = when.timex();
        if (t.length() < 4 || t.indexOf('/') >= 0 || !t.substring(0, 4).chars().allMatch(Character::isDigit)
                || t.length() > 4 && t.charAt(4) != '-') {
            return null;
        }
        long year = Long.parseLong(t.substring(0, 4)) + years;
        if (year > 9999) {
            return null;
        }
        TemporalValue moved = TemporalValue.parse(String.format("%04d", year) + t.substring(4)).orElse(null);
        return moved == null || !when.approximate() ? moved : moved.asApproximate();
    }
}
