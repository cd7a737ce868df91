package chronolens.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.Callable;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TextMeterTest {
    private static final List<String> SIMPLE = List.of("Event number 31570 with a rathe\u2026", "AVAV To Wa Ty",
            "\u00c9v\u00e9nement \u00e0 Z\u00fcrich \u2013 \u201cquoted\u201d", "\u03a9\u03bc\u03ad\u03b3\u03b1 "
            + "\u041c\u043e\u0441\u043a\u0432\u0430", "c. 1200 BC", "\u20ac 5,000 \u2030");

    @Start
    void start(Stage stage) {
        // the toolkit is all these tests need
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    private static double textNodeWidth(String s, Font font) {
        Text text = new Text(s);
        text.setFont(font);
        return text.getLayoutBounds().getWidth();
    }

    @Test
    void simpleTextIsAsWideAsItsTextNode() throws Exception {
        for (Font font : List.of(Font.font(12), Font.font(null, FontWeight.BOLD, 12), Font.font(17.5))) {
            List<double[]> widths = onFx(() -> {
                TextMeter meter = new TextMeter(font);
                return SIMPLE.stream().map(s -> new double[] {textNodeWidth(s, font), meter.width(s)}).toList();
            });
            for (int i = 0; i < SIMPLE.size(); i++) {
                assertTrue(TextMeter.isSimple(SIMPLE.get(i)), SIMPLE.get(i));
                assertEquals(widths.get(i)[0], widths.get(i)[1], 1e-6, SIMPLE.get(i) + " in " + font);
            }
        }
    }

    @Test
    void textThatJavaFxShapesIsMeasuredWhole() throws Exception {
        // a combining accent, a joining script, a surrogate pair: none is one glyph per character
        List<String> shaped = List.of("e\u0301te\u0301", "\u0645\u0631\u062d\u0628\u0627", "\ud83d\ude00 smile");
        List<double[]> widths = onFx(() -> {
            TextMeter meter = new TextMeter(Font.font(12));
            return shaped.stream().map(s -> new double[] {textNodeWidth(s, Font.font(12)), meter.width(s)}).toList();
        });
        for (int i = 0; i < shaped.size(); i++) {
            assertFalse(TextMeter.isSimple(shaped.get(i)), shaped.get(i));
            assertEquals(widths.get(i)[0], widths.get(i)[1], 1e-9, shaped.get(i));
        }
    }

    @Test
    void fitEndsWithAnEllipsisAndStaysInsideTheWidth() throws Exception {
        String[] fitted = onFx(() -> {
            TextMeter meter = new TextMeter(Font.font(12));
            String cut = meter.fit("Event number 31570 with a rather long title indeed", 120);
            return new String[] {cut, String.valueOf(meter.width(cut)), meter.fit("Short", 120)};
        });
        assertTrue(fitted[0].endsWith("\u2026") && !fitted[0].endsWith(" \u2026"), fitted[0]);
        assertTrue(Double.parseDouble(fitted[1]) <= 120, fitted[1]);
        assertEquals("Short", fitted[2]);
    }
}
