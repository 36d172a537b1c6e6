package dev.kernlint.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SosSpecsTest {
    @Test
    void readmeShowsTheTableTheSourceUses() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        assertTrue(readme.contains(SosSpecs.markdownTable()),
                "README.md's sosreport table differs from SosSpecs.TABLE; paste SosSpecs.markdownTable():\n" + SosSpecs.markdownTable());
    }

    @Test
    void patternsMatchOnePartOrTheRest() {
        assertEquals("eth0", SosSpecs.match("/sys/class/net/*/type", "/sys/class/net/eth0/type"));
        assertNull(SosSpecs.match("/sys/class/net/*/type", "/sys/class/net/a/b/type"));
        assertEquals("net/ipv4/tcp_rmem", SosSpecs.match("/proc/sys/**", "/proc/sys/net/ipv4/tcp_rmem"));
        assertEquals("sys/class/net/eth0/statistics/rx_packets",
                SosSpecs.fill("sys/class/net/*/statistics/**", SosSpecs.match("/sys/class/net/*/statistics/**", "/sys/class/net/eth0/statistics/rx_packets")));
        assertEquals("eth0", SosSpecs.match("ethtool -g *", "ethtool -g eth0"));
        assertNull(SosSpecs.match("ethtool -g *", "ethtool -g eth0 extra"));
        assertEquals("1\u0000stat", SosSpecs.match("/proc/*/**", "/proc/1/stat"));
    }

    @Test
    void fileNamesAreMangledAsSosDoes() {
        // names taken from the real sos 4.0 report of this VM
        assertEquals("df_-al_-x_autofs", SosSpecs.mangle("df -al -x autofs"));
        assertEquals("ls_-lt_.sys.kernel.slab", SosSpecs.mangle("ls -lt /sys/kernel/slab"));
        assertEquals("ethtool_--show-priv-flags_eth0", SosSpecs.mangle("ethtool --show-priv-flags eth0"));
        assertEquals("sysctl_-a", SosSpecs.mangle("/usr/sbin/sysctl -a"));
    }
}
