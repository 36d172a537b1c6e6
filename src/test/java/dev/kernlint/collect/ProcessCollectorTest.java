package dev.kernlint.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.fact.Gap;
import dev.kernlint.fact.ProcessInfo;
import dev.kernlint.fact.ProcessSummary;
import dev.kernlint.fact.ZombieParent;
import dev.kernlint.source.CachingSource;
import dev.kernlint.source.Input;
import dev.kernlint.source.LiveHost;
import dev.kernlint.source.ReadStatus;
import dev.kernlint.source.Source;
import dev.kernlint.testing.Fixtures;
import dev.kernlint.testing.SyntheticProc;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessCollectorTest {

    @TempDir
    Path root;

    private static Facts collect(Source s) {
        Facts facts = new Facts();
        new ProcessCollector().collect(s, facts);
        return facts;
    }

    private LiveHost host() {
        return new LiveHost(root, Duration.ofSeconds(1));
    }

    private void process(int pid, String statLine) {
        Fixtures.write(root, "proc/" + pid + "/stat", statLine, "proc/" + pid + "/status", "PPid:\t1\nThreads:\t1\nVmSwap:\t 100 kB\n");
    }

    private static String stat(int pid, String comm, char state, int ppid) {
        return pid + " (" + comm + ") " + state + " " + ppid + " 1 1 0 -1 4194560 1 0 0 0 1 1 0 0 20 0 1 0 100 1000 10 0 0 0 0 0 0 0 0 0 0 0 0 0 17 0 0 0\n";
    }

    /** A source that lists pids which vanish before they are read, as processes do. */
    private static final class Vanishing implements Source {
        private final Source inner;
        private final Set<String> gone;
        private final Set<String> goneBeforeStatus;

        Vanishing(Source inner, Set<String> gone, Set<String> goneBeforeStatus) {
            this.inner = inner;
            this.gone = gone;
            this.goneBeforeStatus = goneBeforeStatus;
        }

        @Override
        public Input read(String path) {
            String[] p = path.split("/");
            if (p.length == 4 && (gone.contains(p[2]) || (goneBeforeStatus.contains(p[2]) && p[3].equals("status")))) {
                return Input.failed(path, ReadStatus.MISSING, "not present");
            }
            return inner.read(path);
        }

        @Override
        public BufferedReader open(String path) throws IOException {
            return inner.open(path);
        }

        @Override
        public List<String> list(String dir) {
            List<String> names = new ArrayList<>(inner.list(dir));
            if (dir.equals("/proc")) {
                names.addAll(gone);
            }
            return names;
        }

        @Override
        public boolean isDirectory(String path) {
            return inner.isDirectory(path);
        }

        @Override
        public Input run(List<String> argv) {
            return inner.run(argv);
        }

        @Override
        public String describe() {
            return "vanishing";
        }

        @Override
        public String hostname() {
            return "test";
        }

        @Override
        public String collectedAt() {
            return "now";
        }
    }

    @Test
    void processesThatExitWhileBeingReadAreSkipped() {
        Fixtures.write(root, "proc/meminfo", "MemTotal: 1000 kB\nSwapTotal: 100 kB\nSwapFree: 50 kB\n");
        process(1, stat(1, "init", 'S', 0));
        process(2, stat(2, "short-lived", 'R', 1));
        Facts f = collect(new Vanishing(host(), Set.of("4711"), Set.of("2")));
        assertTrue(f.gaps().isEmpty(), "an exit is not a gap: " + f.gaps());
        assertEquals(List.of(1), f.all(ProcessInfo.class).stream().map(ProcessInfo::pid).toList());
    }

    @Test
    void countsAndZombieParents() {
        process(1, stat(1, "init", 'S', 0));
        process(10, stat(10, "kworker/0:0", 'I', 2));
        process(11, stat(11, "dd", 'D', 1));
        process(20, stat(20, "app", 'S', 1));
        process(21, stat(21, "child", 'Z', 20));
        process(22, stat(22, "child", 'Z', 20));
        Facts f = collect(host());
        ProcessSummary s = f.first(ProcessSummary.class).orElseThrow();
        assertEquals(6, s.processes());
        assertEquals(1, s.uninterruptible(), "I is idle, never D");
        assertEquals(1, s.idle());
        assertEquals(2, s.zombies());
        assertEquals(List.of(new ZombieParent(20, "app", 2)), f.all(ZombieParent.class));
    }

    @Test
    void statusIsReadOnlyWhileSwapIsInUse() {
        process(1, stat(1, "init", 'S', 0));
        Fixtures.write(root, "proc/meminfo", "MemTotal: 1000 kB\nSwapTotal: 100 kB\nSwapFree: 100 kB\n");
        ProcessSummary none = collect(host()).first(ProcessSummary.class).orElseThrow();
        assertEquals(false, none.statusRead());
        assertNull(none.vmSwapKb());
        Fixtures.write(root, "proc/meminfo", "MemTotal: 1000 kB\nSwapTotal: 100 kB\nSwapFree: 50 kB\n");
        assertEquals(100L, collect(host()).first(ProcessSummary.class).orElseThrow().vmSwapKb());
    }

    @Test
    void hidepidMakesTheTableAGap() {
        process(4242, stat(4242, "me", 'S', 4000));
        Fixtures.write(root, "proc/mounts", "proc /proc proc rw,nosuid,nodev,noexec,relatime,hidepid=invisible 0 0\n");
        Facts f = collect(host());
        assertTrue(f.all(ProcessSummary.class).isEmpty(), "a partial table must not pass silently");
        Gap g = f.gaps().get(0);
        assertEquals(ProcessCollector.INPUT, g.input());
        assertTrue(g.reason().contains("hidepid"), g.reason());
    }

    @Test
    void unparseableStatIsOneGapAndTheRestIsKept() {
        process(1, stat(1, "init", 'S', 0));
        process(2, "2 (broken\n");
        process(3, "3 (broken too) S 1\n");
        Facts f = collect(host());
        assertEquals(1, f.all(ProcessInfo.class).size());
        assertEquals(1, f.gaps().size());
        assertTrue(f.gaps().get(0).reason().startsWith("unparseable for 2 processes"), f.gaps().get(0).reason());
    }

    /** Prints the numbers the report quotes; the bound only catches an accidental quadratic loop. */
    @Test
    void fiveThousandProcesses() {
        int n = 5000;
        SyntheticProc.write(root, n);
        long[] ms = new long[5];
        Facts facts = null;
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            facts = collect(new CachingSource(host(), false));
            ms[i] = (System.nanoTime() - t) / 1_000_000;
        }
        ProcessSummary s = facts.first(ProcessSummary.class).orElseThrow();
        assertEquals(n, s.processes());
        assertTrue(s.statusRead());
        long[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf("ProcessCollector, %d synthetic processes (stat + status): first %d ms, median %d ms, runs %s%n",
                n, ms[0], sorted[2], Arrays.toString(ms));
        assertTrue(sorted[2] < 3000, "median " + sorted[2] + " ms for " + n + " processes");
    }

    @Test
    void thisHost() {
        long[] ms = new long[5];
        Facts facts = null;
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            facts = collect(new CachingSource(LiveHost.ofThisHost(), false));
            ms[i] = (System.nanoTime() - t) / 1_000_000;
        }
        ProcessSummary s = facts.first(ProcessSummary.class).orElseThrow();
        long[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf("ProcessCollector, this host (%d processes, %d threads, status read: %s): first %d ms, median %d ms%n",
                s.processes(), s.threads(), s.statusRead(), ms[0], sorted[2]);
        assertTrue(s.processes() > 0);
    }
}
