package dev.kernlint.source;

/** A snapshot that cannot be used at all (missing, corrupt, not a snapshot): exit code 2 with this message. */
public final class SnapshotException extends RuntimeException {
    public SnapshotException(String message) {
        super(message);
    }
}
