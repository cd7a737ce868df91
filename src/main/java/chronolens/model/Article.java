package chronolens.model;

/**
 * An article as read: a display name, its full text, and the document date the user or file gave, if any.
 *
 * @param date the given or file date, or {@link DocumentDate#none()} to let the extractor infer it
 */
public record Article(String name, String text, DocumentDate date) {
    public Article {
        if (date == null) {
            date = DocumentDate.none();
        }
    }

    public Article(String name, String text) {
        this(name, text, DocumentDate.none());
    }

    /** The first non-blank line, which is the headline of most articles. */
    public String headline() {
        for (String line : text.split("\n", 20)) {
            if (!line.isBlank()) {
                String t = line.strip();
                return t.length() > 120 ? t.substring(0, 117) + "\u2026" : t;
            }
        }
        return name;
    }
}
