package chronolens.extract.rules;

import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A named piece of a rule pattern, written {@code {name}} in a rule's match: a regular expression without
 * capturing groups, how to turn the matched words into a value, and the tokens a match can start with.
 */
public record Slot(String name, String regex, UnaryOperator<String> normalizer, Set<String> triggers) {
    public Slot {
        triggers = Set.copyOf(triggers);
    }

    /** The normalized value of words this slot matched, or null when they do not normalize. */
    public String normalize(String matched) {
        return normalizer.apply(matched);
    }
}
