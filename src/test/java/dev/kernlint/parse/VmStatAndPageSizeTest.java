package dev.kernlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.fact.VmStat;
import dev.kernlint.testing.Fixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VmStatAndPageSizeTest {

    @Test
    void newKernel() {
        VmStat v = new VmStat(VmStatParser.parse(Fixtures.sample("proc/vmstat-6.18.txt")));
        assertTrue(v.has("pswpin"));
        assertTrue(v.has("oom_kill"), "oom_kill since 4.13");
        assertNull(v.get("pgsteal_normal"), "per-zone pgsteal counters are gone");
    }

    @Test
    void oldKernel() {
        VmStat v = new VmStat(VmStatParser.parse(Fixtures.sample("proc/vmstat-2.6.32.txt")));
        assertEquals(212380L, v.get("pswpin"));
        assertEquals(58717063L, v.get("pgsteal_normal"));
        assertNull(v.get("oom_kill"), "unknown on 2.6.32, not 0");
    }

    @Test
    void garbage() {
        assertThrows(ParseException.class, () -> VmStatParser.parse("nr_free_pages lots\n"));
        assertThrows(ParseException.class, () -> VmStatParser.parse("\n"));
    }

    @Test
    void pageSizeFromSlabCounters() {
        assertEquals(4096, PageSize.infer(MemInfoParser.parse(Fixtures.sample("proc/meminfo-6.18.txt")),
                new VmStat(VmStatParser.parse(Fixtures.sample("proc/vmstat-6.18.txt")))));
        assertEquals(4096, PageSize.infer(MemInfoParser.parse(Fixtures.sample("proc/meminfo-2.6.32.txt")),
                new VmStat(VmStatParser.parse(Fixtures.sample("proc/vmstat-2.6.32.txt")))));
        // a 64 KiB arm64/ppc64le kernel: 1000 pages are 64000 kB
        assertEquals(65536, PageSize.infer(MemInfoParser.parse("MemTotal: 1 kB\nSReclaimable: 64000 kB\n"),
                new VmStat(Map.of("nr_slab_reclaimable", 1000L))));
        assertNull(PageSize.infer(MemInfoParser.parse("MemTotal: 1 kB\n"), new VmStat(Map.of())));
    }
}
