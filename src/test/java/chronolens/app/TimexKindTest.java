package chronolens.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import chronolens.model.Derivation;
import chronolens.model.TemporalValue;
import chronolens.model.TimeExpression;
import chronolens.model.TimexType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimexKindTest {

    @ParameterizedTest(name = "{0} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            in 1949   | 1949        | date.year        | timex-explicit
            last May  | 2023-05     | anchor.reference | timex-relative
            recently  | PAST_REF    | vague.past       | timex-vague
            on Friday | XXXX-WXX-5  | anchor.none      | timex-vague
            """)
    void timeExpressionsAreColouredByKind(String text, String value, String rule, String kind) {
        TimeExpression t = new TimeExpression(0, text.length(), text, TimexType.DATE, value,
                TemporalValue.parse(value).orElse(null), Derivation.of("date.any", text, "read").then(rule, "", "how"));
        assertEquals(kind, TimexKind.styleClassOf(t));
    }

    @org.junit.jupiter.api.Test
    void relativeDatesCountedFromAnInferredArticleDateAreInferred() {
        TimeExpression lastMay = new TimeExpression(0, 8, "last May", TimexType.DATE, "2023-05",
                TemporalValue.parse("2023-05").orElse(null), Derivation.of("date.month", "last May", "May")
                .then("anchor.reference", "", "counted from the article's date"));
        assertEquals("timex-inferred", TimexKind.styleClassOf(lastMay, true));
        assertEquals("timex-relative", TimexKind.styleClassOf(lastMay, false));
    }
}
