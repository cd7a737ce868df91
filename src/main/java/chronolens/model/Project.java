package chronolens.model;

/**
 * What a saved timeline holds: the extraction with its events as the student left them, the student's
 * notes and categories, and how the timeline was being viewed.
 */
public record Project(Extraction extraction, Annotations annotations, ViewState view) {

    /** The visible range of the timeline (epoch days) and the selected event's id, or null. */
    public record ViewState(double visibleStart, double visibleEnd, String selectedEventId) {
        public static ViewState none() {
            return new ViewState(Double.NaN, Double.NaN, null);
        }
    }

    public Project {
        if (annotations == null) {
            annotations = Annotations.none();
        }
        if (view == null) {
            view = ViewState.none();
        }
    }

    /** A fresh project: an extraction nobody has annotated yet. */
    public Project(Extraction extraction) {
        this(extraction, Annotations.none(), ViewState.none());
    }
}
