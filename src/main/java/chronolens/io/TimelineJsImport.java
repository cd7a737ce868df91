package chronolens.io;

import chronolens.model.TemporalValue;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.time.DateTimeException;

/**
 * Reads a TimelineJS JSON file (timeline.knightlab.com/docs/json-format.html) back into a project: one event per
 * slide, dated as precisely as the slide's {@code start_date} (and {@code end_date}), titled by its headline, with
 * its {@code group} as the category. Eras are not events and are skipped. Never throws: a file it cannot read
 * gives a problem that names the slide and field.
 */
public final class TimelineJsImport {
    static final String RULE = "import.timelinejs";

    public ImportResult read(Path file) {
        TextDecoder.Decoded decoded = new TextDecoder().read(file);
        if (decoded.text() == null) {
            return ImportResult.problem(decoded.problem());
        }
        return fromJson(file.getFileName() == null ? file.toString() : file.getFileName().toString(), decoded.text());
    }

    /** Reads a timeline from TimelineJS JSON; {@code name} names the article and is used in messages. */
    public ImportResult fromJson(String name, String json) {
        if (json.isBlank()) {
            return ImportResult.problem(name + " is empty");
        }
        JsonElement root;
        try {
            root = JsonParser.parseString(json);
        } catch (JsonParseException e) {
            return ImportResult.problem(name + " is damaged or cut short (" + firstLine(e) + ")");
        }
        if (!root.isJsonObject()) {
            return ImportResult.problem(name + " is not a TimelineJS file: it is not a JSON object");
        }
        JsonObject o = root.getAsJsonObject();
        if (o.has("format") && o.has("app")) {
            return ImportResult.problem(name + " is a Chronolens project, not a TimelineJS file; open it as a project");
        }
        if (!o.has("events") || !o.get("events").isJsonArray()) {
            return ImportResult.problem(name + " is not a TimelineJS file: no events list");
        }
        try {
            return ImportResult.of(timeline(o).project(name));
        } catch (ImportProblem e) {
            return ImportResult.problem(name + ": " + e.getMessage());
        }
    }

    private static ImportedTimeline timeline(JsonObject root) {
        ImportedTimeline timeline = new ImportedTimeline(RULE, "read from a TimelineJS file");
        if (root.get("title") instanceof JsonObject title && title.get("text") instanceof JsonObject text) {
            timeline.title(string(text, "headline"), string(text, "text"));
        }
        boolean cosmological = "cosmological".equalsIgnoreCase(string(root, "scale"));
        JsonArray slides = root.getAsJsonArray("events");
        for (int i = 0; i < slides.size(); i++) {
            String slide = "slide " + (i + 1);
            if (!(slides.get(i) instanceof JsonObject s)) {
                throw new ImportProblem(slide + " is not a slide (a JSON object)");
            }
            if (!(s.get("start_date") instanceof JsonObject startDate)) {
                throw new ImportProblem(slide + " has no start_date");
            }
            TimelineDates.Parts start = parts(startDate, slide, "start_date");
            TimelineDates.Parts end = s.get("end_date") instanceof JsonObject endDate && hasValue(endDate, "year")
                    ? parts(endDate, slide, "end_date") : null;
            String display = string(s, "display_date");
            if (display.isBlank()) {
                display = string(startDate, "display_date");
            }
            TemporalValue when;
            try {
                when = TimelineDates.when(start, end, display, cosmological);
            } catch (DateTimeException e) {
                throw new ImportProblem(slide + " has no such date (" + e.getMessage() + ")");
            }
            String fields = "start_date " + TimelineDates.describe(start)
                    + (end == null ? "" : "; end_date " + TimelineDates.describe(end));
            JsonObject text = s.get("text") instanceof JsonObject t ? t : new JsonObject();
            timeline.add(string(s, "unique_id"), string(text, "headline"), string(text, "text"), string(s, "group"),
                    when, fields);
        }
        return timeline;
    }

    private static TimelineDates.Parts parts(JsonObject date, String slide, String which) {
        if (!hasValue(date, "year")) {
            throw new ImportProblem(slide + " has no " + which + " year");
        }
        String where = slide + " " + which;
        long year;
        try {
            year = TimelineDates.wholeNumber(date.get("year").getAsString());
        } catch (RuntimeException e) {
            throw new ImportProblem(where + " year is not a whole number: " + date.get("year"));
        }
        return new TimelineDates.Parts(year, field(date, "month", where), field(date, "day", where),
                field(date, "hour", where), field(date, "minute", where));
    }

    /** A finer date field, or null when absent, null or blank (TimelineJS's own sheets write "" for none). */
    private static Integer field(JsonObject date, String key, String where) {
        if (!hasValue(date, key)) {
            return null;
        }
        try {
            return Math.toIntExact(TimelineDates.wholeNumber(date.get(key).getAsString()));
        } catch (RuntimeException e) {
            throw new ImportProblem(where + " " + key + " is not a whole number: " + date.get(key));
        }
    }

    private static boolean hasValue(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e != null && !e.isJsonNull() && !(e.isJsonPrimitive() && e.getAsString().isBlank());
    }

    private static String string(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e != null && e.isJsonPrimitive() ? e.getAsString() : "";
    }

    private static String firstLine(Exception e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String m = String.valueOf(cause.getMessage());
        int nl = m.indexOf('\n');
        String line = nl < 0 ? m : m.substring(0, nl);
        int path = line.indexOf(" path $"); // Gson's JSON path can run to hundreds of characters
        return path < 0 ? line : line.substring(0, path);
    }
}
