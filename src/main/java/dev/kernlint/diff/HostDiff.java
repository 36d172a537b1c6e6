package dev.kernlint.diff;

import dev.kernlint.engine.AuditResult;
import dev.kernlint.engine.Finding;
import java.util.List;
import java.util.Map;

/**
 * What changed between two readings of a host: kernel parameters, findings that appeared or were resolved, and
 * how the levels that grow when something leaks moved (slab, anonymous memory, swap, TIME_WAIT).
 */
public record HostDiff(String oldSource, String newSource, String oldTime, String newTime,
                       List<SysctlChange> sysctl, List<Finding> appeared, List<Finding> resolved,
                       List<Growth> growth, AuditResult oldAudit, AuditResult newAudit) {

    /** A key whose value changed, appeared (old null) or disappeared (new null). */
    public record SysctlChange(String key, String oldValue, String newValue) {}

    /** A level in both readings. */
    public record Growth(String metric, String unit, double oldValue, double newValue) {
        public double delta() {
            return newValue - oldValue;
        }
    }

    public Map<String, Integer> counts() {
        return Map.of("sysctl", sysctl.size(), "appeared", appeared.size(), "resolved", resolved.size());
    }
}
