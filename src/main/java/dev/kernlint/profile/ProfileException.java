package dev.kernlint.profile;

/** A profile or waiver file that cannot be used; the message starts with "FILE:LINE:". Exit code 2. */
public final class ProfileException extends RuntimeException {
    public ProfileException(String message) {
        super(message);
    }
}
