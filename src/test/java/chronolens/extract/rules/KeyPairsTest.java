package chronolens.extract.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KeyPairsTest {
    @Test
    void digitOnlySlotsAreRecognized() {
        assertTrue(KeyPairs.digitsOnly("(?:1[0-9]|20)[0-9]{2}"));
        assertTrue(KeyPairs.digitsOnly("[1-9][0-9]{0,3}"));
        assertTrue(KeyPairs.digitsOnly("1[0-9]|20"));
        assertTrue(KeyPairs.digitsOnly("\\d+"));
    }

    @Test
    void anythingButDigitsIsNot() {
        assertFalse(KeyPairs.digitsOnly("(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"), "ordinal suffix");
        assertFalse(KeyPairs.digitsOnly("[0-9]{1,3}(?:,[0-9]{3})+"), "thousands comma");
        assertFalse(KeyPairs.digitsOnly("[0-9]+(?:\\.[0-9]+)?"), "decimal point");
        assertFalse(KeyPairs.digitsOnly("['’][0-9]0s"), "apostrophe");
        assertFalse(KeyPairs.digitsOnly("[0-9]?"), "may match nothing");
        assertFalse(KeyPairs.digitsOnly("[^a]"), "negated class");
        assertFalse(KeyPairs.digitsOnly("[0-9](?=x)"), "lookahead");
    }

    @Test
    void aSymbolGluedAfterDigitsSettlesTheNextKey() {
        var rules = chronolens.extract.RuleSet.english().rules();
        var slash = rules.stream().filter(r -> r.nextKeys().getOrDefault(Triggers.DIGITS, java.util.Set.of())
                .contains("/")).findAny();
        assertTrue(slash.isPresent(), "a rule such as {year4}/{month1}/{day} expects '/' after its first number");
    }
}
