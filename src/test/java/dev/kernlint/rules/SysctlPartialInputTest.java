package dev.kernlint.rules;

import static dev.kernlint.testing.Fixtures.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.engine.AuditResult;
import dev.kernlint.source.LiveHost;
import dev.kernlint.source.Snapshot;
import dev.kernlint.source.Source;
import dev.kernlint.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10 §3: only the live host or a snapshot that records /proc/sys as captured whole may say that a key does not
 * exist. A hand-made partial tree (or an older snapshot) gives a gap naming the keys, never "does not exist" or
 * "delete the line".
 */
class SysctlPartialInputTest {
    @TempDir
    Path tmp;

    private static AuditResult audit(Path snapshot, String profile) {
        try (Source s = Snapshot.open(snapshot)) {
            return dev.kernlint.engine.HostAudit.run(s, profile == null ? dev.kernlint.profile.ProfileLoader.load("default")
                    : Fixtures.profile(profile), Fixtures.ruleBook());
        }
    }

    private static List<AuditResult.GapReport> gapsOf(AuditResult r, String rule) {
        return r.gaps().stream().filter(g -> g.rules().equals(List.of(rule))).toList();
    }

    /** The fixture without the manifest's "complete" record: what an older snapshot or a hand-copied tree is. */
    private Path partialCopy(String fixture) throws IOException {
        Path p = Fixtures.copy(fixture, tmp.resolve(fixture));
        String m = Files.readString(p.resolve("manifest.json"));
        Files.writeString(p.resolve("manifest.json"), m.replaceAll(",\\s*\"complete\"\\s*:\\s*\\[[^\\]]*\\]", ""));
        return p;
    }

    @Test
    void aPartialTreeGivesAGapNamingTheMissingBaselineKeyNotDoesNotExist() throws IOException {
        AuditResult r = audit(partialCopy("kern-sysctl-baseline-drift"), "baseline-test");
        assertTrue(findings(r, "KERN-SYSCTL-BASELINE").stream().noneMatch(f -> f.message().contains("does not exist")),
                findings(r, "KERN-SYSCTL-BASELINE").toString());
        List<AuditResult.GapReport> gaps = gapsOf(r, "KERN-SYSCTL-BASELINE");
        assertEquals(1, gaps.size(), r.gaps().toString());
        assertEquals("/proc/sys: net.ipv4.tcp_tw_recycle", gaps.get(0).gap().input());
        assertTrue(gaps.get(0).gap().reason().contains("does not record /proc/sys as captured whole"), gaps.get(0).gap().reason());
        // the keys the tree does hold are still judged
        assertTrue(findings(r, "KERN-SYSCTL-BASELINE").stream().anyMatch(f -> "net.ipv4.tcp_syncookies".equals(f.evidence().get("key"))));
        assertTrue(r.rulesNotEvaluated().contains("KERN-SYSCTL-BASELINE"));
    }

    @Test
    void theSameTreeRecordedWholeSaysTheKeyDoesNotExist() {
        AuditResult r = audit(Fixtures.snapshot("kern-sysctl-baseline-drift"), "baseline-test");
        assertTrue(findings(r, "KERN-SYSCTL-BASELINE").stream().anyMatch(f -> f.message().startsWith("net.ipv4.tcp_tw_recycle does not exist")));
        assertTrue(gapsOf(r, "KERN-SYSCTL-BASELINE").isEmpty(), r.gaps().toString());
    }

    @Test
    void aPartialTreeNeverAdvisesDeletingALine() throws IOException {
        AuditResult r = audit(partialCopy("sysctl-persisted"), null);
        assertTrue(findings(r, "KERN-SYSCTL-DEAD-KEY").isEmpty(), findings(r, "KERN-SYSCTL-DEAD-KEY").toString());
        List<AuditResult.GapReport> gaps = gapsOf(r, "KERN-SYSCTL-DEAD-KEY");
        assertEquals(1, gaps.size(), r.gaps().toString());
        assertEquals("/proc/sys: kernel.sched_migration_cost_ns, net.bridge.bridge-nf-call-iptables, net.ipv4.tcp_tw_recycle",
                gaps.get(0).gap().input());
    }

    @Test
    void theLiveHostIsAuthoritative() {
        Fixtures.write(tmp, "proc/sys/vm/swappiness", "60\n", "etc/sysctl.d/60-tuning.conf", "net.ipv4.tcp_tw_recycle = 0\n");
        AuditResult r = Fixtures.audit(new LiveHost(tmp, Duration.ofSeconds(1)));
        assertEquals(1, findings(r, "KERN-SYSCTL-DEAD-KEY").size(), r.gaps().toString());
        assertTrue(gapsOf(r, "KERN-SYSCTL-DEAD-KEY").isEmpty());
    }

    @Test
    void anOldManifestDoesNotClaimAWholeTree() throws IOException {
        Path p = partialCopy("sysctl-persisted");
        try (Snapshot s = Snapshot.open(p)) {
            assertFalse(s.capturedWhole("/proc/sys"));
        }
        try (Snapshot s = Snapshot.open(Fixtures.snapshot("sysctl-persisted"))) {
            assertTrue(s.capturedWhole("/proc/sys"));
            assertFalse(s.capturedWhole("/sys"));
        }
    }

    @Test
    void aHandEditedCompleteRecordIsRefused() {
        org.junit.jupiter.api.Assertions.assertThrows(dev.kernlint.source.SnapshotException.class,
                () -> dev.kernlint.source.Manifest.parse("{\"format\": \"kernlint-snapshot/1\", \"complete\": [\"../etc\"]}"));
        assertEquals(List.of("/proc/sys"),
                dev.kernlint.source.Manifest.parse("{\"complete\": [\"/proc/sys\"]}").complete());
    }
}
