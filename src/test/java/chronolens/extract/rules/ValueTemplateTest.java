package chronolens.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What each kind of reference in a value template does to a slot's value. */
class ValueTemplateTest {

    @ParameterizedTest(name = "{0} with {1} gives {2}")
    @CsvSource(delimiter = '|', textBlock = """
            {year}-{month}      | 2024   | 2024-05
            {n-1:2}             | 19     | 18
            {n:4}               | 14     | 0014
            KA{n/1000}          | 12000  | KA12
            KA{n/1000}          | 2500   | KA2.5
            P{n*1000000}Y       | 165    | P165000000Y
            P{n*1000000000}Y    | 4.5    | P4500000000Y
            P{n*1000000}Y       | 0.25   | P250000Y
            """)
    void aReferenceIsFilled(String template, String n, String expected) {
        assertEquals(expected, ValueTemplate.fill(template, Map.of("n", n, "year", n, "month", "05")));
    }

    @ParameterizedTest(name = "{0} with {1} gives nothing")
    @CsvSource(delimiter = '|', textBlock = """
            P{n*1000000}Y       | many
            P{n*1000000}Y       | 1.2.3
            P{n*1000000}Y       | .5
            {n-1}               | 1.5
            KA{n/1000}          | 12,000
            """)
    void aValueArithmeticCannotReadGivesNothing(String template, String n) {
        assertNull(ValueTemplate.fill(template, Map.of("n", n)));
    }
}
