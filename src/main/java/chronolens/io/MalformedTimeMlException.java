package chronolens.io;

/** A .tml file whose markup cannot be read; the message names the file and what is wrong. */
public class MalformedTimeMlException extends Exception {
    public MalformedTimeMlException(String message) {
        super(message);
    }
}
