package chronolens.extract;

import chronolens.extract.rules.Rule;
import chronolens.model.TimexType;

/**
 * A rule match before anchoring: where it is, which rule matched and its possibly underspecified value
 * ("XXXX-05", "REF-1D", "WD5", "P2D").
 */
public record Mention(int begin, int end, String text, Rule rule, String value, TimexType type,
                      boolean approximate) {
    public int length() {
        return end - begin;
    }
}
