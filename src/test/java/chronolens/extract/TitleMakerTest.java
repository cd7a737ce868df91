package chronolens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleMakerTest {
    /** The date is the clause's last word; the prepositions before it go with it, the other words stay. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The treaty stays in force until at least 2030 | The treaty stays in force
            Sales rose as early as 1998                   | Sales rose
            The league was founded as of 1901             | The league was founded
            Fighting resumed on and off in 2014           | Fighting resumed on and off
            The vote came in 2001                         | The vote came
            x_in 1998                                     | X_in
            """)
    void dropsTheDateAndThePhraseThatLeadsToIt(String clause, String title) {
        int date = clause.lastIndexOf(' ') + 1;
        assertEquals(title, new TitleMaker().title(clause, date, clause.length()));
    }
}
