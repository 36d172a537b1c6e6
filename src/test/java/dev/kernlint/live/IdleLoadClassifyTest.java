package dev.kernlint.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.json.Json;
import dev.kernlint.testing.Processes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 10: `audit --samples 3 --interval 1s` on an idle host said "CPU-bound" (its own threads were the
 * runnable tasks) and raised it to warning. Run as a user would, in its own JVM, on this machine.
 */
class IdleLoadClassifyTest {

    /** user+nice+system and the total of the aggregate cpu line of /proc/stat. */
    private static long[] cpuTicks() throws IOException {
        String[] f = Files.readString(Path.of("/proc/stat")).lines().filter(l -> l.startsWith("cpu ")).findFirst().orElseThrow()
                .substring(4).trim().split("\\s+");
        long total = 0;
        for (int i = 0; i < Math.min(8, f.length); i++) {
            total += Long.parseLong(f[i]);
        }
        return new long[] {Long.parseLong(f[0]) + Long.parseLong(f[1]) + Long.parseLong(f[2]), total};
    }

    private static double busyOver(long millis) throws Exception {
        long[] a = cpuTicks();
        Thread.sleep(millis);
        long[] b = cpuTicks();
        return b[1] == a[1] ? 0 : (double) (b[0] - a[0]) / (b[1] - a[1]);
    }

    @Test
    @Timeout(120)
    @SuppressWarnings("unchecked")
    void anIdleHostIsNotCalledCpuBound() throws Exception {
        double before = busyOver(1000);
        Processes.Result r = Processes.run(List.of(Processes.java(), "-cp", System.getProperty("java.class.path"),
                "dev.kernlint.cli.Main", "audit", "--samples", "3", "--interval", "1s", "--format", "json", "--fail-on", "never"));
        assertEquals(0, r.exit(), r.err());
        Map<String, Object> report = (Map<String, Object>) Json.parse(r.out());
        List<Map<String, Object>> classified = ((List<Map<String, Object>>) report.get("findings")).stream()
                .filter(f -> "LOAD-CLASSIFY".equals(f.get("rule"))).toList();
        for (Map<String, Object> f : classified) {
            // whatever the machine does: the severity `kernlint rules` lists, and never CPU-bound on idle CPUs
            assertEquals("info", f.get("severity"), f.toString());
            Map<String, Object> ev = (Map<String, Object>) f.get("evidence");
            if ("cpu-bound".equals(ev.get("class"))) {
                assertTrue(((Number) ev.get("user_system_share")).doubleValue() >= 0.8, f.toString());
            }
        }
        Assumptions.assumeTrue(before < 0.3, String.format("this machine was busy (%.0f%% user+nice+system) before the audit:"
                + " the idle case is not checked", before * 100));
        assertTrue(classified.stream().noneMatch(f -> "cpu-bound".equals(((Map<String, Object>) f.get("evidence")).get("class"))),
                "idle before the audit, called CPU-bound: " + classified);
    }
}
