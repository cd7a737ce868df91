package chronolens.model;

/**
 * The date an article was written, where it came from and the words that support it.
 *
 * @param value      the date, or null when nothing in or about the article tells it
 * @param evidence   the text it was inferred from, or null
 * @param confidence between 0 and 1; 1 for dates given by the user or the file
 */
public record DocumentDate(TemporalValue value, Origin origin, String evidence, double confidence) {

    /** Where a document date came from; serialized in lower case. */
    public enum Origin { GIVEN, FILE, INFERRED, NONE }

    public static DocumentDate given(TemporalValue value) {
        return new DocumentDate(value, Origin.GIVEN, null, 1);
    }

    public static DocumentDate fromFile(TemporalValue value) {
        return new DocumentDate(value, Origin.FILE, null, 1);
    }

    public static DocumentDate none() {
        return new DocumentDate(null, Origin.NONE, null, 0);
    }

    public boolean isKnown() {
        return value != null;
    }
}
