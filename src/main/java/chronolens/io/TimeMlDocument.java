package chronolens.io;

import chronolens.model.TimeExpression;
import java.util.List;

/**
 * A TimeML (.tml) document: the plain text of its TEXT element, its creation time and the TIMEX3
 * annotations inside TEXT, with offsets into that plain text.
 *
 * @param dct the DCT's TIMEX3 value ("1998-02-27"), or null when the file has none
 */
public record TimeMlDocument(String name, String text, String dct, List<TimeExpression> timexes) {
    public TimeMlDocument {
        timexes = List.copyOf(timexes);
    }
}
