package chronolens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chronolens.extract.rules.Rule;
import chronolens.extract.rules.Triggers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The tagger does not try a rule at a token when fewer tokens of one of its groups are left in the sentence than
 * the rule needs ({@link RuleSet#neededOfRule}); this checks that promise against the rules' own regexes.
 */
class NeededTokensTest {
    private static final RuleSet RULES = RuleSet.english();

    @Test
    void aRuleNeedingTwoTokensOfAGroupSaysSo() {
        int p = priority("duration.compound-two");
        int[] needed = RULES.neededOfRule(p);
        assertEquals(2, Arrays.stream(needed).max().orElse(0), "two counts and two units");
        assertEquals(1, Arrays.stream(RULES.neededOfRule(priority("duration.count"))).max().orElse(0));
    }

    /**
     * Wherever a rule's regex matches, the match holds at least as many tokens of each of its groups as the rule
     * says it needs. Tried on every rule's examples and on random text built from the pieces durations, dates and
     * clock times are made of.
     */
    @Test
    void everyMatchHoldsTheTokensItsRuleSaysItNeeds() {
        List<String> texts = new ArrayList<>();
        for (Rule r : RULES.rules()) {
            r.examples().forEach(e -> texts.add(e.input()));
        }
        String[] pieces = {"May", "16", "2024", "Sept.", ",", " ", " ", "-", "–", "and", "hours", "minutes",
            "days", "years", "months", "two", "three", "a", "an", "half", "1990s", "3:30", "p.m.", "to", "from",
            "between", "the", "last", "ago", "later", "BC", "century", "19th", "1,000", "2.5", "T", "10:00"};
        texts.addAll(RandomTexts.of(pieces, 600, 12, 11));
        List<Rule> rules = RULES.rules();
        int checked = 0;
        for (int p = 0; p < rules.size(); p++) {
            int[] groups = RULES.groupsOfRule(p);
            int[] needed = RULES.neededOfRule(p);
            if (Arrays.stream(needed).allMatch(n -> n == 1)) {
                continue; // one of each: the test of the next keys and the corpus cover these
            }
            for (String text : texts) {
                Matcher m = rules.get(p).pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                for (int at = 0; at < text.length(); at++) {
                    if (!Triggers.isTokenStart(text, at) || !m.region(at, text.length()).lookingAt() || m.end() <= at) {
                        continue;
                    }
                    checked++;
                    for (int g = 0; g < groups.length; g++) {
                        int held = tokensOfGroup(text, at, m.end(), groups[g]);
                        String name = rules.get(p).name();
                        String match = text.substring(at, m.end());
                        int need = needed[g];
                        assertTrue(held >= need, () -> name + " matches [" + match + "] with " + held
                                + " tokens of a group it says it needs " + need + " of");
                    }
                }
            }
        }
        assertTrue(checked > 20, "too few matches to tell: " + checked);
    }

    /** How many tokens in {@code text[from, to)}, as the tagger splits it, have a key of group {@code group}. */
    private static int tokensOfGroup(String text, int from, int to, int group) {
        TokenKeys keys = RULES.keys();
        int held = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean start = Character.isLetter(c) ? i == 0 || !Character.isLetter(text.charAt(i - 1))
                    : Character.isDigit(c) ? i == 0 || !Character.isDigit(text.charAt(i - 1))
                    : !Character.isWhitespace(c);
            int key = start ? keys.id(Triggers.keyAt(text, i)) : -1;
            if (key >= 0 && Arrays.stream(RULES.groupsOfKey(key)).anyMatch(g -> g == group)) {
                held++;
            }
        }
        return held;
    }

    private static int priority(String name) {
        return RULES.rules().stream().filter(r -> r.name().equals(name)).findFirst().map(RULES::priority)
                .orElseThrow();
    }
}
