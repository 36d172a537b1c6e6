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

class DiskRulesTest {
    /** The inventory rules are off in the default profile (the inventory is always in the report); on here. */
    private static final dev.kernlint.profile.Profile INVENTORY =
            dev.kernlint.profile.ProfileLoader.load("src/test/resources/profiles/inventory-findings.yaml");


    @Test
    void failedDriveIsCriticalAndPendingSectorsWarn() {
        Map<Object, Finding> byDisk = findings(audit("disk-smart-failing"), "DISK-SMART-HEALTH").stream()
                .collect(Collectors.toMap(f -> f.evidence().get("disk"), f -> f));
        assertEquals(Severity.CRITICAL, byDisk.get("sda").severity());
        assertEquals(Severity.WARNING, byDisk.get("sdb").severity());
        assertEquals(8L, byDisk.get("sdb").evidence().get("pending"));
        assertTrue(!byDisk.containsKey("nvme0n1"), "a healthy NVMe drive is quiet");
    }

    @Test
    void megaraidMembersAreCheckedWithTheirDeviceType() {
        List<Finding> f = findings(audit("disk-megaraid"), "DISK-SMART-HEALTH");
        assertEquals(List.of("smartctl -a -d megaraid,2 /dev/bus/0", "smartctl -a -d sat+megaraid,1 /dev/bus/0"),
                f.stream().map(x -> (String) x.evidence().get("command")).sorted().toList());
        assertTrue(f.stream().allMatch(x -> x.severity() == Severity.WARNING));
    }

    @Test
    void healthyDisksAreQuiet() {
        for (String c : List.of("disk-healthy", "disk-hpsa-healthy", "server-r740-healthy")) {
            AuditResult r = audit(c);
            assertTrue(findings(r, "DISK-SMART-HEALTH").isEmpty(), c);
            assertTrue(r.rulesEvaluated().contains("DISK-SMART-HEALTH"), c);
        }
    }

    @Test
    void smartctlDeniedOrMissingIsNotEvaluated() {
        AuditResult denied = audit("disk-smart-denied");
        assertTrue(denied.rulesNotEvaluated().contains("DISK-SMART-HEALTH"));
        assertTrue(denied.gaps().stream().anyMatch(g -> g.gap().reason().startsWith("needs root")));
        AuditResult missing = audit("disk-no-smartctl");
        assertTrue(missing.rulesNotEvaluated().contains("DISK-SMART-HEALTH"));
        assertTrue(missing.gaps().stream().anyMatch(g -> g.gap().input().equals("smartctl") && g.gap().reason().contains("smartmontools")));
        assertTrue(findings(denied, "DISK-SMART-HEALTH").isEmpty() && findings(missing, "DISK-SMART-HEALTH").isEmpty());
    }

    @Test
    void fullFilesystemsWarnAndCriticalOncePerDevice() {
        AuditResult r = audit("disk-full");
        Map<Object, Finding> space = findings(r, "DISK-SPACE").stream().collect(Collectors.toMap(f -> f.evidence().get("mount"), f -> f));
        assertEquals(Severity.WARNING, space.get("/").severity(), "87% on btrfs");
        assertEquals(Severity.CRITICAL, space.get("/media/backup disk").severity());
        assertEquals(2, space.size(), "/home is the same btrfs device; tmpfs and vfat at 2% are not findings");
        List<Finding> inodes = findings(r, "DISK-INODES");
        assertEquals(1, inodes.size(), "btrfs has no inode count; only the ext4 disk is judged");
        assertEquals("/media/backup disk", inodes.get(0).evidence().get("mount"));
    }

    @Test
    void roomyOrVirtualFilesystemsAreQuiet() {
        for (String c : List.of("disk-space-ok", "disk-healthy")) {
            AuditResult r = audit(c);
            assertTrue(findings(r, "DISK-SPACE").isEmpty() && findings(r, "DISK-INODES").isEmpty(), c);
            assertTrue(r.rulesEvaluated().containsAll(List.of("DISK-SPACE", "DISK-INODES")), c);
        }
    }

    @Test
    void inventoryGivesTheSmartctlTypePerDisk() {
        List<Finding> f = findings(audit("disk-megaraid", INVENTORY), "DISK-INVENTORY");
        assertEquals(1, f.size());
        assertTrue(f.get(0).evidence().get("smartctl").toString().contains("megaraid,N"));
        assertTrue(findings(audit("disk-space-ok", INVENTORY), "DISK-INVENTORY").isEmpty(), "no /sys/block in that snapshot");
    }
}
