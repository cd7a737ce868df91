package chronolens.timeline;

/** The CSS names the timeline uses from Java: style classes and the stylesheet. */
public final class TimelineStyle {
    /** Style class of {@link TimelineView}. */
    public static final String TIMELINE_VIEW = "timeline-view";
    /** Style class of the canvas that shows the axis, lanes and markers. */
    public static final String CANVAS = "timeline-canvas";
    /** Style class of the row that names each category beside its colour. */
    public static final String LEGEND = "legend";
    /** Style class of one category's label in the legend. */
    public static final String LEGEND_ITEM = "legend-item";
    /** Style class of the colour square in a legend item. */
    public static final String LEGEND_SWATCH = "legend-swatch";
    /** The user-agent stylesheet, next to this class under the resource root. */
    public static final String STYLESHEET = "/chronolens/timeline/timeline.css";

    private TimelineStyle() {
    }
}
