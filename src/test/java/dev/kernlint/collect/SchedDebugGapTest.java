package dev.kernlint.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kernlint.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scheduler debug gap says the real cause when /proc/self/mounts tells it, not "needs root / debugfs". */
class SchedDebugGapTest {
    @TempDir
    Path root;

    private String reason(String mounts) throws IOException {
        Files.createDirectories(root.resolve("proc/self"));
        Files.writeString(root.resolve("proc/self/mounts"), mounts);
        Cli c = Cli.run("audit", "--root", root.toString(), "--format", "json", "--fail-on", "never");
        return c.gaps().stream().filter(g -> g.get("input").equals("/sys/kernel/debug/sched/debug"))
                .map(g -> (String) g.get("reason")).findFirst().orElseThrow();
    }

    @Test
    void debugfsNotMounted() throws IOException {
        // real text of /proc/self/mounts on a host without debugfs
        assertEquals("debugfs is not mounted (mount -t debugfs none /sys/kernel/debug)",
                reason("sysfs /sys sysfs rw,nosuid,nodev,noexec,relatime 0 0\nproc /proc proc rw,nosuid,nodev,noexec,relatime 0 0\n"));
    }

    @Test
    void mountedButTheKernelHasNoSchedDebug() throws IOException {
        assertEquals("not present although debugfs is mounted (a kernel without CONFIG_SCHED_DEBUG)",
                reason("sysfs /sys sysfs rw,nosuid,nodev,noexec,relatime 0 0\ndebugfs /sys/kernel/debug debugfs rw,nosuid,nodev,noexec,relatime 0 0\n"));
    }

}
