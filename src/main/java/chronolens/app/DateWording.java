package chronolens.app;

import chronolens.model.DocumentDate;
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
     * True when the date rests on an article date that was itself inferred: the derivation went through
     * the document date (a step whose rule is about it) while the article gave none.
     */
    public static boolean isInferred(Event event, Extraction extraction) {
        DocumentDate dct = extraction == null ? null : extraction.documentDate();
        if (dct == null || dct.origin() != DocumentDate.Origin.INFERRED) {
            return false;
        }
        return event.derivation().steps().stream().anyMatch(s -> s.rule().startsWith("anchor.")
                || s.rule().startsWith("dct.") || s.rule().startsWith("document."));
    }
}
