package chronolens.io;

import chronolens.model.DocumentDate;
import chronolens.model.Event;
import chronolens.model.Extraction;
import chronolens.model.TemporalValue;
import chronolens.model.TimeExpression;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Writes an extraction in the JSON form other tools read (the README's "Extraction JSON" section):
 * the file, its document date, the TIMEX3 time expressions and the dated events.
 */
public final class ExtractionJson {
    private final Gson pretty = new GsonBuilder().serializeNulls().setPrettyPrinting().disableHtmlEscaping().create();
    private final Gson compact = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    /** Pretty-printed, for one file. */
    public String pretty(String file, Extraction extraction) {
        return pretty.toJson(toJson(file, extraction));
    }

    /** On one line, for JSON Lines output. */
    public String compact(String file, Extraction extraction) {
        return compact.toJson(toJson(file, extraction));
    }

    JsonObject toJson(String file, Extraction x) {
        JsonObject root = new JsonObject();
        root.addProperty("file", file);
        root.add("dct", dct(x.documentDate()));
        JsonArray timexes = new JsonArray();
        for (TimeExpression t : x.timexes()) {
            JsonObject o = new JsonObject();
            o.addProperty("begin", t.begin());
            o.addProperty("end", t.end());
            o.addProperty("text", t.text());
            o.addProperty("type", t.type().name());
            o.addProperty("value", t.value());
            timexes.add(o);
        }
        root.add("timexes", timexes);
        JsonArray events = new JsonArray();
        for (Event e : x.events()) {
            JsonObject o = new JsonObject();
            o.addProperty("id", e.id());
            o.addProperty("title", e.title());
            o.add("when", when(e.when()));
            JsonObject source = new JsonObject();
            source.addProperty("begin", e.source().begin());
            source.addProperty("end", e.source().end());
            o.add("source", source);
            if (e.timex() >= 0) {
                o.addProperty("timex", e.timex());
            } else {
                o.add("timex", JsonNull.INSTANCE);
            }
            o.addProperty("derivation", e.derivation().describe());
            events.add(o);
        }
        root.add("events", events);
        return root;
    }

    private static JsonObject dct(DocumentDate date) {
        JsonObject o = new JsonObject();
        o.addProperty("value", date.value() == null ? null : date.value().timex());
        o.addProperty("origin", date.origin().name().toLowerCase(Locale.ROOT));
        o.addProperty("evidence", date.evidence());
        return o;
    }

    private static JsonObject when(TemporalValue v) {
        JsonObject o = new JsonObject();
        boolean anchored = v != null && v.isAnchored();
        o.addProperty("value", v == null ? null : v.timex());
        o.addProperty("start", anchored ? iso(v.startDate()) : null);
        o.addProperty("end", anchored ? iso(v.endDate()) : null);
        o.addProperty("approximate", v != null && v.approximate());
        return o;
    }

    /** Proleptic ISO with astronomical years: 221 BC starts on -0220-01-01. */
    static String iso(LocalDate d) {
        if (d == null) {
            return null;
        }
        int y = d.getYear();
        String year = y < 0 ? "-%04d".formatted(-y) : y > 9999 ? "+" + y : "%04d".formatted(y);
        return year + "-%02d-%02d".formatted(d.getMonthValue(), d.getDayOfMonth());
    }
}
