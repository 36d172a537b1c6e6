package dev.kernlint.cli;

/** Colour only for a person at a terminal: not in pipes, files, CI logs, or with NO_COLOR set. */
final class Terminal {
    private Terminal() {}

    static boolean colour() {
        String term = System.getenv("TERM");
        return System.console() != null && System.getenv("NO_COLOR") == null && term != null && !term.equals("dumb");
    }
}
