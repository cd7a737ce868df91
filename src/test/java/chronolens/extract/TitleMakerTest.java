package chronolens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
            The siege dragged on through 1916             | The siege dragged on
            The vote was held on 1916                     | The vote was held
            The vote came in 2001                         | The vote came
            x_in 1998                                     | X_in
            Spending will rise by 8% compared with 2019   | Spending will rise by 8%
            Writing developed there in the late 1990      | Writing developed there
            They met on a Sunday                          | They met
            The ship swung around the Moon early on 1990  | The ship swung around the Moon
            """)
    void dropsTheDateAndThePhraseThatLeadsToIt(String clause, String title) {
        int date = clause.lastIndexOf(' ') + 1;
        assertEquals(title, new TitleMaker().title(clause, date, clause.length()));
    }

    /** A title cut at ten words drops a subordinate or relative clause the cut left half told. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The French company went bankrupt after some 22,000 of its workers had died of fever | \
            The French company went bankrupt
            Kopp became the subject of an international manhunt when he fled to France | \
            Kopp became the subject of an international manhunt
            Many of the local religious leaders who led the protests spoke out against it | \
            Many of the local religious leaders who led the protests
            The council passed a stopgap bill which keeps the city running until spring | \
            The council passed a stopgap bill
            """)
    void aClauseCutShortAtTenWordsGoesWhole(String clause, String title) {
        assertEquals(title, new TitleMaker().title(clause, -1, -1));
    }

    /** A date in a subordinate clause with a subject and verb of its own dates that clause. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Reptiles ruled until an asteroid struck the coast 1066      | An asteroid struck the coast
            They ruled for some 1066 until an asteroid struck 1067      | An asteroid struck
            She lived there 1891 until the war began 1914               | She lived there until the war began
            He was shot shortly after he returned home 1998             | He was shot shortly after he returned home
            The talks stalled until the end of the war 1945             | The talks stalled until the end of the war
            He was placed in care after being found adrift 1999         | He was placed in care after being found adrift
            """)
    void aSubordinateClauseHoldingTheDateGivesTheTitle(String clause, String title) {
        List<int[]> dates = new ArrayList<>();
        Matcher m = Pattern.compile("1\\d{3}").matcher(clause);
        while (m.find()) {
            dates.add(new int[] {m.start(), m.end()});
        }
        assertEquals(title, new TitleMaker().title(clause, dates));
    }
}
