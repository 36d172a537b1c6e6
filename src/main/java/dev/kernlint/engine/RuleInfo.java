package dev.kernlint.engine;

import java.util.List;

/**
 * A rule's metadata, read from its DRL annotations (@id, @severity, @area, @title, @rationale, @remediation,
 * @fix, @inputs): the one place `explain`, the README table, reports and fixes take it from.
 *
 * @param fix     "none" (advice only), "generate" (a fix may be generated), "review" (generated, flagged for review)
 *                or "disruptive" (generated only with --include-disruptive)
 * @param inputs  the inputs the rule reads; a gap on one of them makes the rule "not evaluated"
 * @param thresholds the names under thresholds.ID the rule compares against; the profile must give each
 * @param risk    what applying the fix costs (@reboot, @disruption, @reversible); null when the rule does not say
 * @param subject the evidence names that identify a finding across runs (@subject), or empty for the default
 *                (see {@link Fingerprint})
 */
public record RuleInfo(String id, Severity severity, String area, String title, String rationale,
                       String remediation, String fix, List<String> inputs, List<String> thresholds, String kind,
                       FixRisk risk, List<String> subject) {

    public RuleInfo(String id, Severity severity, String area, String title, String rationale,
                    String remediation, String fix, List<String> inputs, List<String> thresholds, String kind) {
        this(id, severity, area, title, rationale, remediation, fix, inputs, thresholds, kind, null, List.of());
    }

    /** The rule's declared risk, or the default for the action when it declares none. */
    public FixRisk riskOf(FixAction action) {
        return risk != null ? risk : FixRisk.defaultFor(action);
    }

    public boolean fixAllowed() {
        return !fix.equals("none");
    }

    /**
     * True when a gap on this input means the rule could not judge: the gap is the input, lies under it
     * ("/sys/class/net" covers a gap on /sys/class/net/eth0/type), is a directory the input lies under (a gap on
     * "/proc/sys" covers "/proc/sys/vm/swappiness" and "/proc/sys/*", the way to say "any key" without every gap
     * under /proc/sys counting), or is a command the input prefixes ("ethtool -g" needs "ethtool -g eth0"). In a
     * command an upper-case word stands for one argument ("ethtool IF" needs "ethtool eth0" but not
     * "ethtool -g eth0"), and a gap on the bare tool ("ethtool": not installed) reaches every command of that tool.
     */
    public boolean needs(String gapInput) {
        if (gapInput.startsWith(dev.kernlint.fact.Gap.COLLECTOR)) {
            return true;
        }
        for (String in : inputs) {
            if (gapInput.equals(in) || gapInput.startsWith(in + "/") || gapInput.startsWith(in + " ")
                    || in.startsWith(gapInput + "/")) {
                return true;
            }
            if (in.indexOf(' ') > 0 && commandMatches(in.split(" "), gapInput.split(" "))) {
                return true;
            }
        }
        return false;
    }

    private static boolean commandMatches(String[] pattern, String[] gap) {
        if (gap.length == 1) {
            return gap[0].equals(pattern[0]);
        }
        if (gap.length != pattern.length) {
            return false;
        }
        for (int i = 0; i < pattern.length; i++) {
            boolean placeholder = pattern[i].chars().allMatch(c -> c >= 'A' && c <= 'Z');
            if (placeholder ? gap[i].startsWith("-") : !pattern[i].equals(gap[i])) {
                return false;
            }
        }
        return true;
    }
}
