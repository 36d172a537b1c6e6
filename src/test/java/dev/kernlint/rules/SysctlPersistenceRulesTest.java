package dev.kernlint.rules;

import static dev.kernlint.testing.Fixtures.audit;
import static dev.kernlint.testing.Fixtures.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.engine.AuditResult;
import dev.kernlint.engine.Finding;
import dev.kernlint.engine.FixAction;
import dev.kernlint.engine.Severity;
import dev.kernlint.source.LiveHost;
import dev.kernlint.testing.Fixtures;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** KERN-SYSCTL-DRIFT and KERN-SYSCTL-DEAD-KEY on a host with vendor, local, runtime and legacy configuration. */
class SysctlPersistenceRulesTest {

    @TempDir
    Path tmp;

    private static Map<String, Finding> byKey(AuditResult r, String rule) {
        return findings(r, rule).stream().collect(Collectors.toMap(f -> (String) f.evidence().get("key"), Function.identity()));
    }

    @Test
    void driftNamesTheWinningFileAndLine() {
        Map<String, Finding> drift = byKey(audit("sysctl-persisted"), "KERN-SYSCTL-DRIFT");
        assertEquals(java.util.Set.of("vm.swappiness", "vm.dirty_ratio"), drift.keySet());
        Finding sw = drift.get("vm.swappiness");
        assertEquals("60", sw.evidence().get("running"));
        assertEquals("30", sw.evidence().get("persisted"), "/etc/sysctl.conf is applied last");
        assertEquals("/etc/sysctl.conf", sw.evidence().get("file"));
        assertEquals(3, sw.evidence().get("line"));
        assertEquals(List.of("/etc/sysctl.d/60-tuning.conf:2", "/etc/sysctl.conf:3"), sw.evidence().get("all_assignments"),
                "99-sysctl.conf, a copy of sysctl.conf, is not counted twice");
        assertEquals(List.of(new FixAction.SetSysctl("vm.swappiness", "30")), sw.fixes());
        assertEquals("/run/sysctl.d/70-run.conf", drift.get("vm.dirty_ratio").evidence().get("file"));
    }

    @Test
    void deadKeysWithTheirHistory() {
        AuditResult r = audit("sysctl-persisted");
        Map<String, Finding> dead = byKey(r, "KERN-SYSCTL-DEAD-KEY");
        assertEquals(java.util.Set.of("net.ipv4.tcp_tw_recycle", "kernel.sched_migration_cost_ns", "net.bridge.bridge-nf-call-iptables"), dead.keySet(),
                "not the glob, not the write-only route.flush, not the hidden vendor file's keys");
        Finding recycle = dead.get("net.ipv4.tcp_tw_recycle");
        assertEquals(Severity.WARNING, recycle.severity());
        assertEquals("/etc/sysctl.d/60-tuning.conf", recycle.evidence().get("file"));
        assertEquals(3, recycle.evidence().get("line"));
        assertTrue(recycle.message().contains("removed in Linux 4.12"), recycle.message());
        assertEquals(List.of(new FixAction.RemoveSysctl("net.ipv4.tcp_tw_recycle")), recycle.fixes());
        assertTrue(dead.get("kernel.sched_migration_cost_ns").message().contains("/sys/kernel/debug/sched/ in Linux 5.13"));
        Finding bridge = dead.get("net.bridge.bridge-nf-call-iptables");
        assertEquals(Severity.INFO, bridge.severity(), "a module key with '-': it may appear when br_netfilter loads");
        assertEquals("module br_netfilter", bridge.evidence().get("exists_with"));
        // the same-name vendor file is hidden by /etc/sysctl.d/50-default.conf: none of its keys is judged
        assertTrue(r.findings().stream().noneMatch(f -> f.message().contains("fs.protected")));
    }

    @Test
    void equalValuesInOtherSpellingsAreNoDrift() {
        AuditResult r = audit("sysctl-clean");
        assertTrue(findings(r, "KERN-SYSCTL-DRIFT").isEmpty(), "tabs vs spaces, 0x10 vs 16: " + findings(r, "KERN-SYSCTL-DRIFT"));
        assertTrue(findings(r, "KERN-SYSCTL-DEAD-KEY").isEmpty(), "globs and exclusions are never dead");
        assertTrue(r.rulesEvaluated().contains("KERN-SYSCTL-DRIFT"));
        assertTrue(r.rulesEvaluated().contains("KERN-SYSCTL-DEAD-KEY"));
    }

    @Test
    void withoutProcSysNothingIsJudged() {
        Fixtures.write(tmp, "etc/sysctl.d/60-tuning.conf", "net.ipv4.tcp_tw_recycle = 0\nvm.swappiness = 10\n");
        AuditResult r = Fixtures.audit(new LiveHost(tmp, Duration.ofSeconds(1)));
        assertTrue(findings(r, "KERN-SYSCTL-DEAD-KEY").isEmpty(), "a missing /proc/sys is not a missing key");
        assertTrue(findings(r, "KERN-SYSCTL-DRIFT").isEmpty());
        assertTrue(r.rulesNotEvaluated().contains("KERN-SYSCTL-DEAD-KEY"));
        assertTrue(r.rulesNotEvaluated().contains("KERN-SYSCTL-DRIFT"));
    }
}
