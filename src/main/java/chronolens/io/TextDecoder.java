package chronolens.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Turns the bytes of a file into text, or says why they are not text. Knows UTF-8 (with or without a byte
 * order mark), UTF-16 with a byte order mark, and falls back to Windows-1252 for older Western files.
 */
public final class TextDecoder {
    private static final int SNIFF = 8192;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The decoded text and the name of the encoding used; or, when {@code text} is null, the reason. */
    public record Decoded(String text, String encoding, String problem) {
    }

    /**
     * Reads a file as text; when that fails, the {@code problem} says why in words a person can act on
     * ("no such file: …", "x.csv is not text: looks like a PNG image").
     */
    public Decoded read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            Decoded decoded = decode(Files.readAllBytes(file));
            return decoded.text() != null ? decoded : new Decoded(null, null, name + " is " + decoded.problem());
        } catch (NoSuchFileException e) {
            return new Decoded(null, null, "no such file: " + file);
        } catch (IOException e) {
            return new Decoded(null, null, "could not read " + file + ": " + e.getMessage());
        }
    }

    public Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strictOrFallback(bytes, 3, StandardCharsets.UTF_8, "UTF-8 with BOM");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE", null);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE", null);
        }
        String kind = binaryKind(bytes);
        if (kind != null) {
            return new Decoded(null, null, "not text: looks like " + kind);
        }
        return strictOrFallback(bytes, 0, StandardCharsets.UTF_8, "UTF-8");
    }

    private static Decoded strictOrFallback(byte[] bytes, int offset, Charset charset, String name) {
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
            return new Decoded(text, name, null);
        } catch (CharacterCodingException e) {
            // Not valid UTF-8: most such text files are Windows-1252 (Word and older web pages).
            return new Decoded(new String(bytes, offset, bytes.length - offset, WINDOWS_1252), "Windows-1252", null);
        }
    }

    /** Names well-known binary formats by their magic numbers, or any file with NUL bytes near its start. */
    static String binaryKind(byte[] b) {
        if (startsWith(b, '%', 'P', 'D', 'F')) {
            return "a PDF document";
        }
        if (startsWith(b, 0x89, 'P', 'N', 'G')) {
            return "a PNG image";
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "a JPEG image";
        }
        if (startsWith(b, 'G', 'I', 'F', '8')) {
            return "a GIF image";
        }
        if (startsWith(b, 'P', 'K', 3, 4)) {
            return "a ZIP archive (or a Word/OpenDocument file)";
        }
        if (startsWith(b, 0x1F, 0x8B)) {
            return "a gzip archive";
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "an old Microsoft Office document";
        }
        if (startsWith(b, 0x7F, 'E', 'L', 'F')) {
            return "a program, not an article";
        }
        int limit = Math.min(b.length, SNIFF);
        int control = 0;
        for (int i = 0; i < limit; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return "a binary file (it contains NUL bytes)";
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return limit > 0 && control * 10 > limit ? "a binary file (too many control characters)" : null;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
