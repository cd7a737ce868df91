package chronolens.extract.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The meaningful lines of one data file: comments ({@code #}) and blank lines dropped, line numbers kept. */
public record DataFile(String name, List<Line> lines) {

    /** One line of content with its 1-based number in the file. */
    public record Line(int number, String text) {
    }

    /** Base folder of the English data files on the class path. */
    public static final String BASE = "/chronolens/extract/en/";

    public DataFile {
        lines = List.copyOf(lines);
    }

    /** Reads {@code BASE + name} from the class path; a missing file is a load error. */
    public static DataFile load(String name) {
        try (InputStream in = DataFile.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new RuleLoadException(name, 0, "data file not found on the class path");
            }
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new RuleLoadException("cannot read " + name, e);
        }
    }

    /** Splits {@code content} into numbered lines; a file that does not open with a comment is rejected. */
    public static DataFile parse(String name, String content) {
        List<Line> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(content))) {
            String line;
            int n = 0;
            boolean first = true;
            while ((line = r.readLine()) != null) {
                n++;
                String t = line.strip();
                if (first && !t.isEmpty()) {
                    if (!t.startsWith("#")) {
                        throw new RuleLoadException(name, n, "a data file must open with a comment describing it");
                    }
                    first = false;
                }
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(new Line(n, t));
                }
            }
        } catch (IOException e) {
            throw new RuleLoadException("cannot read " + name, e);
        }
        return new DataFile(name, out);
    }

    public RuleLoadException error(Line line, String message) {
        return new RuleLoadException(name, line.number(), message);
    }
}
