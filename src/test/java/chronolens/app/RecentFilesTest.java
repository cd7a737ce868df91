package chronolens.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RecentFilesTest {
    private final Preferences node = Preferences.userRoot().node("chronolens-test-" + ProcessHandle.current().pid());
    private final RecentFiles recent = new RecentFiles(node);

    @AfterEach
    void cleanUp() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void newestFirstWithoutDuplicates() {
        recent.add(Path.of("/a.txt"));
        recent.add(Path.of("/b.txt"));
        recent.add(Path.of("/a.txt"));
        assertEquals(List.of(Path.of("/a.txt"), Path.of("/b.txt")), recent.list());
    }

    @Test
    void keepsOnlyTheLatestFew() {
        for (int i = 0; i < RecentFiles.MAX + 3; i++) {
            recent.add(Path.of("/f" + i + ".txt"));
        }
        assertEquals(RecentFiles.MAX, recent.list().size());
        assertEquals(Path.of("/f" + (RecentFiles.MAX + 2) + ".txt"), recent.list().get(0));
    }
}
