package chronolens.io;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Files that hold a timeline rather than an article: a Chronolens project ({@code .chronolens.json}), a
 * TimelineJS file (any other {@code .json}) or a TimelineJS spreadsheet ({@code .csv}). Anything else is read
 * as an article.
 */
public final class TimelineFiles {
    private TimelineFiles() {
    }

    /** True when {@code file} is opened as a timeline, not extracted as an article. */
    public static boolean isTimeline(Path file) {
        String name = lowerName(file);
        return name.endsWith(".json") || name.endsWith(".csv");
    }

    /** True for a saved Chronolens project, which opens exactly as it was saved. */
    public static boolean isProject(Path file) {
        return lowerName(file).endsWith(ProjectStore.EXTENSION);
    }

    /** Opens a project, or imports a TimelineJS file or spreadsheet; never throws. */
    public static ImportResult open(Path file) {
        if (isProject(file)) {
            ProjectStore.Loaded loaded = new ProjectStore().load(file);
            return loaded.isOk() ? ImportResult.of(loaded.project()) : ImportResult.problem(loaded.problem());
        }
        return lowerName(file).endsWith(".csv") ? new CsvImport().read(file) : new TimelineJsImport().read(file);
    }

    private static String lowerName(Path file) {
        return file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    }
}
