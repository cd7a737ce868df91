package chronolens.io;

import chronolens.model.Annotations;
import chronolens.model.EpochDays;
import chronolens.model.Event;
import chronolens.model.Extraction;
import chronolens.model.Granularity;
import chronolens.model.TemporalValue;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Writes a timeline as TimelineJS JSON, so a teacher can publish it on the web: the article's headline as
 * the title slide, one slide per dated event with its dates only as precise as the event, our wording
 * ("c. 1200", "the 1960s") as {@code display_date}, and long ranges (a decade or more) as eras. Years before
 * Christ are negative ({@code -221} is 221 BC), as TimelineJS writes them; deep time switches the timeline
 * to its {@code cosmological} scale. A category the student gave an event becomes its slide's {@code group}.
 */
public final class TimelineJs {
    /** TimelineJS's "human" scale ends here (271,821 BC); older dates need the cosmological scale. */
    static final long HUMAN_SCALE_FIRST_YEAR = -271_820;

    public String write(Extraction x, List<Event> events) {
        return write(x, events, Annotations.none());
    }

    /** As {@link #write(Extraction, List)}, with each event's category as its slide's group. */
    public String write(Extraction x, List<Event> events, Annotations annotations) {
        JsonObject root = new JsonObject();
        JsonObject title = new JsonObject();
        title.add("text", text(x.article().headline(), "Events found in " + x.article().name()));
        root.add("title", title);
        JsonArray slides = new JsonArray();
        JsonArray eras = new JsonArray();
        boolean cosmological = false;
        String articleText = x.article().text();
        for (Event e : events) {
            if (!e.isDated()) {
                continue;
            }
            TemporalValue v = e.when();
            cosmological |= v.startYear() < HUMAN_SCALE_FIRST_YEAR;
            JsonObject slide = new JsonObject();
            slide.add("start_date", date(v, false));
            if (hasEnd(v)) {
                slide.add("end_date", date(v, true));
            }
            String sentence = articleText.substring(Math.min(e.source().begin(), articleText.length()),
                    Math.min(e.source().end(), articleText.length())).strip();
            slide.add("text", text(e.title(), sentence));
            slide.addProperty("display_date", v.label());
            slide.addProperty("unique_id", e.id());
            if (!annotations.category(e.id()).isEmpty()) {
                slide.addProperty("group", annotations.category(e.id()));
            }
            slides.add(slide);
            if (v.granularity().compareTo(Granularity.DECADE) >= 0) {
                JsonObject era = new JsonObject();
                era.add("start_date", date(v, false));
                era.add("end_date", date(v, true));
                era.add("text", text(v.label(), null));
                eras.add(era);
            }
        }
        root.add("events", slides);
        if (!eras.isEmpty()) {
            root.add("eras", eras);
        }
        root.addProperty("scale", cosmological ? "cosmological" : "human");
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root);
    }

    private static boolean hasEnd(TemporalValue v) {
        return v.timex().contains("/") || v.granularity().compareTo(Granularity.YEAR) > 0;
    }

    /** A TimelineJS date object, only as precise as the value: a year-only event gets no month or day. */
    static JsonObject date(TemporalValue v, boolean end) {
        JsonObject d = new JsonObject();
        double at = end ? lastMinute(v) : v.start();
        if (v.granularity().isDeepTime()) {
            d.addProperty("year", timelineJsYear(EpochDays.yearOf(at)));
            return d;
        }
        LocalDateTime t = EpochDays.toDateTime(at);
        LocalDate day = t.toLocalDate();
        d.addProperty("year", timelineJsYear(day.getYear()));
        Granularity g = v.granularity();
        if (g.compareTo(Granularity.YEAR) < 0) {
            d.addProperty("month", day.getMonthValue());
        }
        if (g.compareTo(Granularity.WEEK) <= 0) {
            d.addProperty("day", day.getDayOfMonth());
        }
        if (g.compareTo(Granularity.HOUR) <= 0) {
            d.addProperty("hour", t.getHour());
        }
        if (g == Granularity.MINUTE) {
            d.addProperty("minute", t.getMinute());
        }
        return d;
    }

    /** Astronomical year to TimelineJS's: no year 0, so 0 (1 BC) becomes -1. */
    static long timelineJsYear(long astronomical) {
        return astronomical <= 0 ? astronomical - 1 : astronomical;
    }

    private static JsonObject text(String headline, String body) {
        JsonObject t = new JsonObject();
        t.addProperty("headline", headline);
        if (body != null) {
            t.addProperty("text", body);
        }
        return t;
    }

    /** The last minute a value covers, where an inclusive end date or time is read from. */
    static double lastMinute(TemporalValue v) {
        return Math.max(v.start(), v.end() - 1.0 / 1440);
    }
}
