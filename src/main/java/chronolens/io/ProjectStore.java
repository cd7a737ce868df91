package chronolens.io;

import chronolens.model.Annotations;
import chronolens.model.Article;
import chronolens.model.Derivation;
import chronolens.model.DocumentDate;
import chronolens.model.DocumentType;
import chronolens.model.Event;
import chronolens.model.Extraction;
import chronolens.model.Granularity;
import chronolens.model.Project;
import chronolens.model.Sentence;
import chronolens.model.Span;
import chronolens.model.TemporalValue;
import chronolens.model.TimeExpression;
import chronolens.model.TimexType;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Saves and opens timeline projects ({@code .chronolens.json}). A save writes a temporary file in the same
 * folder, forces it to disk and only then moves it over the old file, so a crash or a full disk mid-save
 * leaves the old file whole. Opening never throws: a damaged, truncated or newer file gives a message.
 */
public final class ProjectStore {
    public static final String EXTENSION = ".chronolens.json";

    /** A project read from disk, or the problem that stopped it. */
    public record Loaded(Project project, String problem) {
        public boolean isOk() {
            return project != null;
        }
    }

    private final Gson gson = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping()
            .serializeSpecialFloatingPointValues().create();
    private final UnaryOperator<OutputStream> writeThrough;

    public ProjectStore() {
        this(UnaryOperator.identity());
    }

    /** For tests: every save writes through {@code writeThrough}, e.g. a stream that fails half-way. */
    ProjectStore(UnaryOperator<OutputStream> writeThrough) {
        this.writeThrough = writeThrough;
    }

    /** The project as the JSON a save writes. */
    public String toJson(Project project) {
        return gson.toJson(ProjectMapping.toFile(project));
    }

    /** Writes {@code project} to {@code target} atomically; on failure the old file is untouched. */
    public void save(Project project, Path target) throws IOException {
        byte[] bytes = toJson(project).getBytes(StandardCharsets.UTF_8);
        AtomicWrite.write(target, temp -> {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = writeThrough.apply(Channels.newOutputStream(channel))) {
                out.write(bytes);
                out.flush();
                channel.force(true); // on disk before it replaces the old file, so a crash cannot lose both
            }
        });
    }

    public Loaded load(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return problem("no such file: " + file);
        } catch (IOException e) {
            return problem("could not read " + file + ": " + e.getMessage());
        }
        return fromJson(name, new String(bytes, StandardCharsets.UTF_8));
    }

    /** Reads a project from its JSON; {@code name} is used in messages. */
    public Loaded fromJson(String name, String json) {
        if (json.isBlank()) {
            return problem(name + " is empty");
        }
        JsonElement root;
        try {
            root = JsonParser.parseString(json);
        } catch (JsonParseException e) {
            return problem(name + " is damaged or cut short (" + firstLine(e) + ")");
        }
        if (!root.isJsonObject() || !root.getAsJsonObject().has("format")) {
            return problem(name + " is not a Chronolens project");
        }
        JsonObject o = root.getAsJsonObject();
        int format;
        try {
            format = o.get("format").getAsInt();
        } catch (RuntimeException e) {
            return problem(name + " is not a Chronolens project (its format is not a number)");
        }
        if (format > ProjectFile.FORMAT) {
            return problem(name + " was saved by a newer Chronolens (format " + format
                    + "); this version reads format " + ProjectFile.FORMAT + " and older");
        }
        try {
            return new Loaded(ProjectMapping.toProject(gson.fromJson(o, ProjectFile.class)), null);
        } catch (RuntimeException e) {
            return problem(name + " is damaged: " + e.getMessage());
        }
    }

    private static Loaded problem(String message) {
        return new Loaded(null, message);
    }

    private static String firstLine(Exception e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String m = String.valueOf(cause.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** Converts between the model and the file's records, checking what a damaged file could get wrong. */
    static final class ProjectMapping {
        private ProjectMapping() {
        }

        static ProjectFile toFile(Project p) {
            Extraction x = p.extraction();
            DocumentDate d = x.documentDate();
            return new ProjectFile(ProjectFile.FORMAT, "chronolens",
                    new ProjectFile.ArticleDto(x.article().name(), x.article().text()),
                    new ProjectFile.DateDto(value(d.value()), d.origin().name(), d.evidence(), d.confidence()),
                    x.documentType().name(),
                    x.sentences().stream().map(s -> new int[] {s.begin(), s.end()}).toList(),
                    x.timexes().stream().map(t -> new ProjectFile.TimexDto(t.begin(), t.end(), t.text(),
                            t.type().name(), t.value(), value(t.resolved()), steps(t.derivation()))).toList(),
                    x.events().stream().map(ProjectMapping::event).toList(),
                    notes(p.annotations()),
                    new ProjectFile.ViewDto(finite(p.view().visibleStart()), finite(p.view().visibleEnd()),
                            p.view().selectedEventId()));
        }

        static Project toProject(ProjectFile f) {
            require(f.article() != null && f.article().text() != null, "it has no article text");
            String text = f.article().text();
            ProjectFile.DateDto d = f.documentDate();
            DocumentDate date = d == null ? DocumentDate.none() : new DocumentDate(value(d.value()),
                    DocumentDate.Origin.valueOf(d.origin()), d.evidence(), d.confidence());
            Article article = new Article(f.article().name(), text,
                    date.origin() == DocumentDate.Origin.INFERRED ? DocumentDate.none() : date);
            List<Sentence> sentences = list(f.sentences()).stream().map(s -> {
                require(s.length == 2 && 0 <= s[0] && s[0] <= s[1] && s[1] <= text.length(),
                        "a sentence is out of the text");
                return new Sentence(s[0], s[1]);
            }).toList();
            List<TimeExpression> timexes = list(f.timexes()).stream().map(t -> {
                require(0 <= t.begin() && t.begin() <= t.end() && t.end() <= text.length(),
                        "a time expression is out of the text");
                return new TimeExpression(t.begin(), t.end(), t.text(), TimexType.valueOf(t.type()), t.value(),
                        value(t.resolved()), derivation(t.derivation()));
            }).toList();
            List<Event> events = list(f.events()).stream().map(e -> event(e, text, timexes.size())).toList();
            ProjectFile.ViewDto v = f.view();
            Project.ViewState view = v == null ? Project.ViewState.none() : new Project.ViewState(
                    v.visibleStart() == null ? Double.NaN : v.visibleStart(),
                    v.visibleEnd() == null ? Double.NaN : v.visibleEnd(), v.selectedEventId());
            DocumentType type = f.documentType() == null ? DocumentType.NEWS : DocumentType.valueOf(f.documentType());
            return new Project(new Extraction(article, date, type, sentences, timexes, events),
                    annotations(f.annotations(), text, timexes.size()), view);
        }

        private static ProjectFile.EventDto event(Event e) {
            return new ProjectFile.EventDto(e.id(), e.title(), value(e.when()), e.source().begin(), e.source().end(),
                    e.timex(), steps(e.derivation()), e.entities(),
                    e.mentions().stream().map(m -> new int[] {m.begin(), m.end()}).toList());
        }

        private static Event event(ProjectFile.EventDto e, String text, int timexCount) {
            require(e.id() != null && e.title() != null, "an event has no id or title");
            require(0 <= e.begin() && e.begin() <= e.end() && e.end() <= text.length(), "an event is out of the text");
            require(e.timex() >= -1 && e.timex() < timexCount, "an event names a missing time expression");
            List<Span> mentions = new java.util.ArrayList<>();
            for (int[] m : list(e.mentions())) {
                require(m != null && m.length == 2 && 0 <= m[0] && m[0] <= m[1] && m[1] <= text.length(),
                        "an event's mention is out of the text");
                mentions.add(new Span(m[0], m[1]));
            }
            return new Event(e.id(), e.title(), value(e.when()), new Span(e.begin(), e.end()), e.timex(),
                    derivation(e.derivation()), list(e.entities()), mentions);
        }

        private static ProjectFile.NotesDto notes(Annotations a) {
            Map<String, List<ProjectFile.EventDto>> merged = new TreeMap<>();
            a.mergedFrom().forEach((id, parts) -> merged.put(id, parts.stream().map(ProjectMapping::event).toList()));
            return new ProjectFile.NotesDto(new TreeMap<>(a.notes()), new TreeMap<>(a.categories()),
                    a.edited().stream().sorted().toList(), merged);
        }

        private static Annotations annotations(ProjectFile.NotesDto n, String text, int timexCount) {
            if (n == null) {
                return Annotations.none();
            }
            Map<String, List<Event>> merged = new HashMap<>();
            map(n.mergedFrom()).forEach((id, parts) -> merged.put(id,
                    list(parts).stream().map(e -> event(e, text, timexCount)).toList()));
            return new Annotations(map(n.notes()), map(n.categories()), Set.copyOf(list(n.edited())), merged);
        }

        private static <K, V> Map<K, V> map(Map<K, V> m) {
            return m == null ? Map.of() : m;
        }

        private static ProjectFile.ValueDto value(TemporalValue v) {
            return v == null ? null : new ProjectFile.ValueDto(v.timex(), v.granularity().name(), v.approximate(),
                    v.start(), v.end());
        }

        private static TemporalValue value(ProjectFile.ValueDto v) {
            return v == null ? null : new TemporalValue(v.timex(), Granularity.valueOf(v.granularity()),
                    v.approximate(), v.start(), v.end());
        }

        private static List<ProjectFile.StepDto> steps(Derivation d) {
            return d.steps().stream().map(s -> new ProjectFile.StepDto(s.rule(), s.text(), s.explanation())).toList();
        }

        private static Derivation derivation(List<ProjectFile.StepDto> steps) {
            return new Derivation(list(steps).stream()
                    .map(s -> new Derivation.Step(s.rule(), s.text(), s.explanation())).toList());
        }

        private static Double finite(double x) {
            return Double.isFinite(x) ? x : null;
        }

        private static <T> List<T> list(List<T> l) {
            return l == null ? List.of() : l;
        }

        private static void require(boolean ok, String what) {
            if (!ok) {
                throw new IllegalArgumentException(what);
            }
        }
    }
}
