package chronolens.model;

/** One sentence of an article, by its offsets into the article's text. */
public record Sentence(int begin, int end) {
    public Span span() {
        return new Span(begin, end);
    }

    public String text(String documentText) {
        return documentText.substring(begin, end);
    }
}
