package dev.kernlint.engine;

import dev.kernlint.fact.Gap;
import java.util.List;
import java.util.Map;

/**
 * Everything a report needs: the host, the findings (most severe first), the gaps with the rules they kept from
 * judging, and counts. Renderers only format this.
 */
public record AuditResult(Map<String, Object> host, String source, String profile, List<Finding> findings,
                          List<GapReport> gaps, List<String> rulesEvaluated, List<String> rulesNotEvaluated,
                          long durationMillis) {

    /** A gap and the rules that could not be evaluated because of it. */
    public record GapReport(Gap gap, List<String> rules) {}

    public long count(Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }

    /** True when a finding is at or above the level. */
    public boolean hasAtLeast(Severity level) {
        return findings.stream().anyMatch(f -> f.severity().compareTo(level) >= 0);
    }
}
