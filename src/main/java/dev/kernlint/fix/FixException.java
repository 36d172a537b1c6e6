package dev.kernlint.fix;

/** A fix that cannot start or a rollback file that cannot be used: one line for the user, exit code 2. */
public final class FixException extends RuntimeException {
    public FixException(String message) {
        super(message);
    }
}
