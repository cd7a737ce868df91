package chronolens.app;

/** Style classes and ids the app's Java code uses, in one place; app.css styles them. */
public final class AppStyles {
    public static final String STYLESHEET = "/chronolens/app/app.css";
    public static final String DETAIL_PANE = "event-detail-pane";
    public static final String DETAIL_TITLE = "detail-title";
    public static final String DETAIL_DATE = "detail-date";
    public static final String DETAIL_HEADING = "detail-heading";
    public static final String DETAIL_DERIVATION = "detail-derivation";
    public static final String DETAIL_SENTENCE = "detail-sentence";
    public static final String DETAIL_DATE_WORDS = "detail-date-words";
    public static final String DETAIL_PRECISION = "detail-precision";
    public static final String DETAIL_ENTITIES = "detail-entities";
    public static final String DETAIL_TOLD_AGAIN = "detail-told-again";
    public static final String EDIT_SECTION = "edit-section";
    public static final String DATE_PREVIEW = "date-preview";
    public static final String ARTICLE_PANE = "article-pane";
    public static final String TEXT_SELECTION = "text-selection";
    public static final String ARTICLE_TEXT = "article-text";
    public static final String TIMEX = "timex";
    public static final String TIMEX_EXPLICIT = "timex-explicit";
    public static final String TIMEX_RELATIVE = "timex-relative";
    public static final String TIMEX_VAGUE = "timex-vague";
    public static final String TIMEX_INFERRED = "timex-inferred";
    public static final String SENTENCE_HIGHLIGHT = "sentence-highlight";
    public static final String EVENT_LIST_PANE = "event-list-pane";
    public static final String EVENT_COLUMN = "event-column";
    public static final String FILTER_BAR = "filter-bar";
    public static final String PROBLEM_BANNER = "problem-banner";
    public static final String PROBLEM_TEXT = "problem-text";
    public static final String STATUS_BAR = "status-bar";
    /** On the window's root in presentation mode: large type for a projector. */
    public static final String PRESENTATION = "presentation";

    private AppStyles() {
    }
}
