package dev.kernlint.rules;

import static dev.kernlint.testing.Fixtures.audit;
import static dev.kernlint.testing.Fixtures.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.engine.AuditResult;
import dev.kernlint.engine.Finding;
import dev.kernlint.engine.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class HardwareRulesTest {
    /** The inventory rules are off in the default profile (the inventory is always in the report); on here. */
    private static final dev.kernlint.profile.Profile INVENTORY =
            dev.kernlint.profile.ProfileLoader.load("src/test/resources/profiles/inventory-findings.yaml");


    @Test
    void aMissingDimmIsCritical() {
        List<Finding> f = findings(audit("hw-dimm-missing"), "HW-DIMM-SUM");
        assertEquals(1, f.size());
        assertEquals(Severity.CRITICAL, f.get(0).severity());
        assertEquals(96L << 30, f.get(0).evidence().get("dimm_bytes"));
        assertEquals(64L << 30, f.get(0).evidence().get("kernel_bytes"));
    }

    @Test
    void matchingMemoryIsQuietWithBlocksOrMemTotal() {
        for (String c : List.of("hw-dimm-ok-old-dmidecode", "hw-dimm-ok-memtotal", "server-r740-healthy")) {
            AuditResult r = audit(c);
            assertTrue(findings(r, "HW-DIMM-SUM").isEmpty(), c);
            assertTrue(r.rulesEvaluated().contains("HW-DIMM-SUM"), c);
        }
    }

    @Test
    void deniedDmidecodeIsNotEvaluatedNeedsRoot() {
        assertNotEvaluated(audit("hw-dmidecode-denied"), "needs root");
    }

    @Test
    void vmWithoutDmiIsNotApplicable() {
        assertNotEvaluated(audit("hw-vm-no-dmi"), "not applicable");
    }

    @Test
    void vmWithQemuDimmsIsNotApplicableEvenWhenSizesDiffer() {
        AuditResult r = audit("hw-vm-qemu-dmi");
        assertNotEvaluated(r, "virtual machine");
        assertTrue(r.host().toString().contains("QEMU"), "the inventory still lists what dmidecode said");
    }

    private static void assertNotEvaluated(AuditResult r, String reason) {
        assertTrue(findings(r, "HW-DIMM-SUM").isEmpty());
        assertTrue(r.rulesNotEvaluated().contains("HW-DIMM-SUM"));
        assertTrue(r.gaps().stream().anyMatch(g -> g.gap().input().equals("dmidecode -t memory")
                && g.gap().reason().contains(reason) && g.rules().contains("HW-DIMM-SUM")), r.gaps().toString());
    }

    @Test
    void inventoryFindingNamesTheMachine() {
        assertTrue(findings(audit("server-r740-healthy"), "HW-INVENTORY").isEmpty(), "off in the default profile");
        List<Finding> f = findings(audit("server-r740-healthy", INVENTORY), "HW-INVENTORY");
        assertEquals(1, f.size());
        assertEquals(Severity.INFO, f.get(0).severity());
        String m = f.get(0).message();
        assertTrue(m.contains("PowerEdge R740") && m.contains("2 sockets") && m.contains("2 NUMA nodes") && m.contains("eno1 ixgbe"), m);
    }
}
