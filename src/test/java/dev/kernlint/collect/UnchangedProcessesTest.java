package dev.kernlint.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.fact.ProcessInfo;
import dev.kernlint.fact.TaskWait;
import dev.kernlint.source.CachingSource;
import dev.kernlint.source.LiveHost;
import dev.kernlint.testing.Fixtures;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The later samples of a live audit re-read a process's memory only when its stat line moved. */
class UnchangedProcessesTest {
    // real stat lines (6.18): a comm with spaces and parentheses, and the same process after a page fault (minflt 139 -> 140)
    private static final String STAT = Fixtures.sample("proc/pid-stat-parens-space.txt");
    private static final String FAULTED = STAT.replace(" 4194304 139 0 ", " 4194304 140 0 ");
    private static final String SWAP_NONE = "MemTotal: 1000 kB\nSwapTotal: 0 kB\nSwapFree: 0 kB\n";

    @TempDir
    Path root;

    private void write(String stat, String statm) {
        Fixtures.write(root, "proc/meminfo", SWAP_NONE, "proc/1/stat", Fixtures.sample("proc/pid-stat-sd-pam.txt").replaceFirst("^\\d+", "1"),
                "proc/1/statm", "100 10 10 1 0 50 0\n", "proc/17589/stat", stat, "proc/17589/statm", statm);
    }

    /** The sample's reads are kept (CachingSource.fileReads), so a test can tell what was skipped. */
    private ProcessInfo sample(CachingSource source, ProcessCollector collector) {
        Facts facts = new Facts();
        collector.collect(source, facts);
        return facts.all(ProcessInfo.class).stream().filter(p -> p.pid() == 17589).findFirst().orElseThrow();
    }

    private CachingSource live() {
        return new CachingSource(new LiveHost(root, Duration.ofSeconds(1)), false);
    }

    private static boolean read(CachingSource s, String path) {
        return s.fileReads().containsKey(path);
    }

    @Test
    void anUnchangedStatKeepsThePreviousReadingAndSkipsStatm() {
        ProcessCollector collector = new ProcessCollector(new UnchangedProcesses());
        write(STAT, "733 390 200 5 0 100 0\n");
        CachingSource first = live();
        assertEquals((390 - 200) * 4L, sample(first, collector).rssAnonKb());
        assertTrue(read(first, "/proc/17589/statm"));
        // statm changes but stat does not: the kernel's counters cannot have moved (no fault, no CPU, same rss)
        write(STAT, "733 999 200 5 0 100 0\n");
        CachingSource second = live();
        assertEquals((390 - 200) * 4L, sample(second, collector).rssAnonKb());
        assertTrue(!read(second, "/proc/17589/statm"), second.fileReads().keySet().toString());
        assertTrue(read(second, "/proc/17589/stat"));
        // one page fault later the process is read in full again
        write(FAULTED, "733 999 200 5 0 100 0\n");
        CachingSource third = live();
        assertEquals((999 - 200) * 4L, sample(third, collector).rssAnonKb());
        assertTrue(read(third, "/proc/17589/statm"));
    }

    @Test
    void withoutAMemoryEveryProcessIsReadInFull() {
        // a snapshot's samples (recorded or audited) read every file, as they always have
        ProcessCollector collector = new ProcessCollector();
        write(STAT, "733 390 200 5 0 100 0\n");
        assertEquals((390 - 200) * 4L, sample(live(), collector).rssAnonKb());
        write(STAT, "733 999 200 5 0 100 0\n");
        CachingSource second = live();
        assertEquals((999 - 200) * 4L, sample(second, collector).rssAnonKb());
        assertTrue(read(second, "/proc/17589/statm"));
    }

    @Test
    void aProcessInDIsReadInFullEverySample() {
        ProcessCollector collector = new ProcessCollector(new UnchangedProcesses());
        String blocked = STAT.replace(")) S ", ")) D ");
        Fixtures.write(root, "proc/17589/wchan", "io_schedule");
        for (int i = 0; i < 2; i++) {
            write(blocked, "733 390 200 5 0 100 0\n");
            CachingSource s = live();
            Facts facts = new Facts();
            collector.collect(s, facts);
            assertTrue(read(s, "/proc/17589/statm"));
            assertEquals("io_schedule", facts.first(TaskWait.class).orElseThrow().wchan());
        }
    }

    @Test
    void swapComingIntoUseReadsStatusAgain() {
        ProcessCollector collector = new ProcessCollector(new UnchangedProcesses());
        write(STAT, "733 390 200 5 0 100 0\n");
        sample(live(), collector);
        Fixtures.write(root, "proc/meminfo", "MemTotal: 1000 kB\nSwapTotal: 100 kB\nSwapFree: 50 kB\n",
                "proc/17589/status", "Name:\tx\nPPid:\t17582\nRssAnon:\t 800 kB\nVmSwap:\t 12 kB\n");
        CachingSource s = live();
        ProcessInfo p = sample(s, collector);
        assertTrue(read(s, "/proc/17589/status"));
        assertEquals(12L, p.vmSwapKb());
        assertEquals(800L, p.rssAnonKb());
    }
}
