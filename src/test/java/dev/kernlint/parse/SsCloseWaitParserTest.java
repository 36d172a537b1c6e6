package dev.kernlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kernlint.fact.CloseWaitGroup;
import dev.kernlint.testing.Fixtures;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SsCloseWaitParserTest {

    @Test
    void groupsRealSsOutputPerLocalAddressAndPort() {
        // iproute2 6.1 in a namespace: two CLOSE_WAIT on 8080, one bound to lo (%lo), ::1, an IPv4 client of a
        // dual-stack listener ([::ffff:127.0.0.1]) and an IPv6 address whose text compresses the first zero run
        List<CloseWaitGroup> groups = SsCloseWaitParser.groups(Fixtures.sample("ss-tanH-state-close-wait-iproute2-6.1.txt"));
        assertEquals(Set.of(new CloseWaitGroup("127.0.0.1", 8081, 1), new CloseWaitGroup("127.0.0.1", 8080, 2),
                new CloseWaitGroup("::1", 8443, 1), new CloseWaitGroup("127.0.0.1", 9000, 1),
                new CloseWaitGroup("2001:db8::1:0:0:5", 443, 1)), Set.copyOf(groups));
        assertEquals(5, groups.size());
    }

    @Test
    void noCloseWaitSocketsIsNoGroup() {
        assertEquals(List.of(), SsCloseWaitParser.groups(""));
        assertEquals(List.of(), SsCloseWaitParser.groups("\n"));
    }

    @Test
    void olderSsWithoutBracketsAndWithAStateColumnNamesTheSameGroups() {
        String old = "CLOSE-WAIT 1      0      ::1:8443       ::1:39860\n"
                + "CLOSE-WAIT 1      0      ::ffff:10.0.0.7:9000  ::ffff:10.0.0.9:34168\n"
                + "CLOSE-WAIT 1      0      fe80::1%eth0:22  fe80::2%eth0:50000\n";
        assertEquals(List.of(new CloseWaitGroup("::1", 8443, 1), new CloseWaitGroup("10.0.0.7", 9000, 1),
                new CloseWaitGroup("fe80::1", 22, 1)), SsCloseWaitParser.groups(old));
    }

    @Test
    void ipv6TextIsTheOneTheTcpTablesDecodeTo() {
        // the tables' words for 2001:db8::1:0:0:5 (each 32-bit word in host byte order, as tcp6 prints them)
        assertEquals("2001:db8::1:0:0:5", TcpTableParser.ip("B80D0120000000000000010005000000"));
        // ss may spell the same 16 bytes longhand or with leading zeros: one name, or one port would make two series
        assertEquals("2001:db8::1:0:0:5:443", SsCloseWaitParser.endpoint("[2001:0db8:0000:0000:0001:0000:0000:0005]:443"));
        assertEquals(":::80", SsCloseWaitParser.endpoint("[0:0:0:0:0:0:0:0]:80"));
        assertEquals("1:2:3:4:5:6:7:8:80", SsCloseWaitParser.endpoint("[1:2:3:4:5:6:7:8]:80"));
        assertEquals("fe80::1:2:80", SsCloseWaitParser.endpoint("[fe80::0:0:1:2%eth0]:80"));
    }

    @Test
    void rowsThatAreNotSocketsAreRefusedNotSkipped() {
        assertThrows(ParseException.class, () -> SsCloseWaitParser.groups("Cannot open netlink socket: Protocol not supported\n"));
        assertThrows(ParseException.class, () -> SsCloseWaitParser.groups("1 0 127.0.0.1:8080\n"));
        assertThrows(ParseException.class, () -> SsCloseWaitParser.groups("1 0 127.0.0.1:70000 127.0.0.1:1\n"));
        assertThrows(ParseException.class, () -> SsCloseWaitParser.groups("1 0 127.0.0.256:80 127.0.0.1:1\n"));
        assertThrows(ParseException.class, () -> SsCloseWaitParser.groups("1 0 [1::2::3]:80 [::1]:1\n"));
        assertThrows(ParseException.class, () -> SsCloseWaitParser.groups("1 0 [1:2:3:4:5:6:7:8:9]:80 [::1]:1\n"));
        assertThrows(ParseException.class, () -> SsCloseWaitParser.groups("1 0 [example.com]:80 [::1]:1\n"));
        assertThrows(ParseException.class, () -> SsCloseWaitParser.groups("1 0 *:80 *:*\n"));
    }
}
