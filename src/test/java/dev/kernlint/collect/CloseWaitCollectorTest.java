package dev.kernlint.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kernlint.fact.CloseWaitGroup;
import dev.kernlint.source.Snapshot;
import dev.kernlint.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CloseWaitCollectorTest {
    private static final String SS_KEY = "commands/ss_-tanH_state_close-wait";
    private static final String MANY = "sockets: used 100083\nTCP: inuse 100006 orphan 0 tw 0 alloc 100007 mem 0\n";
    private static final String NONE = "sockets: used 0\nTCP: inuse 0 orphan 0 tw 0 alloc 1 mem 0\n";
    private static final String NONE6 = "TCP6: inuse 0\nUDP6: inuse 0\nUDPLITE6: inuse 0\nRAW6: inuse 0\nFRAG6: inuse 0 memory 0\n";
    /** The five groups in the real ss output and in the tables read at the same moment, in the same namespace. */
    private static final Set<CloseWaitGroup> GROUPS = Set.of(new CloseWaitGroup("127.0.0.1", 8081, 1),
            new CloseWaitGroup("127.0.0.1", 8080, 2), new CloseWaitGroup("::1", 8443, 1),
            new CloseWaitGroup("127.0.0.1", 9000, 1), new CloseWaitGroup("2001:db8::1:0:0:5", 443, 1));

    private static Facts collect(Path dir, boolean netlink) {
        Facts facts = new Facts();
        try (Snapshot s = Snapshot.open(dir)) {
            new CloseWaitCollector(netlink).collect(s, facts);
        }
        return facts;
    }

    private static void tables(Path dir) {
        Fixtures.write(dir, "proc/net/tcp", Fixtures.sample("proc-net-tcp-close-wait-6.18.txt"),
                "proc/net/tcp6", Fixtures.sample("proc-net-tcp6-close-wait-6.18.txt"));
    }

    @Test
    void theTablesAndSsNameTheSameGroups(@TempDir Path a, @TempDir Path b) {
        tables(a);
        Fixtures.write(b, "proc/net/sockstat", MANY, SS_KEY, Fixtures.sample("ss-tanH-state-close-wait-iproute2-6.1.txt"));
        Facts fromTables = collect(a, true);
        Facts fromSs = collect(b, true);
        assertEquals(List.of(), fromTables.gaps());
        assertEquals(List.of(), fromSs.gaps());
        assertEquals(GROUPS, Set.copyOf(fromTables.all(CloseWaitGroup.class)));
        assertEquals(GROUPS, Set.copyOf(fromSs.all(CloseWaitGroup.class)));
        // the base reading's full scan names them the same way: the first point of each series is the same port
        Facts full = new Facts();
        try (Snapshot s = Snapshot.open(a)) {
            new TcpSocketCollector().collect(s, full);
        }
        assertEquals(GROUPS, Set.copyOf(full.all(CloseWaitGroup.class)));
    }

    @Test
    void withoutSsOutputTheTablesAnswer(@TempDir Path dir) {
        // every snapshot so far keeps the tables only: its samples audit as before
        tables(dir);
        Fixtures.write(dir, "proc/net/sockstat", MANY);
        Facts facts = collect(dir, true);
        assertEquals(List.of(), facts.gaps());
        assertEquals(GROUPS, Set.copyOf(facts.all(CloseWaitGroup.class)));
    }

    @Test
    void recordingReadsTheTablesNotSs(@TempDir Path recording) {
        String other = "1 0 10.9.9.9:1234 10.9.9.8:5555\n";
        tables(recording);
        Fixtures.write(recording, "proc/net/sockstat", MANY, SS_KEY, other);
        assertEquals(GROUPS, Set.copyOf(collect(recording, false).all(CloseWaitGroup.class)));
        // and in a live audit, ss is what answers
        assertEquals(List.of(new CloseWaitGroup("10.9.9.9", 1234, 1)), collect(recording, true).all(CloseWaitGroup.class));
    }

    @Test
    void noHashedTcpSocketInTheNamespaceReadsNothing(@TempDir Path none, @TempDir Path v6, @TempDir Path noV6) {
        // the tables are there (and would answer) but inuse 0 in sockstat and sockstat6 proves there is nothing to count
        tables(none);
        Fixtures.write(none, "proc/net/sockstat", NONE, "proc/net/sockstat6", NONE6);
        Facts facts = collect(none, true);
        assertEquals(List.of(), facts.all(CloseWaitGroup.class));
        assertEquals(List.of(), facts.gaps());
        // an IPv6 socket is counted in sockstat6 only: then the sockets are read
        tables(v6);
        Fixtures.write(v6, "proc/net/sockstat", NONE, "proc/net/sockstat6", NONE6.replace("TCP6: inuse 0", "TCP6: inuse 3"));
        assertEquals(GROUPS, Set.copyOf(collect(v6, true).all(CloseWaitGroup.class)));
        // no sockstat6 (a kernel without IPv6) counts as none; an unreadable sockstat proves nothing
        tables(noV6);
        Fixtures.write(noV6, "proc/net/sockstat", NONE);
        assertEquals(List.of(), collect(noV6, true).all(CloseWaitGroup.class));
        // a snapshot's samples always read the tables: one recorded before sockstat6 was kept audits as before
        assertEquals(GROUPS, Set.copyOf(collect(noV6, false).all(CloseWaitGroup.class)));
    }

    @Test
    void ssOutputItCannotParseFallsBackToTheTables(@TempDir Path dir) {
        tables(dir);
        Fixtures.write(dir, "proc/net/sockstat", MANY, SS_KEY, "State Recv-Q Send-Q\ngarbage\n");
        Facts facts = collect(dir, true);
        assertEquals(List.of(), facts.gaps());
        assertEquals(GROUPS, Set.copyOf(facts.all(CloseWaitGroup.class)));
    }

    @Test
    void neitherReadableIsTheTablesGap(@TempDir Path dir) {
        Fixtures.write(dir, "proc/net/sockstat", MANY);
        Facts facts = collect(dir, true);
        assertEquals(List.of(), facts.all(CloseWaitGroup.class));
        assertEquals(1, facts.gaps().size());
        assertEquals("/proc/net/tcp", facts.gaps().get(0).input());
    }
}
