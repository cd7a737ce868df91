package chronolens.extract.rules;

import chronolens.model.TimexType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One tagging rule from a rule file: its name, the compiled match, the value template and its examples.
 *
 * @param slotKeys  for capturing group i+1, the key the value template refers to it by ("year4", "year4.2")
 * @param type      the TIMEX3 type, or null to take it from the value (P… is a DURATION, …T… a TIME)
 * @param guard     a named check the tagger applies to a match ("bare-year"), or null
 * @param triggers  keys of the tokens a match can start on (see {@link Triggers})
 * @param requiredKeys for each token the match cannot skip, the keys it can start with: a sentence lacking
 *                  any of them cannot match, so the tagger does not try
 * @param innerKeys for words inside tokens the match cannot skip ("century" in "{ordinal}~century"), the keys
 *                  of which a sentence must hold one for the rule to match there; like requiredKeys, a filter
 * @param nextKeys  for a key a match can start on, the keys the token after it can have (after "the" in
 *                  "the? {season}", only a season); a key without an entry may be followed by anything
 */
public record Rule(String name, String file, int line, String match, Pattern pattern, List<String> slotKeys,
                   String value, TimexType type, boolean approximate, String guard, Set<String> triggers,
                   List<Example> examples, List<Set<String>> requiredKeys, List<Set<String>> innerKeys,
                   Map<String, Set<String>> nextKeys) {

    /** An example the corpus test runs: a text and the value a match in it must get. */
    public record Example(String input, String value, int line) {
    }

    public Rule {
        slotKeys = List.copyOf(slotKeys);
        triggers = Set.copyOf(triggers);
        examples = List.copyOf(examples);
        requiredKeys = requiredKeys.stream().map(Set::copyOf).toList();
        innerKeys = innerKeys.stream().map(Set::copyOf).toList();
        nextKeys = nextKeys.entrySet().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
    }
}
