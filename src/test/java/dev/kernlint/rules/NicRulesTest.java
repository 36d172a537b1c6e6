package dev.kernlint.rules;

import static dev.kernlint.testing.Fixtures.audit;
import static dev.kernlint.testing.Fixtures.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.engine.AuditResult;
import dev.kernlint.engine.Finding;
import dev.kernlint.engine.Severity;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NicRulesTest {
    static final List<String> NIC_RULES = List.of("NIC-SPEED-DOWNGRADE", "NIC-OFFLOAD-REVIEW", "NIC-FW-MISMATCH");

    @Test
    void slowLinkWarnsAndHalfDuplexIsCritical() {
        Map<Object, Finding> byIface = findings(audit("nic-problems"), "NIC-SPEED-DOWNGRADE").stream()
                .collect(Collectors.toMap(f -> f.evidence().get("iface"), f -> f));
        assertEquals(Severity.WARNING, byIface.get("eth0").severity(), "100 Mb/s on a gigabit NIC");
        assertEquals(1000L, byIface.get("eth0").evidence().get("best_supported_mbps"));
        assertEquals(Severity.CRITICAL, byIface.get("eth1").severity(), "half duplex at full speed");
    }

    @Test
    void offloadsOffAreReviewedWithTheCommand() {
        List<Finding> f = findings(audit("nic-problems"), "NIC-OFFLOAD-REVIEW");
        assertEquals(1, f.size(), "eth1 has everything on");
        assertTrue(f.get(0).message().contains("ethtool -K eth0 tso on gro on"), f.get(0).message());
    }

    @Test
    void bondMembersWithDifferentFirmware() {
        List<Finding> f = findings(audit("nic-problems"), "NIC-FW-MISMATCH");
        assertEquals(1, f.size());
        assertEquals("bond0", f.get(0).evidence().get("bond"));
        assertTrue(f.get(0).message().contains("0x80000835") && f.get(0).message().contains("0x800003e7"));
    }

    @Test
    void healthyBondDownLinkVethAndFixedOffloadsStayQuiet() {
        AuditResult r = audit("nic-healthy");
        for (String rule : NIC_RULES) {
            assertTrue(findings(r, rule).isEmpty(), rule);
            assertTrue(r.rulesEvaluated().contains(rule), rule + " must be evaluated, not skipped");
        }
        // bonding_masters is a file in /sys/class/net: no "ethtool -g bonding_masters" gap
        assertTrue(r.rulesEvaluated().contains("NIC-RING-BELOW-MAX"), r.gaps().toString());
    }

    @Test
    void withoutEthtoolTheRulesAreNotEvaluated() {
        AuditResult r = audit("nic-no-ethtool");
        assertTrue(r.rulesNotEvaluated().containsAll(NIC_RULES));
        assertTrue(r.findings().stream().noneMatch(f -> f.rule().startsWith("NIC-")));
        assertTrue(r.gaps().stream().anyMatch(g -> g.gap().input().equals("ethtool") && g.gap().reason().contains("not installed")));
    }
}
