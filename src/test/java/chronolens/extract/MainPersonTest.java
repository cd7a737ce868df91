package chronolens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import chronolens.model.Article;
import chronolens.model.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A life story's titles name its person where the text says "she" or "he", as a teacher would. */
class MainPersonTest {
    private static final Pipeline PIPELINE = new Pipeline();

    private static List<String> titles(String text) {
        return PIPELINE.extract(new Article("t", text)).events().stream().map(Event::title).toList();
    }

    @Test
    void theBornPersonsPronounBecomesTheirSurname() {
        assertEquals(List.of("Ada Lund was born in Oslo", "Lund graduated with distinction",
                "Lund's first bridge opened"), titles("Ada Lund was born in Oslo in 1911. She graduated with "
                + "distinction in 1934. Her first bridge opened in 1938."));
    }

    @Test
    void thePersonIsCalledByThePartOfTheNameTheTextUsesMore() {
        assertEquals(List.of("Hannibal Barca was born in Carthage", "Hannibal crossed the Alps"),
                titles("Hannibal Barca was born in Carthage in 247 BC. Rome feared Hannibal. He crossed the Alps "
                        + "in 218 BC."));
    }

    @Test
    void aPronounOfTheOtherGenderIsSomeoneElse() {
        assertEquals(List.of("Ada Lund was born in Oslo", "Lund married Tor Berg", "He died"),
                titles("Ada Lund was born in Oslo in 1911. She married Tor Berg in 1935. He died in 1950."));
    }

    @Test
    void noNameNoPronounOrNoBirthLeavesTitlesAlone() {
        assertEquals(List.of("Albright fled", "She spoke"), titles("Albright, who was born in Prague, fled in "
                + "1948. She spoke in 1999."));
        assertEquals(List.of("She graduated", "She retired"), titles("She graduated in 1934. She retired in 1973."));
    }
}
