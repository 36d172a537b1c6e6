package dev.kernlint.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kernlint.collect.Facts;
import dev.kernlint.fact.ProcessInfo;
import dev.kernlint.source.LiveHost;
import dev.kernlint.testing.Fixtures;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeakSuspectsTest {

    private static ProcessInfo process(int pid, long rssAnonKb) {
        return new ProcessInfo(pid, 1, "p" + pid, 'S', 1, 0, 0, false, null, rssAnonKb, 100);
    }

    private static Facts sample(long step) {
        Facts f = new Facts();
        f.add(process(42, 10_000 + step * 2048));
        f.add(process(7, 20_000 + step * 4096));
        return f;
    }

    @Test
    void theSamplingProcessIsNeverASuspect() {
        LeakSuspects all = new LeakSuspects();
        LeakSuspects notOwn = new LeakSuspects();
        for (long step = 0; step < 3; step++) {
            all.feed(sample(step));
            notOwn.feed(sample(step), 42);
        }
        assertEquals(List.of("7@100", "42@100"), all.keys());
        assertEquals(List.of("7@100"), notOwn.keys());
    }

    @Test
    void ownPidComesFromTheSamplesProcSelfStat(@TempDir Path root) {
        // a real stat line (comm with spaces and parentheses): what `collect` records under samples/N/proc/self/stat
        Fixtures.write(root, "proc/self/stat", Fixtures.sample("proc/pid-stat-parens-space.txt"));
        assertEquals(17589, SampleCollection.ownPid(new LiveHost(root, Duration.ofSeconds(1))));
        // an older snapshot has none: nobody is left out
        assertEquals(-1, SampleCollection.ownPid(new LiveHost(root.resolve("none"), Duration.ofSeconds(1))));
    }
}
