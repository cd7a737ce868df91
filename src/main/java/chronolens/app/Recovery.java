package chronolens.app;

import chronolens.io.ProjectStore;
import chronolens.model.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Keeps a copy of unsaved work so a crash loses at most the last half minute: while there are unsaved
 * changes the window writes the timeline to a recovery file every 30 s; a save or a clean close removes it;
 * if it is still there at the next start, the app offers to restore it.
 */
public final class Recovery {
    /** How often unsaved changes are written to the recovery file. */
    public static final java.time.Duration INTERVAL = java.time.Duration.ofSeconds(30);
    private final Path file;
    private final ProjectStore store = new ProjectStore();

    public Recovery(Path file) {
        this.file = file;
    }

    /** The recovery file in the user's home folder, {@code ~/.chronolens/recovery.chronolens.json}. */
    public static Recovery inUserHome() {
        return new Recovery(Path.of(System.getProperty("user.home"), ".chronolens",
                "recovery" + ProjectStore.EXTENSION));
    }

    public Path file() {
        return file;
    }

    /** Writes the unsaved timeline (atomically, like any save); a failure is logged, never shown as an error. */
    public void write(Supplier<Project> snapshot) {
        Project p = snapshot.get();
        if (p == null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            store.save(p, file);
        } catch (IOException e) {
            System.getLogger(Recovery.class.getName()).log(System.Logger.Level.WARNING,
                    "could not write the recovery file " + file, e);
        }
    }

    /** The work left by a session that did not close cleanly, if any can be read. */
    public Optional<Project> pending() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        ProjectStore.Loaded loaded = store.load(file);
        return loaded.isOk() ? Optional.of(loaded.project()) : Optional.empty();
    }

    /** Forgets the recovery copy: the work was saved, discarded, or closed cleanly. */
    public void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            System.getLogger(Recovery.class.getName()).log(System.Logger.Level.WARNING,
                    "could not remove the recovery file " + file, e);
        }
    }
}
