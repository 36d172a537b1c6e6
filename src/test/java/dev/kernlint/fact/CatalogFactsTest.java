package dev.kernlint.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.parse.MemInfoParser;
import dev.kernlint.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** The arithmetic the memory, process and sysctl rules rely on. */
class CatalogFactsTest {

    @Test
    void unaccountedMemoryOnAReal618Host() {
        MemInfo info = MemInfoParser.parse(Fixtures.sample("proc/meminfo-6.18.txt"));
        MemoryUse m = new MemoryUse(info);
        assertEquals(info.get("MemTotal") - info.get("MemFree") - info.get("Buffers") - info.get("Cached")
                - info.get("AnonPages") - info.get("Hugetlb"), m.unaccountedKb());
        long known = 0;
        for (String k : new String[] {"Slab", "KernelStack", "PageTables", "SecPageTables", "Percpu", "VmallocUsed", "SwapCached"}) {
            known += info.get(k);
        }
        assertEquals(Math.max(0, m.unaccountedKb() - known), m.kernelBreakdownKb().get("unexplained"));
        assertEquals(0L, m.swapUsedKb());
        assertFalse(m.availableEstimated());
    }

    @Test
    void oldKernelEstimatesAvailableAndHugePages() {
        MemoryUse m = new MemoryUse(MemInfoParser.parse(Fixtures.sample("proc/meminfo-2.6.32.txt")));
        assertTrue(m.availableEstimated());
        assertEquals(412344L + 1013536 + 1295068 + 497372, m.availableKb());
        assertEquals(0L, m.hugetlbKb(), "no Hugetlb line before 4.17: HugePages_Total x Hugepagesize");
        MemoryUse huge = new MemoryUse(MemInfoParser.parse("MemTotal: 1000 kB\nHugePages_Total:       4\nHugepagesize:    2048 kB\n"));
        assertEquals(8192L, huge.hugetlbKb());
        assertNull(huge.unaccountedKb(), "without MemFree/Buffers/Cached/AnonPages it is unknown, not 0");
        assertNull(huge.swapUsedKb());
    }

    @Test
    void pidHeadroomPicksTheBindingLimit() {
        ProcessSummary p = new ProcessSummary(100, 30000, 10, 1, 0, 5, 0, 0, false, null);
        PidHeadroom kernel = PidHeadroom.of(p, 32768L, 126000L, CgroupLimits.none(), java.util.List.of());
        assertEquals("kernel.pid_max", kernel.bindingLimit());
        assertEquals(30000.0 / 32768, kernel.share(), 1e-9);
        PidHeadroom threads = PidHeadroom.of(p, 4194304L, 31000L, CgroupLimits.none(), java.util.List.of());
        assertEquals("kernel.threads-max", threads.bindingLimit());
        PidHeadroom cg = PidHeadroom.of(p, 4194304L, 126000L, new CgroupLimits(null, null, 40000L, null, "cgroup2"), java.util.List.of());
        assertEquals("pids.max", cg.bindingLimit());
        assertEquals(0.75, cg.share(), 1e-9);
        // the kernel counts 32000 tasks (4th field of /proc/loadavg) where /proc shows 30000: the larger is used
        PidHeadroom hidden = PidHeadroom.of(p, 32768L, 126000L, CgroupLimits.none(),
                java.util.List.of(new LoadAverage(0.1, 0.1, 0.1, 1L, 32000L, 4000L)));
        assertEquals(32000, hidden.tasks());
        assertEquals(30000, hidden.visibleTasks());
    }

    @Test
    void cpuQuota() {
        CgroupLimits two = new CgroupLimits(200000L, 100000L, null, null, "cgroup2");
        assertEquals(2.0, two.quotaCpus());
        assertEquals(2.0, two.effectiveCpus(8));
        assertEquals(1.0, two.effectiveCpus(1), "a quota above the CPUs online changes nothing");
        assertEquals(8.0, CgroupLimits.none().effectiveCpus(8));
    }

    @Test
    void sysctlValuesCompareAsTheKernelParsesThem() {
        assertTrue(SysctlConfig.sameValue("1024 65000", "1024\t65000"));
        assertTrue(SysctlConfig.sameValue("16", "0x10"));
        assertTrue(SysctlConfig.sameValue("8", "010"));
        assertFalse(SysctlConfig.sameValue("60", "10"));
        assertFalse(SysctlConfig.sameValue("4 4 1 7", "4 4 1"));
        assertTrue(SysctlConfig.sameValue("fq_codel", " fq_codel"));
        assertTrue(SysctlConfig.sameValue("8080-8081,9000", "8080,8081,9000"), "reserved ports read back merged");
        assertFalse(SysctlConfig.sameValue("8080-8082", "8080,8081"));
        assertTrue(SysctlConfig.sameValue("-1", "-1"));
        assertFalse(SysctlConfig.sameValue("-1", "1"));
    }

    @Test
    void sysctlOwners() {
        assertEquals("module br_netfilter", SysctlOwner.of("net.bridge.bridge-nf-call-iptables"));
        assertEquals("module nf_conntrack", SysctlOwner.of("net.netfilter.nf_conntrack_max"));
        assertEquals("interface eth0.100", SysctlOwner.of("net.ipv4.conf.eth0/100.rp_filter"));
        assertNull(SysctlOwner.of("net.ipv4.conf.all.rp_filter"));
        assertNull(SysctlOwner.of("vm.swappiness"));
        assertTrue(SysctlOwner.removal("net.ipv4.tcp_tw_recycle").contains("4.12"));
        assertNull(SysctlOwner.removal("net.ipv4.tcp_tw_reuse"));
    }
}
