package chronolens.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DerivationTest {

    @Test
    void describesEveryStepInOrder() {
        Derivation d = Derivation.of("date.year", "in 1949", "the year 1949")
                .then("relative.years-after", "75 years since", "1949 + 75 years = 2024");
        assertEquals("date.year on “in 1949”: the year 1949; then relative.years-after on “75 years since”: "
                + "1949 + 75 years = 2024", d.describe());
        assertEquals(2, d.steps().size());
    }

    @Test
    void stepWithoutTextShowsOnlyTheRule() {
        assertEquals("anchor.dct: the article's date",
                Derivation.of("anchor.dct", "", "the article's date").describe());
    }
}
