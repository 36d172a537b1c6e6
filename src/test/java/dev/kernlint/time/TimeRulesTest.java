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

/** Each rule over time, on snapshots with samples: steady change fires, noise and steady state do not. */
class TimeRulesTest {
    @TempDir
    Path tmp;

    private static String meminfo(long sunreclaimKb) {
        return "MemTotal:       16000000 kB\nMemFree:         8000000 kB\nMemAvailable:   12000000 kB\n"
                + "Slab:            " + (sunreclaimKb + 50000) + " kB\nSReclaimable:      50000 kB\nSUnreclaim:      " + sunreclaimKb + " kB\n";
    }

    private static String netstat(long tw, long twOverflow, long listenOverflows) {
        return "TcpExt: TW TCPTimeWaitOverflow ListenOverflows\nTcpExt: " + tw + " " + twOverflow + " " + listenOverflows + "\n";
    }

    private static String snmp(long activeOpens) {
        return "Tcp: RtoAlgorithm ActiveOpens\nTcp: 1 " + activeOpens + "\n";
    }

    private static String softnet(long dropped, long squeeze) {
        return String.format("00001000 %08x %08x 00000000 00000000%n00002000 00000000 00000000 00000000 00000000%n", dropped, squeeze);
    }

    /** Five readings 60 s apart; each is the quiet baseline with what {@code change} overrides. */
    private AuditResult audit(IntFunction<Map<String, String>> change) {
        List<Map<String, String>> readings = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Map<String, String> r = new LinkedHashMap<>();
            r.put("proc/meminfo", meminfo(100_000));
            r.put("proc/net/netstat", netstat(1000, 0, 0));
            r.put("proc/net/snmp", snmp(1000));
            r.put("proc/net/softnet_stat", softnet(0, 0));
            r.put("proc/net/tcp", SampledSnapshot.tcpTable(3));
            r.put("proc/net/sockstat", "TCP: inuse 4 orphan 0 tw 10 alloc 5 mem 1\n");
            r.put("proc/sys/net/core/somaxconn", "4096\n");
            r.put("proc/sys/net/core/netdev_max_backlog", "1000\n");
            r.put("proc/sys/net/ipv4/tcp_max_tw_buckets", "262144\n");
            r.putAll(change.apply(i));
            readings.add(r);
        }
        Path dir = SampledSnapshot.build(tmp.resolve("s" + System.nanoTime()), readings, 60);
        return Fixtures.audit(dir.toAbsolutePath().toString().startsWith("/") ? relative(dir) : dir.toString());
    }

    // Fixtures.audit resolves names under src/test/resources/snapshots; a temp dir is reached with ../
    private static String relative(Path dir) {
        return Path.of("src/test/resources/snapshots").toAbsolutePath().relativize(dir.toAbsolutePath()).toString();
    }

    private static List<Finding> of(AuditResult r, String rule) {
        return Fixtures.findings(r, rule);
    }

    @Test
    void steadySlabGrowthIsSuspectedAndNoiseIsNot() {
        AuditResult grows = audit(i -> Map.of("proc/meminfo", meminfo(100_000 + i * 20_000L)));
        List<Finding> f = of(grows, "SLAB-UNRECLAIM-GROWTH");
        assertEquals(1, f.size(), grows.findings().toString());
        assertEquals(180_000L, f.get(0).evidence().get("sunreclaim_last_kb"));

        AuditResult noise = audit(i -> Map.of("proc/meminfo", meminfo(i % 2 == 0 ? 100_000 : 130_000)));
        assertTrue(of(noise, "SLAB-UNRECLAIM-GROWTH").isEmpty(), noise.findings().toString());
        AuditResult quiet = audit(i -> Map.of());
        assertTrue(of(quiet, "SLAB-UNRECLAIM-GROWTH").isEmpty());
    }

    @Test
    void growingCloseWaitOnOnePortIsALeakAndAStableCountIsNot() {
        AuditResult leak = audit(i -> Map.of("proc/net/tcp", SampledSnapshot.tcpTable(5 + i * 10)));
        List<Finding> f = of(leak, "NET-CLOSE-WAIT-LEAK");
        assertEquals(1, f.size(), leak.findings().toString());
        assertEquals("127.0.0.1:8080", f.get(0).evidence().get("local"));
        assertEquals(45L, f.get(0).evidence().get("last"));

        assertTrue(of(audit(i -> Map.of("proc/net/tcp", SampledSnapshot.tcpTable(30))), "NET-CLOSE-WAIT-LEAK").isEmpty());
    }

    @Test
    void backlogDropsRisingFireWithAFixForReview() {
        AuditResult drops = audit(i -> Map.of("proc/net/softnet_stat", softnet(i * 50L, i * 7L)));
        List<Finding> f = of(drops, "NIC-BACKLOG-DROPS");
        assertEquals(1, f.size());
        assertEquals(200L, f.get(0).evidence().get("dropped"));
        assertEquals("sysctl -w net.core.netdev_max_backlog=2000", f.get(0).fixes().get(0).commandText());

        assertTrue(of(audit(i -> Map.of("proc/net/softnet_stat", softnet(77, 3))), "NIC-BACKLOG-DROPS").isEmpty());
    }

    @Test
    void timeWaitBucketOverflowFromTheCounterOrNearTheCap() {
        AuditResult overflow = audit(i -> Map.of("proc/net/netstat", netstat(1000, i * 3L, 0)));
        assertEquals(1, of(overflow, "NET-TW-BUCKET-OVERFLOW").size());
        AuditResult nearCap = audit(i -> Map.of("proc/net/sockstat", "TCP: inuse 4 orphan 0 tw 250000 alloc 5 mem 1\n"));
        assertEquals(1, of(nearCap, "NET-TW-BUCKET-OVERFLOW").size());
        assertTrue(of(audit(i -> Map.of()), "NET-TW-BUCKET-OVERFLOW").isEmpty());
    }

    @Test
    void shortConnectionChurnAboveTheRate() {
        // 60 s apart: 12,000 new TIME_WAIT per interval is 200/s
        AuditResult churn = audit(i -> Map.of("proc/net/netstat", netstat(1000 + i * 12_000L, 0, 0), "proc/net/snmp", snmp(1000 + i * 12_000L)));
        List<Finding> f = of(churn, "NET-SHORT-CONN-CHURN");
        assertEquals(1, f.size());
        assertEquals(200L, f.get(0).evidence().get("time_wait_per_second"));
        AuditResult calm = audit(i -> Map.of("proc/net/netstat", netstat(1000 + i * 600L, 0, 0)));
        assertTrue(of(calm, "NET-SHORT-CONN-CHURN").isEmpty());
    }

    @Test
    void listenOverflowsRisingFlagSomaxconnEvenAtTheDefault() {
        AuditResult r = audit(i -> Map.of("proc/net/netstat", netstat(1000, 0, i * 4L)));
        List<Finding> f = of(r, "NET-SOMAXCONN-LOW");
        assertEquals(1, f.size());
        assertEquals(16L, f.get(0).evidence().get("listen_overflows"));
        assertTrue(of(audit(i -> Map.of("proc/net/netstat", netstat(1000, 0, 9))), "NET-SOMAXCONN-LOW").isEmpty());
    }

    @Test
    void withOneReadingTheRulesOverTimeSayTheyNeedSamples() {
        Path dir = SampledSnapshot.build(tmp.resolve("single"), List.of(Map.of("proc/meminfo", meminfo(1),
                "proc/net/softnet_stat", softnet(1, 1))), 60);
        AuditResult r = Fixtures.audit(relative(dir));
        AuditResult.GapReport gap = r.gaps().stream().filter(g -> g.gap().input().equals("samples")).findFirst().orElseThrow();
        assertTrue(gap.gap().reason().contains("--samples"), gap.gap().reason());
        for (String rule : List.of("SLAB-UNRECLAIM-GROWTH", "NET-CLOSE-WAIT-LEAK", "NIC-BACKLOG-DROPS", "NET-SHORT-CONN-CHURN", "NET-TW-BUCKET-OVERFLOW")) {
            assertTrue(gap.rules().contains(rule), rule + " should be not evaluated");
            assertTrue(r.rulesNotEvaluated().contains(rule));
        }
    }
}
