package dev.kernlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.fact.SysctlAssignment;
import dev.kernlint.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class TunedProfileParserTest {
    @Test
    void theShippedThroughputPerformanceProfile() {
        TunedProfileParser.TunedProfile p = TunedProfileParser.parse("/usr/lib/tuned/throughput-performance/tuned.conf",
                Fixtures.sample("tuned/throughput-performance.conf"));
        assertTrue(p.includes().isEmpty());
        assertEquals(List.of("kernel.sched_min_granularity_ns", "kernel.sched_wakeup_granularity_ns", "vm.dirty_ratio"),
                p.sysctl().stream().map(SysctlAssignment::key).toList(), "only [sysctl], commented lines left out");
        SysctlAssignment dirty = p.sysctl().get(2);
        assertEquals("40", dirty.value());
        assertEquals(38, dirty.line());
    }

    @Test
    void includesAndVariables() {
        TunedProfileParser.TunedProfile p = TunedProfileParser.parse("/etc/tuned/my-db/tuned.conf", Fixtures.sample("tuned/my-db.conf"));
        assertEquals(List.of("throughput-performance"), p.includes());
        assertEquals(List.of("vm.swappiness", "vm.dirty_ratio"), p.sysctl().stream().map(SysctlAssignment::key).toList(),
                "a ${f:...} value is known only to tuned");
        assertEquals(List.of("balanced", "my-db"), TunedProfileParser.activeProfiles("balanced my-db\n"));
        assertEquals(List.of(), TunedProfileParser.activeProfiles("../../etc\n"));
    }

    @Test
    void procSysMountAndUserNamespace() {
        assertEquals("ro", ProcSysMountParser.mode("proc /proc proc rw,nosuid 0 0\nproc /proc/sys proc ro,nosuid,nodev 0 0\n"));
        assertEquals("rw", ProcSysMountParser.mode("proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0\n"));
        assertEquals(null, ProcSysMountParser.mode("sysfs /sys sysfs rw 0 0\n"));
        assertTrue(ProcSysMountParser.userNamespace("         0     100000      65536\n"));
        assertTrue(!ProcSysMountParser.userNamespace("         0          0 4294967295\n"));
    }
}
