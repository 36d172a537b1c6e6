package dev.kernlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Crashes and broken contracts of the fuzz targets, each as a small input that shows it. The stat num_threads and
 * DMI type ones the fuzzer found (its inputs: ProcFilesFuzzTestInputs/processStat/crash-threads-past-int,
 * DmiFuzzTestInputs/dmiDecode/crash-dmi-type-digits); the others came from probing the same targets' contracts by
 * hand while fixing those. Each input is also in its target's corpus (crash-*), replayed by every test run.
 */
class FuzzFindingsTest {
    private static final String SD_PAM = "17588 ((sd-pam)) S 17582 17582 4130 0 -1 4194304 141 0 0 0 0 0 0 0 20 0 %s 0 161677"
            + " 2990080 423 18446744073709551615 94586788683776 94586788701705 140733740935920 0 0 0 0 6 0 1 0 0 17 0 0 0\n";

    /** num_threads 2^32 was cast to int and read as 0 threads (1 + 2^32: 1); a count past int is no stat line. */
    @Test
    void processStatThreadsPastIntAreAParseError() {
        assertEquals(1, ProcessStatParser.parse(SD_PAM.formatted("1")).threads());
        assertThrows(ParseException.class, () -> ProcessStatParser.parse(SD_PAM.formatted("4294967297")));
        assertThrows(ParseException.class, () -> ProcessStatParser.parse(SD_PAM.formatted("2147483648")));
    }

    /** 20 digits wrapped the long to a negative number: a parse error now, like any other non-number. */
    @Test
    void processStatNumberPastLongIsAParseError() {
        assertThrows(ParseException.class, () -> ProcessStatParser.parse(SD_PAM.formatted("99999999999999999999")));
        assertThrows(ParseException.class, () -> ProcessStatParser.parse(
                "99999999999999999999 (x) S 1 1 1 0 -1 0 0 0 0 0 0 0 0 0 20 0 1 0 5\n"));
    }

    /** "DMI type 1999999999999999999" threw NumberFormatException out of the parser. */
    @Test
    void dmiTypeWithTooManyDigitsIsAParseError() {
        assertThrows(ParseException.class, () -> DmiDecodeParser.parse(
                "# dmidecode 3.4\nHandle 0x0000, DMI type 1999999999999999999, 24 bytes\nBIOS Information\n\tVendor: x\n"));
        assertThrows(ParseException.class, () -> DmiDecodeParser.parse(
                "# dmidecode 2.2\nHandle 0x0000\n\tDMI type 99999999999, 24 bytes.\n\tBIOS Information\n"));
        assertEquals(17, DmiDecodeParser.parse("Handle 0x1100, DMI type 17, 84 bytes\nMemory Device\n\tSize: 16 GB\n").get(0).type());
    }

    /** A release "99999999999.1" threw NumberFormatException (Integer.parseInt past int). */
    @Test
    void kernelReleasePastIntIsAParseError() {
        assertThrows(ParseException.class, () -> KernelReleaseParser.parse("99999999999.1"));
        assertThrows(ParseException.class, () -> KernelReleaseParser.parse("6.99999999999"));
        assertEquals(18, KernelReleaseParser.parse("6.18.44-fc-v782\n").minor());
    }

    /** "cpu#99999999999" threw NumberFormatException. */
    @Test
    void schedDebugCpuNumberPastIntIsAParseError() {
        assertThrows(ParseException.class, () -> SchedDebugParser.parse("cpu#99999999999\n  .nr_running : 1\n"));
        assertEquals(1L, SchedDebugParser.parse("cpu#3, 2400.000 MHz\n  .nr_running                    : 1\n").byCpu().get(3));
    }

    /** "9999999999999 TB" overflowed to a wrong size; "-16 GB" was a negative one. */
    @Test
    void dmiSizePastLongOrNegativeIsAParseError() {
        assertThrows(ParseException.class, () -> DmiSizeParser.bytes("9999999999999 TB"));
        assertThrows(ParseException.class, () -> DmiSizeParser.bytes("-16 GB"));
        assertEquals(16L << 30, DmiSizeParser.bytes("16 GB"));
    }

    /** A ring of "-5" was a negative ring size; like 0 in old ethtool it means there is no such ring. */
    @Test
    void negativeRingSizeIsNoRing() {
        String text = "Ring parameters for eth0:\nPre-set maximums:\nRX:\t-5\nTX:\t4096\n"
                + "Current hardware settings:\nRX:\t256\nTX:\t256\n";
        assertEquals(null, EthtoolRingParser.parse("eth0", text).rxMax());
        assertEquals(4096L, EthtoolRingParser.parse("eth0", text).txMax());
    }

    /** "-5baseT/Full" read as -5 Mb/s. */
    @Test
    void linkModeWithASignHasNoSpeed() {
        assertEquals(null, LinkModes.mbps("-5baseT/Full"));
        assertEquals(null, LinkModes.mbps("+5baseT/Full"));
        assertEquals(25000L, LinkModes.mbps("25000baseCR/Full"));
    }

    /** Reserved "5,5,5" counted port 5 three times: more reserved ports in 1-10 than it holds. */
    @Test
    void reservedPortsCountOnceEach() {
        assertEquals(1, PortRangeParser.parse("1 10", "5,5,5,5,5,5,5,5,5,5,5,5").reservedInRange());
        assertEquals(10, PortRangeParser.parse("1 10", "1-8,5-12").reservedInRange());
        assertEquals(0, PortRangeParser.parse("1 10", "1-8,5-12").usable());
    }

    /** statm with a resident count near 2^63 pages overflowed to a wrong RssAnon; unreadable means null. */
    @Test
    void statmOverflowIsUnreadable() {
        assertEquals(null, StatmParser.anonKb(dev.kernlint.source.Input.ok("/proc/1/statm", "1 999999999999999999 0 0 0 0 0\n"), 4096));
        assertEquals(8L, StatmParser.anonKb(dev.kernlint.source.Input.ok("/proc/1/statm", "10 5 3 1 0 2 0\n"), 4096));
    }

    /** "/ = 1" gave an assignment with an empty key. */
    @Test
    void sysctlLineWithOnlyASlashIsNoAssignment() {
        assertEquals(0, SysctlConfParser.parse("f", "/ = 1\n").size());
        assertEquals("net.core.somaxconn", SysctlConfParser.parse("f", "/net/core/somaxconn = 1\n").get(0).key());
    }

    /** "Threads: 4294967297" was cast to int and read as 1 thread. */
    @Test
    void processStatusCountPastIntIsAParseError() {
        assertThrows(ParseException.class, () -> ProcessStatusParser.parse("Name:\tx\nPPid:\t1\nThreads:\t4294967297\n"));
        assertThrows(ParseException.class, () -> ProcessStatusParser.parse("PPid:\t2147483648\n"));
        assertEquals(4, ProcessStatusParser.parse("PPid:\t1\nThreads:\t4\n").threads());
    }

    /** Found by the short fuzzing run in mvn verify: U+001C is white space to strip() but not to a regex \\s. */
    @Test
    void bondMembersAreSplitOnEveryWhiteSpaceStripKnows() {
        assertEquals(java.util.List.of("eth0", "eth1"), BondingParser.sysfsSlaves("eth0\u001ceth1\n"));
        assertEquals(java.util.List.of("eth0", "eth1"), BondingParser.sysfsSlaves(" eth0\u2003 eth1\u001c"));
        assertEquals(java.util.List.of(), BondingParser.sysfsSlaves("\u001c \u3000\n"));
        for (String m : BondingParser.sysfsSlaves("a\u001c\u001d b\u000b\u001fc")) {
            assertEquals(m.strip(), m);
        }
    }
}
