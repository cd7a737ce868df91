package chronolens.app;

import chronolens.model.DocumentDate;
import chronolens.model.Extraction;

/** The status line: the article, how many events, and the article's date with where it came from. */
final class StatusWording {
    private StatusWording() {
    }

    static String of(Extraction x, int shown, int all) {
        DocumentDate d = x.documentDate();
        String date = switch (d.origin()) {
            case GIVEN -> "article date " + d.value().label() + " (given)";
            case FILE -> "article date " + d.value().label() + " (from the file)";
            // below one half the extractor does not resolve "last year" against the guess (Pipeline.context)
            case INFERRED -> d.confidence() < 0.5
                    ? "article date unknown (" + d.value().label() + " or later, a guess" + from(d) + ")"
                    : "article date " + d.value().label() + " (inferred" + (d.confidence() >= 0.8 ? "" : ", probably")
                    + from(d) + ")";
            case NONE -> "article date unknown";
        };
        String count = shown == all ? all + (all == 1 ? " event" : " events") : shown + " of " + all + " events";
        long waiting = d.origin() == DocumentDate.Origin.NONE || d.confidence() < 0.5 ? unresolved(x) : 0;
        String hint = waiting == 0 ? "" : " \u00b7 " + waiting + (waiting == 1 ? " date counts" : " dates count")
                + " from it: Edit \u25b8 Set Article Date\u2026";
        return x.article().name() + " \u00b7 " + count + " \u00b7 " + date + hint;
    }

    /** How many time expressions stay unresolved for want of a reference date ("last Tuesday" in undated news). */
    private static long unresolved(Extraction x) {
        return x.timexes().stream().filter(t -> t.derivation().steps().stream()
                .anyMatch(s -> s.rule().equals("anchor.none"))).count();
    }

    private static String from(DocumentDate d) {
        if (d.evidence() == null) {
            return "";
        }
        // "the latest year mentioned: “1901”" quotes its own evidence
        String e = shorten(d.evidence(), 60);
        return e.indexOf('\u201c') >= 0 ? " from " + e : " from \u201c" + e + "\u201d";
    }

    static String shorten(String s, int max) {
        String t = s.strip().replaceAll("\\s+", " ");
        return t.length() <= max ? t : t.substring(0, max - 1) + "\u2026";
    }
}
