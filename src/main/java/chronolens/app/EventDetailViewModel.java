package chronolens.app;

import chronolens.model.Annotations;
import chronolens.model.Derivation;
import chronolens.model.Event;
import chronolens.model.Extraction;
import chronolens.model.Span;
import chronolens.model.TemporalValue;
import chronolens.model.TimeExpression;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/** What the detail pane says about the selected event: title, date, how it was worked out, where it came from. */
public final class EventDetailViewModel {
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper date = new ReadOnlyStringWrapper(this, "date", "");
    private final ReadOnlyStringWrapper derivation = new ReadOnlyStringWrapper(this, "derivation", "");
    private final ReadOnlyStringWrapper sentence = new ReadOnlyStringWrapper(this, "sentence", "");
    private final ReadOnlyObjectWrapper<Quote> quote = new ReadOnlyObjectWrapper<>(this, "quote", Quote.NONE);
    private final ReadOnlyStringWrapper precision = new ReadOnlyStringWrapper(this, "precision", "");
    private final ReadOnlyStringWrapper entities = new ReadOnlyStringWrapper(this, "entities", "");
    private final ReadOnlyStringWrapper toldAgain = new ReadOnlyStringWrapper(this, "toldAgain", "");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final ReadOnlyStringWrapper category = new ReadOnlyStringWrapper(this, "category", "");
    private final ReadOnlyStringWrapper typedDate = new ReadOnlyStringWrapper(this, "typedDate", "");
    private final ReadOnlyBooleanWrapper edited = new ReadOnlyBooleanWrapper(this, "edited");
    private final ObjectProperty<Span> source = new SimpleObjectProperty<>(this, "source");
    private final MainViewModel main;

    public EventDetailViewModel(MainViewModel main) {
        this.main = main;
        main.selectedEventProperty().addListener((obs, old, now) -> update(now));
        main.extractionProperty().addListener((obs, old, now) -> update(main.selectedEventProperty().get()));
        main.annotationsProperty().addListener((obs, old, now) -> update(main.selectedEventProperty().get()));
        update(main.selectedEventProperty().get());
    }

    private void update(Event e) {
        Extraction x = main.getExtraction();
        if (e == null || x == null) {
            title.set(x == null ? "" : "Select an event on the timeline or in the list");
            date.set("");
            derivation.set("");
            sentence.set("");
            quote.set(Quote.NONE);
            precision.set("");
            entities.set("");
            toldAgain.set("");
            note.set("");
            category.set("");
            typedDate.set("");
            edited.set(false);
            source.set(null);
            return;
        }
        title.set(e.title());
        date.set(DateWording.of(e, x) + (main.annotationsProperty().get().isEdited(e.id()) ? " \u00b7 edited" : ""));
        derivation.set(explain(e, x));
        String text = x.article().text();
        int end = Math.min(e.source().end(), text.length());
        int begin = Math.min(e.source().begin(), end);
        sentence.set(oneLine(text.substring(begin, end)));
        quote.set(Quote.of(text, begin, end, e.timex() >= 0 && e.timex() < x.timexes().size()
                ? x.timexes().get(e.timex()).span() : null));
        precision.set(precisionOf(e.when()));
        entities.set(String.join(", ", e.entities()));
        toldAgain.set(toldAgain(e, text));
        Annotations a = main.annotationsProperty().get();
        note.set(a.note(e.id()));
        category.set(a.category(e.id()));
        edited.set(a.isEdited(e.id()));
        typedDate.set(e.when().label());
        source.set(e.source());
    }

    /** The sentence split around the words that date it, so the pane can mark them. */
    public record Quote(String before, String date, String after) {
        static final Quote NONE = new Quote("", "", "");

        static Quote of(String text, int begin, int end, Span date) {
            if (date == null || date.begin() < begin || date.end() > end) {
                return new Quote(oneLine(text.substring(begin, end)), "", "");
            }
            String before = text.substring(begin, date.begin()).replaceAll("\\s+", " ").stripLeading();
            String after = text.substring(date.end(), end).replaceAll("\\s+", " ").stripTrailing();
            return new Quote(before, date.of(text), after);
        }
    }

    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    /** How precise a date is, in words: "to the day", "to the decade, approximately". */
    static String precisionOf(TemporalValue v) {
        String unit = switch (v.granularity()) {
            case MINUTE -> "minute";
            case HOUR -> "hour";
            case THOUSAND_YEARS -> "thousand years";
            case MILLION_YEARS -> "million years";
            case BILLION_YEARS -> "billion years";
            default -> v.granularity().name().toLowerCase(Locale.ROOT);
        };
        return "precise to the " + unit + (v.approximate() ? ", approximately" : "");
    }

    /**
     * The derivation in plain words, one step a line: the words read and what was concluded, without the
     * rule names (those stay in the exported JSON and in the tooltip of this text).
     */
    static String explain(Event e, Extraction x) {
        StringBuilder s = new StringBuilder();
        if (e.timex() >= 0 && e.timex() < x.timexes().size()) {
            TimeExpression t = x.timexes().get(e.timex());
            s.append("The article says \u201c").append(t.text()).append("\u201d.\n");
        }
        for (Derivation.Step step : e.derivation().steps()) {
            String words = step.text() == null || step.text().isBlank() ? ""
                    : "\u201c" + StatusWording.shorten(step.text(), 70) + "\u201d: ";
            String said = step.explanation();
            s.append("\u2022 ").append(words).append(said.isEmpty() ? said
                    : Character.toUpperCase(said.charAt(0)) + said.substring(1)).append('\n');
        }
        return s.toString().strip();
    }

    /** The derivation with its rule names, for those who want to know which rule did what. */
    public String rules() {
        Event e = main.selectedEventProperty().get();
        return e == null ? "" : e.derivation().describe();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The date as a reader would say it, e.g. "2024, inferred". */
    public ReadOnlyStringProperty dateProperty() {
        return date.getReadOnlyProperty();
    }

    /** How the date was worked out, one step a line. */
    public ReadOnlyStringProperty derivationProperty() {
        return derivation.getReadOnlyProperty();
    }

    /** The sentence around its date words, for the pane to mark them. */
    public ReadOnlyObjectProperty<Quote> quoteProperty() {
        return quote.getReadOnlyProperty();
    }

    /** How precise the date is, e.g. "precise to the year, approximately". */
    public ReadOnlyStringProperty precisionProperty() {
        return precision.getReadOnlyProperty();
    }

    /** The sentence the event comes from, on one line. */
    public ReadOnlyStringProperty sentenceProperty() {
        return sentence.getReadOnlyProperty();
    }

    /** People, places and organizations named there, comma separated. */
    /** How many other places the detail pane quotes before it says how many more there are. */
    static final int MAX_TOLD = 5;

    /** The other places the article tells of the event, one quoted line each; empty when it is told once. */
    public ReadOnlyStringProperty toldAgainProperty() {
        return toldAgain.getReadOnlyProperty();
    }

    static String toldAgain(Event e, String text) {
        StringBuilder out = new StringBuilder();
        int shown = 0;
        int others = e.mentions().size() - 1;
        for (Span m : e.mentions()) {
            if (m.equals(e.source()) || m.end() > text.length()) {
                continue;
            }
            if (shown == MAX_TOLD) {
                // a happening told in every paragraph would fill the pane
                return out.append("\n\u2026 and ").append(others - shown).append(" more").toString();
            }
            out.append(out.isEmpty() ? "" : "\n").append('\u201c')
                    .append(StatusWording.shorten(m.of(text), 160)).append('\u201d');
            shown++;
        }
        return out.toString();
    }

    public ReadOnlyStringProperty entitiesProperty() {
        return entities.getReadOnlyProperty();
    }

    /** The selected event's title as it can be edited; empty when nothing is selected. */
    String editedTitle() {
        Event e = main.selectedEventProperty().get();
        return e == null ? "" : e.title();
    }

    /** The student's note on the event; empty for none. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** The student's category for the event; empty for none. */
    public ReadOnlyStringProperty categoryProperty() {
        return category.getReadOnlyProperty();
    }

    /** The date as it can be typed back in to correct it, e.g. "16 May 2024" or "c. 1200". */
    public ReadOnlyStringProperty typedDateProperty() {
        return typedDate.getReadOnlyProperty();
    }

    /** True when the student changed this event by hand. */
    public ReadOnlyBooleanProperty editedProperty() {
        return edited.getReadOnlyProperty();
    }

    /** The source span in the article, for highlighting; null when nothing is selected. */
    public ObjectProperty<Span> sourceProperty() {
        return source;
    }
}
