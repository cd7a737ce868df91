package chronolens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import chronolens.model.Article;
import chronolens.model.DocumentDate;
import chronolens.model.Event;
import chronolens.model.TemporalValue;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Titles a teacher would write for the events of one sentence: who did what, never a date or a fragment. */
class EventTitlesTest {
    private static final Pipeline PIPELINE = new Pipeline();

    private static List<String> titles(String text) {
        Article a = new Article("t", text, DocumentDate.given(TemporalValue.ofYear(2020)));
        return PIPELINE.extract(a).events().stream().map(Event::title).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            On February 14, 1990, the probe turned its camera. | The probe turned its camera
            The bridge, which opened in 1931, was closed for repairs. | The bridge opened
            It flew past Jupiter in March 1979 and reached Saturn in 1980. | It flew past Jupiter;It reached Saturn
            They married in 1895, and three years later the couple found radium. | They married;The couple found radium
            The governor, who took office in 2019, resigned. | The governor took office
            The city was, by tradition, founded in 753 BC. | The city was founded
            Dr. Ann Lee, just back from Rome, was cooking in May. | Dr. Ann Lee was cooking
            However, profit was hurt by costs in May. | Profit was hurt by costs
            He took the firm, a small mill, and merged it with a bank in 1980. | He merged it with a bank
            The summer of 1959 brought three landmark albums. | The summer of 1959 brought three landmark albums
            In 1848 riots spread. The following winter was quiet. | Riots spread;The following winter was quiet
            Last week officials announced a new budget. | Officials announced a new budget
            Jazz spread in the 1920s, and the next decade saw swing. | Jazz spread;The next decade saw swing
            The mill, which burned in 1921, opened as a museum in 1930. | The mill burned;The mill opened as a museum
            The mill, which burned in 1921, reopened in 1930. | The mill burned;The mill reopened
            The mayor, who was elected in May, will speak on June 3. | The mayor was elected;The mayor will speak
            Dame Ada Lee, the architect whose towers changed the city, died in May. | Dame Ada Lee died
            'LONDON, Oct. 3, 2025 \u2014 Ada Lee, the architect whose towers rose, died in May.' | Ada Lee died
            Her last building, a riverside archive, opened in the spring of 2011. | Her last building opened
            Their coach, 46, signed a new contract in June. | Their coach signed a new contract
            The post-1959 politics split families. | The post-1959 politics split families
            Through the 1980s the firm grew quickly. | The firm grew quickly
            in 1990 the firm grew quickly. | The firm grew quickly
            In 1835 she married Will King, who became an earl in 1838. | She married Will King;Will King became an earl
            The team won the title in 2001, 2003 and 2005. | The team won the title
            The mandate, first approved in 2015, expires soon. | The mandate first approved
            A decade later, in the late 1850s, Italy moved toward unity. | Italy moved toward unity
            Earlier this month, the exchange was told of a sale. | The exchange was told of a sale
            Officials said the rise, a quarter point, takes effect in May. | The rise takes effect
            Reptiles ruled for 165 million years until an asteroid struck 66 million years ago. | An asteroid struck
            He was calm when the case was heard in May. | The case was heard
            Prosecutors said the mayor took bribes in 2019. | The mayor took bribes
            Prosecutors said he took bribes in 2019. | Prosecutors said he took bribes
            Acme said its profit rose in May. | Acme said its profit rose
            Acme said net income rose in May. | Acme said net income rose
            On 1 July 1916, after a long bombardment, British troops attacked. | British troops attacked
            In July 1997, at a summit in Madrid, Spain, the alliance grew. | The alliance grew
            The last shutdown, in December 2018, lasted 35 days. | The last shutdown lasted 35 days
            It sealed tubes, some of which were left there in May. | Some of them were left there
            The ministry said in May that the talks had failed. | The ministry said that the talks had failed
            The plague returned in 1361 and again in the late 1360s. | The plague returned;The plague returned again
            The leader, facing troops, today sought peace. | The leader, facing troops, sought peace
            The city, the home of exiles, officials said, was calm in May. | The city was calm
            On 3 May, at least four people were killed. | At least four people were killed
            ``We will keep fighting,'' he said in May 2000. | We will keep fighting
            "This is a bad bill," he told reporters in May. | This is a bad bill
            Fleming, Florey and Chain shared the Nobel Prize in 1945. | Fleming, Florey and Chain shared the Nobel Prize
            She retired in 1986, at sixty-five, and died in 2004. | She retired;She died
            Much earlier, around 2500 BC, the pyramids were built. | The pyramids were built
            Work on the old bridge, built in 1958, will go on. | The old bridge built
            Paris, London and Rome fell in 1945. | Paris, London and Rome fell
            The crew splashed down on April 17 at 1:07 p.m. EST. | The crew splashed down
            They expect calm over the summer of 2021 but warn of storms. | They expect calm but warn of storms
            For the first nine months of 2023, the company earned $120 million. | The company earned $120 million
            Fund managers said Friday's selling was natural. | Fund managers said Friday's selling was natural
            1939 – The jet, the He 178, takes off. | The jet, the He 178, takes off
            In 1903 the two men made the first powered flight at Kitty Hawk. | The two men made the first powered flight
            During the drought of 1976 skaters drained backyard pools. | Skaters drained backyard pools
            By D-Day in June 1944 there was enough penicillin. | There was enough penicillin
            He resigned in May, ending a long tenure. | He resigned
            The fire spread in May, killing ten people. | The fire spread
            Unveiled in May, the chip holds a million transistors. | The chip holds a million transistors
            She spent the following winter in Zurich. | She spent the following winter in Zurich
            Around 1200 BC, as the climate dried, the cities fell. | The cities fell
            In 1824 they moved to Paris, and that autumn she went to school. | They moved to Paris;She went to school
            The flood happened on a Saturday night in January. | The flood happened
            Writing developed there in the late 4th millennium BC. | Writing developed there
            Rome was founded, according to legend, in 753 BC. | Rome was founded
            Union leaders said the deal, reached on 12 May 2020, raises pay. | The deal reached
            The council voted, ending a dispute that began in 2019. | A dispute that began
            Voss, who took office in January 2023, said she would go. | Voss took office
            For the quarter ended Sept. 30, 1989, Delta posted a profit. | Delta posted a profit
            Athens fell in 404 BC, and the victors razed its walls. | Athens fell;The victors razed its walls
            The deadline was set for 14 January 2000, and it is still unclear how he will go. | The deadline was set
            Ann Roe arrived in May, and she said she would stay. | Ann Roe arrived
            Ann Roe, head of the house and her party's voice on trade, said in May she'd go. | Ann Roe said she'd go
            His car was seen in May, and was found abandoned in December. | His car was seen;His car was found abandoned
            On 1 May it fell. At 9:34 UTC it landed, and came to rest at 10:40. | It fell;It landed;It came to rest
            About 2.4 billion years ago, soon after oxygen built up, ice spread south. | Ice spread south
            The festival ended on the morning of August 18, 1969. | The festival ended
            """)
    void aTitleSaysWhoDidWhat(String sentence, String expected) {
        assertEquals(List.of(expected.split(";")), titles(sentence));
    }

    @org.junit.jupiter.api.Test
    void aSentenceThatOpensWithTimesIsTitledByItsClause() {
        Article a = new Article("t", "The rocket left on 16 July 1969. Four days later, on the morning of July 20, "
                + "the crew left the ship. At 4:17 p.m. Houston time, the module landed.", DocumentDate.none());
        assertEquals(List.of("The rocket left", "The crew left the ship", "The module landed"),
                PIPELINE.extract(a).events().stream().map(Event::title).toList());
    }

    @org.junit.jupiter.api.Test
    void aDateThatNamesWhatFollowsItGivesWayToTheDateThatSaysWhen() {
        Article a = new Article("t", "The office will publish its June figures on 11 July 2024.",
                DocumentDate.given(TemporalValue.ofYear(2024)));
        List<Event> events = PIPELINE.extract(a).events();
        assertEquals(List.of("2024-07-11"), events.stream().map(e -> e.when().timex()).toList());
    }

    @org.junit.jupiter.api.Test
    void datesJoinedByAndDateOneHappeningOverBoth() {
        Article a = new Article("t", "During 1842 and 1843 she translated an article.",
                DocumentDate.given(TemporalValue.ofYear(2020)));
        List<Event> events = PIPELINE.extract(a).events();
        assertEquals(1, events.size());
        assertEquals("1842/1843", events.get(0).when().timex());
        assertEquals("She translated an article", events.get(0).title());
    }

    @org.junit.jupiter.api.Test
    void aDateAloneOnItsLineDatesTheLineAfter() {
        assertEquals(List.of("The first jet takes off", "Chuck Yeager breaks the sound barrier"),
                titles("Flight\n1939: The first jet takes off.\nOctober 14, 1947. Chuck Yeager breaks the sound "
                        + "barrier."));
    }

    @org.junit.jupiter.api.Test
    void aYardstickDateIsNoEvent() {
        assertEquals(List.of("Net income rose to $45 million from $40 million"), titles("In March net income rose to "
                + "$45 million from $40 million, or 54 cents a share, a year earlier."));
        assertEquals(List.of("The firm earned $120 million"), titles("In March the firm earned $120 million, "
                + "compared with $98 million in 2019."));
    }

    @org.junit.jupiter.api.Test
    void aWhenClauseAfterAYardstickDateIsWhatHappenedThen() {
        List<Event> events = PIPELINE.extract(new Article("t", "It was the longest strike at the port since 1989, "
                + "when a dispute over pay shut the quays.", DocumentDate.given(TemporalValue.ofYear(2020))))
                .events();
        assertEquals(List.of("A dispute over pay shut the quays"), events.stream().map(Event::title).toList());
        assertEquals("1989", events.get(0).when().timex());
    }

    @org.junit.jupiter.api.Test
    void aHedgeBeforeTheDateMakesItApproximate() {
        List<Event> events = PIPELINE.extract(new Article("t", "Work started around 1200. The towers rose in 1250. "
                + "They looked for ways to get around 1 March 1300.", DocumentDate.none())).events();
        assertEquals(List.of(true, false, false), events.stream().map(e -> e.when().approximate()).toList());
    }

    @org.junit.jupiter.api.Test
    void whatTheNewsReportsNamesWhoDoesItPastAnAside() {
        List<String> titles = PIPELINE.extract(new Article("t", "Acme to merge\nMarch 12, 2025\n\nAcme said on "
                + "Monday it would merge with Bolt. Jane Roe, a former banker, will lead the new firm.")).events()
                .stream().map(Event::title).toList();
        assertEquals("Jane Roe will lead the new firm", titles.get(titles.size() - 1), titles.toString());
        List<String> now = PIPELINE.extract(new Article("t", "Acme to merge\nMarch 12, 2025\n\nAcme said on "
                + "Monday it would merge with Bolt. The new firm will now sell its oldest plant.")).events()
                .stream().map(Event::title).toList();
        assertEquals("The new firm will sell its oldest plant", now.get(now.size() - 1), now.toString());
    }

    @org.junit.jupiter.api.Test
    void onlySayingSomethingIsNoEvent() {
        assertEquals(List.of("The storm hit the coast"), titles("The storm hit the coast on 2 March, officials "
                + "said on 5 March."));
    }

    @org.junit.jupiter.api.Test
    void theDatelinesPlaceIsNoEvent() {
        assertEquals(List.of("The architect died"), titles("LONDON, Oct. 3, 2025 \u2014 The architect died in May."));
    }

    @org.junit.jupiter.api.Test
    void aDateLineIsTheArticlesDateNotAnEvent() {
        List<String> titles = titles("March 12, 2023\n\nThe bank last raised its rates in 2021.");
        assertEquals(List.of("The bank last raised its rates"), titles);
    }
}
