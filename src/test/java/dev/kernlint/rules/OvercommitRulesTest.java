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
import java.util.List;
import org.junit.jupiter.api.Test;

class OvercommitRulesTest {
    private static final String NEAR = "MEM-OVERCOMMIT-STRICT-NEAR-LIMIT";
    private static final String WASTE = "MEM-OVERCOMMIT-RATIO-WASTE";
    private static final String ALWAYS = "MEM-OVERCOMMIT-ALWAYS";

    @Test
    void strictModeNearCommitLimitIsCritical() {
        // mode 2, Committed_AS 15,000,000 of CommitLimit 15,564,800 kB (96%)
        AuditResult r = audit("mem-overcommit-strict-near-limit");
        Finding f = finding(r, NEAR);
        assertEquals(Severity.CRITICAL, f.severity());
        assertEquals(15000000L, f.evidence().get("committed_as_kb"));
        assertEquals(15564800L, f.evidence().get("commit_limit_kb"));
        assertEquals(0.964, f.evidence().get("share"));
        assertPasses(r, WASTE); // ratio 95: CommitLimit is 95% of RAM
    }

    @Test
    void strictModeWithRoomDoesNotFire() {
        AuditResult r = audit("mem-overcommit-strict-ok");
        assertPasses(r, NEAR);
        assertPasses(r, WASTE);
        assertPasses(r, ALWAYS);
    }

    @Test
    void strictModeWithTheDefaultRatioWastesHalfTheRam() {
        AuditResult r = audit("mem-overcommit-ratio-waste");
        Finding f = finding(r, WASTE);
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(50L, f.evidence().get("overcommit_ratio"));
        assertEquals(8192000L, f.evidence().get("commit_limit_kb"));
        assertEquals(16384000L, f.evidence().get("mem_total_kb"));
        // the profile asks for 80% of RAM: the suggested ratio leaves a margin above that, at most 95
        assertEquals(List.of(new FixAction.SetSysctl("vm.overcommit_ratio", "85")), f.fixes());
        assertPasses(r, NEAR);
    }

    @Test
    void alwaysOvercommitReportsTheOomKills() {
        AuditResult r = audit("mem-overcommit-always");
        Finding f = finding(r, ALWAYS);
        assertEquals(Severity.INFO, f.severity());
        assertEquals(3L, f.evidence().get("oom_kill"));
        assertEquals(0L, f.evidence().get("panic_on_oom"));
        assertTrue(f.message().contains("3 times"), f.message());
        // the strict-mode rules judge mode 2 only, whatever Committed_AS says
        assertPasses(r, NEAR);
        assertPasses(r, WASTE);
    }

    @Test
    void heuristicModeFiresNoOvercommitRule() {
        // mode 0 with CommitLimit at half the RAM and Committed_AS above it: normal for the heuristic mode
        AuditResult r = audit("mem-overcommit-heuristic");
        assertPasses(r, NEAR);
        assertPasses(r, WASTE);
        assertPasses(r, ALWAYS);
    }
}
