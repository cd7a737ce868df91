package chronolens.io;

import chronolens.model.Annotations;
import chronolens.model.Article;
import chronolens.model.Derivation;
import chronolens.model.DocumentDate;
import chronolens.model.DocumentType;
import chronolens.model.Event;
import chronolens.model.Extraction;
import chronolens.model.Project;
import chronolens.model.Sentence;
import chronolens.model.Span;
import chronolens.model.TemporalValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects the slides of an imported timeline into a project: an article made of the title and one paragraph
 * per slide (headline, then text), an event per slide whose source is its paragraph, and each slide's group as
 * the event's category.
 */
final class ImportedTimeline {
    private final HtmlText html = new HtmlText();
    private final StringBuilder text = new StringBuilder();
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private final Map<String, String> categories = new LinkedHashMap<>();
    private final String rule;
    private final String explanation;

    /** {@code rule} and {@code explanation} go into each event's derivation, e.g. "import.timelinejs". */
    ImportedTimeline(String rule, String explanation) {
        this.rule = rule;
        this.explanation = explanation;
    }

    /** The title slide; it opens the article, so its headline is the article's. */
    void title(String headline, String body) {
        paragraph(headline(headline), html.toText(nonNull(body)));
    }

    /**
     * Adds one slide as an event.
     *
     * @param id         the slide's own id, or null or blank for "t1", "t2"…; a repeated id gets a fresh one
     * @param dateFields the date fields as given, for the derivation
     */
    void add(String id, String headline, String body, String group, TemporalValue when, String dateFields) {
        String title = headline(headline);
        Span[] spans = paragraph(title, html.toText(nonNull(body)));
        String eventId = id == null || id.isBlank() || ids.contains(id.strip()) ? freshId() : id.strip();
        ids.add(eventId);
        Span source = spans[1].length() > 0 ? spans[1] : spans[0];
        events.add(new Event(eventId, title.isEmpty() ? when.label() : title, when, source, -1,
                Derivation.of(rule, dateFields, explanation), List.of()));
        if (group != null && !group.isBlank()) {
            categories.put(eventId, group.strip());
        }
    }

    Project project(String name) {
        Article article = new Article(name, text.toString());
        Annotations annotations = new Annotations(Map.of(), categories, Set.of(), Map.of());
        Extraction x = new Extraction(article, DocumentDate.none(), DocumentType.NARRATIVE, sentences, List.of(),
                events);
        return new Project(x, annotations, Project.ViewState.none());
    }

    private String freshId() {
        int n = events.size() + 1;
        while (ids.contains("t" + n)) {
            n++;
        }
        return "t" + n;
    }

    /** Appends a headline line and a body, a blank line apart from what came before; returns their spans. */
    private Span[] paragraph(String headline, String body) {
        if (headline.isEmpty() && body.isEmpty()) {
            int at = text.length();
            return new Span[] {new Span(at, at), new Span(at, at)};
        }
        if (!text.isEmpty()) {
            text.append("\n\n");
        }
        Span head = sentence(headline);
        if (!headline.isEmpty() && !body.isEmpty()) {
            text.append('\n');
        }
        return new Span[] {head, sentence(body)};
    }

    private Span sentence(String s) {
        int begin = text.length();
        text.append(s);
        if (!s.isEmpty()) {
            sentences.add(new Sentence(begin, text.length()));
        }
        return new Span(begin, text.length());
    }

    /** A headline as plain text on one line: TimelineJS headlines may hold HTML such as {@code <b>}. */
    private String headline(String s) {
        return html.toText(nonNull(s)).replaceAll("\\s+", " ").strip();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
