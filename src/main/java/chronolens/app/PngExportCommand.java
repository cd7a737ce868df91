package chronolens.app;

import chronolens.cli.ExtractCommand;
import chronolens.io.ArticleReader;
import chronolens.io.ReadResult;
import chronolens.model.Event;
import chronolens.model.Article;
import chronolens.model.DocumentDate;
import chronolens.model.Project;
import chronolens.model.TemporalValue;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * {@code export --format png [--width N] [--height N] [--dct YYYY-MM-DD] FILE -o OUT}: draws the whole timeline
 * of an article or saved project into a PNG. Drawing needs the JavaFX toolkit, so unlike the other exports
 * this one needs a display (on a server, run it under {@code xvfb-run}).
 */
public final class PngExportCommand {
    static final String USAGE =
            "usage: chronolens export --format png [--width N] [--height N] [--dct YYYY-MM-DD] FILE -o OUT";
    private final PrintStream err;

    public PngExportCommand(PrintStream err) {
        this.err = err;
    }

    /** Runs the export; returns the exit code (0 ok, 1 failed, 2 bad arguments). */
    public int run(List<String> args) {
        int width = 3840;
        int height = 1080;
        Path in = null;
        Path out = null;
        TemporalValue dct = null;
        try {
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "--format" -> i++;
                    case "--width" -> width = Integer.parseInt(args.get(++i));
                    case "--height" -> height = Integer.parseInt(args.get(++i));
                    case "-o", "--output" -> out = Path.of(args.get(++i));
                    case "--dct" -> {
                        dct = ExtractCommand.parseDate(args.get(++i));
                        if (dct == null) {
                            return usage("not a date for --dct: " + args.get(i));
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
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            return usage("--width, --height and -o each need a value");
        }
        if (in == null || out == null) {
            return usage(in == null ? "no input file given" : "no output file given (-o OUT)");
        }
        ArticleLoader.Outcome loaded = load(in, dct);
        if (!loaded.isOk()) {
            err.println("chronolens: " + loaded.problem());
            return 1;
        }
        return render(loaded.project(), width, height, out);
    }

    private static ArticleLoader.Outcome load(Path in, TemporalValue dct) {
        ArticleLoader loader = new ArticleLoader();
        if (dct == null) {
            return loader.load(in);
        }
        TemporalValue given = dct;
        return loader.load(in.toString(), () -> {
            ReadResult read = new ArticleReader().read(in);
            return read.isOk() ? ReadResult.of(new Article(read.article().name(),
                    read.article().text(), DocumentDate.given(given))) : read;
        });
    }

    private int render(Project project, int width, int height, Path out) {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // The toolkit is up already (tests); draw with it.
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            err.println("chronolens: PNG export needs a display (on a server, run it under xvfb-run): " + e);
            return 1;
        }
        CompletableFuture<String> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                PngExport.write(project.extraction().events().stream().filter(Event::isDated).toList(),
                        e -> project.annotations().category(e.id()), Double.NaN, Double.NaN, width, height,
                        PngExportCommand.class.getResource(AppStyles.STYLESHEET).toExternalForm(), out);
                done.complete(null);
            } catch (Exception e) {
                done.complete("could not write " + out + ": " + e.getMessage());
            }
        });
        try {
            String problem = done.get(120, TimeUnit.SECONDS);
            if (problem != null) {
                err.println("chronolens: " + problem);
                return 1;
            }
            return 0;
        } catch (Exception e) {
            err.println("chronolens: the PNG export did not finish: " + e);
            return 1;
        }
    }

    private int usage(String problem) {
        err.println("chronolens: " + problem);
        err.println(USAGE);
        return 2;
    }
}
