package dev.kernlint.rules;

import static dev.kernlint.testing.Fixtures.audit;
import static dev.kernlint.testing.Fixtures.finding;
import static dev.kernlint.testing.Fixtures.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.engine.AuditResult;
import dev.kernlint.engine.Finding;
import dev.kernlint.engine.Severity;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 §4, one cause one finding: sysctl.d never applied at boot (KERN-SYSCTL-NOT-APPLIED), tuned as a source of
 * running values, and keys this host cannot set ("not applicable here", a gap) are not one DRIFT warning per key.
 */
class SysctlSourcesRulesTest {

    private static Set<Object> driftKeys(AuditResult r) {
        return findings(r, "KERN-SYSCTL-DRIFT").stream().map(f -> f.evidence().get("key")).collect(Collectors.toSet());
    }

    @Test
    void neverAppliedAtBootIsOneFindingNamingTheKeys() {
        AuditResult r = audit("sysctl-not-applied");
        assertTrue(findings(r, "KERN-SYSCTL-DRIFT").isEmpty(), findings(r, "KERN-SYSCTL-DRIFT").toString());
        Finding f = finding(r, "KERN-SYSCTL-NOT-APPLIED");
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(List.of("fs.protected_regular", "kernel.pid_max", "net.core.somaxconn", "vm.dirty_ratio", "vm.swappiness"),
                f.evidence().get("keys"));
        assertEquals("process_api", f.evidence().get("pid1"));
        assertTrue(f.message().contains("PID 1 is process_api, not systemd"), f.message());
        assertTrue(f.fixes().isEmpty());
    }

    @Test
    void onASystemdHostTheSameFilesArePlainDrift() {
        AuditResult r = audit("sysctl-drift-systemd");
        assertTrue(findings(r, "KERN-SYSCTL-NOT-APPLIED").isEmpty());
        assertTrue(r.rulesEvaluated().contains("KERN-SYSCTL-NOT-APPLIED"));
        assertEquals(Set.of("fs.protected_regular", "kernel.pid_max", "net.core.somaxconn", "vm.dirty_ratio", "vm.swappiness"), driftKeys(r));
        assertTrue(findings(r, "KERN-SYSCTL-DRIFT").stream().allMatch(f -> f.severity() == Severity.WARNING));
    }

    @Test
    void systemdAsPid1WhoseSysctlUnitFailedIsOneFindingToo() {
        // systemctl show systemd-sysctl.service: ActiveState=failed, ExecMainStatus=1
        AuditResult r = audit("sysctl-unit-failed");
        assertTrue(findings(r, "KERN-SYSCTL-DRIFT").isEmpty(), findings(r, "KERN-SYSCTL-DRIFT").toString());
        Finding f = finding(r, "KERN-SYSCTL-NOT-APPLIED");
        assertEquals("systemd", f.evidence().get("pid1"));
        assertTrue(f.message().contains("because systemd-sysctl.service failed at boot (exit status 1;"), f.message());
        assertEquals(List.of("fs.protected_regular", "kernel.pid_max", "net.core.somaxconn", "vm.dirty_ratio", "vm.swappiness"),
                f.evidence().get("keys"));
        // the unit ran and succeeded: the same files are drift again, key by key
        AuditResult ok = audit("sysctl-unit-ok");
        assertTrue(findings(ok, "KERN-SYSCTL-NOT-APPLIED").isEmpty());
        assertEquals(Set.of("fs.protected_regular", "kernel.pid_max", "net.core.somaxconn", "vm.dirty_ratio", "vm.swappiness"), driftKeys(ok));
    }

    @Test
    void aValueTunedSetsNamesTheTunedProfileAndLine() {
        AuditResult r = audit("sysctl-tuned");
        Map<Object, Finding> drift = findings(r, "KERN-SYSCTL-DRIFT").stream()
                .collect(Collectors.toMap(f -> f.evidence().get("key"), f -> f));
        Finding swap = drift.get("vm.swappiness");
        assertEquals(Severity.INFO, swap.severity(), "tuned explains it: not a plain drift warning");
        assertEquals("my-db", swap.evidence().get("tuned_profile"));
        assertEquals("/etc/tuned/my-db/tuned.conf", swap.evidence().get("tuned_file"));
        assertEquals(6, swap.evidence().get("tuned_line"));
        assertTrue(swap.fixes().isEmpty(), "a fix would fight tuned");
        Finding dirty = drift.get("vm.dirty_ratio");
        assertEquals(Severity.INFO, dirty.severity());
        assertEquals(7, dirty.evidence().get("tuned_line"), "my-db overrides the 40 of throughput-performance it includes");
        assertTrue(dirty.message().contains("set by tuned profile my-db (/etc/tuned/my-db/tuned.conf:7)"), dirty.message());
        assertEquals(Severity.WARNING, drift.get("net.core.somaxconn").severity(), "tuned does not set it: plain drift");
    }

    @Test
    void aReadOnlyProcSysMakesDriftNotApplicable() {
        AuditResult r = audit("sysctl-readonly-container");
        assertTrue(findings(r, "KERN-SYSCTL-DRIFT").isEmpty(), findings(r, "KERN-SYSCTL-DRIFT").toString());
        List<AuditResult.GapReport> gaps = r.gaps().stream().filter(g -> g.rules().equals(List.of("KERN-SYSCTL-DRIFT"))).toList();
        assertEquals(1, gaps.size(), r.gaps().toString());
        assertEquals("/proc/sys: fs.protected_regular, kernel.pid_max, net.core.somaxconn, vm.dirty_ratio, vm.swappiness",
                gaps.get(0).gap().input());
        assertTrue(gaps.get(0).gap().reason().startsWith("not applicable here: /proc/sys is mounted read-only in this container (/run/.containerenv)"),
                gaps.get(0).gap().reason());
    }

    @Test
    void inAUserNamespaceOnlyKernelGlobalKeysAreNotApplicable() {
        AuditResult r = audit("sysctl-userns");
        assertEquals(Set.of("net.core.somaxconn"), driftKeys(r), "net.* belongs to the namespace: still drift");
        List<AuditResult.GapReport> gaps = r.gaps().stream().filter(g -> g.rules().equals(List.of("KERN-SYSCTL-DRIFT"))).toList();
        assertEquals("/proc/sys: fs.protected_regular, kernel.pid_max, vm.dirty_ratio, vm.swappiness", gaps.get(0).gap().input());
    }
}
