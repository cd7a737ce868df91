package chronolens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chronolens.model.Article;
import chronolens.model.Event;
import chronolens.model.Extraction;
import chronolens.model.TemporalValue;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventAnchorsTest {
    private static final Pipeline PIPELINE = new Pipeline();

    private static List<Event> events(String text) {
        Extraction x = PIPELINE.extract(new Article("t", text));
        return x.events();
    }

    private static Event titled(List<Event> events, String title) {
        return events.stream().filter(e -> e.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no event '" + title + "' in " + events.stream()
                        .map(Event::title).toList()));
    }

    /** Fails, naming the events, when one of them was dated by {@code rule}. */
    private static void noneDatedBy(String rule, List<Event> events) {
        assertTrue(events.stream().noneMatch(e -> e.derivation().describe().contains(rule)),
                events.stream().map(Event::title).toList().toString());
    }

    @Test
    void anAgeDatesItsClauseOnceTheBirthYearIsKnown() {
        List<Event> events = events("The chemist was born in Lyon on 3 March 1850. At the age of 24 she moved to "
                + "Paris, where she opened a laboratory. She died in 1921.");
        Event moved = titled(events, "She moved to Paris");
        assertEquals("1874", moved.when().timex());
        assertTrue(moved.when().approximate(), "the birthday may fall after the move");
        assertTrue(moved.derivation().describe().contains("born in 1850"), moved.derivation().describe());
        assertTrue(moved.derivation().describe().contains("+ 24 years = 1874"), moved.derivation().describe());
        assertEquals(List.of("e1", "e2", "e3"), events.stream().map(Event::id).toList(), "numbered in text order");
    }

    @Test
    void aBareNumberIsAnAgeWhenAPersonFollowsOrItIsSpelledOutAtTheEnd() {
        List<Event> events = events("Ada Lund was born in Oslo in 1911. At 17 she entered the institute. She took "
                + "up physics at nineteen. At 26, Lund published her first paper.");
        assertEquals("1928", titled(events, "Lund entered the institute").when().timex());
        assertEquals("1930", titled(events, "Lund took up physics").when().timex());
        assertEquals("1937", titled(events, "Lund published her first paper").when().timex());
        List<Event> clock = events("Ada Lund was born in Oslo in 1911. The bells rang at four. At home, she read.");
        assertEquals(List.of("1911"), clock.stream().map(e -> e.when().timex()).toList(),
                "the hour and a place are no age");
    }

    @Test
    void relativeDatesAfterAnAgeCountFromTheAgeUntilADateIsToldOutright() {
        List<Event> events = events("Clara Weiss was born in Vienna in 1898. She began physics at nineteen. That "
                + "autumn she met her mentor. A year later she published a paper. In 1925 she married. Two years "
                + "later she moved to Berlin.");
        assertEquals("1917-FA", titled(events, "Weiss met her mentor").when().timex());
        assertTrue(titled(events, "Weiss met her mentor").when().approximate(), "as uncertain as the age");
        assertEquals("1918", titled(events, "Weiss published a paper").when().timex());
        assertEquals("1927", titled(events, "Weiss moved to Berlin").when().timex(), "counted from 1925");
    }

    @Test
    void hoursAndMinutesIntoAMissionCountFromItsStart() {
        List<Event> events = events("Apollo 13 lifted off at 2:13 p.m. on April 11, 1970. At 55 hours and 54 "
                + "minutes into the mission, an oxygen tank exploded.");
        Event exploded = titled(events, "An oxygen tank exploded");
        assertEquals("1970-04-13T22:07", exploded.when().timex());
        assertTrue(exploded.derivation().describe().contains("55 hours 54 minutes after"),
                exploded.derivation().describe());
    }

    @Test
    void aDistanceFromAHappeningInNewsCountsFromThatHappeningNotTheArticle() {
        Extraction x = PIPELINE.extract(new Article("t", "Strike ends\nMarch 12, 2025\n\nDock workers voted "
                + "on Monday to end their strike. Two days before the vote, the government had threatened to send "
                + "troops."));
        Event threat = titled(x.events(), "The government had threatened to send troops");
        assertEquals("2025-03-08", threat.when().timex(), "two days before Monday 10 March");
    }

    @Test
    void aStretchIntoSomethingCountsFromItsStart() {
        List<Event> flight = events("The rocket lifted off at 9:30 a.m. on 3 May 1990. Nearly 56 hours into the "
                + "flight, a tank exploded.");
        Event exploded = titled(flight, "A tank exploded");
        assertEquals("1990-05-05T17", exploded.when().timex());
        assertTrue(exploded.when().approximate(), "nearly");
        assertTrue(exploded.derivation().describe().contains("56 hours after"), exploded.derivation().describe());
        List<Event> war = events("The war began in 1939. Two years into the war, the city fell.");
        assertEquals("1941", titled(war, "The city fell").when().timex());
        List<Event> none = events("Two years into the war, the city fell.");
        assertEquals(List.of(), none, "nothing earlier to count from");
    }

    @Test
    void anAgeInWordsAndAWhenClauseCountToo() {
        List<Event> events = events("He was born in 1901. When he was nineteen, he joined the navy. "
                + "Aged thirty he left it for good.");
        assertEquals("1920", titled(events, "He joined the navy").when().timex());
        assertEquals("1931", titled(events, "He left it for good").when().timex());
    }

    @Test
    void withoutABirthYearOrWithADateOfItsOwnAnAgeDatesNothing() {
        List<Event> none = events("At the age of 24 she moved to Paris. She married in 1895.");
        assertEquals(List.of("She married"), none.stream().map(Event::title).toList());
        List<Event> dated = events("She was born in 1867. She died on 4 July 1934, aged 66.");
        assertEquals(2, dated.size(), dated.stream().map(Event::title).toList().toString());
        assertEquals("1934-07-04", dated.get(1).when().timex());
    }

    @Test
    void anAgeThatDescribesThePresentIsNoEvent() {
        List<Event> events = events("The senator was born in 1950. At the age of 74, she remains the party's "
                + "leader. She was elected in 1998.");
        noneDatedBy("event.age", events);
    }

    @Test
    void aDistanceFromAnEarlierEventAddsToItsDate() {
        List<Event> events = events("The war began in August 1914. A year after the war began, Italy joined the "
                + "Allies. The treaty was signed on 2 June 1953. Three months after the signing, the border "
                + "opened to visitors.");
        Event italy = titled(events, "Italy joined the Allies");
        assertEquals("1915", italy.when().timex());
        assertTrue(italy.derivation().describe().contains("1 year after \u201cThe war began\u201d (1914-08) = 1915"),
                italy.derivation().describe());
        assertEquals("1953-09", titled(events, "The border opened to visitors").when().timex());
    }

    @Test
    void shortlyAfterKeepsTheEarlierEventsDateAsApproximate() {
        List<Event> events = events("The president was inaugurated on January 20, 1961. Shortly after his "
                + "inauguration, he launched a volunteer corps.");
        Event launched = titled(events, "He launched a volunteer corps");
        assertEquals("1961-01-20", launched.when().timex());
        assertTrue(launched.when().approximate());
    }

    @Test
    void aNameOrAComparisonInThePresentIsNoAnchor() {
        noneDatedBy("relative-to-event", events("Acme opened a plant in 1990. Two years after Acme expanded, the "
                + "town grew."));
        noneDatedBy("relative-to-event", events("The strike began in May 1990. This move comes a month after the "
                + "strike ended."));
    }

    @Test
    void shiftingKeepsNoMorePrecisionThanTheBaseHas() {
        TemporalValue day = TemporalValue.ofDay(LocalDate.of(2001, 9, 11));
        assertEquals("2001-09-13", EventAnchors.shift(day, 2, 'D').timex());
        assertEquals("2001-09-25", EventAnchors.shift(day, 2, 'W').timex());
        assertEquals("2001-07", EventAnchors.shift(day, -2, 'M').timex());
        assertEquals("1991", EventAnchors.shift(day, -10, 'Y').timex());
        TemporalValue year = TemporalValue.ofYear(1990);
        assertEquals("1990", EventAnchors.shift(year, 3, 'D').timex());
        assertTrue(EventAnchors.shift(year, 3, 'D').approximate(), "days from a year are only about that year");
        assertEquals("inaugur", EventAnchors.stem("inauguration"));
        assertEquals("war", EventAnchors.stem("war"));
    }

    @Test
    void aDistanceFromAHappeningDatedInAnAsideDatesTheClauseAfterIt() {
        List<Event> events = events("Two days before the election, held on 8 November 2016, the director sent a "
                + "letter to Congress.");
        assertEquals("2016-11-08", titled(events, "The election held").when().timex());
        Event letter = titled(events, "The director sent a letter to Congress");
        assertEquals("2016-11-06", letter.when().timex());
        assertTrue(letter.derivation().describe().contains("2 days before"), letter.derivation().describe());
    }
}
