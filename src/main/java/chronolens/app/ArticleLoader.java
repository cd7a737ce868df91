package chronolens.app;

import chronolens.extract.Pipeline;
import chronolens.io.ArticleReader;
import chronolens.io.ImportResult;
import chronolens.io.ReadResult;
import chronolens.io.SeedLibrary;
import chronolens.io.TimelineFiles;
import chronolens.model.Article;
import chronolens.model.DocumentDate;
import chronolens.model.Extraction;
import chronolens.model.Project;
import chronolens.model.TemporalValue;
import chronolens.model.TimeExpression;
import chronolens.model.TimexType;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads an article and extracts its timeline, or opens a saved project, off the FX thread. It touches no
 * JavaFX class, so start-up can begin loading before the toolkit is up. The pipeline is built once, on first use.
 */
public final class ArticleLoader {

    /**
     * A timeline, or the problem that stopped it; {@code source} names what was loaded and {@code savedAt}
     * is the project file it came from, or null for an article.
     */
    public record Outcome(String source, Project project, Path savedAt, String problem) {
        public static Outcome failed(String source, String problem) {
            return new Outcome(source, null, null, problem);
        }

        public boolean isOk() {
            return project != null;
        }

        public Extraction extraction() {
            return project == null ? null : project.extraction();
        }
    }

    private volatile Pipeline pipeline;

    /**
     * Opens a saved project ({@code .chronolens.json}) as it was, imports a TimelineJS file or spreadsheet, or
     * reads and extracts an article.
     */
    public Outcome load(Path file) {
        if (TimelineFiles.isTimeline(file)) {
            ImportResult opened = TimelineFiles.open(file);
            // A project is saved where it came from; an imported TimelineJS file or sheet is a new timeline.
            if (!opened.isOk()) {
                return Outcome.failed(file.toString(), opened.problem());
            }
            return new Outcome(file.toString(), opened.project(), TimelineFiles.isProject(file) ? file : null, null);
        }
        return load(file.toString(), () -> new ArticleReader().read(file));
    }

    public Outcome loadFirstSeed() {
        return load("the first seed", () -> new SeedLibrary().readFirst());
    }

    public Outcome load(String source, Supplier<ReadResult> reading) {
        try {
            ReadResult read = reading.get();
            if (!read.isOk()) {
                return Outcome.failed(source, read.problem());
            }
            return new Outcome(source, new Project(pipeline().extract(read.article())), null, null);
        } catch (RuntimeException e) {
            // A defect, not bad input; the window keeps what it shows and says so.
            System.getLogger(ArticleLoader.class.getName()).log(System.Logger.Level.ERROR, "loading failed", e);
            return Outcome.failed(source, "could not extract a timeline from " + source + ": " + e);
        }
    }

    /**
     * Reads typed text ("spring 1968", "c. 500 BC") as a date with the same extractor as articles; relative
     * phrases count from {@code reference}. Empty when the text names no date that can be placed.
     */
    public Optional<TemporalValue> readDate(String text, DocumentDate reference) {
        DocumentDate given = reference != null && reference.isKnown() ? DocumentDate.given(reference.value())
                : DocumentDate.none();
        Extraction x = pipeline().extract(new Article("typed date", text, given));
        return x.timexes().stream()
                .filter(t -> t.resolved() != null && t.resolved().isAnchored())
                .filter(t -> t.type() == TimexType.DATE || t.type() == TimexType.TIME)
                .map(TimeExpression::resolved)
                .findFirst();
    }

    private Pipeline pipeline() {
        Pipeline p = pipeline;
        if (p == null) {
            synchronized (this) {
                if (pipeline == null) {
                    pipeline = new Pipeline();
                }
                p = pipeline;
            }
        }
        return p;
    }
}
