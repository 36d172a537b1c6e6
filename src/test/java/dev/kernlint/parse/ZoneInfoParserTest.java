package dev.kernlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.fact.ZoneInfo;
import dev.kernlint.fact.ZoneWatermarks;
import dev.kernlint.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** /proc/zoneinfo as 6.18 prints it (per-node stats, boost, promo, pagesets with "high:") and as 3.10 did. */
class ZoneInfoParserTest {

    @Test
    void newFormatOfThisKernel() {
        ZoneInfo z = ZoneInfoParser.parse(Fixtures.sample("zoneinfo-6.18.txt"));
        List<String> names = z.zones().stream().map(ZoneWatermarks::zone).toList();
        assertTrue(names.containsAll(List.of("DMA", "DMA32", "Normal")), names.toString());
        assertEquals(List.of(0), z.nodes());
        for (ZoneWatermarks w : z.zones()) {
            // the pageset's "high:  N" must not replace the watermark
            assertTrue(w.managed() == 0 || (w.min() <= w.low() && w.low() <= w.high()), w.toString());
            assertTrue(w.free() <= Math.max(w.managed(), 1) || w.managed() == 0, w.toString());
        }
        ZoneWatermarks dma = z.zones().get(0);
        assertEquals("DMA", dma.zone());
        assertFalse(dma.counts(), "ZONE_DMA is not the node's level");
        assertTrue(z.freePercent(0) > 0 && z.freePercent(0) <= 100);
    }

    @Test
    void oldFormatWithTwoNodesOneBelowItsLowWatermark() {
        ZoneInfo z = ZoneInfoParser.parse(Fixtures.sample("zoneinfo-3.10-2node.txt"));
        assertEquals(List.of(0, 1), z.nodes());
        ZoneWatermarks normal0 = z.zones().get(2);
        assertEquals(new ZoneWatermarks(0, "Normal", 10980, 14417, 18021, 21625, 7731473), normal0);
        assertEquals(10980L - 18021L, z.lowMargin(0), "node 0's Normal zone is 7041 pages below low");
        assertTrue(z.lowMargin(1) > 0);
        assertTrue(z.freePercent(1) > 40, "node 1 is almost half free: " + z.freePercent(1));
    }

    @Test
    void beforeManagedExistedPresentStandsIn() {
        ZoneInfo z = ZoneInfoParser.parse("Node 0, zone   Normal\n  pages free     500\n        min      10\n        low      12\n"
                + "        high     14\n        scanned  0\n        spanned  1000\n        present  1000\n");
        assertEquals(1000, z.zones().get(0).managed());
    }

    @Test
    void garbageAndTruncatedTextAreRefused() {
        assertThrows(ParseException.class, () -> ZoneInfoParser.parse("hello\nworld\n"));
        String text = Fixtures.sample("zoneinfo-3.10-2node.txt");
        String cut = text.substring(0, text.lastIndexOf("        low"));
        ParseException e = assertThrows(ParseException.class, () -> ZoneInfoParser.parse(cut));
        assertTrue(e.getMessage().contains("node 1 zone Normal"), e.getMessage());
    }
}
