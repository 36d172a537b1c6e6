package dev.kernlint.engine;

import java.util.List;
import java.util.Map;

/**
 * What a rule found on a host: what was seen (message, evidence), and what to do (remediation, fixes).
 *
 * @param fingerprint the finding's identity across runs (rule and subject, see {@link Fingerprint}), for
 *                    `--new-since` and SARIF's partialFingerprints
 * @param waiver      the waiver that matched, or null; an expired one is kept so the report can say so
 * @param advice      commands for a person to run (MEM-RSS-LEAK's memory dump), never run by `fix`
 */
public record Finding(String rule, Severity severity, String area, String title, String message,
                      Map<String, Object> evidence, String remediation, List<FixAction> fixes, boolean fixAllowed,
                      String fingerprint, WaiverMark waiver, List<dev.kernlint.shell.ShellPipeline> advice) {

    public Finding {
        advice = advice == null ? List.of() : List.copyOf(advice);
    }

    /** A finding without advice commands. */
    public Finding(String rule, Severity severity, String area, String title, String message,
                   Map<String, Object> evidence, String remediation, List<FixAction> fixes, boolean fixAllowed,
                   String fingerprint, WaiverMark waiver) {
        this(rule, severity, area, title, message, evidence, remediation, fixes, fixAllowed, fingerprint, waiver, List.of());
    }

    /** A finding that no waiver has seen yet; its fingerprint is the default one (no declared @subject). */
    public Finding(String rule, Severity severity, String area, String title, String message,
                   Map<String, Object> evidence, String remediation, List<FixAction> fixes, boolean fixAllowed) {
        this(rule, severity, area, title, message, evidence, remediation, fixes, fixAllowed,
                Fingerprint.of(rule, evidence, List.of()), null);
    }

    /** A waiver's answer for this finding: who accepted it, why, until when, and where the waiver is written. */
    public record WaiverMark(String reason, String owner, String expires, String origin, boolean expired) {}

    /** True when a waiver in force covers the finding: it is reported but does not count for the exit code. */
    public boolean waived() {
        return waiver != null && !waiver.expired();
    }

    /**
     * The commands of the fixes whose values validated, then the advice commands, as the reports print them.
     * Advice (a memory dump) is for a person to run: `fix` builds only from {@link #fixes}.
     */
    public List<String> commands() {
        List<String> out = new java.util.ArrayList<>(fixes.stream().flatMap(a -> a.command().stream()).map(dev.kernlint.shell.ShellCommand::text).toList());
        advice.forEach(a -> out.add(a.text()));
        return out;
    }

    public Finding withWaiver(WaiverMark w) {
        return new Finding(rule, severity, area, title, message, evidence, remediation, fixes, fixAllowed, fingerprint, w, advice);
    }
}
