package dev.kernlint.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.cli.Main;
import dev.kernlint.json.Json;
import dev.kernlint.source.Manifest;
import dev.kernlint.source.Snapshot;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `collect --samples` on this host's real /proc, then the audit of what it wrote. */
class SampledCollectTest {
    @TempDir
    Path tmp;

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    @SuppressWarnings("unchecked")
    void samplesAreWrittenWithTheirTimesAndTheAuditUsesThem() {
        for (String name : List.of("s.tar.gz", "dir")) {
            Path out = tmp.resolve(name);
            String[] c = run("collect", "--samples", "3", "--interval", "200ms", "--output", out.toString());
            assertEquals("0", c[0], c[2]);
            try (Snapshot s = Snapshot.open(out)) {
                Manifest m = s.manifest();
                assertEquals(2, m.samples().size());
                assertEquals("samples/1", m.samples().get(0).dir());
                Instant base = Instant.parse(m.collectedAt());
                Instant second = Instant.parse(m.samples().get(1).collectedAt());
                assertTrue(Duration.between(base, second).toMillis() >= 400, base + " " + second);
                assertTrue(s.samples().get(0).read("/proc/meminfo").isOk());
            }
            String[] a = run("audit", "--snapshot", out.toString(), "--format", "json", "--fail-on", "never");
            assertEquals("0", a[0], a[2]);
            Map<String, Object> report = (Map<String, Object>) Json.parse(a[1]);
            List<Map<String, Object>> gaps = (List<Map<String, Object>>) report.get("gaps");
            assertFalse(gaps.stream().anyMatch(g -> g.get("input").equals("samples")), gaps.toString());
        }
    }

    @Test
    void liveAuditWithSamplesHasNoSamplesGapAndBadOptionsAreExitTwo() {
        String[] a = run("audit", "--samples", "3", "--interval", "150ms", "--format", "json", "--fail-on", "never");
        assertEquals("0", a[0], a[2]);
        assertFalse(a[1].contains("\"input\": \"samples\""));
        String[] bad = run("audit", "--samples", "0");
        assertEquals("2", bad[0]);
        assertTrue(bad[2].startsWith("kernlint: --samples"), bad[2]);
        String[] badInterval = run("audit", "--samples", "2", "--interval", "soon");
        assertEquals("2", badInterval[0]);
        assertTrue(badInterval[2].contains("--interval"), badInterval[2]);
    }
}
