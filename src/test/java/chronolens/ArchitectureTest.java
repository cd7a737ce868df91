package chronolens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dependencies point one way (STYLE.md): the engine never sees JavaFX, the model sees only the JDK. */
class ArchitectureTest {
    private static final Path SOURCES = Path.of("src/main/java/chronolens");

    @ParameterizedTest(name = "{0} does not import {1}")
    @CsvSource(textBlock = """
            model,   javafx
            extract, javafx
            io,      javafx
            cli,     javafx
            model,   chronolens.extract
            model,   chronolens.io
            model,   chronolens.app
            model,   chronolens.timeline
            extract, chronolens.app
            extract, chronolens.timeline
            extract, chronolens.io
            timeline, chronolens.app
            timeline, chronolens.extract
            """)
    void packageDoesNotImport(String pkg, String forbidden) throws IOException {
        Path folder = SOURCES.resolve(pkg.replace('.', '/'));
        assertTrue(Files.isDirectory(folder), folder + " exists");
        List<String> offenders;
        try (Stream<Path> files = Files.walk(folder)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> imports(p, forbidden))
                    .map(Path::toString)
                    .toList();
        }
        assertEquals(List.of(), offenders);
    }

    private static boolean imports(Path file, String forbidden) {
        try {
            return Files.readAllLines(file).stream().map(String::strip)
                    .anyMatch(l -> l.startsWith("import " + forbidden + ".")
                            || l.startsWith("import static " + forbidden + ".")
                            || l.contains(" " + forbidden + "."));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
