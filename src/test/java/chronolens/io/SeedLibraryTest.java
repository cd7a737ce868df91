package chronolens.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeedLibraryTest {

    @Test
    void theShippedSeedsAreListedInOrderAndTheFirstReads() {
        SeedLibrary seeds = new SeedLibrary();
        List<String> names = seeds.names();
        assertFalse(names.isEmpty(), "seeds/ is packaged on the classpath");
        assertEquals(names.stream().sorted().toList(), names);
        ReadResult first = seeds.readFirst();
        assertTrue(first.isOk(), String.valueOf(first.problem()));
        assertEquals(names.get(0), first.article().name());
    }

    @Test
    void anUnknownSeedIsAProblemNotAnException() {
        assertEquals("no seed article named nothing.txt", new SeedLibrary().read("nothing.txt").problem());
    }
}
