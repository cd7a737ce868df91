package chronolens.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chronolens.extract.RandomTexts;
import chronolens.extract.RuleSet;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class OpeningsTest {
    private static final String YEAR4 = "(?:1[0-9]|20)[0-9]{2}" + Openings.END_PEEK;

    private static boolean opens(String regex, String text) {
        return Openings.of(regex).get(Openings.code(text, 0, text.length()));
    }

    @Test
    void aFourDigitYearOpensOnlyOnFourDigits() {
        assertTrue(opens(YEAR4, "1998 was"));
        assertTrue(opens(YEAR4, "2024."));
        assertTrue(opens(YEAR4, "2024"), "at the end of the sentence");
        assertFalse(opens(YEAR4, "16 March"));
        assertFalse(opens(YEAR4, "19985"));
        assertFalse(opens(YEAR4, "1998s"));
    }

    @Test
    void anApostropheDecadeDoesNotOpenOnAPossessive() {
        String decade = "['’][0-9]0s" + Openings.END_PEEK;
        assertTrue(opens(decade, "'80s"));
        assertFalse(opens(decade, "'s best"));
    }

    @Test
    void aRegexItCannotReadOpensEverywhere() {
        assertEquals(Openings.CODES, Openings.of("(?i)may").cardinality());
        assertEquals(Openings.CODES, Openings.of("(a)\\1").cardinality());
    }

    @Test
    void quantifiersAreFollowed() {
        assertTrue(opens("[0-9]{1,3}x", "12x"));
        assertFalse(opens("[0-9]{2,3}x", "1x"));
        assertTrue(opens("a+1", "aaaa1"));
        assertFalse(opens("a+1" + Openings.END_PEEK, "a12"));
        assertTrue(opens("[0-9]?x" + Openings.END_PEEK, "1x "));
        assertFalse(opens("[0-9]?x" + Openings.END_PEEK, "x1"));
    }

    /**
     * The promise the tagger relies on: wherever a rule's regex matches, its openings include the text's. Tried
     * on every rule's examples and on random text built from the pieces dates are made of.
     */
    @Test
    void noRuleMatchesWhereItsOpeningsSayItCannot() {
        List<String> texts = new ArrayList<>();
        List<Pattern> patterns = new ArrayList<>();
        List<BitSet> openings = new ArrayList<>();
        for (Rule r : RuleSet.english().rules()) {
            r.examples().forEach(e -> texts.add(e.input()));
            patterns.add(r.pattern());
            openings.add(Openings.of(r.pattern().pattern()));
        }
        String[] pieces = {"May", "16", "March", "2024", "Sept.", "11", ",", " ", " ", "  ", "-", "–", "'", "’",
            "80s", "1990s", "3:30", "p.m.", "a.m.", "½", "1/2", "the", "last", "year", "years", "ago", "Q3", "FY",
            "2001", "19th", "century", "BC", "A.D.", "\n", "\t", "mid-", "1,000", "2.5", "é", "T", "10:00", "GMT",
            "week"};
        texts.addAll(RandomTexts.of(pieces, 300, 12, 3));
        for (String text : texts) {
            for (int p = 0; p < patterns.size(); p++) {
                Pattern pattern = patterns.get(p);
                Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                for (int at = 0; at < text.length(); at++) {
                    if (m.region(at, text.length()).lookingAt()) {
                        assertTrue(openings.get(p).get(Openings.code(text, at, text.length())),
                                () -> pattern + " matches [" + text + "] but its openings say no");
                    }
                }
            }
        }
    }
}
