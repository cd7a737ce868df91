package chronolens.io;

import chronolens.model.TemporalValue;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a timeline from CSV with the columns of TimelineJS's spreadsheet template (as {@link CsvExport} writes
 * it, or as a spreadsheet saves it): one event per row, dated as precisely as its Year, Month, Day and Time
 * cells, its Group as the category, the row of Type "title" as the title. Headers match in any case and order;
 * missing optional columns and extra ones are fine. Never throws: a problem names the row, counting the header
 * as row 1, as a spreadsheet does.
 */
public final class CsvImport {
    static final String RULE = "import.timelinejs-csv";
    private static final Pattern TIME = Pattern.compile(
            "(\\d{1,2})(?::(\\d{2}))?(?::\\d{2}(?:\\.\\d+)?)?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?", Pattern.CASE_INSENSITIVE);

    public ImportResult read(Path file) {
        TextDecoder.Decoded decoded = new TextDecoder().read(file);
        if (decoded.text() == null) {
            return ImportResult.problem(decoded.problem());
        }
        return fromCsv(file.getFileName() == null ? file.toString() : file.getFileName().toString(), decoded.text());
    }

    /** Reads a timeline from the text of a CSV file; {@code name} names the article and is used in messages. */
    public ImportResult fromCsv(String name, String csv) {
        String text = csv.startsWith("\ufeff") ? csv.substring(1) : csv;
        if (text.isBlank()) {
            return ImportResult.problem(name + " is empty");
        }
        try {
            List<List<String>> rows = records(text);
            Map<String, Integer> columns = header(rows.get(0));
            if (!columns.containsKey("year")) {
                return ImportResult.problem(name + " has no header row: the first row must name the columns of"
                        + " TimelineJS's template (Year, Month, Day, Time, …, Headline, Text, …, Group)");
            }
            ImportedTimeline timeline = new ImportedTimeline(RULE, "read from a TimelineJS spreadsheet");
            for (int i = 1; i < rows.size(); i++) {
                row(timeline, new Row(rows.get(i), columns, "row " + (i + 1)));
            }
            return ImportResult.of(timeline.project(name));
        } catch (ImportProblem e) {
            return ImportResult.problem(name + ": " + e.getMessage());
        }
    }

    private static void row(ImportedTimeline timeline, Row r) {
        if (r.isBlank()) {
            return;
        }
        String type = r.cell("type").toLowerCase(Locale.ROOT);
        if (type.equals("title")) {
            timeline.title(r.cell("headline"), r.cell("text"));
            return;
        }
        if (type.equals("era")) {
            return; // eras shade a stretch of the timeline; they are not events
        }
        if (r.cell("year").isEmpty()) {
            throw new ImportProblem(r.name + " has no Year");
        }
        TimelineDates.Parts start = r.parts("");
        TimelineDates.Parts end = r.cell("end year").isEmpty() ? null : r.parts("end ");
        TemporalValue when;
        try {
            when = TimelineDates.when(start, end, r.cell("display date"), false);
        } catch (DateTimeException e) {
            throw new ImportProblem(r.name + " has no such date (" + e.getMessage() + ")");
        }
        String fields = TimelineDates.describe(start) + (end == null ? "" : "; end " + TimelineDates.describe(end));
        timeline.add(null, r.cell("headline"), r.cell("text"), r.cell("group"), when, fields);
    }

    private static Map<String, Integer> header(List<String> cells) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            columns.putIfAbsent(cells.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        return columns;
    }

    /** One data row, read by column name. */
    private record Row(List<String> cells, Map<String, Integer> columns, String name) {
        String cell(String column) {
            Integer i = columns.get(column);
            return i == null || i >= cells.size() ? "" : cells.get(i).strip();
        }

        boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }

        /** The date in the Year/Month/Day/Time cells, or with {@code prefix} "end " the End ones. */
        TimelineDates.Parts parts(String prefix) {
            String yearColumn = prefix.isEmpty() ? "Year" : "End Year";
            long year;
            try {
                year = TimelineDates.wholeNumber(cell(prefix + "year"));
            } catch (NumberFormatException e) {
                throw new ImportProblem(name + " has a " + yearColumn + " that is not a number: \""
                        + cell(prefix + "year") + "\"");
            }
            Integer month = number(prefix + "month", prefix.isEmpty() ? "Month" : "End Month");
            Integer day = number(prefix + "day", prefix.isEmpty() ? "Day" : "End Day");
            String time = cell(prefix + "time");
            if (time.isEmpty()) {
                return new TimelineDates.Parts(year, month, day, null, null);
            }
            Matcher m = TIME.matcher(time);
            if (!m.matches()) {
                throw new ImportProblem(name + " has a " + (prefix.isEmpty() ? "Time" : "End Time")
                        + " that is not a time of day: \"" + time + "\" (expected e.g. 20:17)");
            }
            int hour = Integer.parseInt(m.group(1));
            if (m.group(3) != null) {
                hour = hour % 12 + (Character.toLowerCase(m.group(3).charAt(0)) == 'p' ? 12 : 0);
            }
            Integer minute = m.group(2) == null ? null : Integer.valueOf(m.group(2));
            return new TimelineDates.Parts(year, month, day, hour, minute);
        }

        private Integer number(String column, String shown) {
            String s = cell(column);
            if (s.isEmpty()) {
                return null;
            }
            try {
                return Math.toIntExact(TimelineDates.wholeNumber(s));
            } catch (RuntimeException e) {
                throw new ImportProblem(name + " has a " + shown + " that is not a number: \"" + s + "\"");
            }
        }
    }

    /**
     * Splits CSV text into records of cells (RFC 4180): quoted cells may hold commas, line breaks and doubled
     * quotes; records end with CRLF, LF or CR.
     */
    static List<List<String>> records(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int n = csv.length();
        for (int i = 0; i < n; i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c != '"') {
                    cell.append(c);
                } else if (i + 1 < n && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new ImportProblem("row " + (rows.size() + 1) + " has a quoted cell that never ends"
                    + " (a closing \" is missing)");
        }
        if (!cell.isEmpty() || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
