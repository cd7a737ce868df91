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
        return x.article().name() + " \u00b7 " + count + " \u00b7 " + date;
    }

    private static String from(DocumentDate d) {
        return d.evidence() == null ? "" : " from \u201c" + shorten(d.evidence(), 60) + "\u201d";
    }

    static String shorten(String s, int max) {
        String t = s.strip().replaceAll("\\s+", " ");
        return t.length() <= max ? t : t.substring(0, max - 1) + "\u2026";
    }
}
