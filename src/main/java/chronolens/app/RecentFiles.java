package chronolens.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.prefs.Preferences;

/** The files opened or saved lately, newest first, kept in the user's preferences between runs. */
public final class RecentFiles {
    static final int MAX = 8;
    private static final String KEY = "recent-files";
    private final Preferences prefs;

    /** The user's list; tests point {@code chronolens.prefs} elsewhere so they never touch it. */
    public RecentFiles() {
        this(Preferences.userRoot().node(System.getProperty("chronolens.prefs", "chronolens")));
    }

    RecentFiles(Preferences prefs) {
        this.prefs = prefs;
    }

    public List<Path> list() {
        String joined = prefs.get(KEY, "");
        return joined.isEmpty() ? List.of() : Arrays.stream(joined.split("\n")).map(Path::of).toList();
    }

    /** Puts {@code file} first, dropping an older mention of it and anything past {@link #MAX}. */
    public void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>(list());
        files.remove(absolute);
        files.add(0, absolute);
        List<String> kept = files.stream().limit(MAX).map(Path::toString).toList();
        try {
            prefs.put(KEY, String.join("\n", kept));
        } catch (IllegalArgumentException e) {
            // A path too long for the preferences store is simply not remembered.
        }
    }
}
