package chronolens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TenseTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The minister said Friday that talks will resume.   | Friday | PAST
            Talks will resume on Friday, the minister said.    | Friday | FUTURE
            He arrived on Friday.                              | Friday | PAST
            The market is open on Friday.                      | Friday | PRESENT
            On Friday.                                         | Friday | UNKNOWN
            """)
    void nearestMarkerDecides(String sentence, String word, Tense expected) {
        int at = sentence.indexOf(word);
        assertEquals(expected, Tense.near(sentence, 0, sentence.length(), at));
    }
}
