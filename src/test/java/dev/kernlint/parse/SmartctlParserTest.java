package dev.kernlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.parse.SmartScanParser.ScanEntry;
import dev.kernlint.parse.SmartctlParser.SmartReport;
import dev.kernlint.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** smartctl 5.43, 6.6 and 7.x output for ATA, SAS and NVMe disks, the open failure as non-root, and --scan-open. */
class SmartctlParserTest {

    @Test
    void ataPassedWithZeroCounters() {
        SmartReport r = SmartctlParser.parse("/dev/sda", Fixtures.sample("smartctl-ata-7.3-passed.txt"));
        assertEquals(Boolean.TRUE, r.passed());
        assertEquals(0L, r.reallocated());
        assertEquals(0L, r.pending());
        assertNull(r.openError());
    }

    @Test
    void oldSmartctlWithPendingSectorsAndTemperatureRawValues() {
        SmartReport r = SmartctlParser.parse("/dev/sdb", Fixtures.sample("smartctl-ata-5.43-pending.txt"));
        assertEquals(Boolean.TRUE, r.passed());
        assertEquals(24L, r.reallocated());
        assertEquals(8L, r.pending());
        assertEquals(8L, r.offlineUncorrectable());
    }

    @Test
    void failedVerdictWithFailingNowColumn() {
        SmartReport r = SmartctlParser.parse("/dev/sda", Fixtures.sample("smartctl-ata-7.2-failed.txt"));
        assertEquals(Boolean.FALSE, r.passed());
        assertEquals("FAILED!", r.verdict());
        assertEquals(1847L, r.reallocated(), "RAW_VALUE is the 10th column even when WHEN_FAILED says FAILING_NOW");
    }

    @Test
    void sasHealthStatusAndGrownDefects() {
        SmartReport r = SmartctlParser.parse("/dev/sdc", Fixtures.sample("smartctl-sas-6.6-ok.txt"));
        assertEquals(Boolean.TRUE, r.passed());
        assertEquals(3L, r.grownDefects());
        assertNull(r.reallocated());
        assertFalse(SmartctlParser.parse("/dev/sdc", "smartctl 6.6\nSMART Health Status: FAILURE PREDICTION THRESHOLD EXCEEDED [asc=5d, ascq=10]\n").passed());
    }

    @Test
    void nvmeHealthAndMediaErrors() {
        SmartReport r = SmartctlParser.parse("/dev/nvme0n1", Fixtures.sample("smartctl-nvme-7.3.txt"));
        assertEquals(Boolean.TRUE, r.passed());
        assertEquals(0L, r.mediaErrors());
    }

    @Test
    void permissionDeniedIsAnOpenErrorNotAVerdict() {
        SmartReport r = SmartctlParser.parse("/dev/sda", Fixtures.sample("smartctl-denied-7.3.txt"));
        assertNotNull(r.openError());
        assertTrue(r.openError().contains("Permission denied"));
        assertNull(r.passed());
    }

    @Test
    void noSmartSupportGivesNoVerdict() {
        SmartReport r = SmartctlParser.parse("/dev/sdd", "smartctl 7.3\n\nSMART support is: Unavailable - device lacks SMART capability.\n");
        assertNull(r.passed());
        assertTrue(r.unavailable().startsWith("Unavailable"));
        assertThrows(ParseException.class, () -> SmartctlParser.parse("/dev/sda", "hello\n"));
    }

    @Test
    void scanOpenListsMegaraidMembersAndSkipsCommentedDevices() {
        List<ScanEntry> e = SmartScanParser.parse(Fixtures.sample("smartctl-scan-open-megaraid.txt"));
        assertEquals(4, e.size(), "the '# /dev/sda' line is a device smartctl could not open");
        assertEquals(new ScanEntry("/dev/bus/0", "sat+megaraid,0"), e.get(0));
        assertEquals("megaraid,2", e.get(2).type());
        assertThrows(ParseException.class, () -> SmartScanParser.parse("/dev/sda -x scsi # x\n"));
    }
}
