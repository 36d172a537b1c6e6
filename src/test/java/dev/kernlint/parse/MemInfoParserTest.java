package dev.kernlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.fact.MemInfo;
import dev.kernlint.testing.Fixtures;
import org.junit.jupiter.api.Test;

class MemInfoParserTest {

    @Test
    void readsARecentKernel() {
        MemInfo m = MemInfoParser.parse(Fixtures.sample("meminfo-6.18.txt"));
        assertEquals(24683620L, m.memTotalKb());
        assertEquals(24347200L, m.availableKb(), "MemAvailable is used as printed when the kernel has it");
        assertTrue(m.has("KReclaimable"));
        assertTrue(m.has("Committed_AS"));
    }

    @Test
    void hugePagesCountsHaveNoUnit() {
        MemInfo m = MemInfoParser.parse(Fixtures.sample("meminfo-6.18.txt"));
        assertEquals(0L, m.get("HugePages_Total"));
        assertEquals(2048L, m.get("Hugepagesize"));
        MemInfo old = MemInfoParser.parse(Fixtures.sample("meminfo-3.2-no-memavailable.txt"));
        assertEquals(0L, old.get("HugePages_Surp"));
    }

    @Test
    void oldKernelWithoutMemAvailableFallsBackToTheEstimate() {
        MemInfo m = MemInfoParser.parse(Fixtures.sample("meminfo-3.2-no-memavailable.txt"));
        assertFalse(m.has("MemAvailable"));
        assertFalse(m.has("KReclaimable"), "a key the kernel does not print stays absent");
        assertNull(m.get("KReclaimable"));
        // MemFree + Active(file) + Inactive(file) + SReclaimable
        assertEquals(157716L + 823812L + 539160L + 105976L, m.availableKb());
    }

    @Test
    void availableIsUnknownWhenEvenTheEstimateLacksInputs() {
        MemInfo m = MemInfoParser.parse("MemTotal:        2052056 kB\nMemFree:          157716 kB\n");
        assertNull(m.availableKb());
    }

    @Test
    void readsPerNodeMeminfoWithItsNodePrefix() {
        MemInfo n = MemInfoParser.parse(Fixtures.sample("node0-meminfo-6.18.txt"));
        assertEquals(4941600L, n.memTotalKb());
        assertTrue(n.has("MemUsed"), "per-node files have MemUsed");
        assertTrue(n.has("HugePages_Total"));
        assertFalse(n.values().keySet().stream().anyMatch(k -> k.startsWith("Node")), n.values().keySet().toString());
    }

    @Test
    void refusesATruncatedFile() {
        ParseException e = assertThrows(ParseException.class, () -> MemInfoParser.parse(Fixtures.sample("meminfo-truncated.txt")));
        assertTrue(e.getMessage().contains("Cached"), e.getMessage());
    }

    @Test
    void refusesGarbage() {
        assertThrows(ParseException.class, () -> MemInfoParser.parse(Fixtures.sample("meminfo-garbage.txt")));
        assertThrows(ParseException.class, () -> MemInfoParser.parse(""));
        ParseException e = assertThrows(ParseException.class, () -> MemInfoParser.parse("MemTotal: 16 GB\n"));
        assertTrue(e.getMessage().contains("unknown unit 'GB'"), e.getMessage());
    }

    @Test
    void refusesAFileWithoutMemTotal() {
        ParseException e = assertThrows(ParseException.class, () -> MemInfoParser.parse("MemFree:          157716 kB\n"));
        assertTrue(e.getMessage().contains("no MemTotal"), e.getMessage());
    }
}
