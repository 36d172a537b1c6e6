package dev.kernlint.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.fact.CpuTopology;
import dev.kernlint.source.Snapshot;
import dev.kernlint.source.Source;
import dev.kernlint.testing.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Non-x86 cpuinfo is valid input; sockets and cores it lacks come from the sysfs topology. */
class CpuCollectorTest {
    @TempDir
    Path tmp;

    private Facts collect(String name, String cpuinfoSample, String online, String... topology) {
        List<String> files = new ArrayList<>(List.of("proc/cpuinfo", Fixtures.sample(cpuinfoSample),
                "sys/devices/system/cpu/online", online + "\n"));
        for (int cpu = 0; cpu < topology.length; cpu++) {
            String[] pc = topology[cpu].split("/");
            files.addAll(List.of("sys/devices/system/cpu/cpu" + cpu + "/topology/physical_package_id", pc[0] + "\n",
                    "sys/devices/system/cpu/cpu" + cpu + "/topology/core_id", pc[1] + "\n"));
        }
        Path dir = Fixtures.write(tmp.resolve(name), files.toArray(String[]::new));
        Facts facts = new Facts();
        try (Source s = Snapshot.open(dir)) {
            new CpuCollector().collect(s, facts);
        }
        return facts;
    }

    @Test
    void s390xIsNotAGapAndTakesItsSocketsFromSysfs() {
        Facts f = collect("s390x", "cpuinfo-s390x-z14-rhel8.txt", "0-1", "0/0", "1/1");
        assertTrue(f.gaps().isEmpty(), f.gaps().toString());
        CpuTopology t = f.first(CpuTopology.class).orElseThrow();
        assertEquals(2, t.sockets());
        assertEquals(2, t.cores());
        assertEquals("IBM/S390 machine 3906", t.model());
    }

    @Test
    void powerTakesSocketsAndCoresFromSysfs() {
        // 4 of the 28 threads online here: SMT4 on one core of one socket
        Facts f = collect("power", "cpuinfo-ppc64-power7-pseries.txt", "0-3", "0/32", "0/32", "0/32", "0/32");
        CpuTopology t = f.first(CpuTopology.class).orElseThrow();
        assertEquals(1, t.sockets());
        assertEquals(1, t.cores());
        assertEquals("POWER7 (architected), altivec supported", t.model());
    }

    @Test
    void anUnknownPackageIdLeavesSocketsUnknown() {
        Facts f = collect("arm", "cpuinfo-arm64-neoverse-n1.txt", "0-3", "-1/0", "-1/1", "-1/2", "-1/3");
        assertEquals(0, f.first(CpuTopology.class).orElseThrow().sockets());
        Facts none = collect("arm-no-topology", "cpuinfo-armv7-bcm2709.txt", "0-3");
        assertEquals(0, none.first(CpuTopology.class).orElseThrow().sockets());
        assertEquals("ARMv7 Processor rev 5 (v7l)", none.first(CpuTopology.class).orElseThrow().model());
    }
}
