package dev.kernlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SysctlDumpParserTest {
    /** This VM's `sysctl -a` run as user nobody (procps-ng 4.0.2), stderr included: real "permission denied" lines. */
    static String nobody() throws IOException {
        return Files.readString(Path.of("src/test/resources/sosreports/sos3-ubuntu1804/sos_commands/kernel/sysctl_-a"));
    }

    @Test
    void realDumpWithDeniedKeys() throws IOException {
        SysctlDumpParser.SysctlDump d = SysctlDumpParser.parse(nobody());
        assertEquals("4096\t131072\t33554432", d.values().get("net.ipv4.tcp_rmem"));
        assertEquals("60", d.values().get("vm.swappiness"));
        assertTrue(d.denied().contains("kernel.cad_pid"));
        assertTrue(d.denied().contains("net.ipv6.conf.all.stable_secret"));
        assertFalse(d.values().containsKey("kernel.cad_pid"));
        assertTrue(d.values().size() > 1000, "keys: " + d.values().size());
        assertTrue(SysctlDumpParser.looksLike(nobody()));
    }

    @Test
    void realSos4DumpAsRoot() throws IOException {
        String t = Files.readString(Path.of("src/test/resources/sosreports/sos4-debian12/sos_commands/kernel/sysctl_-a"));
        SysctlDumpParser.SysctlDump d = SysctlDumpParser.parse(t);
        assertTrue(d.denied().isEmpty());
        assertEquals("vm", d.values().get("kernel.hostname"));
    }

    @Test
    void aValueOfSeveralLinesIsJoinedAgain() {
        // procps prints each line of a multi-line value as its own "key = line" (dev.cdrom.info, CD-ROM hosts)
        String t = "dev.cdrom.autoclose = 1\n"
                + "dev.cdrom.info = CD-ROM information, Id: cdrom.c 3.20 2003/12/17\n"
                + "dev.cdrom.info = \n"
                + "dev.cdrom.info = drive name:\t\tsr0\n"
                + "dev.cdrom.lock = 1\n"
                + "sysctl: reading key \"net.ipv6.conf.all.stable_secret\"\n"
                + "sysctl: permission denied on key \"kernel.cad_pid\", ignoring\n"
                + "net.ipv4.conf.eth0/100.rp_filter = 2\n";
        SysctlDumpParser.SysctlDump d = SysctlDumpParser.parse(t);
        assertEquals("CD-ROM information, Id: cdrom.c 3.20 2003/12/17\n\ndrive name:\t\tsr0", d.values().get("dev.cdrom.info"));
        assertEquals("1", d.values().get("dev.cdrom.lock"));
        assertTrue(d.unreadable().contains("net.ipv6.conf.all.stable_secret"));
        assertTrue(d.denied().contains("kernel.cad_pid"));
        assertEquals("2", d.values().get("net.ipv4.conf.eth0/100.rp_filter"));
    }

    @Test
    void otherTextIsNotADump() throws IOException {
        assertFalse(SysctlDumpParser.looksLike("MemTotal:       24683584 kB\nMemFree:        1 kB\n"));
        assertFalse(SysctlDumpParser.looksLike(Files.readString(Path.of("src/test/resources/samples/ethtool-g-6.1.txt"))));
        assertFalse(SysctlDumpParser.looksLike("# kernel tuning\nvm.swappiness = 10\n"));
        assertThrows(ParseException.class, () -> SysctlDumpParser.parse("vm.swappiness = 10\nthis is prose\n"));
    }
}
