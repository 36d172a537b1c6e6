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

/** The memory, process, load and slab rules over time: steady change fires, noise and steady state do not. */
class TimeProcessRulesTest {
    private static final long MEM_TOTAL_KB = 16_000_000;

    @TempDir
    Path tmp;

    private static String meminfo(long availableKb) {
        return "MemTotal:       " + MEM_TOTAL_KB + " kB\nMemFree:         4000000 kB\nMemAvailable:   " + availableKb + " kB\n"
                + "Slab:             150000 kB\nSReclaimable:      50000 kB\nSUnreclaim:       100000 kB\n"
                + "SwapTotal:        4000000 kB\nSwapFree:         4000000 kB\n";
    }

    private static String vmstat(long dirty, long writeback, long threshold, long pswpin, long pswpout) {
        return "nr_free_pages 1000000\nnr_dirty " + dirty + "\nnr_writeback " + writeback + "\nnr_dirty_threshold " + threshold
                + "\nnr_dirty_background_threshold " + threshold / 2 + "\npswpin " + pswpin + "\npswpout " + pswpout + "\n";
    }

    /** /proc/stat with cumulative user/system/idle/iowait ticks and the instantaneous r and b. */
    private static String stat(long user, long system, long idle, long iowait, int running, int blocked) {
        return "cpu  " + user + " 0 " + system + " " + idle + " " + iowait + " 0 0 0 0 0\ncpu0 1 0 1 1 0 0 0 0 0 0\n"
                + "procs_running " + running + "\nprocs_blocked " + blocked + "\n";
    }

    private static String procStat(int pid, String comm, char state, int ppid, long start) {
        return pid + " (" + comm + ") " + state + " " + ppid + " " + pid + " " + pid + " 0 -1 4194560 100 0 0 0 5 5 0 0 20 0 1 0 "
                + start + " 100000000 2000 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 0 0 0 0 0 0\n";
    }

    /** A quiet host; each reading overrides what {@code change} returns. Readings are {@code interval} s apart. */
    private AuditResult audit(int readings, int interval, IntFunction<Map<String, String>> change) {
        Path dir = snapshot(readings, interval, change);
        return Fixtures.audit(Path.of("src/test/resources/snapshots").toAbsolutePath().relativize(dir.toAbsolutePath()).toString());
    }

    private Path snapshot(int readings, int interval, IntFunction<Map<String, String>> change) {
        List<Map<String, String>> out = new ArrayList<>();
        for (int i = 0; i < readings; i++) {
            Map<String, String> r = new LinkedHashMap<>();
            r.put("proc/meminfo", meminfo(12_000_000));
            r.put("proc/vmstat", vmstat(1000, 0, 400_000, 500, 900));
            r.put("proc/stat", stat(1000 + i * 50L, 500 + i * 20L, 100_000 + i * 400L, 10, 1, 0));
            r.put("sys/devices/system/cpu/online", "0-1\n");
            r.put("proc/1/stat", procStat(1, "systemd", 'S', 0, 5));
            r.put("proc/1/statm", "5000 3000 2000 10 0 900 0\n");
            r.put("proc/mounts", "proc /proc proc rw 0 0\n");
            r.putAll(change.apply(i));
            out.add(r);
        }
        return SampledSnapshot.build(tmp.resolve("s" + System.nanoTime()), out, interval);
    }

    private AuditResult audit(IntFunction<Map<String, String>> change) {
        return audit(6, 60, change);
    }

    private static List<Finding> of(AuditResult r, String rule) {
        return Fixtures.findings(r, rule);
    }

    @Test
    void dirtyPagesAtTheLimitInMoreThanThreeSamplesThrottleWriters() {
        AuditResult at = audit(i -> Map.of("proc/vmstat", vmstat(300_000 + i * 1000L, 70_000, 400_000, 500, 900)));
        List<Finding> f = of(at, "MEM-DIRTY-THROTTLE");
        assertEquals(1, f.size(), at.findings().toString());
        assertEquals(6, f.get(0).evidence().get("samples_at_limit"));

        // at the limit in three samples only: bursts, not sustained throttling
        AuditResult bursts = audit(i -> Map.of("proc/vmstat", vmstat(i % 2 == 0 ? 380_000 : 10_000, 0, 400_000, 500, 900)));
        assertTrue(of(bursts, "MEM-DIRTY-THROTTLE").isEmpty(), bursts.findings().toString());
        assertTrue(of(audit(i -> Map.of()), "MEM-DIRTY-THROTTLE").isEmpty());
    }

    @Test
    void swapTrafficInMostIntervalsIsActiveSwappingCriticalWhenMemoryIsShort() {
        AuditResult swapping = audit(i -> Map.of("proc/vmstat", vmstat(1000, 0, 400_000, 500 + i * 300L, 900 + i * 800L)));
        List<Finding> f = of(swapping, "SWAP-ACTIVE");
        assertEquals(1, f.size(), swapping.findings().toString());
        assertEquals("warning", f.get(0).severity().toString().toLowerCase());
        assertEquals(4000L, f.get(0).evidence().get("pswpout"));

        AuditResult shortOfMemory = audit(i -> Map.of("proc/vmstat", vmstat(1000, 0, 400_000, 500 + i * 300L, 900 + i * 800L),
                "proc/meminfo", meminfo(800_000)));
        assertEquals("critical", of(shortOfMemory, "SWAP-ACTIVE").get(0).severity().toString().toLowerCase());

        // one burst of swap-in, then nothing: not "most intervals"
        AuditResult once = audit(i -> Map.of("proc/vmstat", vmstat(1000, 0, 400_000, i == 0 ? 500 : 5000, 900)));
        assertTrue(of(once, "SWAP-ACTIVE").isEmpty(), once.findings().toString());
        assertTrue(of(audit(i -> Map.of()), "SWAP-ACTIVE").isEmpty());
    }

    private static Map<String, String> process(int pid, long start, String comm, long anonKb) {
        // statm in 4 kB pages: resident - shared = anon
        return Map.of("proc/" + pid + "/stat", procStat(pid, comm, 'S', 1, start),
                "proc/" + pid + "/statm", "90000 " + (anonKb / 4 + 1000) + " 1000 10 0 80000 0\n");
    }

    @Test
    void aProcessWhoseAnonymousMemoryGrowsSteadilyIsALeak() {
        // 40 MB per minute, 200 MB over the window: far above 1% of 16 GB per day
        AuditResult leak = audit(i -> process(4242, 777, "leaky", 500_000 + i * 40_000L + (i % 2) * 300));
        List<Finding> f = of(leak, "MEM-RSS-LEAK");
        assertEquals(1, f.size(), leak.findings() + " " + leak.gaps() + leak.rulesNotEvaluated());
        assertEquals("4242@777", f.get(0).evidence().get("process"));
        assertEquals("leaky", f.get(0).evidence().get("comm"));
        assertTrue(f.get(0).message().contains("pid 4242 (leaky)"), f.get(0).message());
        assertTrue(f.get(0).remediation().contains("pmap -x"), f.get(0).remediation());

        // a heap that breathes around a level, and a flat one, are not leaks
        AuditResult breathes = audit(i -> process(4242, 777, "gc", 500_000 + (i % 2) * 60_000L));
        assertTrue(of(breathes, "MEM-RSS-LEAK").isEmpty(), breathes.findings().toString());
        assertTrue(of(audit(i -> process(4242, 777, "flat", 500_000)), "MEM-RSS-LEAK").isEmpty());
        // the same pid reused by a new process each reading is not one process growing
        AuditResult reused = audit(i -> process(4242, 777 + i, "worker", 500_000 + i * 40_000L));
        assertTrue(of(reused, "MEM-RSS-LEAK").isEmpty(), reused.findings().toString());
        // a slow steady climb below the minimum growth over the window
        AuditResult small = audit(i -> process(4242, 777, "slow", 500_000 + i * 1000L));
        assertTrue(of(small, "MEM-RSS-LEAK").isEmpty(), small.findings().toString());
    }

    private static final long REGION_END = 0x7f6e0cb83000L;

    /**
     * smaps of a process whose malloc'd blocks (above the mmap threshold) merge into one anonymous region that grows
     * downwards by {@code regionKb}, beside a steady [heap], a thread stack over its guard page and libc.
     */
    private static String smaps(long regionKb) {
        long start = REGION_END - regionKb * 1024;
        return mapping("55d0c3a4e000-55d0c3a6f000 rw-p 00000000 00:00 0                          [heap]", 132, 132)
                + mapping(Long.toHexString(start) + "-" + Long.toHexString(REGION_END) + " rw-p 00000000 00:00 0 ", regionKb, regionKb)
                + mapping("7f6e0cb83000-7f6e0cba5000 r--p 00000000 08:01 1835254                    /lib/x86_64-linux-gnu/libc-2.28.so", 136, 0)
                + mapping("7f6e11ffe000-7f6e11fff000 ---p 00000000 00:00 0 ", 4, 0)
                + mapping("7f6e11fff000-7f6e127ff000 rw-p 00000000 00:00 0 ", 8192, 20);
    }

    private static String mapping(String header, long sizeKb, long anonKb) {
        return header + "\nSize:           " + sizeKb + " kB\nKernelPageSize:        4 kB\nRss:            " + anonKb
                + " kB\nPss:            " + anonKb + " kB\nAnonymous:      " + anonKb + " kB\nSwap:                  0 kB\n"
                + "THPeligible:    0\nVmFlags: rd wr mr mw me ac sd \n";
    }

    private static Map<String, String> leakWithSmaps(int i, long baseKb) {
        Map<String, String> r = new LinkedHashMap<>(process(4242, 777, "leaky", 500_000 + baseKb + i * 40_000L));
        r.put("proc/4242/smaps", smaps(100_000 + baseKb + i * 40_000L));
        r.putAll(process(4343, 888, "steady", 300_000));
        r.put("proc/4343/smaps", smaps(300_000));
        return r;
    }

    @Test
    void theLeakNamesTheGrowingRegionAndGivesTheDumpCommands() {
        AuditResult leak = audit(i -> leakWithSmaps(i, 0));
        List<Finding> f = of(leak, "MEM-RSS-LEAK");
        assertEquals(1, f.size(), leak.findings().toString());
        Finding x = f.get(0);
        // the suspect is known after the second later sample: smaps of samples 2..5 are read, so 120 MB -> 240 MB
        long start = REGION_END - 300_000L * 1024;
        String range = "0x" + Long.toHexString(start) + "-0x" + Long.toHexString(REGION_END);
        assertEquals(range, x.evidence().get("mapping"), x.evidence().toString());
        assertEquals("anonymous mmap region", x.evidence().get("mapping_kind"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> maps = (List<Map<String, Object>>) x.evidence().get("mappings");
        assertEquals(1, maps.size(), maps.toString());
        assertEquals(180_000L, maps.get(0).get("anon_first_kb"));
        assertEquals(300_000L, maps.get(0).get("anon_last_kb"));
        assertEquals(4, maps.get(0).get("samples"));
        assertEquals(Math.round(120_000 * 3600.0 / 180), maps.get(0).get("kb_per_hour"));
        assertTrue(x.message().contains("the growth is in " + range + " (anonymous mmap region"), x.message());
        String hex = Long.toHexString(start);
        assertEquals(List.of("pmap -x 4242",
                "gdb -p 4242 -batch -ex 'dump memory /tmp/4242-" + hex + ".dump 0x" + hex + " 0x7f6e0cb83000'"
                        + "  # gdb stops the process while it dumps; the dump may hold secrets (keys, passwords): delete it after",
                "strings /tmp/4242-" + hex + ".dump | sort | uniq -c | sort -rn | head"), x.commands());
        // advice only: nothing for `fix` to run
        assertTrue(x.fixes().isEmpty() && !x.fixAllowed(), x.toString());
        // the steady process was never a suspect: its smaps were not read and no gap names it
        assertTrue(leak.gaps().stream().noneMatch(g -> g.gap().input().contains("smaps")), leak.gaps().toString());

        // without smaps in the samples (an older snapshot): the leak is still found, pmap alone, and a gap says why
        AuditResult noSmaps = audit(i -> process(4242, 777, "leaky", 500_000 + i * 40_000L));
        Finding bare = of(noSmaps, "MEM-RSS-LEAK").get(0);
        assertEquals(null, bare.evidence().get("mapping"));
        assertEquals(List.of("pmap -x 4242"), bare.commands());
        assertTrue(noSmaps.gaps().stream().anyMatch(g -> g.gap().input().equals("/proc/PID/smaps") && g.gap().reason().startsWith("pid 4242")),
                noSmaps.gaps().toString());
    }

    @Test
    void diffOfTwoSnapshotsNamesTheSameGrowingMapping() {
        Path before = snapshot(6, 60, i -> leakWithSmaps(i, 0));
        Path after = snapshot(6, 60, i -> leakWithSmaps(i, 400_000));
        dev.kernlint.testing.Cli r = dev.kernlint.testing.Cli.run("diff", before.toString(), after.toString(), "--format", "json");
        assertEquals(0, r.exit(), r.err());
        String range = "0x" + Long.toHexString(REGION_END - 700_000L * 1024) + "-0x" + Long.toHexString(REGION_END);
        assertTrue(r.out().contains("\"process_mapping 4242@777 (leaky) " + range + " (anonymous mmap region)\""), r.out());
        assertTrue(!r.out().contains("process_mapping 4343@888"), "the steady process has no smaps in either: " + r.out());
    }

    private static Map<String, String> dstate(int pid, long start, char state) {
        return Map.of("proc/" + pid + "/stat", procStat(pid, "nfs-reader", state, 1, start),
                "proc/" + pid + "/wchan", "rpc_wait_bit_killable",
                "proc/" + pid + "/stack", "[<0>] rpc_wait_bit_killable+0x1e/0xa0 [sunrpc]\n[<0>] nfs4_proc_getattr+0x64/0x110 [nfsv4]\n");
    }

    @Test
    void theSameProcessInDAcrossConsecutiveSamplesIsStuck() {
        // D from reading 1 to 4: 180 s in a row
        AuditResult stuck = audit(i -> dstate(3131, 4000, i >= 1 && i <= 4 ? 'D' : 'S'));
        List<Finding> f = of(stuck, "PROC-DSTATE-STUCK");
        assertEquals(1, f.size(), stuck.findings().toString());
        assertEquals("rpc_wait_bit_killable", f.get(0).evidence().get("wchan"));
        assertEquals(180.0, f.get(0).evidence().get("seconds"));
        assertTrue(f.get(0).evidence().get("stack").toString().contains("nfs4_proc_getattr"));

        // D in every other sample: short I/O waits, never a long unbroken run
        AuditResult brief = audit(i -> dstate(3131, 4000, i % 2 == 0 ? 'D' : 'S'));
        assertTrue(of(brief, "PROC-DSTATE-STUCK").isEmpty(), brief.findings().toString());
        // idle kernel threads (I) are never D
        assertTrue(of(audit(i -> dstate(3131, 4000, 'I')), "PROC-DSTATE-STUCK").isEmpty());
        // a new process with the same pid in D each time is not the same stuck task
        AuditResult reused = audit(i -> dstate(3131, 4000 + i, 'D'));
        assertTrue(of(reused, "PROC-DSTATE-STUCK").isEmpty(), reused.findings().toString());
        // 20 s of D at 10 s intervals is below the 30 s threshold
        AuditResult shortRun = audit(6, 10, i -> dstate(3131, 4000, i >= 2 && i <= 4 ? 'D' : 'S'));
        assertTrue(of(shortRun, "PROC-DSTATE-STUCK").isEmpty(), shortRun.findings().toString());
    }

    private static Map<String, String> zombies(int parent, int count) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("proc/" + parent + "/stat", procStat(parent, "forker", 'S', 1, 300));
        for (int z = 0; z < count; z++) {
            int pid = 20_000 + z;
            m.put("proc/" + pid + "/stat", procStat(pid, "child", 'Z', parent, 400 + z));
        }
        return m;
    }

    @Test
    void zombiesGrowingUnderOneParentNameTheParent() {
        AuditResult growing = audit(i -> zombies(777, 2 + i * 4));
        List<Finding> f = of(growing, "PROC-ZOMBIES");
        assertEquals(1, f.size(), growing.findings().toString());
        assertEquals("forker", f.get(0).evidence().get("parent_comm"));
        assertEquals(777L, f.get(0).evidence().get("parent_pid"));
        assertTrue(f.get(0).message().contains("restart pid 777"), f.get(0).message());

        assertTrue(of(audit(i -> zombies(777, 12)), "PROC-ZOMBIES").isEmpty());
        AuditResult comeAndGo = audit(i -> zombies(777, i % 2 == 0 ? 1 : 15));
        assertTrue(of(comeAndGo, "PROC-ZOMBIES").isEmpty(), comeAndGo.findings().toString());
    }

    @Test
    void loadIsClassifiedAsIoBoundOrCpuBound() {
        AuditResult io = audit(i -> Map.of("proc/stat", stat(1000 + i * 100L, 500 + i * 50L, 100_000 + i * 300L, 10 + i * 700L, 1, 6),
                "proc/pressure/io", "some avg10=45.00 avg60=30.00 avg300=10.00 total=1\nfull avg10=40.00 avg60=25.00 avg300=8.00 total=1\n",
                "proc/pressure/cpu", "some avg10=1.00 avg60=1.00 avg300=1.00 total=1\n"));
        List<Finding> f = of(io, "LOAD-CLASSIFY");
        assertEquals(1, f.size(), io.findings().toString());
        assertEquals("io-bound", f.get(0).evidence().get("class"));
        // the severity `kernlint rules` lists: a classification, never raised (LOAD-PER-CPU judges the load itself)
        assertEquals("info", f.get(0).severity().toString().toLowerCase());
        assertEquals(45.0, f.get(0).evidence().get("psi_io_some_avg10"));

        AuditResult cpu = audit(i -> Map.of("proc/stat", stat(1000 + i * 9000L, 500 + i * 2900L, 100_000 + i * 100L, 10, 7, 0)));
        List<Finding> c = of(cpu, "LOAD-CLASSIFY");
        assertEquals(1, c.size(), cpu.findings().toString());
        assertEquals("cpu-bound", c.get(0).evidence().get("class"));
        assertEquals(null, c.get(0).evidence().get("psi_cpu_some_avg10"));

        assertEquals("info", c.get(0).severity().toString().toLowerCase());

        // one busy task per CPU, nothing blocked: neither
        AuditResult calm = audit(i -> Map.of("proc/stat", stat(1000 + i * 9000L, 500 + i * 2900L, 100_000 + i * 100L, 10, 2, 0)));
        assertTrue(of(calm, "LOAD-CLASSIFY").isEmpty(), calm.findings().toString());
    }

    /** A thread of kernlint itself, as /proc/self/task/TID/stat shows it. */
    private static Map<String, String> ownThreads(int running, int sleeping) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int t = 0; t < running + sleeping; t++) {
            m.put("proc/self/task/" + (900 + t) + "/stat", procStat(900 + t, "java", t < running ? 'R' : 'S', 1, 800));
        }
        return m;
    }

    @Test
    void anIdleHostIsNotCpuBoundHoweverManyTasksAreRunnable() {
        // the report of issue 10: 2 CPUs, 4.3 runnable on average, 3% user+system: runnable tasks that hardly run
        // are not CPU contention (they were kernlint's own threads, caught reading /proc/stat)
        AuditResult idle = audit(3, 1, i -> Map.of("proc/stat", stat(1000 + i * 4L, 500 + i * 2L, 100_000 + i * 194L, 10, i == 0 ? 5 : 4, 0)));
        assertTrue(of(idle, "LOAD-CLASSIFY").isEmpty(), idle.findings().toString());
    }

    @Test
    void kernlintsOwnRunnableThreadsAreNotCountedAsLoad() {
        // busy CPUs and 5 runnable, 4 of them kernlint's: 1 runnable task on 2 CPUs is not CPU-bound
        AuditResult own = audit(i -> {
            Map<String, String> m = new LinkedHashMap<>(ownThreads(4, 10));
            m.put("proc/stat", stat(1000 + i * 9000L, 500 + i * 2900L, 100_000 + i * 100L, 10, 5, 0));
            return m;
        });
        assertTrue(of(own, "LOAD-CLASSIFY").isEmpty(), own.findings().toString());

        // the same host with 7 runnable: 3 of others on 2 busy CPUs is CPU-bound, and the evidence says what was discounted
        AuditResult busy = audit(i -> {
            Map<String, String> m = new LinkedHashMap<>(ownThreads(4, 10));
            m.put("proc/stat", stat(1000 + i * 9000L, 500 + i * 2900L, 100_000 + i * 100L, 10, 7, 0));
            return m;
        });
        List<Finding> f = of(busy, "LOAD-CLASSIFY");
        assertEquals(1, f.size(), busy.findings().toString());
        assertEquals("cpu-bound", f.get(0).evidence().get("class"));
        assertEquals(3.0, f.get(0).evidence().get("procs_running_avg"));
        assertEquals(4.0, f.get(0).evidence().get("kernlint_running_avg"));
    }

    private static String schedDebug(long cpu0, long cpu1, long cpu2) {
        StringBuilder sb = new StringBuilder("Sched Debug Version: v0.11, 6.8.0-45-generic #45-Ubuntu\n\n");
        long[] n = {cpu0, cpu1, cpu2};
        for (int c = 0; c < n.length; c++) {
            sb.append("cpu#").append(c).append(", 2803.200 MHz\n  .nr_running                    : ").append(n[c])
                    .append("\n  .nr_switches                   : 2397814\n\ncfs_rq[").append(c).append("]:/\n  .nr_running                    : ")
                    .append(n[c]).append("\n\n");
        }
        return sb.toString();
    }

    @Test
    void runQueuesQueuedOnSomeCpusWhileOthersIdle() {
        AuditResult skew = audit(i -> Map.of("sys/kernel/debug/sched/debug", schedDebug(4 + i % 2, 0, 1)));
        List<Finding> f = of(skew, "SCHED-RUNQ-IMBALANCE");
        assertEquals(1, f.size(), skew.findings().toString());
        assertEquals(List.of("cpu0 4.5"), f.get(0).evidence().get("queued_cpus"));
        assertEquals(List.of("cpu1"), f.get(0).evidence().get("idle_cpus"));

        // the older location, and a busy but balanced host
        AuditResult old = audit(i -> Map.of("proc/sched_debug", schedDebug(5, 0, 1)));
        assertEquals(1, of(old, "SCHED-RUNQ-IMBALANCE").size());
        assertTrue(of(audit(i -> Map.of("proc/sched_debug", schedDebug(4, 3, 4))), "SCHED-RUNQ-IMBALANCE").isEmpty());
        // queued only now and then
        AuditResult spikes = audit(i -> Map.of("proc/sched_debug", schedDebug(i % 3 == 0 ? 6 : 1, 0, 1)));
        assertTrue(of(spikes, "SCHED-RUNQ-IMBALANCE").isEmpty(), spikes.findings().toString());
    }

    @Test
    void withoutTheSchedulerDebugFileTheRuleIsNotEvaluated() {
        AuditResult r = audit(i -> Map.of());
        AuditResult.GapReport gap = r.gaps().stream().filter(g -> g.gap().input().equals("/sys/kernel/debug/sched/debug"))
                .findFirst().orElseThrow();
        assertTrue(gap.gap().reason().contains("needs root / debugfs"), gap.gap().reason());
        assertTrue(r.rulesNotEvaluated().contains("SCHED-RUNQ-IMBALANCE"));
        assertTrue(of(r, "SCHED-RUNQ-IMBALANCE").isEmpty());
    }

    private static String slabinfo(long dentrySlabs, long kmallocSlabs) {
        return "slabinfo - version: 2.1\n"
                + "# name            <active_objs> <num_objs> <objsize> <objperslab> <pagesperslab> : tunables <limit> <batchcount> <sharedfactor> : slabdata <active_slabs> <num_slabs> <sharedavail>\n"
                + "dentry            " + dentrySlabs * 21 + " " + dentrySlabs * 21 + "    192   21    1 : tunables    0    0    0 : slabdata " + dentrySlabs + " " + dentrySlabs + "      0\n"
                + "kmalloc-64        " + kmallocSlabs * 64 + " " + kmallocSlabs * 64 + "     64   64    1 : tunables    0    0    0 : slabdata " + kmallocSlabs + " " + kmallocSlabs + "      0\n";
    }

    @Test
    void growingSlabCachesAreNamedWhenSlabinfoIsReadable() {
        // kmalloc-64 gains 5,000 pages (20 MB) a minute; dentry stays
        AuditResult grows = audit(i -> Map.of("proc/slabinfo", slabinfo(10_000, 20_000 + i * 5_000L)));
        List<Finding> f = of(grows, "SLAB-UNRECLAIM-GROWTH");
        assertEquals(1, f.size(), grows.findings().toString());
        assertEquals("kmalloc-64", f.get(0).evidence().get("cache"));

        AuditResult noise = audit(i -> Map.of("proc/slabinfo", slabinfo(10_000 + (i % 2) * 4_000L, 20_000)));
        assertTrue(of(noise, "SLAB-UNRECLAIM-GROWTH").isEmpty(), noise.findings().toString());
    }

    @Test
    void negativeDentriesClimbing() {
        AuditResult climbing = audit(i -> Map.of("proc/sys/fs/dentry-state", (500_000 + i * 50_000) + "\t400000\t45\t0\t" + (100_000 + i * 50_000) + "\t0\n"));
        List<Finding> f = of(climbing, "SLAB-DENTRY-BLOAT");
        assertEquals(1, f.size(), climbing.findings().toString());
        assertEquals(350_000L, f.get(0).evidence().get("nr_negative_last"));

        AuditResult steady = audit(i -> Map.of("proc/sys/fs/dentry-state", "500000\t400000\t45\t0\t" + (100_000 + (i % 2) * 90_000) + "\t0\n"));
        assertTrue(of(steady, "SLAB-DENTRY-BLOAT").isEmpty(), steady.findings().toString());
    }
}
