package dev.kernlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.fact.TcpSockStat;
import dev.kernlint.testing.Fixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SockStatParserTest {

    @Test
    void readsTheTcpLineOfARecentKernel() {
        // captured in a network namespace holding 4 TIME_WAIT sockets and one orphaned FIN_WAIT2
        TcpSockStat t = SockStatParser.tcp(Fixtures.sample("sockstat-6.18.txt"));
        assertEquals(5L, t.inuse());
        assertEquals(0L, t.orphan());
        assertEquals(5L, t.tw());
        assertEquals(10L, t.alloc());
        assertEquals(58L, t.memPages());
    }

    @Test
    void readsAnOldKernel() {
        TcpSockStat t = SockStatParser.tcp(Fixtures.sample("sockstat-3.10.txt"));
        assertEquals(30L, t.inuse());
        assertEquals(5L, t.tw());
        assertEquals(3L, t.memPages());
    }

    @Test
    void toleratesKeysAKernelAppendsLater() {
        String text = Fixtures.sample("sockstat-extra-keys.txt");
        TcpSockStat t = SockStatParser.tcp(text);
        assertEquals(340L, t.tw());
        assertEquals(4L, t.memPages());
        Map<String, Map<String, Long>> all = SockStatParser.parse(text);
        assertEquals(7L, all.get("TCP").get("future_key"));
        assertEquals(1L, all.get("UDP").get("extra"));
        assertEquals(118L, all.get("sockets").get("used"));
    }

    @Test
    void aKeyTheKernelDoesNotPrintStaysUnknown() {
        TcpSockStat t = SockStatParser.tcp("TCP: inuse 3 tw 1\n");
        assertEquals(1L, t.tw());
        assertNull(t.orphan(), "absent is unknown, never 0");
        assertNull(t.memPages());
    }

    @Test
    void readsSockstat6ButItHasNoTcpLine() {
        String text = Fixtures.sample("sockstat6-6.18.txt");
        Map<String, Map<String, Long>> all = SockStatParser.parse(text);
        assertEquals(4L, all.get("TCP6").get("inuse"));
        assertEquals(0L, all.get("FRAG6").get("memory"));
        // sockstat6 has no tw: TIME_WAIT of both families is counted in sockstat's TCP line
        ParseException e = assertThrows(ParseException.class, () -> SockStatParser.tcp(text));
        assertTrue(e.getMessage().contains("no TCP line"), e.getMessage());
    }

    @Test
    void refusesATruncatedFile() {
        ParseException e = assertThrows(ParseException.class, () -> SockStatParser.tcp(Fixtures.sample("sockstat-truncated.txt")));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void refusesGarbage() {
        assertThrows(ParseException.class, () -> SockStatParser.tcp(Fixtures.sample("sockstat-garbage.txt")));
        assertThrows(ParseException.class, () -> SockStatParser.tcp(""));
        ParseException e = assertThrows(ParseException.class, () -> SockStatParser.tcp("TCP: inuse five orphan 0\n"));
        assertTrue(e.getMessage().contains("'five' is not a count for inuse"), e.getMessage());
    }
}
