package chronolens.io;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The articles shipped with the app under {@code seeds/} (packaged on the classpath); the first, by name,
 * is what the window opens when it is given no file.
 */
public final class SeedLibrary {
    private static final String FOLDER = "seeds/";

    /** The seed file names in order, or an empty list when none are packaged. */
    public List<String> names() {
        URL url = SeedLibrary.class.getClassLoader().getResource(FOLDER);
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem fs = jarFileSystem(uri)) {
                    return list(fs.getPath(FOLDER));
                }
            }
            return list(Path.of(uri));
        } catch (IOException | URISyntaxException | UnsupportedOperationException e) {
            return List.of();
        }
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            FileSystems.getFileSystem(uri);
            // Someone else holds it open; a fresh one must not close theirs.
            throw new IOException("jar file system already open");
        } catch (FileSystemNotFoundException e) {
            return FileSystems.newFileSystem(uri, Map.of());
        }
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString())
                    .map(n -> n.endsWith("/") ? n.substring(0, n.length() - 1) : n)
                    .filter(n -> n.endsWith(".txt") || n.endsWith(".md") || n.endsWith(".tml"))
                    .sorted()
                    .toList();
        }
    }

    /** Reads one seed as an article. */
    public ReadResult read(String name) {
        try (InputStream in = SeedLibrary.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                return ReadResult.problem("no seed article named " + name);
            }
            return new ArticleReader().read(name, in.readAllBytes());
        } catch (IOException e) {
            return ReadResult.problem("could not read the seed " + name + ": " + e.getMessage());
        }
    }

    /** The seed the window opens by default. */
    public ReadResult readFirst() {
        List<String> names = names();
        return names.isEmpty() ? ReadResult.problem("no seed articles are packaged") : read(names.get(0));
    }
}
