package dev.kernlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.json.Json;
import dev.kernlint.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `audit --snapshot FILE` and `baseline --snapshot FILE` where FILE is `sysctl -a` output pasted into a ticket. */
class SysctlDumpSnapshotTest {
    @TempDir
    Path dir;

    private Path dump() throws IOException {
        Path p = dir.resolve("ticket-4711.txt");
        Files.copy(Path.of("src/test/resources/sosreports/sos3-ubuntu1804/sos_commands/kernel/sysctl_-a"), p);
        return p;
    }

    @Test
    @SuppressWarnings("unchecked")
    void sysctlRulesRunAndEverythingElseIsAGapSayingWhy() throws IOException {
        Cli c = Cli.run("audit", "--snapshot", dump().toString(), "--format", "json", "--fail-on", "never");
        assertEquals(ExitCode.OK, c.exit(), c.err());
        Map<String, Object> r = (Map<String, Object>) Json.parse(c.out());
        assertEquals("vm", ((Map<String, Object>) r.get("host")).get("hostname"));
        assertEquals("6.18.44-fc-v1045", ((Map<String, Object>) r.get("host")).get("kernel"));
        assertTrue(((String) r.get("source")).startsWith("sysctl -a dump "), (String) r.get("source"));
        List<Map<String, Object>> gaps = (List<Map<String, Object>>) r.get("gaps");
        assertFalse(gaps.isEmpty());
        for (Map<String, Object> g : gaps) {
            String reason = (String) g.get("reason");
            // a gap that stops a rule must say why; collectors that test a directory first word their own
            // reason for gaps no rule depends on (/sys/block "not present")
            if (!((String) g.get("input")).equals("samples") && !((List<?>) g.get("rules")).isEmpty()) {
                assertTrue(reason.contains("not in a sysctl -a dump"), g.toString());
            }
        }
        List<String> notEvaluated = (List<String>) ((Map<String, Object>) r.get("summary")).get("rules_not_evaluated");
        assertFalse(notEvaluated.contains("KERN-SYSCTL-BASELINE"), notEvaluated.toString());
        assertTrue(notEvaluated.stream().anyMatch(x -> x.startsWith("MEM-")) && notEvaluated.stream().anyMatch(x -> x.startsWith("NIC-")),
                notEvaluated.toString());
    }

    @Test
    void baselinePinsTheDumpsValues() throws IOException {
        Cli c = Cli.run("baseline", "--snapshot", dump().toString());
        assertEquals(ExitCode.OK, c.exit(), c.err());
        assertTrue(c.out().contains("from vm"), c.out());
        assertTrue(c.out().contains("vm.swappiness"), c.out());
    }
}
