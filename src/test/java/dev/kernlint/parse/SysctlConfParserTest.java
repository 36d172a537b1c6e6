package dev.kernlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.fact.SysctlAssignment;
import dev.kernlint.testing.Fixtures;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SysctlConfParserTest {

    private static List<SysctlAssignment> parse(String sample) {
        return SysctlConfParser.parse("/etc/sysctl.d/" + sample, Fixtures.sample("sysctl/" + sample));
    }

    private static SysctlAssignment at(List<SysctlAssignment> all, int line) {
        return all.stream().filter(a -> a.line() == line).findFirst().orElseThrow(() -> new AssertionError("no assignment on line " + line));
    }

    @Test
    void everySyntax() {
        List<SysctlAssignment> a = parse("every-syntax.conf");
        assertEquals(new SysctlAssignment("kernel.domainname", "example.com", "/etc/sysctl.d/every-syntax.conf", 5, false, false), at(a, 5));
        assertEquals("vm.swappiness", at(a, 6).key());
        assertEquals("10", at(a, 6).value());
        assertEquals("net.ipv4.tcp_syncookies", at(a, 7).key(), "slash form becomes dotted");
        assertEquals("net.ipv4.conf.enp3s0/200.forwarding", at(a, 8).key(), "a dot in a slash-form name is part of the name");
        assertEquals("net.ipv4.conf.enp3s0/200.rp_filter", at(a, 9).key(), "dotted form with a slash stays");
        assertTrue(at(a, 10).optional());
        assertEquals("net.bridge.bridge-nf-call-iptables", at(a, 10).key());
        assertTrue(at(a, 11).glob());
        assertEquals("net.ipv4.conf.*.rp_filter", at(a, 11).key());
        assertNull(at(a, 12).value(), "'-key' without '=' excludes the key from globs");
        assertTrue(at(a, 12).optional());
        assertEquals("1024 65000", at(a, 13).value(), "tab between vector values folded");
        assertEquals("|/usr/lib/systemd/systemd-coredump %P %u %g %s %t %c %h", at(a, 14).value());
        assertTrue(a.stream().noneMatch(x -> x.line() == 15), "a line without '=' is skipped");
        assertEquals("vm.dirty_ratio", at(a, 16).key());
        assertEquals("15", at(a, 16).value());
        assertTrue(a.stream().noneMatch(x -> x.line() < 5), "comments (#, ;, indented) and blank lines are skipped");
    }

    @Test
    void systemdDefaultsWithGlobsAndExclusions() {
        List<SysctlAssignment> a = parse("systemd-50-default.conf");
        long globs = a.stream().filter(SysctlAssignment::glob).count();
        assertEquals(3, globs);
        SysctlAssignment qdisc = a.stream().filter(x -> x.key().equals("net.core.default_qdisc")).findFirst().orElseThrow();
        assertTrue(qdisc.optional());
        assertEquals("fq_codel", qdisc.value());
        assertEquals("0 2147483647", a.stream().filter(x -> x.key().equals("net.ipv4.ping_group_range")).findFirst().orElseThrow().value());
    }

    @Test
    void optionalGlobAsCiliumWritesIt() {
        List<SysctlAssignment> a = SysctlConfParser.parse("/etc/sysctl.d/99-zzz-override_cilium.conf",
                "-net.ipv4.conf.lxc*.rp_filter = 0\n-net.ipv4.conf.cilium_*.rp_filter = 0\nnet.ipv4.conf.all.rp_filter = 0\n");
        assertTrue(a.get(0).glob() && a.get(0).optional());
        assertEquals("0", a.get(0).value());
        assertFalse(a.get(2).glob());
    }

    @Test
    void crlfLineEndings() {
        List<SysctlAssignment> a = parse("crlf.conf");
        assertEquals("1", a.get(0).value());
        assertEquals("262144", a.get(1).value());
    }

    @Test
    void debianFiles() {
        List<SysctlAssignment> pid = parse("debian-50-pid-max.conf");
        assertEquals(1, pid.size());
        assertEquals("kernel.pid_max", pid.get(0).key());
        assertTrue(parse("debian-sysctl.conf").isEmpty(), "Debian's sysctl.conf is all comments");
    }

    @Test
    void dottedKeys() {
        assertEquals("kernel.domainname", SysctlConfParser.dotted("kernel/domainname"));
        assertEquals("kernel.domainname", SysctlConfParser.dotted("kernel.domainname"));
        assertEquals("net.ipv4.conf.eth0/100.forwarding", SysctlConfParser.dotted("net/ipv4/conf/eth0.100/forwarding"));
        assertFalse(SysctlConfParser.isGlob("net.ipv4.conf.all.rp_filter"));
        assertTrue(SysctlConfParser.isGlob("net.ipv6.conf.eth?.accept_ra"));
    }

    @Test
    void precedence() {
        Map<String, List<String>> dirs = new TreeMap<>();
        dirs.put("/etc/sysctl.d", List.of("50-default.conf", "90-local.conf", "README", ".hidden.conf"));
        dirs.put("/run/sysctl.d", List.of("60-run.conf"));
        dirs.put("/usr/local/lib/sysctl.d", List.of("55-local.conf"));
        dirs.put("/usr/lib/sysctl.d", List.of("50-default.conf", "50-pid-max.conf", "99-protect-links.conf"));
        // usrmerge: /lib is a link to /usr/lib, so it lists the same names
        dirs.put("/lib/sysctl.d", List.of("50-default.conf", "50-pid-max.conf", "99-protect-links.conf", "10-only-lib.conf"));
        List<String> order = SysctlPrecedence.files(d -> dirs.getOrDefault(d, List.of()));
        assertEquals(List.of(
                "/lib/sysctl.d/10-only-lib.conf",
                "/etc/sysctl.d/50-default.conf",
                "/usr/lib/sysctl.d/50-pid-max.conf",
                "/usr/local/lib/sysctl.d/55-local.conf",
                "/run/sysctl.d/60-run.conf",
                "/etc/sysctl.d/90-local.conf",
                "/usr/lib/sysctl.d/99-protect-links.conf"), order);
    }

    @Test
    void trailingCommentsAreKeptApartFromTheValue() {
        List<SysctlAssignment> a = parse("trailing-comments.conf");
        assertEquals(new SysctlAssignment("kernel.threads-max", "2097152", "/etc/sysctl.d/trailing-comments.conf", 2, false, false,
                "2097152 # A comment"), at(a, 2));
        assertEquals("20000 30000", at(a, 3).value());
        assertEquals("reno", at(a, 4).value());
        assertEquals("1000", at(a, 5).value(), "a comment glued to the number");
        assertEquals("1000#nospace", at(a, 5).written());
        assertEquals("33", at(a, 6).value(), "';' after white space too");
        assertEquals("|/usr/bin/dump %p", at(a, 7).value());
        assertEquals("lab#2", at(a, 8).value(), "a '#' inside a word is part of a text value");
        assertEquals("lab#2", at(a, 8).written());
        assertEquals("4096", at(a, 9).value());
        assertEquals("example.com", at(parse("every-syntax.conf"), 5).written(), "no comment: written is the value");
    }
}
