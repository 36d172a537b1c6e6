package dev.kernlint.rules;

import static dev.kernlint.testing.Fixtures.audit;
import static dev.kernlint.testing.Fixtures.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.engine.AuditResult;
import dev.kernlint.engine.Finding;
import dev.kernlint.engine.FixAction;
import dev.kernlint.engine.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumaRulesTest {

    @Test
    void zoneReclaimOnTwoNodesFiresWithTheFix() {
        AuditResult r = audit("numa-two-nodes-reclaim-on");
        List<Finding> f = findings(r, "NUMA-ZONE-RECLAIM-ON");
        assertEquals(1, f.size());
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertEquals(List.of(new FixAction.SetSysctl("vm.zone_reclaim_mode", "0")), f.get(0).fixes());
        assertTrue(r.rulesEvaluated().contains("NUMA-ZONE-RECLAIM-ON"));
    }

    @Test
    void zoneReclaimOffOrSingleNodeIsQuiet() {
        assertTrue(findings(audit("numa-two-nodes-reclaim-off"), "NUMA-ZONE-RECLAIM-ON").isEmpty());
        AuditResult single = audit("numa-off-two-sockets");
        assertTrue(findings(single, "NUMA-ZONE-RECLAIM-ON").isEmpty(), "zone_reclaim_mode=1 means nothing with one node");
        assertTrue(single.rulesEvaluated().contains("NUMA-ZONE-RECLAIM-ON"));
    }

    @Test
    void twoSocketsOneNodeNamesNumaOff() {
        List<Finding> f = findings(audit("numa-off-two-sockets"), "NUMA-TOPOLOGY-MISMATCH");
        assertEquals(1, f.size());
        assertEquals(Severity.INFO, f.get(0).severity());
        assertEquals(true, f.get(0).evidence().get("numa_off_on_cmdline"));
        assertTrue(f.get(0).message().contains("numa=off"));
    }

    @Test
    void topologyMatchesIsQuiet() {
        assertTrue(findings(audit("numa-single-socket"), "NUMA-TOPOLOGY-MISMATCH").isEmpty());
        assertTrue(findings(audit("numa-two-nodes-reclaim-off"), "NUMA-TOPOLOGY-MISMATCH").isEmpty());
    }

    @Test
    void balancingStateReportsRatesSinceBootOnlyWithSeveralNodes() {
        List<Finding> f = findings(audit("numa-two-nodes-reclaim-off"), "NUMA-BALANCING-STATE");
        assertEquals(1, f.size());
        assertEquals("1", f.get(0).evidence().get("numa_balancing"));
        // 86,400,000 hint faults over a day of uptime
        assertTrue(f.get(0).message().contains("1000.0 hint faults/s"), f.get(0).message());
        assertTrue(findings(audit("numa-single-socket"), "NUMA-BALANCING-STATE").isEmpty());
    }

    @Test
    void withoutNodeDirectoryNumaRulesAreNotEvaluated() {
        AuditResult r = audit("disk-space-ok");
        assertTrue(r.rulesNotEvaluated().containsAll(List.of("NUMA-TOPOLOGY-MISMATCH", "NUMA-ZONE-RECLAIM-ON", "NUMA-BALANCING-STATE")));
        assertTrue(r.findings().stream().noneMatch(x -> x.rule().startsWith("NUMA-")));
    }
}
