package dev.kernlint.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `kernlint fix --fleet`: each host only its own changes, and snapshot text never becomes playbook syntax. */
class FleetFixTest {
    @TempDir
    Path dir;

    private Path host(String dirName, String hostname, String somaxconn) throws IOException {
        Path h = Files.createDirectories(dir.resolve("fleet").resolve(dirName));
        Files.createDirectories(h.resolve("proc/sys/net/core"));
        Files.writeString(h.resolve("proc/sys/net/core/somaxconn"), somaxconn + "\n");
        String json = "{\"format\": \"kernlint-snapshot/1\", \"hostname\": \"" + hostname.replace("\\", "\\\\").replace("\"", "\\\"")
                + "\", \"collected_at\": \"2026-12-01T10:00:00Z\", \"kernel\": \"6.1.0\", \"kernlint_version\": \"0.1.0\", \"items\": []}";
        Files.writeString(h.resolve("manifest.json"), json);
        return h;
    }

    /** Host name, somaxconn, host name, somaxconn...: one snapshot directory each. */
    private void hosts(String... nameAndValue) throws IOException {
        for (int i = 0; i < nameAndValue.length; i += 2) {
            host("h" + i, nameAndValue[i], nameAndValue[i + 1]);
        }
    }

    private Cli fleet() {
        return Cli.run("fix", "--fleet", dir.resolve("fleet").toString(), "--rule", "NET-SOMAXCONN-LOW");
    }

    /** The run exits 1 with {@code error} on stderr, {@code absent} nowhere in the playbook and {@code kept} in it. */
    private Cli leftOut(String error, String absent, String kept) {
        Cli r = fleet();
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains(error), r.err());
        assertFalse(r.out().contains(absent), r.out());
        assertTrue(r.out().contains("    " + kept + ":"), r.out());
        return r;
    }

    @Test
    void eachHostGetsOnlyItsOwnChange() throws IOException {
        hosts("web1", "4096", "web2", "128");
        Cli r = fleet();
        assertEquals(0, r.exit(), r.err());
        String web1 = r.out().substring(r.out().indexOf("    web1:"), r.out().indexOf("    web2:"));
        assertTrue(web1.contains("sysctl: []"), web1);
        String web2 = r.out().substring(r.out().indexOf("    web2:"), r.out().indexOf("  tasks:"));
        assertTrue(web2.contains("key: !unsafe \"net.core.somaxconn\""), web2);
        assertTrue(web2.contains("value: !unsafe \"4096\""), web2);
        assertTrue(r.out().contains("kernlint_fleet_include_disruptive: false"), r.out());
    }

    @Test
    void aHostNameThatIsNotPlainIsAnErrorAndTheOthersStillGetTheirPlan() throws IOException {
        hosts("web1{{ lookup('pipe', 'touch /tmp/x') }}", "128", "web2\n- hosts: all", "128", "web3", "128");
        Cli r = leftOut("is not a plain host name", "lookup", "web3");
        assertEquals(2, r.err().lines().filter(l -> l.contains("is not a plain host name")).count(), r.err());
        assertFalse(r.out().contains("- hosts: all"), r.out());
    }

    @Test
    void twoSnapshotsOfOneHostNameAreBothLeftOut() throws IOException {
        hosts("web1", "128", "web1", "4096", "web3", "4096");
        leftOut("host web1 is also the host of", "    web1:", "web3");
    }

    @Test
    void otherFormatsAndLiveOptionsAreRefused() {
        assertEquals(2, Cli.run("fix", "--fleet", dir.toString(), "--format", "script").exit());
        assertEquals(2, Cli.run("fix", "--fleet", dir.toString(), "--apply").exit());
    }

    @Test
    void anUnreadableInputIsAnErrorForThatHostOnly() throws IOException {
        host("a", "web1", "128");
        Files.writeString(dir.resolve("fleet").resolve("broken.tar.gz"), "not an archive");
        leftOut("broken.tar.gz", "broken", "web1");
    }
}
