package chronolens.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chronolens.model.Project;
import chronolens.model.Span;
import org.junit.jupiter.api.Test;

class EventDetailViewModelTest {
    private final MainViewModel main = new MainViewModel();
    private final EventDetailViewModel detail = new EventDetailViewModel(main);

    @Test
    void explicitDateReadsPlainly() {
        main.show(new Project(Samples.threeEvents()), null);
        main.selectByTimex(2);
        assertEquals("Republic proclaimed", detail.titleProperty().get());
        assertEquals("1949", detail.dateProperty().get());
        assertEquals("The republic was proclaimed in 1949.", detail.sentenceProperty().get());
        assertEquals("The article says “1949”.\n• “in 1949”: The year 1949",
                detail.derivationProperty().get());
        assertEquals("date.year on “in 1949”: the year 1949", detail.rules());
        assertEquals("Republic", detail.entitiesProperty().get());
        assertEquals(new EventDetailViewModel.Quote("The republic was proclaimed in ", "1949", "."),
                detail.quoteProperty().get());
        assertEquals("precise to the year", detail.precisionProperty().get());
        assertEquals(new Span(53, 89), detail.sourceProperty().get());
        assertEquals("", detail.toldAgainProperty().get(), "told once");
    }

    @Test
    void theOtherPlacesAnEventIsToldAreQuoted() {
        String text = "Rome burned in 64.   Nero fiddled.\nRome burned, the annals say.";
        chronolens.model.Event e = new chronolens.model.Event("e1", "Rome burned",
                chronolens.model.TemporalValue.ofYear(64), new Span(0, 18), -1, chronolens.model.Derivation.none(),
                java.util.List.of()).toldAgainAt(new Span(21, 34)).toldAgainAt(new Span(35, 62));
        assertEquals("\u201cNero fiddled.\u201d\n\u201cRome burned, the annals say\u201d",
                EventDetailViewModel.toldAgain(e, text));
        chronolens.model.Event often = e;
        for (int i = 0; i < 8; i++) {
            often = often.toldAgainAt(new Span(40 + i, 41 + i));
        }
        String quoted = EventDetailViewModel.toldAgain(often, text);
        assertEquals(EventDetailViewModel.MAX_TOLD + 1, quoted.split("\n").length, quoted);
        assertTrue(quoted.endsWith("\u2026 and 5 more"), quoted);
    }

    @Test
    void dateResolvedAgainstAnInferredArticleDateSaysInferred() {
        main.show(new Project(Samples.threeEvents()), null);
        main.selectByTimex(0);
        assertEquals("2024, inferred", detail.dateProperty().get());
    }

    @Test
    void nothingSelectedInvitesToSelect() {
        main.show(new Project(Samples.threeEvents()), null);
        assertEquals("Select an event on the timeline or in the list", detail.titleProperty().get());
        assertEquals("", detail.dateProperty().get());
        assertNull(detail.sourceProperty().get());
    }
}
