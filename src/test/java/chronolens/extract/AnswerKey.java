package chronolens.extract;

import chronolens.model.Event;
import chronolens.model.Span;
import chronolens.model.TemporalValue;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-made answer key's events ({@code ../shared/seeds-gold/} and the keys of our own test articles) matched
 * against what the pipeline found. A key event is found when an event has its value, or a more precise one inside
 * it (the key's "2025-03-10" and our "shortly after midnight", 2025-03-10T00:00), and a place in the article (the
 * event's source or another mention) that overlaps the key's quote or one of its alternative quotes; each event
 * answers one key event at most.
 */
final class AnswerKey {
    /** What matched: the key events found (by index into the key), and how many of each side there were. */
    record Score(List<Integer> found, int events, int keyEvents) {
        double precision() {
            return events == 0 ? 0 : (double) found.size() / events;
        }

        double recall() {
            return keyEvents == 0 ? 1 : (double) found.size() / keyEvents;
        }
    }

    private AnswerKey() {
    }

    static Score score(JsonArray keyEvents, List<Event> events, String text) {
        boolean[] used = new boolean[events.size()];
        List<Integer> found = new ArrayList<>();
        for (int k = 0; k < keyEvents.size(); k++) {
            JsonObject o = keyEvents.get(k).getAsJsonObject();
            List<Span> quotes = quotes(o, text);
            String value = o.get("value").getAsString();
            TemporalValue key = TemporalValue.parse(value).orElse(null);
            for (int i = 0; i < events.size(); i++) {
                Event ev = events.get(i);
                if (used[i] || ev.when() == null || !(ev.when().timex().equals(value) || inside(ev.when(), key))) {
                    continue;
                }
                if (ev.mentions().stream().anyMatch(m -> quotes.stream().anyMatch(q -> q.overlaps(m)))) {
                    used[i] = true;
                    found.add(k);
                    break;
                }
            }
        }
        return new Score(found, events.size(), keyEvents.size());
    }

    /** Whether {@code v} is more precise than {@code key} and falls inside it. */
    private static boolean inside(TemporalValue v, TemporalValue key) {
        return key != null && v.isAnchored() && key.isAnchored() && v.granularity().compareTo(key.granularity()) < 0
                && v.start() >= key.start() && v.end() <= key.end();
    }

    /** Where the key event is told: its quote's offsets when the key gives them, else where the quote is found. */
    private static List<Span> quotes(JsonObject o, String text) {
        List<Span> quotes = new ArrayList<>();
        quotes.add(place(o, "quote", "quote_begin", "quote_end", text));
        if (o.has("alt_quotes")) {
            for (JsonElement a : o.getAsJsonArray("alt_quotes")) {
                quotes.add(place(a.getAsJsonObject(), "quote", "begin", "end", text));
            }
        }
        return quotes;
    }

    private static Span place(JsonObject o, String quote, String begin, String end, String text) {
        if (o.has(begin) && o.has(end)) {
            return new Span(o.get(begin).getAsInt(), o.get(end).getAsInt());
        }
        String q = o.get(quote).getAsString();
        int at = text.indexOf(q);
        if (at < 0) {
            throw new IllegalArgumentException("the key's quote is not in the article: " + q);
        }
        return new Span(at, at + q.length());
    }
}
