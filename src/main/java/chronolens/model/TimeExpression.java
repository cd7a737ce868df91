package chronolens.model;

/**
 * A time expression found in a text, with its TimeML type and value.
 *
 * @param value    the TIMEX3 value ("2024-05-16", "P2D", "PRESENT_REF"), or an underspecified one ("XXXX-05")
 *                 when it could not be anchored
 * @param resolved the span of time it names, or null for durations, sets and unanchored values
 */
public record TimeExpression(int begin, int end, String text, TimexType type, String value,
                             TemporalValue resolved, Derivation derivation) {
    public Span span() {
        return new Span(begin, end);
    }
}
