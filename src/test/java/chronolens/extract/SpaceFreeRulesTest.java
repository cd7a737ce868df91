package chronolens.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chronolens.extract.rules.Rule;
import chronolens.extract.rules.Spellings;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** {@link RuleSet#spansNoSpace}, which lets the tagger skip a one-word rule after a longer match. */
class SpaceFreeRulesTest {
    private static final RuleSet RULES = RuleSet.english();

    @Test
    void aMonthAloneSpansNoSpaceAndAMonthWithItsDayDoes() {
        assertTrue(RULES.spansNoSpace(priority("date.month")));
        assertFalse(RULES.spansNoSpace(priority("date.month-day")));
        assertFalse(Spellings.spansNoSpace("a.b"), "any char may be white space");
        assertFalse(Spellings.spansNoSpace("a[^x]"), "so may a negated class");
        assertTrue(Spellings.spansNoSpace("(?:May|June)(?=\\s)"), "a lookahead matches no text");
    }

    /** The promise the tagger relies on: no match of a rule said to span no space holds white space. */
    @Test
    void noMatchOfARuleThatSpansNoSpaceHoldsWhiteSpace() {
        List<String> texts = new ArrayList<>();
        RULES.rules().forEach(r -> r.examples().forEach(e -> texts.add(e.input())));
        String[] pieces = {"May", "16", "March", "2024", "Sept.", "11", ",", " ", "\t", "\n", "-", "'", "’", "80s",
            "1990s", "3:30", "p.m.", "am", "the", "year", "mid-", "2100", "½", "1/2", "Q3", "BC", "today", "now"};
        texts.addAll(RandomTexts.of(pieces, 300, 8, 7));
        int checked = 0;
        for (int p = 0; p < RULES.rules().size(); p++) {
            if (!RULES.spansNoSpace(p)) {
                continue;
            }
            Rule rule = RULES.rules().get(p);
            for (String text : texts) {
                Matcher m = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                for (int at = 0; at < text.length(); at++) {
                    if (m.region(at, text.length()).lookingAt()) {
                        checked++;
                        String match = m.group();
                        assertFalse(match.chars().anyMatch(Character::isWhitespace),
                                () -> rule.name() + " matched [" + match + "] with white space in it");
                    }
                }
            }
        }
        assertTrue(checked > 100, "too few matches to tell: " + checked);
    }

    private static int priority(String name) {
        return RULES.rules().stream().filter(r -> r.name().equals(name)).findFirst().map(RULES::priority)
                .orElseThrow();
    }
}
