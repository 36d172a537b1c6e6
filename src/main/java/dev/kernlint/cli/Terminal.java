package dev.kernlint.cli;

/** Colour only for a person at a terminal: not in pipes, files, CI logs, or with NO_COLOR set. */
final class Terminal {
    private Terminal() {}

    /** --color WHEN: always and never are the user's word; auto is {@link #colour()}. */
    static boolean colour(String when) {
        return switch (when == null ? "auto" : when.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "always" -> true;
            case "never" -> false;
            case "auto" -> colour();
            default -> throw new UserError("--color must be auto, always or never, not '" + when + "'");
        };
    }

    static boolean colour() {
        String term = System.getenv("TERM");
        return System.console() != null && System.getenv("NO_COLOR") == null && term != null && !term.equals("dumb");
    }
}
