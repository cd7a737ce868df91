package chronolens.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleFileTest {
    private static final PatternLibrary LIBRARY = PatternLibrary.load();

    private static RuleLoadException failure(String content) {
        return assertThrows(RuleLoadException.class, () -> RuleFile.parse(DataFile.parse("t.rules", content), LIBRARY));
    }

    @Test
    void unknownSlotNamesFileAndLine() {
        RuleLoadException e = failure("# test\nrule a.b\nmatch {nosuch}\nvalue 1\n");
        assertTrue(e.getMessage().startsWith("t.rules:2:"), e.getMessage());
        assertTrue(e.getMessage().contains("nosuch"), e.getMessage());
    }

    @Test
    void unknownKeyNamesItsLine() {
        assertTrue(failure("# test\nrule a.b\nmatch {year4}\nvalu 1\n").getMessage().startsWith("t.rules:4:"));
    }

    @Test
    void valueMustOnlyUseSlotsOfTheMatch() {
        assertTrue(failure("# test\nrule a.b\nmatch {year4}\nvalue {monthName}\n").getMessage().contains("monthName"));
    }

    @Test
    void dataFileMustOpenWithAComment() {
        RuleLoadException e = assertThrows(RuleLoadException.class, () -> DataFile.parse("x.txt", "a => 1\n"));
        assertTrue(e.getMessage().startsWith("x.txt:1:"), e.getMessage());
    }

    @Test
    void tableLineWithoutArrowFails() {
        RuleLoadException e = assertThrows(RuleLoadException.class,
                () -> NormalizationTable.from(DataFile.parse("m.txt", "# months\njanuary 01\n")));
        assertTrue(e.getMessage().startsWith("m.txt:2:"), e.getMessage());
    }

    @Test
    void compilesAMatchWithSlotsAndOptionalTokens() {
        List<Rule> rules = RuleFile.parse(DataFile.parse("t.rules",
                "# test\nrule d.x\nmatch the? {day} of? {monthName} {year4}\nvalue {year4}-{monthName}-{day}\n"),
                LIBRARY);
        Rule r = rules.get(0);
        assertEquals(List.of("day", "monthName", "year4"), r.slotKeys());
        assertTrue(r.pattern().matcher("the 4th of July 1776").lookingAt());
        assertTrue(r.pattern().matcher("4 July 1776").lookingAt());
        assertTrue(r.triggers().contains("the") && r.triggers().contains(Triggers.DIGITS), r.triggers().toString());
    }

    @Test
    void templateArithmeticAndPadding() {
        assertEquals("BC02", ValueTemplate.fill("BC{ordinal-1:2}", java.util.Map.of("ordinal", "3")));
        assertEquals(null, ValueTemplate.fill("{year4}", java.util.Map.of()));
    }
}
