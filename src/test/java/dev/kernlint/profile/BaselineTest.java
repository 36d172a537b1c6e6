package dev.kernlint.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.collect.Collectors;
import dev.kernlint.collect.Facts;
import dev.kernlint.engine.AuditResult;
import dev.kernlint.fact.ExpectedRing;
import dev.kernlint.fact.ExpectedSysctl;
import dev.kernlint.fact.RingBuffer;
import dev.kernlint.fact.SysctlValue;
import dev.kernlint.source.Snapshot;
import dev.kernlint.source.Source;
import dev.kernlint.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
    @TempDir
    Path dir;

    private static Facts facts(String snapshot) {
        try (Source s = Snapshot.open(Fixtures.snapshot(snapshot))) {
            return Collectors.run(s);
        }
    }

    private static Baseline.Pinned pin(String snapshot, List<String> globs) {
        return pin(snapshot, globs, "default");
    }

    private static Baseline.Pinned pin(String snapshot, List<String> globs, String parent) {
        List<Profile> refs = ProfileLoader.bundled().stream().map(ProfileLoader::load).toList();
        Facts f = facts(snapshot);
        return new Baseline(ProfileLoader.load(parent), refs, globs).pin(snapshot + "-baseline", "pinned", f.all(SysctlValue.class), f.all(RingBuffer.class));
    }

    private Path write(Baseline.Pinned p, String parent) throws IOException {
        Path file = dir.resolve("pinned.yaml");
        Files.writeString(file, ProfileWriter.write(p.profile(), parent, List.of("test")));
        return file;
    }

    @Test
    void theGoodHostPassesItsOwnBaselineAndAnotherHostDoesNot() throws IOException {
        Path file = write(pin("ci-db1", List.of()), "default");
        Profile pinned = ProfileLoader.load(file.toString());
        AuditResult same = Fixtures.audit("ci-db1", pinned);
        assertTrue(Fixtures.findings(same, "KERN-SYSCTL-BASELINE").isEmpty(), () -> same.findings().toString());
        AuditResult other = Fixtures.audit("ci-web1", pinned);
        List<Object> keys = Fixtures.findings(other, "KERN-SYSCTL-BASELINE").stream().map(f -> f.evidence().get("key")).toList();
        assertTrue(keys.containsAll(List.of("vm.max_map_count", "net.ipv4.tcp_syncookies", "net.ipv4.tcp_tw_reuse")), keys.toString());
    }

    @Test
    void boundsStayBoundsAndExactValuesStayExact() {
        Baseline.Pinned p = pin("ci-db1", List.of());
        ExpectedSysctl maps = p.profile().sysctl().stream().filter(e -> e.key().equals("vm.max_map_count")).findFirst().orElseThrow();
        assertEquals(">=", maps.bound(), "bundled profiles say >= for vm.max_map_count");
        assertEquals(262144, maps.boundValue());
        ExpectedSysctl swap = p.profile().sysctl().stream().filter(e -> e.key().equals("vm.swappiness")).findFirst().orElseThrow();
        assertEquals("<=", swap.bound());
        ExpectedSysctl zone = p.profile().sysctl().stream().filter(e -> e.key().equals("vm.zone_reclaim_mode")).findFirst().orElseThrow();
        assertEquals(List.of("0"), zone.allowed());
        assertTrue(p.absent().contains("net.netfilter.nf_conntrack_max"), "keys the host lacks are named, not pinned");
    }

    @Test
    void extraKeysByGlob() {
        Baseline.Pinned p = pin("ci-db1", List.of("vm.overcommit_*"));
        List<String> keys = p.profile().sysctl().stream().map(ExpectedSysctl::key).toList();
        assertTrue(keys.containsAll(List.of("vm.overcommit_memory", "vm.overcommit_ratio", "vm.overcommit_kbytes")), keys.toString());
    }

    @Test
    void ringsAllAtMaximumBecomeOneWildcardOtherwiseEachAsItIs() throws IOException {
        assertEquals(List.of(new ExpectedRing("*", "rx", "max", 0, "warning"), new ExpectedRing("*", "tx", "max", 0, "warning")),
                Baseline.rings(List.of(new RingBuffer("eth1", 1024L, 1024L, 1024L, 1024L), new RingBuffer("ens3", 256L, 256L, null, null))));
        Baseline.Pinned web = pin("ci-web1", List.of());
        assertEquals(List.of(new ExpectedRing("eth0", "rx", "==", 256, "warning"), new ExpectedRing("eth0", "tx", "max", 0, "warning"),
                new ExpectedRing("eth1", "rx", "max", 0, "warning"), new ExpectedRing("eth1", "tx", "max", 0, "warning")), web.profile().rings());
        // ci-web1 meets default but for SYN cookies, switched off: left to default's "1", not pinned as "0"
        assertEquals(List.of(new Baseline.ParentFailure("net.ipv4.tcp_syncookies", "0", "1")), web.failsParent());
        assertTrue(web.profile().sysctl().stream().noneMatch(e -> e.key().equals("net.ipv4.tcp_syncookies")));
    }

    @Test
    void aHostThatFailsTheParentNeverPinsBelowIt() throws IOException {
        // ci-web1 has net.core.netdev_max_backlog 1000 and eth0 rx 256 of 4096: web-server asks >= 4096 and rx: max
        Baseline.Pinned web = pin("ci-web1", List.of(), "web-server");
        assertTrue(web.profile().sysctl().stream().noneMatch(e -> e.key().equals("net.core.netdev_max_backlog")),
                "web-server's >= 4096 stays: " + web.profile().sysctl());
        assertTrue(web.profile().rings().stream().noneMatch(r -> r.iface().equals("eth0") && r.ring().equals("rx")),
                "web-server's rx: max stays for eth0: " + web.profile().rings());
        assertTrue(web.failsParent().contains(new Baseline.ParentFailure("net.core.netdev_max_backlog", "1000", ">= 4096")), web.failsParent().toString());
        assertTrue(web.failsParent().contains(new Baseline.ParentFailure("eth0 rx ring", "256", "max")), web.failsParent().toString());
        // what the host does meet is pinned as before: its tx rings at their maximum, its larger values as bounds
        assertTrue(web.profile().rings().contains(new ExpectedRing("eth0", "tx", "max", 0, "warning")), web.profile().rings().toString());

        AuditResult same = Fixtures.audit("ci-web1", ProfileLoader.load(write(web, "web-server").toString()));
        List<Object> keys = Fixtures.findings(same, "KERN-SYSCTL-BASELINE").stream().map(f -> f.evidence().get("key")).toList();
        assertTrue(keys.contains("net.core.netdev_max_backlog"), "the pinned profile still fails the host where web-server does: " + keys);
        assertTrue(!Fixtures.findings(same, "NIC-RING-BASELINE").isEmpty(), "and eth0's small rx ring");
    }
}
