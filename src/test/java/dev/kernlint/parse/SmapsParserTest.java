package dev.kernlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.fact.Mapping;
import dev.kernlint.fact.ProcessMappings;
import dev.kernlint.testing.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * smaps, smaps_rollup and maps of several kernels: 6.18 is this machine's own /proc/self/smaps (of cat, with
 * Pss_Dirty and THPeligible), 5.10 a Debian 11 host with pkeys (THPeligible, ProtectionKey), 4.19 Debian 10
 * (LazyFree, no THPeligible; its rollup predates Pss_Anon), 3.10 RHEL 7 (KernelPageSize after Swap, no LazyFree).
 */
class SmapsParserTest {

    @Test
    void thisMachinesSmapsParsesEveryMappingWithItsSizes() {
        String text = Fixtures.sample("smaps-6.18.txt");
        List<Mapping> maps = SmapsParser.parse(text);
        assertEquals(text.lines().filter(MapsParser::isHeader).count(), maps.size());
        Mapping heap = maps.stream().filter(m -> m.path().equals("[heap]")).findFirst().orElseThrow();
        assertEquals(0x55cbc089b000L, heap.start());
        assertEquals(0x55cbc08bc000L, heap.end());
        assertEquals(132, heap.sizeKb());
        assertEquals(16L, heap.anonKb());
        assertEquals(16L, heap.kb().get("Pss_Dirty"));
        assertFalse(heap.kb().containsKey("THPeligible"), "THPeligible is a flag, not a size");
        assertTrue(heap.anonymous());
        Mapping cat = maps.get(0);
        assertEquals("/usr/bin/cat", cat.path());
        assertFalse(cat.anonymous());
        // the vsyscall page sits above 2^63: its addresses are unsigned
        Mapping last = maps.get(maps.size() - 1);
        assertEquals("[vsyscall]", last.path());
        assertEquals("ffffffffff600000", Long.toHexString(last.start()));
    }

    @Test
    void theSameRangesAsMapsOfTheSameKernel() {
        List<Mapping> fromMaps = MapsParser.parse(Fixtures.sample("maps-6.18.txt"));
        assertEquals(38, fromMaps.size());
        assertTrue(fromMaps.stream().allMatch(m -> m.kb().isEmpty() && m.anonKb() == null));
        Mapping anon = fromMaps.stream().filter(m -> m.path().isEmpty() && m.perms().equals("rw-p")).findFirst().orElseThrow();
        assertTrue(anon.anonymous());
        assertEquals("anonymous mmap region", anon.kind());
    }

    @Test
    void rhel7SmapsWithoutTheNewerFields() {
        List<Mapping> maps = SmapsParser.parse(Fixtures.sample("smaps-3.10.txt"));
        assertEquals(8, maps.size());
        Mapping heap = maps.get(2);
        assertEquals("heap", heap.kind());
        assertEquals(63200L, heap.anonKb());
        assertEquals(64L, heap.kb().get("Swap"));
        assertNull(heap.kb().get("LazyFree"));
        assertEquals("stack", maps.get(6).kind());
    }

    @Test
    void debian10AndPkeysKernelsWithTheirExtraFields() {
        List<Mapping> old = SmapsParser.parse(Fixtures.sample("smaps-4.19.txt"));
        assertEquals(65552L, old.get(2).anonKb());
        assertEquals(0L, old.get(2).kb().get("LazyFree"));
        List<Mapping> pkeys = SmapsParser.parse(Fixtures.sample("smaps-5.10.txt"));
        assertEquals(5, pkeys.size());
        assertFalse(pkeys.get(0).kb().containsKey("ProtectionKey"));
        assertEquals(0L, pkeys.get(0).kb().get("FilePmdMapped"));
        // an rw-p region right above a one-page ---p guard is a thread stack; the arena below is not
        ProcessMappings pm = new ProcessMappings("1@1", 1, pkeys);
        assertEquals("thread stack", pm.kindOf(pkeys.get(3)));
        assertEquals("anonymous mmap region", pm.kindOf(pkeys.get(1)));
        assertEquals("heap", pm.kindOf(pkeys.get(0)));
    }

    @Test
    void rollupBeforeAndAfterPssAnon() {
        Map<String, Long> old = SmapsRollupParser.parse(Fixtures.sample("smaps-rollup-4.19.txt"));
        assertEquals(65720L, old.get("Rss"));
        assertEquals(65576L, old.get("Anonymous"));
        assertNull(old.get("Pss_Anon"), "4.19 has no Pss_Anon");
        Map<String, Long> now = SmapsRollupParser.parse(Fixtures.sample("smaps-rollup-6.18.txt"));
        assertEquals(116L, now.get("Pss_Anon"));
        assertEquals(164L, now.get("Pss_File"));
        assertEquals(0L, now.get("Pss_Shmem"));
        assertEquals(now.get("Pss"), now.get("Pss_Anon") + now.get("Pss_File") + now.get("Pss_Shmem"));
        Mapping span = SmapsRollupParser.span(Fixtures.sample("smaps-rollup-6.18.txt"));
        assertEquals("[rollup]", span.path());
        assertEquals(0x560436767000L, span.start());
    }

    @Test
    void brokenTextIsAParseErrorNotAWrongMapping() {
        assertThrows(ParseException.class, () -> SmapsParser.parse("Rss:   4 kB\n"));
        assertThrows(ParseException.class, () -> SmapsParser.parse("00400000-0040b000 r-xp 00000000 fd:00 1 /x\nRss:  many kB\n"));
        assertThrows(ParseException.class, () -> MapsParser.parse("00400000-zz r-xp 00000000 fd:00 1\n"));
        assertThrows(ParseException.class, () -> MapsParser.parse("0040b000-00400000 r-xp 00000000 fd:00 1\n"));
        assertThrows(ParseException.class, () -> SmapsRollupParser.parse(Fixtures.sample("smaps-4.19.txt")));
    }
}
