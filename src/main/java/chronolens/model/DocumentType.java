package chronolens.model;

/** What kind of text an article is; it decides what relative dates are anchored to. */
public enum DocumentType {
    /** Dated reporting: relative dates count from the document's own date. */
    NEWS,
    /** History, biography, chronology: relative dates count from the last date the narrative reached. */
    NARRATIVE
}
