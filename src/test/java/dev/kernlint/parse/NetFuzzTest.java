package dev.kernlint.parse;

import static dev.kernlint.fuzz.Fuzz.check;
import static dev.kernlint.fuzz.Fuzz.text;
import static dev.kernlint.fuzz.Fuzz.two;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.kernlint.fact.LocalPortRange;
import dev.kernlint.fact.SoftnetStat;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Map;

/**
 * Fuzz targets for the network parsers (/proc/net counters, the TCP table, port ranges, bonding): a value or a
 * ParseException, never anything else. Seeds: NetFuzzTestInputs/METHOD/.
 */
class NetFuzzTest {

    @FuzzTest
    void netSnmp(byte[] data) {
        try {
            for (String k : NetSnmpParser.parse(text(data)).keySet()) {
                check(k.indexOf('.') > 0, "keys are GROUP.NAME");
            }
        } catch (ParseException expected) {
        }
    }

    @FuzzTest
    void sockStat(byte[] data) {
        String t = text(data);
        try {
            Map<String, Map<String, Long>> m = SockStatParser.parse(t);
            check(!m.isEmpty(), "a parsed sockstat has a line");
            SockStatParser.tcp(t);
        } catch (ParseException expected) {
        }
    }

    @FuzzTest
    void softnetStat(byte[] data) {
        try {
            SoftnetStat s = SoftnetStatParser.parse(text(data));
            check(s.cpus() > 0, "a parsed softnet_stat has a CPU");
        } catch (ParseException expected) {
        }
    }

    /** scan() promises that the addresses it hands out decode: ip() and port() must not fail on them. */
    @FuzzTest
    void tcpTable(byte[] data) throws IOException {
        try {
            long rows = TcpTableParser.scan(new BufferedReader(new StringReader(text(data))), (state, local, remote) -> {
                check(state >= 0 && state <= 0xff, "the state is one hex byte");
                int lp = TcpTableParser.port(local);
                int rp = TcpTableParser.port(remote);
                check(lp >= 0 && lp <= 0xffff && rp >= 0 && rp <= 0xffff, "ports are 16 bits");
                check(!TcpTableParser.ip(local).isEmpty() && !TcpTableParser.ip(remote).isEmpty(), "addresses decode");
            });
            check(rows >= 0, "a row count is not negative");
        } catch (ParseException expected) {
        }
    }

    /** ip_local_port_range NUL ip_local_reserved_ports. */
    @FuzzTest
    void portRange(byte[] data) {
        String[] t = two(data);
        try {
            LocalPortRange r = PortRangeParser.parse(t[0], t[1]);
            check(0 <= r.low() && r.low() <= r.high() && r.high() <= 65535, "0 <= low <= high <= 65535");
            check(0 <= r.reservedInRange() && r.reservedInRange() <= r.high() - r.low() + 1,
                    "no more reserved ports in the range than the range holds");
        } catch (ParseException expected) {
        }
    }

    /** /sys/class/net/BOND/bonding/slaves NUL /proc/net/bonding/BOND. */
    @FuzzTest
    void bonding(byte[] data) {
        String[] t = two(data);
        for (String s : BondingParser.sysfsSlaves(t[0])) {
            check(!s.isEmpty() && s.strip().equals(s), "members are words");
        }
        try {
            BondingParser.procSlaves(t[1]);
        } catch (ParseException expected) {
        }
    }
}
