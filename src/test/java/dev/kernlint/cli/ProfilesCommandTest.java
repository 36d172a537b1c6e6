package dev.kernlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.profile.Profile;
import dev.kernlint.profile.ProfileLoader;
import dev.kernlint.testing.Cli;
import dev.kernlint.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfilesCommandTest {
    @TempDir
    Path dir;

    @Test
    void listsEveryBundledProfileWithWhatItExtends() {
        Cli c = Cli.run("profiles");
        assertEquals(ExitCode.OK, c.exit());
        String[] lines = c.out().split("\n");
        assertTrue(lines[0].startsWith("NAME"));
        assertEquals(ProfileLoader.bundled().size() + 1, lines.length);
        assertTrue(c.out().lines().anyMatch(l -> l.startsWith("database ") && l.contains(" default ")), c.out());
    }

    @Test
    void showPrintsTheMergedProfile() throws IOException {
        Cli c = Cli.run("profiles", "show", "web-server");
        assertEquals(ExitCode.OK, c.exit(), c.err());
        assertTrue(c.out().startsWith("# web-server, merged: profiles/web-server.yaml <- profiles/default.yaml\n"), c.out());
        assertTrue(c.out().contains("net.ipv4.tcp_syncookies: 1"), "inherited from default");
        assertTrue(c.out().contains("net.ipv4.tcp_max_syn_backlog: \">= 4096\""));
        Path f = dir.resolve("merged.yaml");
        Files.writeString(f, c.out());
        Profile back = ProfileLoader.load(f.toString());
        assertEquals(ProfileLoader.load("web-server").sysctl(), back.sysctl());
        assertEquals("web-server", Fixtures.audit("ci-web1", back).profile());
    }

    @Test
    void showOfAnUnknownProfileIsAnError() {
        Cli c = Cli.run("profiles", "show", "nope");
        assertEquals(ExitCode.ERROR, c.exit());
        assertTrue(c.err().startsWith("kernlint: no profile named 'nope'"), c.err());
    }
}
