package chronolens;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MainTest {
    @Test
    void linuxWithoutADisplaySaysSoInsteadOfAStackTrace() {
        String message = Main.noDisplay("Linux", null, "", null);
        assertNotNull(message);
        assertTrue(message.contains("DISPLAY") && message.contains("extract"), message);
    }

    @Test
    void aDisplayWaylandMonocleWindowsOrMacNeedNoCheck() {
        assertNull(Main.noDisplay("Linux", ":0", null, null));
        assertNull(Main.noDisplay("Linux", null, "wayland-0", null));
        assertNull(Main.noDisplay("Linux", null, null, "Monocle"));
        assertNull(Main.noDisplay("Windows 11", null, null, null));
        assertNull(Main.noDisplay("Mac OS X", null, null, null));
    }
}
