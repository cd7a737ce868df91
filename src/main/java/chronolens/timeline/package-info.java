/**
 * The zoomable timeline: {@link chronolens.timeline.TimelineView} and what it is made of.
 *
 * <ul>
 *   <li>{@link chronolens.timeline.TimeScale} maps epoch days to pixels (an offset and a scale, replaced on every
 *       zoom or pan); {@link chronolens.timeline.TickPlan} picks the axis unit whose labels fit;
 *       {@link chronolens.timeline.LaneLayout} stacks label boxes in lanes without overlap. All three are plain
 *       classes, tested without a toolkit.</li>
 *   <li>{@code TimelineViewSkin} owns the frame (an image with a canvas above it for tooltips), the category legend
 *       ({@code CategoryLegend}, colours from {@code CategoryColors}) and the pointer input, with the keys in
 *       {@code TimelineKeys}; {@code TimelineRenderer} draws a frame (lanes, rug with "+N" badges and their hover
 *       list, axis with a context row, overview band, tooltip) at a cost bounded by the screen (the rug and its
 *       badges are {@code Rug}), into a pixel buffer ({@code FrameRaster}, text from {@code GlyphCache}, widths from
 *       {@code TextMeter}) shown as one image; {@code EventIndex} keeps the events sorted with the search structures
 *       a frame needs.</li>
 *   <li>Styling: {@code timeline.css} (next to these classes under the resource root) defines the looked-up
 *       colours {@code -cl-text}, {@code -cl-surface}, {@code -cl-accent}, {@code -cl-category-1..8} on
 *       {@code .timeline-view} and feeds them to the view's styleable properties; an app theme redefines them on
 *       {@code .timeline-view}, and presentation mode sets {@code -timeline-label-font-size}.</li>
 * </ul>
 *
 * <p>Measure with {@code chronolens.bench.TimelineBench} (100,000 events, 1600×900).
 */
package chronolens.timeline;
