package dev.kernlint.rules;

import static dev.kernlint.testing.Fixtures.audit;
import static dev.kernlint.testing.Fixtures.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.engine.AuditResult;
import dev.kernlint.engine.Finding;
import dev.kernlint.engine.FixAction;
import dev.kernlint.engine.Severity;
import dev.kernlint.source.LiveHost;
import dev.kernlint.testing.Fixtures;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SLAB-SHARE-HIGH, MEM-UNACCOUNTED-KERNEL, SLAB-DENTRY-BLOAT and SLAB-VFS-PRESSURE-EXTREME. */
class SlabRulesTest {
    static final List<String> RULES = List.of("SLAB-SHARE-HIGH", "MEM-UNACCOUNTED-KERNEL", "SLAB-DENTRY-BLOAT", "SLAB-VFS-PRESSURE-EXTREME");

    @TempDir
    Path tmp;

    @Test
    void healthyHostFiresNothing() {
        AuditResult r = audit("mem-healthy");
        for (String rule : RULES) {
            assertTrue(findings(r, rule).isEmpty(), rule + " must not fire");
            assertTrue(r.rulesEvaluated().contains(rule), rule + " was evaluated");
        }
        assertTrue(r.gaps().stream().noneMatch(g -> g.gap().input().equals("/proc/slabinfo")));
    }

    @Test
    void slabShareNamesTheLargestCachesAsRoot() {
        Finding f = findings(audit("slab-heavy"), "SLAB-SHARE-HIGH").get(0);
        assertEquals(Severity.WARNING, f.severity());
        // 270000 slabs x 2 pages x 4 KiB: kmalloc-256 leads, then dentry
        List<?> top = (List<?>) f.evidence().get("top_caches");
        assertTrue(top.get(0).toString().startsWith("kmalloc-256 2.1 GiB"), top.toString());
        assertTrue(top.get(1).toString().startsWith("dentry 1.5 GiB"), top.toString());
        assertTrue(f.message().contains("largest: kmalloc-256"), f.message());
    }

    @Test
    void withoutRootSlabinfoIsAGapAndTheShareIsStillJudged() {
        AuditResult r = audit("slab-heavy-nonroot");
        AuditResult.GapReport gap = r.gaps().stream().filter(g -> g.gap().input().equals("/proc/slabinfo")).findFirst().orElseThrow();
        assertTrue(gap.gap().reason().contains("needs root"), gap.gap().reason());
        Finding f = findings(r, "SLAB-SHARE-HIGH").get(0);
        assertEquals("unknown: /proc/slabinfo needs root", f.evidence().get("top_caches"));
        assertTrue(f.message().contains("run as root to name the caches"), f.message());
        // the dentry counts (readable by anyone) still feed the dentry rule, as an estimate
        Finding d = findings(r, "SLAB-DENTRY-BLOAT").get(0);
        assertTrue(d.evidence().get("dentry_cache_bytes").toString().startsWith("estimated 1612800000"), d.evidence().toString());
    }

    @Test
    void unaccountedKernelMemoryIsSplit() {
        Finding f = findings(audit("slab-heavy"), "MEM-UNACCOUNTED-KERNEL").get(0);
        assertEquals(4674000L, f.evidence().get("unaccounted_kb"));
        @SuppressWarnings("unchecked")
        Map<String, Long> parts = (Map<String, Long>) f.evidence().get("breakdown_kb");
        assertEquals(4200000L, parts.get("Slab"));
        assertEquals(349000L, parts.get("unexplained"));
        assertTrue(f.message().endsWith("Slab 4.0 GiB, unexplained 341 MiB, PageTables 59 MiB, VmallocUsed 39 MiB, KernelStack 20 MiB, Percpu 5 MiB"), f.message());
    }

    @Test
    void dentryBloatIsAWarningWhenNegativeDentriesDominate() {
        Finding f = findings(audit("slab-heavy"), "SLAB-DENTRY-BLOAT").get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(7600000L, f.evidence().get("nr_negative"));
        assertEquals(400000L * 4096, f.evidence().get("dentry_cache_bytes"), "exact from slabinfo as root");
        assertTrue(f.message().contains("do not exist"), f.message());
    }

    @Test
    void dentryBloatNeedsMemoryToBeShort() {
        // large SReclaimable alone is a healthy cache
        AuditResult r = audit("mem-available-low");
        assertTrue(findings(r, "SLAB-DENTRY-BLOAT").isEmpty());
        assertTrue(findings(r, "SLAB-SHARE-HIGH").isEmpty());
        assertTrue(findings(r, "MEM-UNACCOUNTED-KERNEL").isEmpty());
    }

    @Test
    void vfsCachePressureZeroFiresWithFix() {
        Finding f = findings(audit("vfs-pressure-zero"), "SLAB-VFS-PRESSURE-EXTREME").get(0);
        assertEquals(List.of(new FixAction.SetSysctl("vm.vfs_cache_pressure", "100")), f.fixes());
        assertTrue(f.message().contains("never reclaimed"), f.message());
    }

    private List<Finding> vfs(String value, String denom) {
        Path dir = tmp.resolve(value + "-" + denom);
        Fixtures.write(dir, "proc/sys/vm/vfs_cache_pressure", value + "\n");
        if (denom != null) {
            Fixtures.write(dir, "proc/sys/vm/vfs_cache_pressure_denom", denom + "\n");
        }
        return findings(Fixtures.audit(new LiveHost(dir, Duration.ofSeconds(1))), "SLAB-VFS-PRESSURE-EXTREME");
    }

    @Test
    void vfsCachePressureUsesTheDenominator() {
        assertTrue(vfs("100", null).isEmpty());
        assertTrue(vfs("1000", null).isEmpty(), "1000 is the edge, not above it");
        assertEquals(1, vfs("5000", null).size(), "old kernels: 5000 is 50x the default");
        assertTrue(vfs("5000", "1000").isEmpty(), "with a denominator: 5000/1000 is 5x the default");
        Finding f = vfs("20000", "1000").get(0);
        assertEquals(2000L, f.evidence().get("effective_percent"));
        assertEquals(List.of(new FixAction.SetSysctl("vm.vfs_cache_pressure", "1000")), f.fixes(), "the fix restores ratio 1");
        assertEquals(1, vfs("0", "1000").size());
    }
}
