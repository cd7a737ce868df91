package chronolens.extract.rules;

import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A named piece of a rule pattern, written {@code {name}} in a rule's match: a regular expression without
 * capturing groups, how to turn the matched words into a value, and the tokens a match can start with.
 *
 * @param forms for a table slot, the table's keys, which are all it matches; empty for any other slot
 */
public record Slot(String name, String regex, UnaryOperator<String> normalizer, Set<String> triggers,
                   Set<String> forms) {
    public Slot {
        triggers = Set.copyOf(triggers);
        forms = Set.copyOf(forms);
    }

    public Slot(String name, String regex, UnaryOperator<String> normalizer, Set<String> triggers) {
        this(name, regex, normalizer, triggers, Set.of());
    }

    /** The normalized value of words this slot matched, or null when they do not normalize. */
    public String normalize(String matched) {
        return normalizer.apply(matched);
    }
}
