package chronolens.model;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The steps that produced a date, in order, so a reader can check them: the rule that matched,
 * the anchor it was resolved against, the arithmetic.
 *
 * {@code Derivation.of("date.year", "in 1949", "the year 1949").then("anchor.none", "", "explicit")}
 */
public record Derivation(List<Step> steps) {

    /** One step: which rule, on which words, and what it concluded in plain language. */
    public record Step(String rule, String text, String explanation) {
        @Override
        public String toString() {
            return text == null || text.isEmpty()
                    ? rule + ": " + explanation
                    : rule + " on \u201c" + text + "\u201d: " + explanation;
        }
    }

    public Derivation {
        steps = List.copyOf(steps);
    }

    public static Derivation of(String rule, String text, String explanation) {
        return new Derivation(List.of(new Step(rule, text, explanation)));
    }

    public static Derivation none() {
        return new Derivation(List.of());
    }

    public Derivation then(String rule, String text, String explanation) {
        // an array and List.of, which the constructor's List.copyOf keeps as is: every time expression adds a step
        Step[] more = steps.toArray(new Step[steps.size() + 1]);
        more[steps.size()] = new Step(rule, text, explanation);
        return new Derivation(List.of(more));
    }

    public Derivation then(Derivation next) {
        List<Step> more = new ArrayList<>(steps.size() + next.steps.size());
        more.addAll(steps);
        more.addAll(next.steps);
        return new Derivation(more);
    }

    /** All steps on one line, the form the JSON output and the detail pane show. */
    public String describe() {
        return steps.stream().map(Step::toString).collect(Collectors.joining("; then "));
    }
}
