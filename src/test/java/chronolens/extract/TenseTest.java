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
            The team planned to leave on Friday.               | Friday | FUTURE
            He will be named commander in December.            | December | FUTURE
            The shares are payable Dec. 15, it said.           | Dec. | FUTURE
            Talks were postponed until Friday.                 | Friday | FUTURE
            Until Friday, they had not called him a suspect.   | Friday | PAST
            It had been due to expire Friday.                  | Friday | PAST
            They have cared for him since November.            | November | PAST
            The vote came as soon as Friday.                   | Friday | FUTURE
            They WILL meet on Friday.                          | Friday | FUTURE
            The talks Were held on Friday.                     | Friday | PAST
            They won't meet on Friday.                         | Friday | FUTURE
            The bank is next to the embassy on Friday.         | Friday | PRESENT
            The unlimited offer ends Friday.                   | Friday | UNKNOWN
            The offer, payable Friday, was made.               | Friday | FUTURE
            They passed a bill that keeps it open through May. | May | FUTURE
            They passed a bill which runs until May.           | May | FUTURE
            He passed a law that students liked in May.        | May | PAST
            Fireworks lit up the sky on Friday.                | Friday | PAST
            The prize will be given on Friday.                 | Friday | FUTURE
            Shares have fallen since peaking in September.     | September | PAST
            Since then, shares will rise in September.         | September | FUTURE
            """)
    void leadWordThenNearestMarkerBeforeThenAfterDecides(String sentence, String word, Tense expected) {
        int at = sentence.indexOf(word);
        assertEquals(expected, Tense.near(sentence, 0, sentence.length(), at));
    }
}
