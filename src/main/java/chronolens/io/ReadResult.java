package chronolens.io;

import chronolens.model.Article;

/**
 * What reading an article gave: the article, or a problem a person can act on ("not text: looks like a PDF").
 * Exactly one of the two is set.
 */
public record ReadResult(Article article, String problem) {
    public ReadResult {
        if ((article == null) == (problem == null)) {
            throw new IllegalArgumentException("a result holds an article or a problem, not both");
        }
    }

    public static ReadResult of(Article article) {
        return new ReadResult(article, null);
    }

    public static ReadResult problem(String problem) {
        return new ReadResult(null, problem);
    }

    public boolean isOk() {
        return article != null;
    }
}
