package dev.kernlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.fact.MemInfo;
import dev.kernlint.testing.Fixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The NUMA inputs: nodeN/numastat (vmstat's "name count" lines), nodeN/meminfo ("Node 0 MemTotal:"), cmdline, uptime. */
class NumaTextTest {

    @Test
    void numastatHasTheSixCountersOfTheKernel() {
        Map<String, Long> s = VmStatParser.parse(Fixtures.sample("numastat-6.18.txt"));
        assertEquals(java.util.Set.of("numa_hit", "numa_miss", "numa_foreign", "interleave_hit", "local_node", "other_node"), s.keySet());
        // every page allocated on the node was intended for it (hit) or not (miss), and taken locally or remotely
        assertEquals(s.get("numa_hit") + s.get("numa_miss"), s.get("local_node") + s.get("other_node"));
    }

    @Test
    void nodeMeminfoDropsTheNodePrefix() {
        MemInfo m = MemInfoParser.parse(Fixtures.sample("node-meminfo-6.18.txt"));
        assertTrue(m.memTotalKb() > 0);
        assertTrue(m.has("MemUsed"), "per-node meminfo has MemUsed, /proc/meminfo does not");
        assertTrue(m.get("MemFree") <= m.memTotalKb());
    }

    @Test
    void cmdlineFlagsValuesAndQuotes() {
        Map<String, String> c = KernelCmdlineParser.parse("BOOT_IMAGE=/vmlinuz-6.1.0-18-amd64 root=UUID=1b2c ro quiet numa=off dyndbg=\"file x.c +p\"\n");
        assertEquals("off", c.get("numa"));
        assertEquals("", c.get("quiet"));
        assertEquals("UUID=1b2c", c.get("root"));
        assertEquals("file x.c +p", c.get("dyndbg"));
        assertFalse(KernelCmdlineParser.parse("ro quiet").containsKey("numa"));
    }

    @Test
    void uptimeIsTheFirstField() {
        assertEquals(350735.47, UptimeParser.seconds("350735.47 234388.90\n"), 1e-9);
        assertThrows(ParseException.class, () -> UptimeParser.seconds("up 3 days"));
    }
}
