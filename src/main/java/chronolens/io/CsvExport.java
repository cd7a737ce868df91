package chronolens.io;

import chronolens.model.Annotations;
import chronolens.model.EpochDays;
import chronolens.model.Event;
import chronolens.model.Extraction;
import chronolens.model.Granularity;
import chronolens.model.TemporalValue;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a timeline as CSV with the columns of TimelineJS's spreadsheet template, so it can be pasted into
 * that template or opened in any spreadsheet. Dates are only as precise as the event; years before Christ
 * are negative as TimelineJS writes them; a category the student gave an event goes in its Group column.
 */
public final class CsvExport {
    static final List<String> COLUMNS = List.of("Year", "Month", "Day", "Time", "End Year", "End Month",
            "End Day", "End Time", "Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption",
            "Media Thumbnail", "Type", "Group", "Background");

    public String write(Extraction x, List<Event> events) {
        return write(x, events, Annotations.none());
    }

    /** As {@link #write(Extraction, List)}, with each event's category in the Group column. */
    public String write(Extraction x, List<Event> events, Annotations annotations) {
        StringBuilder csv = new StringBuilder();
        line(csv, COLUMNS);
        String text = x.article().text();
        for (Event e : events) {
            if (!e.isDated()) {
                continue;
            }
            TemporalValue v = e.when();
            List<String> row = new ArrayList<>(COLUMNS.size());
            row.addAll(dateCells(v, v.start()));
            boolean hasEnd = v.timex().contains("/") || v.granularity().compareTo(Granularity.YEAR) > 0;
            row.addAll(hasEnd ? dateCells(v, TimelineJs.lastMinute(v)) : List.of("", "", "", ""));
            row.add(v.label());
            row.add(e.title());
            row.add(text.substring(Math.min(e.source().begin(), text.length()),
                    Math.min(e.source().end(), text.length())).strip());
            row.addAll(List.of("", "", "", "", ""));
            row.add(annotations.category(e.id()));
            row.add("");
            line(csv, row);
        }
        return csv.toString();
    }

    private static List<String> dateCells(TemporalValue v, double at) {
        Granularity g = v.granularity();
        if (g.isDeepTime()) {
            return List.of(Long.toString(TimelineJs.timelineJsYear(EpochDays.yearOf(at))), "", "", "");
        }
        LocalDateTime t = EpochDays.toDateTime(at);
        String year = Long.toString(TimelineJs.timelineJsYear(t.getYear()));
        String month = g.compareTo(Granularity.YEAR) < 0 ? Integer.toString(t.getMonthValue()) : "";
        String day = g.compareTo(Granularity.WEEK) <= 0 ? Integer.toString(t.getDayOfMonth()) : "";
        String time = g.compareTo(Granularity.HOUR) <= 0 ? "%d:%02d".formatted(t.getHour(), t.getMinute()) : "";
        return List.of(year, month, day, time);
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quote(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /** RFC 4180: quote a cell holding a comma, quote or line break, doubling its quotes. */
    static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
