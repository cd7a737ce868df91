package chronolens.cli;

import chronolens.extract.Pipeline;
import chronolens.io.ArticleReader;
import chronolens.io.ExtractionJson;
import chronolens.io.ReadResult;
import chronolens.model.Article;
import chronolens.model.DocumentDate;
import chronolens.model.TemporalValue;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code extract [--dct YYYY-MM-DD] [--jsonl] FILE...}: prints each file's extraction as JSON, one pretty
 * object for a single file, one compact line per file otherwise. Nothing is printed unless every file worked.
 */
public final class ExtractCommand {
    static final String USAGE = "usage: chronolens extract [--dct YYYY-MM-DD] [--jsonl] FILE...";

    private final PrintStream out;
    private final PrintStream err;

    public ExtractCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs the command; returns the process exit code (0 ok, 1 unreadable input, 2 bad arguments). */
    public int run(List<String> args) {
        List<Path> files = new ArrayList<>();
        boolean jsonl = false;
        TemporalValue dct = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--jsonl" -> jsonl = true;
                case "--dct" -> {
                    if (i + 1 >= args.size()) {
                        return usage("--dct needs a date");
                    }
                    String value = args.get(++i);
                    dct = parseDate(value);
                    if (dct == null) {
                        return usage("not a date for --dct: " + value + " (expected YYYY-MM-DD, YYYY-MM or YYYY)");
                    }
                }
                case "-h", "--help" -> {
                    out.println(USAGE);
                    return 0;
                }
                default -> {
                    if (a.startsWith("--")) {
                        return usage("unknown option " + a);
                    }
                    files.add(Path.of(a));
                }
            }
        }
        if (files.isEmpty()) {
            return usage("no file given");
        }
        return extract(files, dct, jsonl || files.size() > 1);
    }

    private int extract(List<Path> files, TemporalValue dct, boolean lines) {
        ArticleReader reader = new ArticleReader();
        List<Article> articles = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path f : files) {
            ReadResult r = reader.read(f);
            if (r.isOk()) {
                Article a = r.article();
                articles.add(dct == null ? a : new Article(a.name(), a.text(), DocumentDate.given(dct)));
            } else {
                problems.add(r.problem());
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println("chronolens: " + p));
            return 1;
        }
        Pipeline pipeline = new Pipeline();
        ExtractionJson json = new ExtractionJson();
        StringBuilder output = new StringBuilder();
        for (int i = 0; i < articles.size(); i++) {
            String name = files.get(i).toString();
            var extraction = pipeline.extract(articles.get(i));
            output.append(lines ? json.compact(name, extraction) : json.pretty(name, extraction)).append('\n');
        }
        out.print(output);
        out.flush();
        return 0;
    }

    /** Reads a --dct value: a calendar date, month or year (nothing vaguer); null when it is none of those. */
    public static TemporalValue parseDate(String value) {
        if (!value.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            return null;
        }
        return TemporalValue.parse(value).orElse(null);
    }

    private int usage(String problem) {
        err.println("chronolens: " + problem);
        err.println(USAGE);
        return 2;
    }
}
