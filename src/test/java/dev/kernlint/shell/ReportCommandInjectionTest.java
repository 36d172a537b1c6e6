package dev.kernlint.shell;

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

/** The case of issue 9: a sysctl.d value that closes the quote of the command a report prints. */
class ReportCommandInjectionTest {
    static final String HOSTILE = "1' ; touch /tmp/p ; echo '";

    static Path snapshot(Path dir, String persistedValue) throws Exception {
        Files.createDirectories(dir.resolve("proc/sys/net/core"));
        Files.writeString(dir.resolve("proc/sys/net/core/somaxconn"), "4096\n");
        Files.createDirectories(dir.resolve("etc/sysctl.d"));
        Files.writeString(dir.resolve("etc/sysctl.d/99-x.conf"), "net.core.somaxconn = " + persistedValue + "\n");
        return dir;
    }

    @Test
    void aValueThatDoesNotValidateGetsNoCommandInTheTextReport(@TempDir Path dir) throws Exception {
        Cli r = Cli.run("audit", "--snapshot", snapshot(dir, HOSTILE).toString(), "--fail-on", "never");
        assertTrue(r.out().contains("KERN-SYSCTL-DRIFT"), r.out() + r.err());
        for (String line : r.out().lines().toList()) {
            assertFalse(line.strip().startsWith("$ ") && line.contains("touch"), "a command carries the value: " + line);
        }
    }

    @Test
    void aValueThatDoesNotValidateGetsNoCommandInJson(@TempDir Path dir) throws Exception {
        Cli r = Cli.run("audit", "--snapshot", snapshot(dir, HOSTILE).toString(), "--format", "json", "--fail-on", "never");
        Map<String, Object> f = r.findings().stream().filter(x -> x.get("rule").equals("KERN-SYSCTL-DRIFT")).findFirst().orElseThrow();
        Map<?, ?> rem = (Map<?, ?>) f.get("remediation");
        assertEquals(List.of(), rem.get("commands"));
        assertEquals(false, rem.get("fix_allowed"));
    }

    @Test
    void aValidValueStillGetsItsCommand(@TempDir Path dir) throws Exception {
        Cli r = Cli.run("audit", "--snapshot", snapshot(dir, "1024").toString(), "--format", "json", "--fail-on", "never");
        Map<String, Object> f = r.findings().stream().filter(x -> x.get("rule").equals("KERN-SYSCTL-DRIFT")).findFirst().orElseThrow();
        Map<?, ?> rem = (Map<?, ?>) f.get("remediation");
        assertEquals(List.of("sysctl -w net.core.somaxconn=1024"), rem.get("commands"));
        assertEquals(true, rem.get("fix_allowed"));
    }
}
