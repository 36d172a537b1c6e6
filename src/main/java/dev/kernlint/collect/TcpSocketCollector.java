package dev.kernlint.collect;

import dev.kernlint.fact.CloseWaitGroup;
import dev.kernlint.fact.TcpStateCounts;
import dev.kernlint.fact.TimeWaitGroup;
import dev.kernlint.parse.ParseException;
import dev.kernlint.parse.TcpTableParser;
import dev.kernlint.source.Input;
import dev.kernlint.source.Source;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Streams /proc/net/tcp and tcp6 into per-state counts, TIME_WAIT groups (local IP, remote IP, remote port) and
 * CLOSE_WAIT groups (local IP and port).
 * Only the group keys are kept, so memory follows the number of peers, not the number of sockets.
 */
public final class TcpSocketCollector implements Collector {
    static final String[] TABLES = {"/proc/net/tcp", "/proc/net/tcp6"};
    private static final String AREA = "network";

    @Override
    public String area() {
        return AREA;
    }

    @Override
    public void collect(Source source, Facts facts) {
        long[] states = new long[256];
        java.util.BitSet listening = new java.util.BitSet();
        Map<String, long[]> timeWait = new HashMap<>();
        Map<String, long[]> closeWait = new HashMap<>();
        long rows = scan(source, facts, (state, local, remote) -> {
            states[state & 0xff]++;
            if (state == TcpTableParser.TIME_WAIT) {
                // the local port varies per socket; the group is the local IP with the remote ip:port
                int colon = local.lastIndexOf(':');
                count(timeWait, local.substring(0, colon) + '|' + remote);
            } else if (state == TcpTableParser.CLOSE_WAIT) {
                count(closeWait, local);
            } else if (state == TcpTableParser.LISTEN) {
                listening.set(TcpTableParser.port(local));
            }
        });
        if (rows < 0) {
            return;
        }
        Map<String, Long> byState = new LinkedHashMap<>();
        for (int s = 0; s < states.length; s++) {
            if (states[s] > 0) {
                byState.put(s < TcpTableParser.STATE_NAMES.length ? TcpTableParser.STATE_NAMES[s] : "0x" + Integer.toHexString(s), states[s]);
            }
        }
        facts.add(new TcpStateCounts(byState, rows));
        facts.add(new dev.kernlint.fact.ListeningPorts(listening.stream().boxed().toList()));
        // A dual-stack client (Java's default) connects to an IPv4 peer through tcp6 as ::ffff:a.b.c.d; the kernel runs
        // it as IPv4, in the same port space as plain IPv4 sockets to that peer: one group, named in IPv4.
        Map<String, TimeWaitGroup> groups = new LinkedHashMap<>();
        for (Map.Entry<String, long[]> e : timeWait.entrySet()) {
            int bar = e.getKey().indexOf('|');
            String local = e.getKey().substring(0, bar);
            String remote = e.getKey().substring(bar + 1);
            TimeWaitGroup g = new TimeWaitGroup(unmapped(TcpTableParser.ip(local)), unmapped(TcpTableParser.ip(remote)),
                    TcpTableParser.port(remote), e.getValue()[0]);
            groups.merge(g.localAddress() + '|' + g.remoteAddress() + '|' + g.remotePort(), g,
                    (x, y) -> new TimeWaitGroup(x.localAddress(), x.remoteAddress(), x.remotePort(), x.count() + y.count()));
        }
        groups.values().forEach(facts::add);
        closeWaitGroups(closeWait, facts);
    }

    /** Only the CLOSE_WAIT groups, from the same tables: what a later sample needs when ss cannot answer. */
    static void collectCloseWait(Source source, Facts facts) {
        Map<String, long[]> closeWait = new HashMap<>();
        if (scan(source, facts, (state, local, remote) -> {
            if (state == TcpTableParser.CLOSE_WAIT) {
                count(closeWait, local);
            }
        }) >= 0) {
            closeWaitGroups(closeWait, facts);
        }
    }

    /** Streams both tables into the visitor; returns the rows seen, or -1 when neither could be read (gaps say why). */
    private static long scan(Source source, Facts facts, TcpTableParser.RowVisitor visitor) {
        long rows = 0;
        boolean anyRead = false;
        for (String table : TABLES) {
            try (BufferedReader in = source.open(table)) {
                if (in == null) {
                    Input why = source.read(table);
                    // a host without IPv6 has no tcp6: that is not a gap
                    if (!(table.endsWith("6") && why.status() == dev.kernlint.source.ReadStatus.MISSING)) {
                        facts.gap(AREA, why);
                    }
                    continue;
                }
                anyRead = true;
                rows += TcpTableParser.scan(in, visitor);
            } catch (ParseException e) {
                facts.gap(AREA, table, "unparseable: " + e.getMessage());
            } catch (IOException e) {
                facts.gap(AREA, table, "read failed: " + dev.kernlint.source.IoProblem.words(e));
            }
        }
        return anyRead ? rows : -1;
    }

    private static void closeWaitGroups(Map<String, long[]> closeWait, Facts facts) {
        Map<String, CloseWaitGroup> closing = new LinkedHashMap<>();
        for (Map.Entry<String, long[]> e : closeWait.entrySet()) {
            CloseWaitGroup g = new CloseWaitGroup(unmapped(TcpTableParser.ip(e.getKey())), TcpTableParser.port(e.getKey()), e.getValue()[0]);
            closing.merge(g.localAddress() + ':' + g.localPort(), g,
                    (x, y) -> new CloseWaitGroup(x.localAddress(), x.localPort(), x.count() + y.count()));
        }
        closing.values().forEach(facts::add);
    }

    private static void count(Map<String, long[]> groups, String key) {
        long[] n = groups.get(key);
        if (n == null) {
            groups.put(key, new long[] {1});
        } else {
            n[0]++;
        }
    }

    static String unmapped(String ip) {
        return TcpTableParser.unmapped(ip);
    }
}
