package chronolens.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chronolens.extract.rules.Rule;
import chronolens.extract.rules.Triggers;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The next-key filter of {@link RuleSet#candidates} never turns away a token where a rule's regex matches. */
class NextKeysTest {
    private static final RuleSet RULES = RuleSet.english();

    /**
     * The promise the tagger relies on: wherever a rule's regex matches, the key of the token after the first one
     * is one the rule allows there. Tried on every rule's examples and on random text built from the pieces
     * numbers, clock times and durations are made of.
     */
    @Test
    void noRuleMatchesWhereItsNextKeysSayItCannot() {
        List<String> texts = new ArrayList<>();
        for (Rule r : RULES.rules()) {
            r.examples().forEach(e -> texts.add(e.input()));
        }
        String[] pieces = {"May", "16", "March", "2024", "Sept.", "11", ",", " ", " ", "  ", "-", "–", "'", "’",
            "1990s", "3:30", "p.m.", "a.m.", "pm", "am", "PM", "EST", "GMT", "local time", "½", "1/2", "the",
            "last", "year", "years", "days", "-day", "-year-old", "ago", "from now", "earlier", "later", "two",
            "twenty", "twenty-one", "one", "a", "an", "few", "couple", "of", "hundred", "thousand", "dozen",
            "1,000", "2.5", "th", "st", "16th", "1st", "é", "T", "10:00", "percent", "week", "about", "more than",
            "\n", "7", "0", "00", "at", "on", "o'clock", "century", "19th", "1800s", "'80s", "Q3", "BC", "A.D."};
        texts.addAll(RandomTexts.of(pieces, 400, 10, 5));
        TokenKeys keys = RULES.keys();
        List<Rule> rules = RULES.rules();
        int checked = 0;
        for (String text : texts) {
            for (int at = 0; at < text.length(); at++) {
                if (!Triggers.isTokenStart(text, at)) {
                    continue;
                }
                int key = keys.id(Triggers.keyAt(text, at));
                if (key < 0) {
                    continue;
                }
                int next = nextKey(text, at, keys);
                for (int p = 0; p < rules.size(); p++) {
                    Matcher m = rules.get(p).pattern().matcher(text).useTransparentBounds(true)
                            .useAnchoringBounds(false);
                    if (m.region(at, text.length()).lookingAt() && m.end() > at) {
                        checked++;
                        String name = rules.get(p).name();
                        int from = at;
                        assertTrue(RULES.nextFits(p, key, next),
                                () -> name + " matches [" + text.substring(from) + "] but its next keys say no");
                    }
                }
            }
        }
        assertTrue(checked > 1000, "too few matches to tell: " + checked);
    }

    @Test
    void aNumberFollowedByAWordThatIsNoUnitIsNotTriedAsADuration() {
        int p = priority("duration.count");
        TokenKeys keys = RULES.keys();
        assertTrue(RULES.nextFits(p, keys.id(Triggers.DIGITS), keys.id("days")));
        assertFalse(RULES.nextFits(p, keys.id(Triggers.DIGITS), TokenKeys.OTHER), "2 percent");
        assertFalse(RULES.nextFits(p, keys.id("two"), keys.id("of")), "two of them");
    }

    @Test
    void aClockTimeNeedsAColonOrAnAmOrPmAfterItsHour() {
        int p = priority("time.clock");
        TokenKeys keys = RULES.keys();
        assertTrue(RULES.nextFits(p, keys.id(Triggers.DIGITS), keys.id(":")));
        assertTrue(RULES.nextFits(p, keys.id(Triggers.DIGITS), keys.id("pm")));
        assertFalse(RULES.nextFits(p, keys.id(Triggers.DIGITS), keys.id("march")), "16 March");
    }

    private static int priority(String name) {
        return RULES.rules().stream().filter(r -> r.name().equals(name)).findFirst().map(RULES::priority)
                .orElseThrow();
    }

    /** The key of the token after the one at {@code at}, as the tagger keys it; OTHER when none or unknown. */
    private static int nextKey(String text, int at, TokenKeys keys) {
        char c = text.charAt(at);
        int e = at + 1;
        if (Character.isLetter(c)) {
            while (e < text.length() && Character.isLetter(text.charAt(e))) {
                e++;
            }
        } else if (c >= '0' && c <= '9') {
            while (e < text.length() && text.charAt(e) >= '0' && text.charAt(e) <= '9') {
                e++;
            }
        }
        while (e < text.length() && Character.isWhitespace(text.charAt(e))) {
            e++;
        }
        return e < text.length() ? keys.id(Triggers.keyAt(text, e)) : TokenKeys.OTHER;
    }
}
