package dev.kernlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.testing.Fixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NetSnmpParserTest {

    @Test
    void readsCountersByNameFromNetstatOfA618Kernel() {
        Map<String, Long> m = NetSnmpParser.parse(Fixtures.sample("netstat-6.18.txt"));
        assertEquals(11L, m.get("TcpExt.TW"));
        assertTrue(m.containsKey("TcpExt.ListenOverflows"));
        assertTrue(m.containsKey("TcpExt.TCPTimeWaitOverflow"));
        assertTrue(m.containsKey("IpExt.InOctets"));
    }

    @Test
    void readsSnmpIncludingNegativeMaxConn() {
        Map<String, Long> m = NetSnmpParser.parse(Fixtures.sample("snmp-6.18.txt"));
        assertEquals(-1L, m.get("Tcp.MaxConn"));
        assertEquals(48L, m.get("Tcp.ActiveOpens"));
    }

    @Test
    void namesComeFromTheHeaderNotFromPositions() {
        // an older kernel with fewer TcpExt counters, in another order
        Map<String, Long> m = NetSnmpParser.parse("TcpExt: ListenOverflows TW\nTcpExt: 7 3\n");
        assertEquals(7L, m.get("TcpExt.ListenOverflows"));
        assertEquals(3L, m.get("TcpExt.TW"));
    }

    @Test
    void truncatedTextIsAParseError() {
        assertThrows(ParseException.class, () -> NetSnmpParser.parse(Fixtures.sample("netstat-truncated.txt")));
        ParseException e = assertThrows(ParseException.class, () -> NetSnmpParser.parse("TcpExt: A B C\nTcpExt: 1 2\n"));
        assertTrue(e.getMessage().contains("3 names but 2 values"), e.getMessage());
        assertThrows(ParseException.class, () -> NetSnmpParser.parse("Tcp: A\nUdp: 1\n"));
        assertThrows(ParseException.class, () -> NetSnmpParser.parse("Tcp: A\nTcp: x\n"));
    }
}
