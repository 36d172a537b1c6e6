package dev.kernlint.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.testing.Cli;
import dev.kernlint.testing.Processes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * MEM-RSS-LEAK on this host: a python3 child that allocates and touches 3 MB every 200 ms is flagged after a
 * short sampling run through the CLI, and one that allocated once and sleeps is not.
 */
class RssLeakLiveTest {
    private static final String LEAKER = "import time\nkeep = []\nwhile True:\n"
            + "    keep.append(bytearray(3 * 1024 * 1024))\n    time.sleep(0.2)\n";
    private static final String STEADY = "import time\nkeep = bytearray(40 * 1024 * 1024)\nwhile True:\n    time.sleep(1)\n";

    @Test
    @Timeout(60)
    void aLeakingChildIsFlaggedAndASteadyOneIsNot() throws Exception {
        Assumptions.assumeTrue(Files.isReadable(Path.of("/proc/self/statm")), "needs a Linux /proc");
        Assumptions.assumeTrue(Processes.works("python3", "-c", "pass"), "needs python3");
        Process leaker = start(LEAKER);
        Process steady = start(STEADY);
        try {
            // the steady child must have finished its one allocation before sampling starts
            waitForRss(steady, 30 * 1024);
            Cli r = Cli.run("audit", "--samples", "8", "--interval", "300ms", "--format", "json", "--fail-on", "never",
                    "--profile", "src/test/resources/profiles/live-rss-leak.yaml");
            assertEquals(0, r.exit(), r.err());
            List<Map<String, Object>> leaks = r.findings().stream().filter(f -> "MEM-RSS-LEAK".equals(f.get("rule"))).toList();
            assertTrue(leaks.stream().anyMatch(f -> about(f, leaker)), "leaker " + leaker.pid() + " not flagged: " + leaks);
            assertTrue(leaks.stream().noneMatch(f -> about(f, steady)), "steady child flagged: " + leaks);
            Map<String, Object> f = leaks.stream().filter(x -> about(x, leaker)).findFirst().orElseThrow();
            assertTrue(f.get("message").toString().contains("python3") || f.get("message").toString().contains("python"), f.toString());
        } finally {
            leaker.destroyForcibly();
            steady.destroyForcibly();
            leaker.waitFor(5, TimeUnit.SECONDS);
            steady.waitFor(5, TimeUnit.SECONDS);
        }
    }

    @SuppressWarnings("unchecked")
    private static boolean about(Map<String, Object> finding, Process p) {
        Map<String, Object> ev = (Map<String, Object>) finding.get("evidence");
        return ev != null && String.valueOf(ev.get("process")).startsWith(p.pid() + "@");
    }

    private static Process start(String program) throws IOException {
        return new ProcessBuilder("python3", "-c", program).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static void waitForRss(Process p, long kb) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < end) {
            for (String line : Files.readAllLines(Path.of("/proc/" + p.pid() + "/status"))) {
                if (line.startsWith("RssAnon:") && Long.parseLong(line.replaceAll("\\D", "")) >= kb) {
                    Thread.sleep(300);
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("child " + p.pid() + " never reached " + kb + " kB");
    }
}
