package dev.kernlint.fleet;

/** An input of a fleet that cannot be judged: its host's row says why, and the run goes on. */
public final class FleetInputException extends RuntimeException {
    public FleetInputException(String message) {
        super(message);
    }
}
