package chronolens.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ViewPreferencesTest {
    private final Preferences node = Preferences.userRoot()
            .node("chronolens-test-view-" + ProcessHandle.current().pid());

    @AfterEach
    void cleanUp() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void reducedMotionIsOffUntilTheUserTurnsItOn() {
        assertFalse(new ViewPreferences(node).reducedMotionProperty().get());
    }

    @Test
    void reducedMotionIsRememberedForTheNextRun() {
        new ViewPreferences(node).reducedMotionProperty().set(true);
        assertTrue(new ViewPreferences(node).reducedMotionProperty().get());
        new ViewPreferences(node).reducedMotionProperty().set(false);
        assertFalse(new ViewPreferences(node).reducedMotionProperty().get());
    }
}
