package dev.kernlint.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.fact.CgroupLimits;
import dev.kernlint.fact.DentryState;
import dev.kernlint.fact.SlabInfo;
import dev.kernlint.source.LiveHost;
import dev.kernlint.testing.Fixtures;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CgroupAndSlabCollectorTest {

    @TempDir
    Path root;

    private Facts collect(Collector c) {
        Facts f = new Facts();
        c.collect(new LiveHost(root, Duration.ofSeconds(1)), f);
        return f;
    }

    @Test
    void cgroupV2InAContainer() {
        Fixtures.write(root, "sys/fs/cgroup/cgroup.controllers", "cpu io memory pids\n",
                "sys/fs/cgroup/cpu.max", "150000 100000\n", "sys/fs/cgroup/pids.max", "max\n", "sys/fs/cgroup/pids.current", "12\n");
        CgroupLimits c = collect(new CgroupCollector()).first(CgroupLimits.class).orElseThrow();
        assertEquals(new CgroupLimits(150000L, 100000L, null, 12L, "cgroup2"), c);
        assertEquals(1.5, c.quotaCpus());
    }

    @Test
    void cgroupV1() {
        Fixtures.write(root, "sys/fs/cgroup/cpu/cpu.cfs_quota_us", "-1\n", "sys/fs/cgroup/cpu/cpu.cfs_period_us", "100000\n",
                "sys/fs/cgroup/pids/pids.max", "4096\n");
        CgroupLimits c = collect(new CgroupCollector()).first(CgroupLimits.class).orElseThrow();
        assertEquals("cgroup1", c.version());
        assertNull(c.quotaCpus(), "-1 is no quota");
        assertEquals(4096L, c.pidsMax());
    }

    @Test
    void hostRootCgroupHasNoLimits() {
        Fixtures.write(root, "sys/fs/cgroup/cgroup.controllers", "cpu io memory pids\n");
        Facts f = collect(new CgroupCollector());
        assertEquals(new CgroupLimits(null, null, null, null, "cgroup2"), f.first(CgroupLimits.class).orElseThrow());
        assertTrue(f.gaps().isEmpty());
        Path empty = root.resolve("nothing");
        Facts none = new Facts();
        new CgroupCollector().collect(new LiveHost(empty, Duration.ofSeconds(1)), none);
        assertEquals(CgroupLimits.none(), none.first(CgroupLimits.class).orElseThrow(), "always one fact, so rules can join on it");
    }

    @Test
    void garbageCpuMaxIsAGap() {
        Fixtures.write(root, "sys/fs/cgroup/cgroup.controllers", "cpu\n", "sys/fs/cgroup/cpu.max", "lots\n");
        Facts f = collect(new CgroupCollector());
        assertEquals(1, f.gaps().size());
        assertEquals(CgroupLimits.none(), f.first(CgroupLimits.class).orElseThrow());
    }

    @Test
    void slabPageSizeComesFromTheCounters() {
        Fixtures.write(root, "proc/slabinfo", Fixtures.sample("proc/slabinfo-2.1-slab-stats.txt"),
                "proc/meminfo", "MemTotal: 1000 kB\nSReclaimable: 64000 kB\n", "proc/vmstat", "nr_slab_reclaimable 1000\n",
                "proc/sys/fs/dentry-state", "10\t5\t45\t0\t2\t0\n");
        Facts f = collect(new SlabCollector());
        assertEquals(65536, f.first(SlabInfo.class).orElseThrow().pageSize());
        assertEquals(2L, f.first(DentryState.class).orElseThrow().nrNegative());
        assertTrue(f.gaps().isEmpty());
    }

    @Test
    void missingSlabFilesAreGaps() {
        Facts f = collect(new SlabCollector());
        assertEquals(2, f.gaps().size());
        assertEquals("/proc/slabinfo", f.gaps().get(0).input());
    }
}
