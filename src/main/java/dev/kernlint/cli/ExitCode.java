package dev.kernlint.cli;

/** The documented exit codes (README, design.md). */
public final class ExitCode {
    /** Nothing at or above --fail-on. */
    public static final int OK = 0;
    /** Findings at or above --fail-on. */
    public static final int FINDINGS = 1;
    /** Usage, configuration or input error: one line on stderr. */
    public static final int ERROR = 2;
    /** A bug in kernlint: one line on stderr, the stack trace with KERNLINT_DEBUG=1. */
    public static final int INTERNAL = 3;
    /** The coverage gate failed: --fail-on-gaps, --require or --min-evaluated found rules that could not run. */
    public static final int COVERAGE = 4;

    private ExitCode() {}
}
