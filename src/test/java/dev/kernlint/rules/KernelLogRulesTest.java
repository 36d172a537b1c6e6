package dev.kernlint.rules;

import static dev.kernlint.testing.Fixtures.audit;
import static dev.kernlint.testing.Fixtures.finding;
import static dev.kernlint.testing.Fixtures.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.engine.AuditResult;
import dev.kernlint.engine.Finding;
import dev.kernlint.engine.FixAction;
import java.util.List;
import org.junit.jupiter.api.Test;

/** KERN-HUNG-TASK and NET-TW-OVERFLOW-LOGGED on the kernel log (`dmesg`) of fixture snapshots. */
class KernelLogRulesTest {
    static final List<String> RULES = List.of("KERN-HUNG-TASK", "NET-TW-OVERFLOW-LOGGED");

    @Test
    void hungTasksAreNamedOnceEachWithTheLongestWait() {
        Finding f = finding(audit("kernel-log-hung"), "KERN-HUNG-TASK");
        // jbd2 reported twice (120 s, then 241 s): one task, its longest wait, in the order of its last report
        assertEquals(List.of("2145 (mysqld) blocked > 241 s", "413 (jbd2/dm-0-8) blocked > 241 s, reported 2 times"),
                f.evidence().get("tasks"));
        assertTrue(f.message().startsWith("2 task(s) reported hung"), f.message());
        assertEquals(List.of(), f.fixes(), "advice only: nothing to set");
    }

    @Test
    void bucketOverflowLinesRaiseTheLimitNeverLowerIt() {
        Finding f = finding(audit("kernel-log-hung"), "NET-TW-OVERFLOW-LOGGED");
        assertEquals(3, f.evidence().get("lines"));
        assertEquals(3611.00212, (Double) f.evidence().get("last_seconds_after_boot"), 1e-6);
        assertEquals(List.of(new FixAction.SetSysctl("net.ipv4.tcp_max_tw_buckets", "524288")), f.fixes());
    }

    @Test
    void anOrdinaryBootLogFiresNothingAndIsEvaluated() {
        AuditResult r = audit("kernel-log-quiet");
        for (String rule : RULES) {
            assertTrue(findings(r, rule).isEmpty(), rule + ": " + findings(r, rule));
            assertTrue(r.rulesEvaluated().contains(rule), rule + " evaluated: " + r.gaps());
        }
    }

    @Test
    void aLogKeptFromUsNeverPasses() {
        AuditResult denied = audit("kernel-log-denied");
        for (String rule : RULES) {
            assertTrue(denied.rulesNotEvaluated().contains(rule), rule);
        }
        assertTrue(denied.gaps().stream().anyMatch(g -> g.gap().input().equals("dmesg")
                && g.gap().reason().contains("needs root: kernel.dmesg_restrict")), denied.gaps().toString());
        // a snapshot without the log (written before kernlint read it): a gap, not a pass
        AuditResult none = audit("proc-healthy");
        assertTrue(none.rulesNotEvaluated().contains("KERN-HUNG-TASK"), none.rulesEvaluated().toString());
    }
}
