package chronolens.model;

/** How precise a date is, from a minute up to billions of years; ordered finest first. */
public enum Granularity {
    MINUTE, HOUR, DAY, WEEK, MONTH, SEASON, QUARTER, YEAR, DECADE, CENTURY, MILLENNIUM,
    THOUSAND_YEARS, MILLION_YEARS, BILLION_YEARS;

    /** True for values beyond calendars, such as "66 million years ago". */
    public boolean isDeepTime() {
        return compareTo(THOUSAND_YEARS) >= 0;
    }

    /** The coarser of two granularities. */
    public static Granularity coarser(Granularity a, Granularity b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
