package sixk.cli;

/** A mistake of the user's (a missing file, a bad option value): printed as one line, exit code 2. */
public final class UserException extends RuntimeException {
    public UserException(String message) { super(message, null, false, false); }
}
