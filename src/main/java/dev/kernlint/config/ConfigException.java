package dev.kernlint.config;

/** A config file or KERNLINT_* variable that cannot be used; the message names FILE:LINE or the variable. Exit 2. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
