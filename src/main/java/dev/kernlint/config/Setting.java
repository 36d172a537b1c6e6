package dev.kernlint.config;

/**
 * A value and where it came from.
 *
 * @param value  as the option would take it (a list comma-separated)
 * @param origin "FILE:LINE", "environment KERNLINT_PROFILE" or "built-in default"
 */
public record Setting(String value, String origin) {}
