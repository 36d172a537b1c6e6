package dev.kernlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two report formats as a person and a program read them; the JSON field names are a contract (design.md). */
class ReportFormatTest {
    private static final String SNAPSHOT = "src/test/resources/snapshots/net-tw-recycle-on";

    @Test
    void jsonReportKeepsTheContractFieldNames() {
        Cli r = Cli.run("audit", "--snapshot", SNAPSHOT, "--format", "json", "--fail-on", "never");
        Map<String, Object> report = r.report();
        assertEquals("kernlint-report/1", report.get("schema"));
        assertTrue(report.keySet().containsAll(List.of("host", "profile", "findings", "gaps", "summary")), report.keySet().toString());
        Map<String, Object> f = r.findings().stream().filter(x -> x.get("rule").equals("NET-TW-RECYCLE")).findFirst().orElseThrow();
        assertTrue(f.keySet().containsAll(List.of("rule", "severity", "title", "message", "evidence", "remediation")), f.keySet().toString());
        assertEquals("critical", f.get("severity"));
        Map<?, ?> remediation = (Map<?, ?>) f.get("remediation");
        assertEquals(List.of("sysctl -w net.ipv4.tcp_tw_recycle=0"), remediation.get("commands"));
        Map<?, ?> host = (Map<?, ?>) report.get("host");
        assertEquals("4.9.0-8-amd64", host.get("kernel"));
        assertEquals("fixture", host.get("hostname"));
    }

    @Test
    void textReportGroupsBySeverityAndShowsTheCommandWithoutColourInAPipe() {
        Cli r = Cli.run("audit", "--snapshot", SNAPSHOT, "--fail-on", "never");
        String out = r.out();
        assertTrue(out.startsWith("kernlint audit of fixture (kernel 4.9.0-8-amd64, "), out);
        int warning = out.indexOf("WARNING");
        assertTrue(warning < 0 || out.indexOf("CRITICAL") < warning, "most severe first:\n" + out);
        // the hand-made tree lacks the default profile's other keys: a gap naming them, not "does not exist" warnings
        assertFalse(out.contains("does not exist on this kernel"), out);
        assertTrue(out.contains("  /proc/sys: "), out);
        assertTrue(out.contains("  NET-TW-RECYCLE  tcp_tw_recycle enabled\n"), out);
        assertTrue(out.contains("      $ sysctl -w net.ipv4.tcp_tw_recycle=0\n"), out);
        assertFalse(out.contains("\u001b["), "no colour codes outside a terminal");
        assertTrue(out.lines().reduce((a, b) -> b).orElseThrow().matches("\\d+ critical, \\d+ warning, \\d+ info; .*"), out);
    }

    @Test
    void outputGoesToTheFileNotStdout(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("r.json");
        Cli r = Cli.run("audit", "--snapshot", SNAPSHOT, "--format", "json", "--fail-on", "never", "--output", file.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.out());
        assertTrue(Files.readString(file).contains("\"schema\": \"kernlint-report/1\""));
    }
}
