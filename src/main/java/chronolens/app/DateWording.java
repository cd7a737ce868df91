package chronolens.app;

import chronolens.model.Derivation;
import chronolens.model.Event;
import chronolens.model.Extraction;

/** Says an event's date as a reader would: "1949", "February 2022", "2024, inferred", "no date". */
public final class DateWording {
    private DateWording() {
    }

    public static String of(Event event, Extraction extraction) {
        if (event == null || !event.isDated()) {
            return "no date";
        }
        String label = event.when().label();
        return isInferred(event, extraction) ? label + ", inferred" : label;
    }

    /**
     * True when the date was worked out rather than read off the page: it was anchored to a reference (the
     * article's date, inferred or given, or the last date the narrative reached) or taken from a related
     * happening ("on the eve of the summit", "40 years since"). A date the student typed is not inferred.
     */
    public static boolean isInferred(Event event, Extraction extraction) {
        return event.derivation().steps().stream().map(Derivation.Step::rule).anyMatch(rule ->
                rule.startsWith("anchor.") && !rule.equals("anchor.none")
                        || rule.startsWith("event.") && !rule.equals("event.clause"));
    }
}
