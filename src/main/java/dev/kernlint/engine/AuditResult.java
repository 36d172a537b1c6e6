package dev.kernlint.engine;

import dev.kernlint.fact.Gap;
import java.util.List;
import java.util.Map;

/**
 * Everything a report needs: the host, the findings (most severe first), the gaps with the rules they kept from
 * judging, and counts. Renderers only format this. Waived findings stay in {@link #findings} (marked) but do not
 * count: {@link #count} and {@link #hasAtLeast} see only the active ones.
 *
 * @param waivers  how each waiver of --waivers fared on this host (empty without --waivers)
 * @param newSince with --new-since, the earlier report and how many of its findings were left out; else null
 */
public record AuditResult(Map<String, Object> host, String source, String profile, List<Finding> findings,
                          List<GapReport> gaps, List<String> rulesEvaluated, List<String> rulesNotEvaluated,
                          long durationMillis, List<WaiverReport> waivers, NewSince newSince) {

    /** Host, interface and process names and values are capped here, where they enter every report (see {@link Labels}). */
    public AuditResult {
        host = Labels.host(host);
        findings = Labels.findings(findings);
        gaps = Labels.gaps(gaps);
    }

    public AuditResult(Map<String, Object> host, String source, String profile, List<Finding> findings,
                       List<GapReport> gaps, List<String> rulesEvaluated, List<String> rulesNotEvaluated,
                       long durationMillis) {
        this(host, source, profile, findings, gaps, rulesEvaluated, rulesNotEvaluated, durationMillis, List.of(), null);
    }

    /** A gap and the rules that could not be evaluated because of it. */
    public record GapReport(Gap gap, List<String> rules) {}

    /**
     * One waiver and what it did here.
     *
     * @param status  applied (matched findings), expired (past its date: it no longer applies), stale (in force for
     *                this host but matched nothing: remove it), not-evaluated (its rule did not run here), other-host
     * @param origin  FILE:LINE of the waiver
     */
    public record WaiverReport(String rule, String origin, String reason, String owner, String expires, String status,
                               int matched) {
        public static final String APPLIED = "applied";
        public static final String EXPIRED = "expired";
        public static final String STALE = "stale";
        public static final String NOT_EVALUATED = "not-evaluated";
        public static final String OTHER_HOST = "other-host";
    }

    /** --new-since: the earlier report, and how many findings of this run it already had (left out here). */
    public record NewSince(String report, int known) {}

    /** Findings that count: not waived. */
    public List<Finding> active() {
        return findings.stream().filter(f -> !f.waived()).toList();
    }

    public long count(Severity s) {
        return findings.stream().filter(f -> !f.waived() && f.severity() == s).count();
    }

    public long waivedCount() {
        return findings.stream().filter(Finding::waived).count();
    }

    /** True when a finding that counts is at or above the level. */
    public boolean hasAtLeast(Severity level) {
        return findings.stream().anyMatch(f -> !f.waived() && f.severity().compareTo(level) >= 0);
    }

    public AuditResult withFindings(List<Finding> f) {
        return new AuditResult(host, source, profile, f, gaps, rulesEvaluated, rulesNotEvaluated, durationMillis, waivers, newSince);
    }

    public AuditResult withWaivers(List<Finding> f, List<WaiverReport> w) {
        return new AuditResult(host, source, profile, f, gaps, rulesEvaluated, rulesNotEvaluated, durationMillis, w, newSince);
    }

    public AuditResult withNewSince(List<Finding> f, NewSince n) {
        return new AuditResult(host, source, profile, f, gaps, rulesEvaluated, rulesNotEvaluated, durationMillis, waivers, n);
    }

    public String hostname() {
        Object h = host.get("hostname");
        return h == null ? "unknown" : h.toString();
    }
}
