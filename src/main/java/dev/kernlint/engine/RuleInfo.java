package dev.kernlint.engine;

import java.util.List;

/**
 * A rule's metadata, read from its DRL annotations (@id, @severity, @area, @title, @rationale, @remediation,
 * @fix, @inputs): the one place `explain`, the README table, reports and fixes take it from.
 *
 * @param fix     "none" (advice only), "generate" (a fix may be generated) or "review" (generated, flagged for review)
 * @param inputs  the inputs the rule reads; a gap on one of them makes the rule "not evaluated"
 * @param thresholds the names under thresholds.ID the rule compares against; the profile must give each
 */
public record RuleInfo(String id, Severity severity, String area, String title, String rationale,
                       String remediation, String fix, List<String> inputs, List<String> thresholds, String kind) {

    public boolean fixAllowed() {
        return !fix.equals("none");
    }

    /**
     * True when a gap on this input means the rule could not judge: the gap is the input, lies under it
     * ("/sys/class/net" covers a gap on /sys/class/net/eth0/type), or is a directory the input lies under (a gap on
     * "/proc/sys" covers "/proc/sys/vm/swappiness" and "/proc/sys/*", the way to say "any key" without every gap
     * under /proc/sys counting).
     */
    public boolean needs(String gapInput) {
        for (String in : inputs) {
            if (gapInput.equals(in) || gapInput.startsWith(in + "/") || gapInput.startsWith(in + " ")
                    || in.startsWith(gapInput + "/")) {
                return true;
            }
        }
        return false;
    }
}
