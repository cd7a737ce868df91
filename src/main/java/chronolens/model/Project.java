package chronolens.model;

/**
 * What a saved timeline holds: the extraction (article, its date, time expressions, events) and how it was
 * being viewed.
 */
public record Project(Extraction extraction, ViewState view) {

    /** The visible range of the timeline (epoch days) and the selected event's id, or null. */
    public record ViewState(double visibleStart, double visibleEnd, String selectedEventId) {
        public static ViewState none() {
            return new ViewState(Double.NaN, Double.NaN, null);
        }
    }

    public Project {
        if (view == null) {
            view = ViewState.none();
        }
    }
}
