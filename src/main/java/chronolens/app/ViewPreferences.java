package chronolens.app;

import java.util.prefs.Preferences;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** How the user likes the window to behave (View › Reduce motion), kept in the user's preferences between runs. */
public final class ViewPreferences {
    private static final String REDUCED_MOTION = "reduced-motion";
    private final BooleanProperty reducedMotion = new SimpleBooleanProperty(this, "reducedMotion");

    /** The user's settings; tests point {@code chronolens.prefs} elsewhere so they never touch them. */
    public ViewPreferences() {
        this(Preferences.userRoot().node(System.getProperty("chronolens.prefs", "chronolens")));
    }

    ViewPreferences(Preferences prefs) {
        reducedMotion.set(prefs.getBoolean(REDUCED_MOTION, false));
        reducedMotion.addListener((obs, old, now) -> prefs.putBoolean(REDUCED_MOTION, now));
    }

    /**
     * True when the timeline should jump rather than fly to a new range; default false, and nothing but this
     * setting changes it. Saved as soon as it changes.
     */
    public BooleanProperty reducedMotionProperty() {
        return reducedMotion;
    }
}
