package dev.kernlint.cli;

/** A mistake in what the user asked for (bad option value, unwritable output): exit 2 with the message. */
public final class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }
}
