package chronolens.cli;

import chronolens.extract.Pipeline;
import chronolens.io.ArticleReader;
import chronolens.io.AtomicWrite;
import chronolens.io.CsvExport;
import chronolens.io.ImportResult;
import chronolens.io.ProjectStore;
import chronolens.io.ReadResult;
import chronolens.io.TimelineFiles;
import chronolens.io.TimelineJs;
import chronolens.model.Article;
import chronolens.model.DocumentDate;
import chronolens.model.Extraction;
import chronolens.model.Project;
import chronolens.model.TemporalValue;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code export --format timelinejs|csv|project [--dct YYYY-MM-DD] FILE -o OUT}: writes the timeline of an
 * article, of a saved project, or of a TimelineJS file or spreadsheet ({@code .json}, {@code .csv}) for other
 * tools. The output is written whole or not at all.
 */
public final class ExportCommand {
    static final String USAGE =
            "usage: chronolens export --format timelinejs|csv|project [--dct YYYY-MM-DD] FILE -o OUT";

    private final PrintStream err;

    public ExportCommand(PrintStream err) {
        this.err = err;
    }

    /** Runs the command; returns the exit code (0 ok, 1 unreadable input or failed write, 2 bad arguments). */
    public int run(List<String> args) {
        String format = null;
        Path in = null;
        Path out = null;
        TemporalValue dct = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            boolean hasValue = i + 1 < args.size();
            switch (a) {
                case "--format" -> format = hasValue ? args.get(++i) : "";
                case "-o", "--output" -> out = hasValue ? Path.of(args.get(++i)) : null;
                case "--dct" -> {
                    String value = hasValue ? args.get(++i) : "";
                    dct = ExtractCommand.parseDate(value);
                    if (dct == null) {
                        return usage("not a date for --dct: " + value + " (expected YYYY-MM-DD, YYYY-MM or YYYY)");
                    }
                }
                default -> {
                    if (a.startsWith("-") || in != null) {
                        return usage("unexpected argument " + a);
                    }
                    in = Path.of(a);
                }
            }
        }
        if (format == null || !List.of("timelinejs", "csv", "project").contains(format)) {
            return usage(format == null ? "--format is required" : "unknown format " + format
                    + (format.equals("png") ? " (PNG export is not available from the command line yet)" : ""));
        }
        if (in == null || out == null) {
            return usage(in == null ? "no input file given" : "no output file given (-o OUT)");
        }
        Project project = open(in, dct);
        if (project == null) {
            return 1;
        }
        Extraction x = project.extraction();
        try {
            switch (format) {
                case "project" -> new ProjectStore().save(project, out);
                case "csv" -> AtomicWrite.writeString(out, new CsvExport().write(x, x.events(), project.annotations()));
                default -> AtomicWrite.writeString(out, new TimelineJs().write(x, x.events(), project.annotations()));
            }
            return 0;
        } catch (IOException e) {
            err.println("chronolens: could not write " + out + ": " + e.getMessage());
            return 1;
        }
    }

    /** A saved project as it is, a TimelineJS file or spreadsheet imported, or an article extracted now. */
    private Project open(Path in, TemporalValue dct) {
        if (TimelineFiles.isTimeline(in)) {
            ImportResult opened = TimelineFiles.open(in);
            if (!opened.isOk()) {
                err.println("chronolens: " + opened.problem());
                return null;
            }
            return opened.project();
        }
        ReadResult read = new ArticleReader().read(in);
        if (!read.isOk()) {
            err.println("chronolens: " + read.problem());
            return null;
        }
        Article a = read.article();
        Article dated = dct == null ? a : new Article(a.name(), a.text(), DocumentDate.given(dct));
        return new Project(new Pipeline().extract(dated));
    }

    private int usage(String problem) {
        err.println("chronolens: " + problem);
        err.println(USAGE);
        return 2;
    }
}
