package dev.kernlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --rules DIR: a user's DRL joins the built-in rules; a broken one is a one-line error naming the file. */
class UserRulesTest {
    private static final String SNAPSHOT = "src/test/resources/snapshots/net-tw-reuse-no-ts";

    @Test
    void aUserRuleSeesTheSameFactsAndReportsLikeABuiltInOne(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("site.drl"), """
                package site;
                import dev.kernlint.fact.SysctlValue;
                global dev.kernlint.engine.FindingSink findings;

                rule "SITE-TW-REUSE"
                  @id("SITE-TW-REUSE") @severity("critical") @area("network") @inputs("/proc/sys")
                  @title("our policy: tcp_tw_reuse stays 2")
                  @rationale("Site policy.") @remediation("sysctl -w net.ipv4.tcp_tw_reuse=2")
                when
                  $s : SysctlValue(key == "net.ipv4.tcp_tw_reuse", value != "2")
                then
                  findings.add(kcontext, "tcp_tw_reuse is " + $s.value()).evidence("value", $s.value());
                end
                """);
        Cli r = Cli.run("audit", "--snapshot", SNAPSHOT, "--rules", dir.toString(), "--format", "json", "--fail-on", "critical");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.findings().stream().anyMatch(f -> f.get("rule").equals("SITE-TW-REUSE") && f.get("severity").equals("critical")),
                r.out());
        assertTrue(r.findings().stream().anyMatch(f -> f.get("rule").equals("NET-TW-REUSE-NO-TS")), "built-in rules still run");
    }

    @Test
    void aBrokenUserRuleIsOneLineNamingTheFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("broken.drl"), "package site;\nrule \"X\" when then oops end\n");
        Cli r = Cli.run("audit", "--snapshot", SNAPSHOT, "--rules", dir.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("kernlint: "), r.err());
        assertTrue(r.err().contains("broken.drl"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertFalse(r.err().contains("at dev."), r.err());
    }
}
