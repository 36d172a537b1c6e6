package dev.kernlint.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.engine.AuditResult;
import dev.kernlint.engine.Finding;
import dev.kernlint.testing.Fixtures;
import dev.kernlint.testing.SampledSnapshot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The NUMA and NIC rules over time on sampled snapshots of a 2-node host with one NIC: steady change fires,
 * steady state and look-alikes (rx_dropped alone, low watermark without reclaim) do not.
 */
class NumaNicTimeRulesTest {
    private static final long NODE_KB = 4_000_000;

    @TempDir
    Path tmp;

    private static String numastat(long local, long other) {
        return "numa_hit " + local + "\nnuma_miss 0\nnuma_foreign 0\ninterleave_hit 100\nlocal_node " + local + "\nother_node " + other + "\n";
    }

    private static String zone(int node, String name, long free, long low, long managed) {
        return "Node " + node + ", zone " + " ".repeat(8 - name.length()) + name + "\n  pages free     " + free + "\n        boost    0\n"
                + "        min      " + (low * 4 / 5) + "\n        low      " + low + "\n        high     " + (low * 6 / 5) + "\n"
                + "        promo    " + (low * 7 / 5) + "\n        spanned  " + managed + "\n        present  " + managed + "\n"
                + "        managed  " + managed + "\n        cma      0\n        protection: (0, 0, 0, 0, 0)\n  pagesets\n    cpu: 0\n"
                + "              count:    10\n              high:     40000\n              batch:    63\n  vm stats threshold: 24\n";
    }

    /** Node 0 has DMA (always comfortable) and Normal; node 1 only Normal; 1,000,000 pages each, low 18,000. */
    private static String zoneinfo(long node0Free, long node1Free) {
        return zone(0, "DMA", 3800, 40, 3900) + zone(0, "Normal", node0Free, 18_000, 1_000_000) + zone(1, "Normal", node1Free, 18_000, 1_000_000);
    }

    private static String vmstat(long pgscan, long pswpout) {
        return "nr_free_pages 100\npgscan_kswapd " + pgscan + "\npgscan_direct 0\npgscan_direct_throttle 7\npgscan_anon " + pgscan
                + "\npswpin 0\npswpout " + pswpout + "\n";
    }

    private static String ringG(long rx, long rxMax) {
        return "Ring parameters for eth0:\nPre-set maximums:\nRX:\t\t" + rxMax + "\nRX Mini:\tn/a\nRX Jumbo:\tn/a\nTX:\t\t4096\n"
                + "Current hardware settings:\nRX:\t\t" + rx + "\nRX Mini:\tn/a\nRX Jumbo:\tn/a\nTX:\t\t1024\n";
    }

    /** Five readings 60 s apart of the quiet 2-node host, each with what {@code change} overrides. */
    private AuditResult audit(IntFunction<Map<String, String>> change) {
        List<Map<String, String>> readings = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Map<String, String> r = new LinkedHashMap<>();
            r.put("proc/meminfo", "MemTotal:       " + 2 * NODE_KB + " kB\nMemFree:         4000000 kB\nMemAvailable:    6000000 kB\n");
            r.put("sys/devices/system/node/online", "0-1\n");
            for (int n = 0; n < 2; n++) {
                r.put("sys/devices/system/node/node" + n + "/cpulist", n + "\n");
                r.put("sys/devices/system/node/node" + n + "/meminfo", "Node " + n + " MemTotal:       " + NODE_KB + " kB\nNode " + n + " MemFree:        2000000 kB\n");
            }
            r.put("sys/devices/system/node/node0/numastat", numastat(1_000_000 + i * 70_000L, 10_000));
            r.put("sys/devices/system/node/node1/numastat", numastat(1_000_000 + i * 70_000L, 10_000));
            r.put("proc/zoneinfo", zoneinfo(400_000, 450_000));
            r.put("proc/vmstat", vmstat(5000, 100));
            r.put("proc/sys/vm/zone_reclaim_mode", "0\n");
            r.put("sys/class/net/eth0/type", "1\n");
            r.put("sys/class/net/eth0/device/uevent", "DRIVER=ixgbe\nPCI_SLOT_NAME=0000:03:00.0\n");
            for (String c : List.of("rx_missed_errors", "rx_fifo_errors", "rx_over_errors", "rx_dropped")) {
                r.put("sys/class/net/eth0/statistics/" + c, "0\n");
            }
            r.put("sys/class/net/eth0/statistics/rx_packets", (1_000_000 + i * 500_000L) + "\n");
            r.put("commands/ethtool_-g_eth0", ringG(512, 4096));
            r.put("commands/ethtool_-S_eth0", "NIC statistics:\n     rx_packets: 1000\n     rx_no_buffer_count: 0\n     rx_queue_0_drops: 0\n");
            r.putAll(change.apply(i));
            readings.add(r);
        }
        Path dir = SampledSnapshot.build(tmp.resolve("s" + System.nanoTime()), readings, 60);
        return Fixtures.audit(Path.of("src/test/resources/snapshots").toAbsolutePath().relativize(dir.toAbsolutePath()).toString());
    }

    private static List<Finding> of(AuditResult r, String rule) {
        return Fixtures.findings(r, rule);
    }

    @Test
    void remoteAllocationsAboveTheShareFireOnTheNodeThatServesThem() {
        // node 1: 30,000 of 100,000 pages per minute for processes on node 0
        AuditResult r = audit(i -> Map.of("sys/devices/system/node/node1/numastat", numastat(1_000_000 + i * 70_000L, 10_000 + i * 30_000L)));
        List<Finding> f = of(r, "NUMA-REMOTE-RATIO");
        assertEquals(1, f.size(), r.findings().toString());
        assertEquals("node1", f.get(0).evidence().get("node"));
        assertEquals(0.3, f.get(0).evidence().get("remote_share"));
        assertEquals(120_000L, f.get(0).evidence().get("other_node_pages"));
        assertTrue(f.get(0).message().contains("numactl --cpunodebind"), f.get(0).message());

        AuditResult reclaim = audit(i -> Map.of("sys/devices/system/node/node1/numastat", numastat(1_000_000 + i * 70_000L, 10_000 + i * 30_000L),
                "proc/sys/vm/zone_reclaim_mode", "1\n"));
        String m = of(reclaim, "NUMA-REMOTE-RATIO").get(0).message();
        assertTrue(m.contains("zone_reclaim_mode is 1") && m.contains("interleave"), m);
    }

    @Test
    void aFewRemotePagesOrALowShareAreNotAFinding() {
        // 10%: below the 20% share
        assertTrue(of(audit(i -> Map.of("sys/devices/system/node/node1/numastat", numastat(1_000_000 + i * 90_000L, 10_000 + i * 10_000L))),
                "NUMA-REMOTE-RATIO").isEmpty());
        // 50% of an idle node: 2,000 pages in 4 minutes is below min_pages
        assertTrue(of(audit(i -> Map.of("sys/devices/system/node/node1/numastat", numastat(1_000_000 + i * 250L, 10_000 + i * 250L))),
                "NUMA-REMOTE-RATIO").isEmpty());
        // a huge remote share since boot, none during the audit
        assertTrue(of(audit(i -> Map.of("sys/devices/system/node/node1/numastat", numastat(1_000_000 + i * 70_000L, 9_000_000))),
                "NUMA-REMOTE-RATIO").isEmpty());
    }

    @Test
    void oneNodeReclaimsWhileTheOtherIsFree() {
        AuditResult r = audit(i -> Map.of("proc/zoneinfo", zoneinfo(30_000 - i * 5_000L, 450_000), "proc/vmstat", vmstat(5000 + i * 40_000L, 100 + i * 900L)));
        List<Finding> f = of(r, "NUMA-NODE-PRESSURE");
        assertEquals(1, f.size(), r.findings().toString());
        assertEquals("node0", f.get(0).evidence().get("node"));
        assertEquals("node1", f.get(0).evidence().get("other_node"));
        assertEquals(8_000L, f.get(0).evidence().get("pages_below_low"));
        // pgscan_anon and pgscan_direct_throttle are not added to the scans
        assertEquals(160_000L, f.get(0).evidence().get("pgscan"));
        assertTrue(f.get(0).message().contains("swapping although free shows free memory"));
        assertEquals("critical", f.get(0).severity().name().toLowerCase());
    }

    @Test
    void noPressureFindingWithoutReclaimOrWithBothNodesLowOrWhenNodeSumsDoNotMatch() {
        // below low, but nothing scanned or swapped
        assertTrue(of(audit(i -> Map.of("proc/zoneinfo", zoneinfo(10_000, 450_000))), "NUMA-NODE-PRESSURE").isEmpty());
        // both nodes short: the host is out of memory, not one node
        assertTrue(of(audit(i -> Map.of("proc/zoneinfo", zoneinfo(10_000, 100_000), "proc/vmstat", vmstat(5000 + i * 40_000L, 100))),
                "NUMA-NODE-PRESSURE").isEmpty());
        // per-node totals (deferred struct page init: 1 GB on node 1) do not add up: skipped, and said so
        AuditResult mismatch = audit(i -> Map.of("proc/zoneinfo", zoneinfo(10_000, 450_000), "proc/vmstat", vmstat(5000 + i * 40_000L, 100),
                "sys/devices/system/node/node1/meminfo", "Node 1 MemTotal:       1000000 kB\nNode 1 MemFree:         900000 kB\n"));
        assertTrue(of(mismatch, "NUMA-NODE-PRESSURE").isEmpty());
        assertTrue(mismatch.rulesNotEvaluated().contains("NUMA-NODE-PRESSURE"));
        AuditResult.GapReport gap = mismatch.gaps().stream().filter(g -> g.gap().input().equals("numa node sums")).findFirst().orElseThrow();
        assertTrue(gap.gap().reason().contains("5000000 kB but /proc/meminfo says 8000000 kB"), gap.gap().reason());
        assertTrue(!mismatch.rulesNotEvaluated().contains("NUMA-REMOTE-RATIO"), "ratios per node stay valid");
    }

    @Test
    void rxLossWithASmallRingAsksForTheMaximum() {
        AuditResult r = audit(i -> Map.of("sys/class/net/eth0/statistics/rx_missed_errors", (i * 300L) + "\n"));
        List<Finding> f = of(r, "NIC-RX-DROPS-SMALL-RING");
        assertEquals(1, f.size(), r.findings().toString());
        assertEquals(Map.of("rx_missed_errors", 1200L), f.get(0).evidence().get("counters"));
        assertEquals("ethtool -G eth0 rx 4096 tx 1024", f.get(0).fixes().get(0).commandText());
    }

    @Test
    void rxLossAtTheMaximumPointsAtTheQueueSpread() {
        AuditResult r = audit(i -> Map.of("commands/ethtool_-g_eth0", ringG(4096, 4096),
                "commands/ethtool_-S_eth0", "NIC statistics:\n     rx_packets: 1000\n     rx_no_buffer_count: " + (i * 50) + "\n     rx_queue_0_drops: " + (i * 20) + "\n",
                "sys/class/net/eth0/statistics/rx_fifo_errors", (i * 7L) + "\n"));
        List<Finding> f = of(r, "NIC-RX-DROPS-SMALL-RING");
        assertEquals(1, f.size(), r.findings().toString());
        assertTrue(f.get(0).message().contains("already at its maximum 4096") && f.get(0).message().contains("/proc/interrupts"), f.get(0).message());
        assertEquals(List.of("ethtool rx_no_buffer_count", "ethtool rx_queue_0_drops", "rx_fifo_errors"),
                List.copyOf(((Map<?, ?>) f.get(0).evidence().get("counters")).keySet()));
        assertTrue(f.get(0).fixes().isEmpty());
    }

    @Test
    void rxDroppedAloneOrSteadyCountersAreNotLoss() {
        assertTrue(of(audit(i -> Map.of("sys/class/net/eth0/statistics/rx_dropped", (i * 1000L) + "\n")), "NIC-RX-DROPS-SMALL-RING").isEmpty());
        assertTrue(of(audit(i -> Map.of("sys/class/net/eth0/statistics/rx_missed_errors", "48213\n")), "NIC-RX-DROPS-SMALL-RING").isEmpty());
    }
}
