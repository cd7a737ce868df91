package chronolens.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import chronolens.model.Article;
import chronolens.model.Derivation;
import chronolens.model.DocumentDate;
import chronolens.model.DocumentType;
import chronolens.model.Event;
import chronolens.model.Extraction;
import chronolens.model.Span;
import chronolens.model.TemporalValue;
import chronolens.model.TimeExpression;
import chronolens.model.TimexType;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionJsonTest {
    private static final String TEXT = "Rome burned in 64. It lasted six days.";

    private static Extraction sample() {
        TemporalValue year64 = TemporalValue.ofYear(64);
        Derivation d = Derivation.of("date.year", "in 64", "the year AD 64");
        TimeExpression t0 = new TimeExpression(15, 17, "64", TimexType.DATE, "0064", year64, d);
        TimeExpression t1 = new TimeExpression(29, 37, "six days", TimexType.DURATION, "P6D", null, Derivation.none());
        Event e1 = new Event("e1", "Rome burns", year64, new Span(0, 18), 0, d, List.of("Rome"));
        Event e2 = new Event("e2", "Fire lasts", null, new Span(19, 38), -1, Derivation.none(), List.of());
        return new Extraction(new Article("rome.txt", TEXT, DocumentDate.given(TemporalValue.ofYear(2024))),
                DocumentDate.given(TemporalValue.ofYear(2024)), DocumentType.NARRATIVE, List.of(),
                List.of(t0, t1), List.of(e1, e2));
    }

    @Test
    void compactFormFollowsTheContractFieldByField() {
        String expected = "{\"file\":\"rome.txt\",\"dct\":{\"value\":\"2024\",\"origin\":\"given\",\"evidence\":null},"
                + "\"timexes\":[{\"begin\":15,\"end\":17,\"text\":\"64\",\"type\":\"DATE\",\"value\":\"0064\"},"
                + "{\"begin\":29,\"end\":37,\"text\":\"six days\",\"type\":\"DURATION\",\"value\":\"P6D\"}],"
                + "\"events\":[{\"id\":\"e1\",\"title\":\"Rome burns\",\"when\":{\"value\":\"0064\","
                + "\"start\":\"0064-01-01\",\"end\":\"0064-12-31\",\"approximate\":false},"
                + "\"source\":{\"begin\":0,\"end\":18},\"timex\":0,"
                + "\"derivation\":\"date.year on “in 64”: the year AD 64\"},"
                + "{\"id\":\"e2\",\"title\":\"Fire lasts\",\"when\":{\"value\":null,\"start\":null,\"end\":null,"
                + "\"approximate\":false},\"source\":{\"begin\":19,\"end\":38},\"timex\":null,\"derivation\":\"\"}]}";
        assertEquals(expected, new ExtractionJson().compact("rome.txt", sample()));
    }

    @Test
    void prettyFormHoldsTheSameObject() {
        String pretty = new ExtractionJson().pretty("rome.txt", sample());
        assertEquals(new ExtractionJson().compact("rome.txt", sample()),
                com.google.gson.JsonParser.parseString(pretty).toString());
    }

    @Test
    void bcDatesUseAstronomicalIsoYears() {
        TemporalValue bc = TemporalValue.parse("BC0221").orElseThrow();
        assertEquals("-0220-01-01", ExtractionJson.iso(bc.startDate()));
        assertEquals("-0220-12-31", ExtractionJson.iso(bc.endDate()));
    }
}
