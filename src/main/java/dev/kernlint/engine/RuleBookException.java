package dev.kernlint.engine;

/** The rules cannot be loaded (no compiled model, a user DRL with errors): exit code 2 with this message. */
public final class RuleBookException extends RuntimeException {
    public RuleBookException(String message) {
        super(message);
    }
}
