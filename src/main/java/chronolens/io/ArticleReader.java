package chronolens.io;

import chronolens.model.Article;
import chronolens.model.DocumentDate;
import chronolens.model.TemporalValue;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads an article from a file: plain text or Markdown in any common encoding, a web page (its readable text
 * only), or TimeML (.tml), whose text is the TEXT element and whose creation time becomes the document date.
 * Every failure is a {@link ReadResult} with a message, never an exception.
 */
public final class ArticleReader {
    /** Larger files are refused rather than freezing the app; a long book is about 5 MB. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private final TextDecoder decoder = new TextDecoder();
    private final TimeMlReader timeMl = new TimeMlReader();
    private final long maxBytes;

    public ArticleReader() {
        this(MAX_BYTES);
    }

    /** A reader that refuses files over {@code maxBytes}. */
    public ArticleReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public ReadResult read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            if (Files.isDirectory(file)) {
                return ReadResult.problem(name + " is a folder, not an article");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                return ReadResult.problem("%s is too large (%,d bytes); the limit is %,d bytes"
                        .formatted(name, size, maxBytes));
            }
            return read(name, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return ReadResult.problem("no such file: " + file);
        } catch (AccessDeniedException e) {
            return ReadResult.problem("not allowed to read " + file);
        } catch (IOException e) {
            return ReadResult.problem("could not read " + file + ": " + e.getMessage());
        }
    }

    /** Reads an article from bytes already in memory; {@code name} decides the format by its extension. */
    public ReadResult read(String name, byte[] bytes) {
        if (bytes.length == 0) {
            return ReadResult.problem(name + " is empty");
        }
        TextDecoder.Decoded decoded = decoder.decode(bytes);
        if (decoded.text() == null) {
            return ReadResult.problem(name + " is " + decoded.problem());
        }
        String text = decoded.text();
        if (text.isBlank()) {
            return ReadResult.problem(name + " holds no text, only white space");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".tml")) {
            return readTimeMl(name, text);
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm") || HtmlText.looksLikeHtml(text)) {
            String visible = new HtmlText().toText(text);
            return visible.isBlank() ? ReadResult.problem(name + " is a web page with no readable text")
                    : ReadResult.of(new Article(name, visible));
        }
        return ReadResult.of(new Article(name, text));
    }

    private ReadResult readTimeMl(String name, String markup) {
        try {
            TimeMlDocument doc = timeMl.read(name, markup);
            DocumentDate date = TemporalValue.parse(doc.dct()).map(DocumentDate::fromFile).orElse(DocumentDate.none());
            return ReadResult.of(new Article(name, doc.text(), date));
        } catch (MalformedTimeMlException e) {
            return ReadResult.problem(e.getMessage());
        }
    }
}
