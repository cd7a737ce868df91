package chronolens.timeline;

/**
 * Maps the time axis (epoch days, see {@link chronolens.model.EpochDays}) to horizontal pixels and back.
 *
 * <p>Immutable: an offset (the day at pixel 0) and a scale (pixels per day). Zooming and panning return a new
 * scale, so a frame drawn from one instance never sees half an update.
 */
public final class TimeScale {
    private final double originDay;
    private final double pixelsPerDay;

    /**
     * @param originDay    the epoch day shown at pixel 0
     * @param pixelsPerDay pixels per day, positive and finite
     */
    public TimeScale(double originDay, double pixelsPerDay) {
        if (!(pixelsPerDay > 0) || Double.isInfinite(pixelsPerDay) || !Double.isFinite(originDay)) {
            throw new IllegalArgumentException("bad scale: origin " + originDay + ", px/day " + pixelsPerDay);
        }
        this.originDay = originDay;
        this.pixelsPerDay = pixelsPerDay;
    }

    /** The scale that shows {@code [startDay, endDay]} across {@code width} pixels. */
    public static TimeScale fit(double startDay, double endDay, double width) {
        if (!(endDay > startDay) || !(width > 0)) {
            throw new IllegalArgumentException("empty range [" + startDay + ", " + endDay + "] over " + width + " px");
        }
        return new TimeScale(startDay, width / (endDay - startDay));
    }

    public double originDay() {
        return originDay;
    }

    public double pixelsPerDay() {
        return pixelsPerDay;
    }

    public double daysPerPixel() {
        return 1 / pixelsPerDay;
    }

    public double toPixel(double day) {
        return (day - originDay) * pixelsPerDay;
    }

    public double toDay(double pixel) {
        return originDay + pixel / pixelsPerDay;
    }

    /** The day at the right edge of a viewport {@code width} pixels wide. */
    public double endDay(double width) {
        return toDay(width);
    }

    /** Zoomed in by {@code factor} (above 1 magnifies) with the time under {@code pivotPixel} kept in place. */
    public TimeScale zoomedAround(double pivotPixel, double factor) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("bad zoom factor " + factor);
        }
        double pivotDay = toDay(pivotPixel);
        double scale = pixelsPerDay * factor;
        return new TimeScale(pivotDay - pivotPixel / scale, scale);
    }

    /** Content moved right by {@code dx} pixels (the view looks further into the past). */
    public TimeScale pannedBy(double dx) {
        return new TimeScale(originDay - dx / pixelsPerDay, pixelsPerDay);
    }

    @Override
    public String toString() {
        return "TimeScale[origin=" + originDay + ", px/day=" + pixelsPerDay + "]";
    }
}
