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
import dev.kernlint.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class RingBufferRulesTest {
    private static final String RULE = "NIC-RING-BELOW-MAX";

    @Test
    void oldEthtoolFormatBelowMaxFires() {
        Finding f = finding(audit("nic-ring-below-max-old"), RULE);
        assertEquals(Severity.INFO, f.severity());
        assertEquals("eth0", f.evidence().get("iface"));
        assertEquals(256L, f.evidence().get("rx"));
        assertEquals(4096L, f.evidence().get("rx_max"));
        assertEquals(List.of(new FixAction.SetRing("eth0", 4096L, 4096L)), f.fixes());
        assertEquals("ethtool -G eth0 rx 4096 tx 4096", f.fixes().get(0).commandText());
    }

    @Test
    void newEthtoolFormatWithPushAndSplitLinesBelowMaxFires() {
        Finding f = finding(audit("nic-ring-below-max-new"), RULE);
        assertEquals(1024L, f.evidence().get("rx"));
        assertEquals(8192L, f.evidence().get("rx_max"));
        assertEquals(1024L, f.evidence().get("tx"));
    }

    @Test
    void ringsAtTheirMaximumDoNotFire() {
        assertPasses(audit("nic-ring-at-max"), RULE);
    }

    @Test
    void ringsTheDriverReportsAsNaNeverFire() {
        assertPasses(audit("nic-ring-na"), RULE);
    }

    @Test
    void loopbackIsNeverAskedForRings() {
        AuditResult r = audit("nic-ring-below-max-old");
        assertTrue(Fixtures.findings(r, RULE).stream().noneMatch(f -> "lo".equals(f.evidence().get("iface"))));
    }

    @Test
    void aDeniedEthtoolInTheManifestMeansNotEvaluatedAndNoFinding() {
        AuditResult r = audit("nic-ring-denied");
        assertTrue(r.rulesNotEvaluated().contains(RULE), r.rulesNotEvaluated().toString());
        assertTrue(Fixtures.findings(r, RULE).isEmpty());
        AuditResult.GapReport gap = r.gaps().stream().filter(g -> g.gap().input().equals("ethtool -g eth0")).findFirst().orElseThrow();
        assertEquals("ethtool exited 1: Operation not permitted", gap.gap().reason());
        assertTrue(gap.rules().contains(RULE), gap.rules().toString());
    }
}
