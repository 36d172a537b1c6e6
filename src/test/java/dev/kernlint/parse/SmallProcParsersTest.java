package dev.kernlint.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kernlint.fact.DentryState;
import dev.kernlint.fact.KernelStat;
import dev.kernlint.fact.LoadAverage;
import dev.kernlint.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** /proc/loadavg, /proc/stat, dentry-state and the cgroup limit files: one line each, old and new kernels. */
class SmallProcParsersTest {

    @Test
    void loadavg() {
        LoadAverage l = LoadAvgParser.parse("0.61 0.61 0.55 3/828 22084\n");
        assertEquals(0.61, l.load5());
        assertEquals(3, l.runnable());
        assertEquals(828, l.tasks());
        assertEquals(22084, l.lastPid());
        LoadAverage live = LoadAvgParser.parse(Fixtures.sample("proc/loadavg-6.18.txt"));
        assertEquals(true, live.tasks() > 0);
        assertThrows(ParseException.class, () -> LoadAvgParser.parse("0.61 0.61"));
        assertThrows(ParseException.class, () -> LoadAvgParser.parse("0.61 0.61 0.55 3/828"));
        assertThrows(ParseException.class, () -> LoadAvgParser.parse("a b c 1/2 3"));
    }

    @Test
    void procStatNew() {
        KernelStat s = KernelStatParser.parse(Fixtures.sample("proc/stat-6.18.txt"));
        assertEquals(true, s.procsRunning() >= 1);
        assertEquals(true, s.steal() != null, "steal since 2.6.11");
    }

    @Test
    void procStatOld() {
        KernelStat k26 = KernelStatParser.parse(Fixtures.sample("proc/stat-2.6.9.txt"));
        assertEquals(1L, k26.procsRunning());
        assertEquals(6290L, k26.iowait());
        assertNull(k26.steal());
        KernelStat k24 = KernelStatParser.parse(Fixtures.sample("proc/stat-2.4.txt"));
        assertNull(k24.procsRunning(), "procs_running appeared in 2.5.45");
        assertNull(k24.iowait());
        assertEquals(22625563L, k24.idle());
        assertThrows(ParseException.class, () -> KernelStatParser.parse("intr 1 2 3\n"));
    }

    @Test
    void dentryState() {
        DentryState now = DentryStateParser.parse(Fixtures.sample("proc/dentry-state-6.18.txt"));
        assertEquals(true, now.nrDentry() > 0);
        DentryState old = DentryStateParser.parse(Fixtures.sample("proc/dentry-state-4.19.txt"));
        assertEquals(118737, old.nrDentry());
        assertEquals(96040, old.nrUnused());
        assertEquals(0L, old.nrNegative(), "the slot reads 0 before 5.0");
        assertEquals(118737L * 192, old.estimatedBytes());
        assertThrows(ParseException.class, () -> DentryStateParser.parse("x\ty\n"));
    }

    @Test
    void cgroupLimits() {
        assertArrayEquals(new Long[] {null, 100000L}, CgroupParser.cpuMax("max 100000\n"));
        assertArrayEquals(new Long[] {200000L, 100000L}, CgroupParser.cpuMax("200000 100000\n"));
        assertNull(CgroupParser.limit("max\n", "pids.max"));
        assertEquals(4096L, CgroupParser.limit("4096\n", "pids.max"));
        assertNull(CgroupParser.limit("-1\n", "cpu.cfs_quota_us"));
        assertThrows(ParseException.class, () -> CgroupParser.cpuMax("max"));
        assertThrows(ParseException.class, () -> CgroupParser.limit("lots", "pids.max"));
    }
}
