package chronolens.model;

import java.util.List;

/** Everything extracted from one article: its date, sentences, time expressions and events. */
public record Extraction(Article article, DocumentDate documentDate, DocumentType documentType,
                         List<Sentence> sentences, List<TimeExpression> timexes, List<Event> events) {
    public Extraction {
        sentences = List.copyOf(sentences);
        timexes = List.copyOf(timexes);
        events = List.copyOf(events);
    }

    public List<Event> datedEvents() {
        return events.stream().filter(Event::isDated).toList();
    }
}
