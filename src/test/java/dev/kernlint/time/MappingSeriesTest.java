package dev.kernlint.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.collect.Facts;
import dev.kernlint.fact.Mapping;
import dev.kernlint.fact.MappingGrowth;
import dev.kernlint.fact.ProcessMappings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Mappings are followed while ranges overlap: [heap] grows up from a fixed start, an mmap region down to a fixed end. */
class MappingSeriesTest {
    private static final long HEAP = 0x55d0c3a4e000L;

    private static Mapping anon(long start, long end, String path, long kb) {
        return new Mapping(start, end, "rw-p", 0, path, Map.of("Rss", kb, "Anonymous", kb));
    }

    @Test
    void theHeapGrowsUpAndAFlatRegionIsNotGrowth() {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Facts f = new Facts();
            long heapKb = 1000 + i * 500L;
            f.add(new ProcessMappings("9@9", 9, List.of(anon(HEAP, HEAP + heapKb * 1024, "[heap]", heapKb),
                    anon(0x7f0000000000L, 0x7f0000100000L, "", 1024))));
            samples.add(new Sample(Instant.parse("2026-12-01T00:00:00Z").plusSeconds(60L * i), f));
        }
        List<MappingGrowth> g = MappingSeries.of(samples);
        assertEquals(1, g.size(), g.toString());
        MappingGrowth heap = g.get(0);
        assertEquals("heap", heap.kind());
        assertEquals(1000, heap.firstKb());
        assertEquals(2500, heap.lastKb());
        assertEquals(HEAP, heap.last().start());
        assertEquals(4, heap.samples());
        assertEquals(1500 * 3600.0 / 180, heap.kbPerHour(), 1e-9);
        assertTrue(MappingGrowth.accountingFor(g, 1500, 0.8, 3).contains(heap));
    }

    @Test
    void aRegionSeenInOneSampleOnlyIsNoSeries() {
        Facts f = new Facts();
        f.add(new ProcessMappings("9@9", 9, List.of(anon(HEAP, HEAP + 4096, "[heap]", 4))));
        assertTrue(MappingSeries.of(List.of(new Sample(Instant.EPOCH, new Facts()), new Sample(Instant.EPOCH.plusSeconds(5), f))).isEmpty());
    }
}
