package chronolens.extract.rules;

/** A data file under resources/chronolens/extract could not be read; the message names the file and line. */
public final class RuleLoadException extends RuntimeException {
    public RuleLoadException(String file, int line, String message) {
        super(file + ":" + line + ": " + message);
    }

    public RuleLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
