package dev.kernlint.rules;

import static dev.kernlint.testing.Fixtures.assertPasses;
import static dev.kernlint.testing.Fixtures.audit;
import static dev.kernlint.testing.Fixtures.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.engine.AuditResult;
import dev.kernlint.engine.Finding;
import dev.kernlint.engine.FixAction;
import dev.kernlint.engine.Severity;
import dev.kernlint.source.Snapshot;
import dev.kernlint.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkRulesTest {

    @Test
    void twRecycleOnAnOldKernelFires() {
        Finding f = finding(audit("net-tw-recycle-on"), "NET-TW-RECYCLE");
        assertEquals(Severity.CRITICAL, f.severity());
        assertEquals("1", f.evidence().get("value"));
        assertEquals(List.of(new FixAction.SetSysctl("net.ipv4.tcp_tw_recycle", "0")), f.fixes());
    }

    @Test
    void twRecycleOffDoesNotFire() {
        assertPasses(audit("net-tw-recycle-off"), "NET-TW-RECYCLE");
    }

    @Test
    void twRecycleAbsentSince412DoesNotFire() {
        assertPasses(audit("net-tw-recycle-removed"), "NET-TW-RECYCLE");
    }

    @Test
    void twReuseWithoutTimestampsFires() {
        Finding f = finding(audit("net-tw-reuse-no-ts"), "NET-TW-REUSE-NO-TS");
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("1", f.evidence().get("tcp_tw_reuse"));
        assertEquals("0", f.evidence().get("tcp_timestamps"));
        assertEquals(List.of(new FixAction.SetSysctl("net.ipv4.tcp_timestamps", "1")), f.fixes());
    }

    @Test
    void twReuseWithTimestampsDoesNotFire() {
        assertPasses(audit("net-tw-reuse-with-ts"), "NET-TW-REUSE-NO-TS");
    }

    @Test
    void somaxconnBelowTheProfileMinimumFires() {
        Finding f = finding(audit("net-somaxconn-low"), "NET-SOMAXCONN-LOW");
        assertEquals("128", f.evidence().get("value"));
        assertEquals(4096L, f.evidence().get("expected_min"));
        assertEquals(List.of(new FixAction.SetSysctl("net.core.somaxconn", "4096")), f.fixes());
    }

    @Test
    void somaxconnAtTheMinimumDoesNotFire() {
        assertPasses(audit("net-somaxconn-ok"), "NET-SOMAXCONN-LOW");
    }

    @Test
    void sysctlRulesAreNotEvaluatedWithoutProcSys(@TempDir Path dir) {
        Fixtures.write(dir, "proc/meminfo", Fixtures.sample("meminfo-6.18.txt"));
        AuditResult r;
        try (Snapshot s = Snapshot.open(dir)) {
            r = Fixtures.audit(s);
        }
        for (String rule : List.of("NET-TW-RECYCLE", "NET-TW-REUSE-NO-TS", "NET-SOMAXCONN-LOW", "KERN-SYSCTL-BASELINE")) {
            assertTrue(r.rulesNotEvaluated().contains(rule), rule + " " + r.rulesNotEvaluated());
            assertTrue(Fixtures.findings(r, rule).isEmpty(), rule + " " + r.findings());
        }
    }
}
