package dev.kernlint.cli;

import dev.kernlint.engine.Severity;

/** The --fail-on value of audit, diff and fleet: the lowest severity that makes the exit code 1, or never. */
final class FailOn {
    private FailOn() {}

    /** The threshold, or null for "never"; anything else is a usage error. */
    static Severity threshold(String failOn) {
        if (failOn.equalsIgnoreCase("never")) {
            return null;
        }
        Severity s = Severity.parse(failOn);
        if (s == null) {
            throw new UserError("--fail-on must be info, warning, critical or never, not '" + failOn + "'");
        }
        return s;
    }
}
