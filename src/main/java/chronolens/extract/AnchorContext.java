package chronolens.extract;

import chronolens.model.DocumentType;
import chronolens.model.TemporalValue;

/**
 * What a relative or underspecified value is resolved against.
 *
 * @param documentDate the article's date, or null when unknown
 * @param documentSource how the article's date is known, for derivations ("given", "inferred from …")
 * @param lastDate     the last date the text mentioned before this expression, or null
 * @param tense        the tense of the sentence holding the expression
 * @param period       the reporting quarter under discussion ("the third quarter" of a results story), which
 *                     "the quarter" and "a year earlier" refer to; null when none was named
 */
public record AnchorContext(TemporalValue documentDate, String documentSource, DocumentType type,
                            TemporalValue lastDate, Tense tense, TemporalValue period) {

    public AnchorContext(TemporalValue documentDate, String documentSource, DocumentType type, TemporalValue lastDate,
                         Tense tense) {
        this(documentDate, documentSource, type, lastDate, tense, null);
    }

    /** The reference relative dates count from: the document date in news, the last date in a narrative. */
    public TemporalValue reference() {
        if (type == DocumentType.NARRATIVE && lastDate != null) {
            return lastDate;
        }
        return documentDate;
    }

    public String referenceName() {
        if (type == DocumentType.NARRATIVE && lastDate != null) {
            return "the last date mentioned";
        }
        return "the article's date (" + documentSource + ")";
    }

    public AnchorContext withLastDate(TemporalValue last) {
        return new AnchorContext(documentDate, documentSource, type, last, tense, period);
    }

    public AnchorContext withTense(Tense t) {
        if (t == tense) {
            return this; // most dates keep the tense of the one before: no copy per date
        }
        return new AnchorContext(documentDate, documentSource, type, lastDate, t, period);
    }

    public AnchorContext withPeriod(TemporalValue p) {
        return new AnchorContext(documentDate, documentSource, type, lastDate, tense, p);
    }
}
