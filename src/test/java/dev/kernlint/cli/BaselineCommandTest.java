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

class BaselineCommandTest {
    @TempDir
    Path dir;

    @Test
    void pinnedProfileFromASnapshotPassesItsHostAndFailsAnother() throws IOException {
        Cli c = Cli.run("baseline", "--snapshot", AuditCommandTest.DB1);
        assertEquals(ExitCode.OK, c.exit(), c.err());
        assertTrue(c.out().startsWith("# Written by `kernlint baseline` from db1"), c.out());
        assertTrue(c.out().contains("\nextends: default\n"));
        assertTrue(c.out().contains("vm.swappiness: \"<= 1\""), c.out());
        Path pinned = dir.resolve("db-prod.yaml");
        Files.writeString(pinned, c.out());
        Cli same = Cli.run("audit", "--snapshot", AuditCommandTest.DB1, "--profile", pinned.toString(), "--fail-on", "info");
        assertEquals(ExitCode.OK, same.exit(), same.out());
        Cli other = Cli.run("audit", "--snapshot", AuditCommandTest.WEB1, "--profile", pinned.toString());
        assertEquals(ExitCode.FINDINGS, other.exit());
        // web1's manifest predates the "complete" record: its missing keys are a gap, not "does not exist" (issue 10 §3)
        assertFalse(other.out().contains("vm.swappiness does not exist"), other.out());
        assertTrue(other.out().contains("vm.swappiness, vm.zone_reclaim_mode: not in "), other.out());
    }

    @Test
    void optionsNameExtendsKeysAndOutput() throws IOException {
        Path out = dir.resolve("web.yaml");
        Cli c = Cli.run("baseline", "--snapshot", AuditCommandTest.WEB1, "--extends", "web-server", "--key", "vm.overcommit_*",
                "--name", "web-prod", "-o", out.toString());
        assertEquals(ExitCode.OK, c.exit(), c.err());
        String yaml = Files.readString(out);
        assertTrue(yaml.contains("\nname: web-prod\n") && yaml.contains("\nextends: web-server\n"), yaml);
        assertTrue(yaml.contains("vm.overcommit_ratio: 50"), yaml);
        // ci-web1 fails web-server on eth0's rx ring (256 of 4096) and netdev_max_backlog (1000 < 4096): not pinned
        // below it, and the header says so
        java.util.List<dev.kernlint.fact.ExpectedRing> rings = dev.kernlint.profile.ProfileLoader.load(out.toString()).rings();
        assertTrue(rings.contains(new dev.kernlint.fact.ExpectedRing("eth0", "tx", "max", 0, "warning")), rings.toString());
        assertTrue(rings.stream().noneMatch(r -> r.iface().equals("eth0") && r.ring().equals("rx") && r.op().equals("==")), rings.toString());
        assertTrue(!yaml.contains("netdev_max_backlog: \">= 1000\""), yaml);
        assertTrue(yaml.contains("# This host does not meet web-server for: "), yaml);
        assertTrue(yaml.contains("net.core.netdev_max_backlog (1000, needs >= 4096)") && yaml.contains("eth0 rx ring (256, needs max)"), yaml);
        Cli bad = Cli.run("baseline", "--snapshot", AuditCommandTest.WEB1, "--extends", "no-such");
        assertEquals(ExitCode.ERROR, bad.exit());
    }
}
