package chronolens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceSplitterTest {
    private static final Pipeline PIPELINE = new Pipeline();

    private static List<String> split(String text) {
        return PIPELINE.sentences(text).stream().map(s -> s.text(text)).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Mr. Smith arrived. He left.                         | 2
            The U.S. Army moved on Sept. 11, 2001. It stayed.  | 2
            J. R. R. Tolkien wrote it. Then he rested.         | 2
            It rose 3.5 percent. Prices fell.                  | 2
            Headline Without A Stop\\nThe body starts here.    | 2
            Is it over? Yes! It is.                            | 3
            He said "We won." Then he left.                    | 2
            """)
    void countsSentences(String text, int expected) {
        assertEquals(expected, split(text.replace("\\n", "\n")).size(), () -> split(text).toString());
    }

    @org.junit.jupiter.api.Test
    void keepsOffsetsIntoTheText() {
        String text = "First one.  Second one.\nThird";
        assertEquals(List.of("First one.", "Second one.", "Third"), split(text));
    }

    @org.junit.jupiter.api.Test
    void aLongRunWithoutAStopIsCutAtItsFirstSpacePastTwoThousandChars() {
        String run = "word ".repeat(500) + "end";
        assertEquals(List.of(run.substring(0, 2004), run.substring(2005)), split(run));
        // stops that end no sentence ("Sept. 11") leave the run whole, and the cut comes at the same place
        String dotted = "Sept. 11 ".repeat(300);
        assertEquals(List.of(dotted.substring(0, 2003), dotted.substring(2004).strip()), split(dotted));
    }

    @org.junit.jupiter.api.Test
    void aStopAfterACutRunStillEndsItsSentence() {
        String text = "x".repeat(2100) + " yes. Next one\r\nlast";
        assertEquals(List.of("x".repeat(2100), "yes.", "Next one", "last"), split(text));
    }

    @org.junit.jupiter.api.Test
    void emptyTextHasNoSentences() {
        assertEquals(List.of(), split(""));
        assertEquals(List.of(), split("   \n\n "));
    }
}
