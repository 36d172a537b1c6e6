package dev.kernlint.engine;

import java.util.Locale;

/** Finding severities, lowest first; the catalog writes them crit / warn / info. */
public enum Severity {
    INFO, WARNING, CRITICAL;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Accepts "critical", "crit", "warning", "warn", "info", any case; null when none of these. */
    public static Severity parse(String s) {
        if (s == null) {
            return null;
        }
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "critical", "crit" -> CRITICAL;
            case "warning", "warn" -> WARNING;
            case "info" -> INFO;
            default -> null;
        };
    }
}
