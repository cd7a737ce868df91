package chronolens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import chronolens.model.Article;
import chronolens.model.Derivation;
import chronolens.model.Event;
import chronolens.model.Span;
import chronolens.model.TemporalValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventMentionsTest {
    @Test
    void aHappeningToldTwiceIsOneEventThatKeepsBothPlaces() {
        String text = "The bridge opened in 1931. Traffic grew for decades. In 1931 the bridge opened, the "
                + "records say. It closed in 2019.";
        List<Event> events = new Pipeline().extract(new Article("t", text)).events();
        List<Event> opened = events.stream().filter(e -> e.when().timex().equals("1931")).toList();
        assertEquals(1, opened.size(), events.toString());
        Event e = opened.get(0);
        assertEquals(2, e.mentions().size(), e.mentions().toString());
        assertEquals(e.source(), e.mentions().get(0));
        assertEquals("In 1931 the bridge opened", e.mentions().get(1).of(text));
        assertEquals(List.of("e1", "e2"), events.stream().map(Event::id).toList());
    }

    @Test
    void anEventToldOnceHasItsSourceAsItsOnlyMentionAndMoreStayInTextOrder() {
        Event once = new Event("e1", "Rome burns", TemporalValue.ofYear(64), new Span(10, 20), -1, Derivation.none(),
                List.of());
        assertEquals(List.of(new Span(10, 20)), once.mentions());
        Event twice = once.toldAgainAt(new Span(30, 40)).toldAgainAt(new Span(0, 5));
        assertEquals(List.of(new Span(0, 5), new Span(10, 20), new Span(30, 40)), twice.mentions());
        assertEquals(new Span(10, 20), twice.source(), "the first place it was found stays its source");
        assertEquals(List.of(), new Event("e2", "Added", null, null, -1, Derivation.none(), List.of()).mentions(),
                "an event with no source in the article has no mention either");
    }
}
