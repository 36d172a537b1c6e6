package dev.kernlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.testing.Fixtures;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TcpTableParserTest {
    private static final String HEADER = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n";

    record Row(int state, String local, String remote) {}

    private static List<Row> scan(String text) throws IOException {
        List<Row> rows = new ArrayList<>();
        long n = TcpTableParser.scan(new BufferedReader(new StringReader(text)), (s, l, r) -> rows.add(new Row(s, l, r)));
        assertEquals(rows.size(), n, "scan returns the number of rows it visited");
        return rows;
    }

    private static Map<String, Integer> byState(List<Row> rows) {
        Map<String, Integer> m = new TreeMap<>();
        rows.forEach(r -> m.merge(TcpTableParser.STATE_NAMES[r.state()], 1, Integer::sum));
        return m;
    }

    @Test
    void readsRealProcNetTcp() throws IOException {
        // captured on 6.18 in a namespace: a listener on 127.0.0.1:8080, one established pair, a CLOSE_WAIT with its
        // FIN_WAIT2 peer, 3 TIME_WAIT, and a v4 client of a dual-stack listener on port 9090
        List<Row> rows = scan(Fixtures.sample("proc-net-tcp-6.18.txt"));
        assertEquals(9, rows.size());
        assertEquals(Map.of("CLOSE_WAIT", 1, "ESTABLISHED", 3, "FIN_WAIT2", 1, "LISTEN", 1, "TIME_WAIT", 3), byState(rows));

        Row listen = rows.get(0);
        assertEquals(TcpTableParser.LISTEN, listen.state());
        assertEquals("127.0.0.1", TcpTableParser.ip(listen.local()));
        assertEquals(8080, TcpTableParser.port(listen.local()));
        assertEquals("0.0.0.0", TcpTableParser.ip(listen.remote()));
        assertEquals(0, TcpTableParser.port(listen.remote()));

        Row closeWait = rows.stream().filter(r -> r.state() == TcpTableParser.CLOSE_WAIT).findFirst().orElseThrow();
        assertEquals(8080, TcpTableParser.port(closeWait.local()));

        for (Row tw : rows.stream().filter(r -> r.state() == TcpTableParser.TIME_WAIT).toList()) {
            // the client closed first, so TIME_WAIT sits on its side: ephemeral local port, remote 127.0.0.1:8080
            assertEquals("127.0.0.1", TcpTableParser.ip(tw.remote()));
            assertEquals(8080, TcpTableParser.port(tw.remote()));
            assertTrue(TcpTableParser.port(tw.local()) >= 32768, tw.local());
        }
    }

    @Test
    void readsRealProcNetTcp6WithLoopbackAndMappedAddresses() throws IOException {
        List<Row> rows = scan(Fixtures.sample("proc-net-tcp6-6.18.txt"));
        assertEquals(5, rows.size());
        assertEquals(Map.of("ESTABLISHED", 3, "LISTEN", 1, "TIME_WAIT", 1), byState(rows));

        assertEquals("::", TcpTableParser.ip(rows.get(0).local()));
        assertEquals(9090, TcpTableParser.port(rows.get(0).local()));
        // a v4 client accepted by a dual-stack listener
        assertEquals("::ffff:127.0.0.1", TcpTableParser.ip(rows.get(1).local()));
        assertEquals("::ffff:127.0.0.1", TcpTableParser.ip(rows.get(1).remote()));
        Row tw = rows.get(3);
        assertEquals(TcpTableParser.TIME_WAIT, tw.state());
        assertEquals("::1", TcpTableParser.ip(tw.local()));
        assertEquals("::1", TcpTableParser.ip(tw.remote()));
        assertEquals(9090, TcpTableParser.port(tw.remote()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "0100007F:1F90, 127.0.0.1",           // host byte order: the last pair is the first octet
            "0500000A:1538, 10.0.0.5",
            "0101A8C0:0050, 192.168.1.1",
            "FFFFFFFF:FFFF, 255.255.255.255",
            "00000000:0000, 0.0.0.0",
            "00000000000000000000000001000000:0016, ::1",
            "0000000000000000FFFF00000100007F:0016, ::ffff:127.0.0.1",
            "000080FE00000000FF005450B6AD1DFE:0016, fe80::5054:ff:fe1d:adb6",
            "B80D0120000000000000000001000000:01BB, 2001:db8::1",
    })
    void decodesAddresses(String hex, String text) {
        assertEquals(text, TcpTableParser.ip(hex));
    }

    @Test
    void decodesPortsBigEndian() {
        assertEquals(8080, TcpTableParser.port("0100007F:1F90"));
        assertEquals(443, TcpTableParser.port("B80D0120000000000000000001000000:01BB"));
        assertEquals(65535, TcpTableParser.port("FFFFFFFF:FFFF"));
    }

    @Test
    void anIdleHostHasOnlyTheHeader() throws IOException {
        assertEquals(List.of(), scan(HEADER));
    }

    @Test
    void refusesATruncatedFile() {
        ParseException e = assertThrows(ParseException.class, () -> scan(Fixtures.sample("proc-net-tcp-truncated.txt")));
        assertTrue(e.getMessage().contains("truncated row 3"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "   0: 0100007F:1F90",                                                    // cut after the local address
            "   0: 0100007F:1F90 0100007F:A2",                                        // cut inside the remote address
            "   0: 0100007F:1F90 0100007F:A2C4 0",                                   // cut inside the state
            "   0: 0100007F:1F90 0100007F:A2C4 06",                                  // cut right after the state
            "   0: 0100007F:1F90 0100007F:A2C4 06 00000000:00000000 03:00001770",    // cut before uid
    })
    void refusesTruncatedRows(String row) {
        ParseException e = assertThrows(ParseException.class, () -> scan(HEADER + row + "\n"));
        assertTrue(e.getMessage().contains("truncated row 1"), e.getMessage());
    }

    @Test
    void refusesRowsWhoseAddressesAreNotHex() {
        String row = "   0: 0100007G:1F90 0100007F:A2C4 06 00000000:00000000 03:00001770 00000000     0        0 0 3 00000000e7007baf\n";
        ParseException e = assertThrows(ParseException.class, () -> scan(HEADER + row));
        assertTrue(e.getMessage().contains("HEX:PORT"), e.getMessage());
    }

    @Test
    void refusesABadState() {
        String row = "   0: 0100007F:1F90 0100007F:A2C4 XY 00000000:00000000 03:00001770 00000000     0        0 0 3 00000000e7007baf\n";
        assertThrows(ParseException.class, () -> scan(HEADER + row));
    }

    @Test
    void refusesGarbageAndEmptyFiles() {
        ParseException e = assertThrows(ParseException.class, () -> scan(Fixtures.sample("proc-net-tcp-garbage.txt")));
        assertTrue(e.getMessage().contains("header"), e.getMessage());
        // the kernel prints the header even with no sockets: an empty file was cut
        assertThrows(ParseException.class, () -> scan(""));
    }

    @Test
    void refusesGarbageAddresses() {
        assertThrows(ParseException.class, () -> TcpTableParser.ip("7F:1F90"));
        assertThrows(ParseException.class, () -> TcpTableParser.port("0100007F:1F9G"));
    }
}
