package dev.kernlint.rules;

import static dev.kernlint.testing.Fixtures.audit;
import static dev.kernlint.testing.Fixtures.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.engine.AuditResult;
import dev.kernlint.engine.Finding;
import dev.kernlint.engine.FixAction;
import dev.kernlint.engine.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** LOAD-PER-CPU, PROC-ZOMBIES, PROC-PID-HEADROOM, PROC-RT-PRIORITY and HW-CPU-DISABLED. */
class ProcessRulesTest {
    static final List<String> RULES = List.of("LOAD-PER-CPU", "PROC-ZOMBIES", "PROC-PID-HEADROOM", "PROC-RT-PRIORITY", "HW-CPU-DISABLED");

    @Test
    void healthyHostFiresNothingAndIsEvaluated() {
        // one zombie, a FIFO kernel thread (migration/0) and idle kworkers (state I) are all normal
        AuditResult r = audit("proc-healthy");
        for (String rule : RULES) {
            assertTrue(findings(r, rule).isEmpty(), rule + " must not fire: " + findings(r, rule));
            assertTrue(r.rulesEvaluated().contains(rule), rule + " was evaluated");
        }
    }

    @Test
    void zombiesNameTheParent() {
        Finding f = findings(audit("proc-zombies"), "PROC-ZOMBIES").get(0);
        assertEquals(64, f.evidence().get("zombies"), "60 + 3 + the one in the healthy base");
        assertEquals(4242, f.evidence().get("parent_pid"));
        assertEquals("myapp", f.evidence().get("parent_comm"));
        assertEquals(List.of("4242 (myapp) 60", "612 (sshd) 3", "2001 (bash) 1"), f.evidence().get("by_parent"));
        assertTrue(f.message().contains("children of pid 4242 (myapp)"), f.message());
    }

    @Test
    void realtimeUserProcessesWithoutKernelThreads() {
        Finding f = findings(audit("proc-rt"), "PROC-RT-PRIORITY").get(0);
        assertEquals(Severity.INFO, f.severity());
        assertEquals(List.of("700 pipewire SCHED_FIFO 20", "701 jackd SCHED_RR 70"), f.evidence().get("processes"));
    }

    @Test
    void pidMaxNearlyUsedUpSuggestsTheLargerPidSpace() {
        Finding f = findings(audit("pid-headroom"), "PROC-PID-HEADROOM").get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("kernel.pid_max", f.evidence().get("binding_limit"));
        // 760 java threads + 11 base processes (the zombie counts one); /proc/loadavg says 120 (lxcfs, or read at
        // another moment): the larger count is the one that can run out
        assertEquals(771L, f.evidence().get("tasks"));
        assertEquals(771L, f.evidence().get("tasks_visible"));
        assertEquals(120L, f.evidence().get("tasks_kernel"));
        assertEquals(List.of(new FixAction.SetSysctl("kernel.pid_max", "4194304")), f.fixes());
    }

    @Test
    void tasksHiddenFromProcAreCountedByTheKernelsTotal() {
        // hidepid, a pid namespace or a partial snapshot: 11 tasks visible under /proc, 880 in /proc/loadavg
        Finding f = findings(audit("pid-headroom-hidden"), "PROC-PID-HEADROOM").get(0);
        assertEquals(Severity.WARNING, f.severity(), "880 of pid_max 1000");
        assertEquals(880L, f.evidence().get("tasks"));
        assertEquals(11L, f.evidence().get("tasks_visible"));
        assertEquals(880L, f.evidence().get("tasks_kernel"));
        assertTrue(f.message().startsWith("880 tasks use 88% of kernel.pid_max (1000)"), f.message());
    }

    @Test
    void containerPidsMaxIsTheBindingLimit() {
        Finding f = findings(audit("pid-headroom-cgroup"), "PROC-PID-HEADROOM").get(0);
        assertEquals(Severity.CRITICAL, f.severity(), "95 of pids.max 100");
        assertEquals("pids.max", f.evidence().get("binding_limit"));
        assertTrue(f.fixes().isEmpty(), "pids.max belongs to the container or unit, not to sysctl");
    }

    @Test
    void loadPerCpuCritical() {
        Finding f = findings(audit("load-high"), "LOAD-PER-CPU").get(0);
        assertEquals(Severity.CRITICAL, f.severity(), "8.4 on 4 CPUs");
        assertEquals(2L, f.evidence().get("procs_blocked"));
        assertTrue(f.message().contains("9 running, 2 blocked"), f.message());
    }

    @Test
    void loadInAContainerIsComparedWithTheQuota() {
        Finding f = findings(audit("load-container"), "LOAD-PER-CPU").get(0);
        assertEquals(Severity.WARNING, f.severity(), "1.5 on a 1-CPU quota, although 0.19 per online CPU");
        assertEquals(1.0, f.evidence().get("quota_cpus"));
        assertTrue(findings(audit("load-container-unlimited"), "LOAD-PER-CPU").isEmpty(), "cpu.max 'max': 8 CPUs");
    }

    @Test
    void presentCpusOffline() {
        Finding f = findings(audit("cpu-offline"), "HW-CPU-DISABLED").get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.message().startsWith("2 of 4 present CPUs are offline"), f.message());
    }

    @Test
    void smtSwitchedOffIsInformation() {
        Finding f = findings(audit("cpu-smt-off"), "HW-CPU-DISABLED").get(0);
        assertEquals(Severity.INFO, f.severity());
        assertEquals("off", f.evidence().get("smt_control"));
    }

    @Test
    void hotplugSlotsOfAVmAreNotDisabledCpus() {
        // offline lists 4-63 (possible but not present): nothing was switched off
        assertTrue(findings(audit("cpu-hotplug-slots"), "HW-CPU-DISABLED").isEmpty());
    }

    @Test
    void withoutProcessesTheProcessRulesAreNotEvaluated() {
        AuditResult r = audit("cpu-offline");
        for (String rule : List.of("PROC-ZOMBIES", "PROC-PID-HEADROOM", "PROC-RT-PRIORITY", "SWAP-TOP-CONSUMERS")) {
            assertTrue(r.rulesNotEvaluated().contains(rule), rule + " needs /proc/PID/stat");
            assertTrue(findings(r, rule).isEmpty());
        }
        assertTrue(r.rulesNotEvaluated().contains("LOAD-PER-CPU"), "no /proc/loadavg in this snapshot");
    }
}
