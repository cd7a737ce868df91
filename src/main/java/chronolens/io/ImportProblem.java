package chronolens.io;

/** Stops an import at the first thing wrong with the file; the message is shown to the person as it is. */
final class ImportProblem extends RuntimeException {
    ImportProblem(String message) {
        super(message, null, false, false);
    }
}
