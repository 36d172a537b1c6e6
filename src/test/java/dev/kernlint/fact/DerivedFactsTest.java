package dev.kernlint.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The judgements facts make for rules: node sums, the DIMM gap, link state, human sizes. */
class DerivedFactsTest {
    static final long GIB = 1L << 30;

    @Test
    void deferredStructPageInitIsAMismatch() {
        // seen on a 24 GB guest: node0 says 4.5 GB while /proc/meminfo says 24 GB
        assertFalse(new NumaTopology(1, "0", 4_718_592L, 24_683_620L, false).nodeSumsMatch());
        assertTrue(new NumaTopology(2, "0-1", 65_536_000L, 65_536_000L, false).nodeSumsMatch());
        assertFalse(new NumaTopology(2, "0-1", null, 65_536_000L, false).nodeSumsMatch(), "unknown is not a match");
    }

    @Test
    void dimmGapWithBlocksIsExactWithMemTotalItHasSlack() {
        DimmSum blocks = new DimmSum(4, 3, 0, 96 * GIB, 32 * GIB, 64 * GIB, DimmSum.BLOCKS, 0);
        assertTrue(blocks.dimmMissing(0.05, 0.5));
        assertEquals(32 * GIB, blocks.missingBytes(0.05));
        // 24 GiB of DIMMs and MemTotal 23.3 GiB: kernel and crashkernel reservations, not a module
        DimmSum memTotal = new DimmSum(3, 2, 0, 24 * GIB, 8 * GIB, 24_400_000L * 1024, DimmSum.MEMTOTAL, 0);
        assertFalse(memTotal.dimmMissing(0.05, 0.5));
        DimmSum lost = new DimmSum(3, 2, 0, 24 * GIB, 8 * GIB, 15 * GIB, DimmSum.MEMTOTAL, 0);
        assertTrue(lost.dimmMissing(0.05, 0.5));
        assertFalse(new DimmSum(1, 1, 0, 8 * GIB, 8 * GIB, null, DimmSum.MEMTOTAL, 0).dimmMissing(0.05, 0.5), "unknown RAM is no finding");
    }

    @Test
    void linkDownOrUnknownSpeedIsNeverADowngrade() {
        NicLink down = new NicLink("eth0", "down", null, null, java.util.List.of(), 10000L, 10000L, null);
        assertFalse(down.up());
        NicLink slow = new NicLink("eth0", "up", 1000L, "full", java.util.List.of(), 10000L, 10000L, 1000L);
        assertTrue(slow.up() && slow.belowBest());
        assertTrue(slow.describeDowngrade().contains("switch port offers at most 1000"), slow.describeDowngrade());
    }

    @Test
    void humanSizes() {
        assertEquals("24 GiB", Bytes.human(24 * GIB));
        assertEquals("23.5 GiB", Bytes.human(24_683_620L * 1024));
        assertEquals("894 GiB", Bytes.human(1874329600L * 512));
        assertEquals("512 B", Bytes.human(512));
    }
}
