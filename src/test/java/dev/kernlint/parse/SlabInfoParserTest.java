package dev.kernlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.fact.SlabCache;
import dev.kernlint.fact.SlabInfo;
import dev.kernlint.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlabInfoParserTest {

    @Test
    void slubOnA618Kernel() {
        List<SlabCache> caches = SlabInfoParser.parse(Fixtures.sample("proc/slabinfo-2.1-slub-6.18.txt"));
        assertTrue(caches.size() > 100, "every cache line is kept");
        SlabCache dentry = caches.stream().filter(c -> c.name().equals("dentry")).findFirst().orElseThrow();
        assertEquals(192, dentry.objSize());
        assertEquals(dentry.numSlabs() * dentry.pagesPerSlab() * 4096, dentry.bytes(4096));
    }

    @Test
    void slabWithStatisticsSections() {
        List<SlabCache> caches = SlabInfoParser.parse(Fixtures.sample("proc/slabinfo-2.1-slab-stats.txt"));
        assertEquals(3, caches.size());
        SlabCache inode = caches.get(0);
        assertEquals("ext4_inode_cache", inode.name());
        assertEquals(12058, inode.numSlabs(), "slabdata, not globalstat, gives num_slabs");
        SlabInfo info = new SlabInfo(caches, 4096);
        assertEquals("ext4_inode_cache", info.top(1).get(0).name());
        assertEquals(5905L * 4096, info.bytesOf("dentry"));
    }

    @Test
    void otherVersionsAndGarbageAreRejected() {
        assertThrows(ParseException.class, () -> SlabInfoParser.parse("slabinfo - version: 2.0\nfoo 1 2 3 4 5 : slabdata 1 1 0\n"));
        assertThrows(ParseException.class, () -> SlabInfoParser.parse("# name <active_objs>\n"));
        assertThrows(ParseException.class, () -> SlabInfoParser.parse("slabinfo - version: 2.1\ndentry 1 2 3\n"));
        assertThrows(ParseException.class, () -> SlabInfoParser.parse(
                "slabinfo - version: 2.1\ndentry x 2 3 4 5 : tunables 0 0 0 : slabdata 1 1 0\n"));
    }
}
