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
    private static final String FEW = "sockets: used 83\nTCP: inuse 6 orphan 0 tw 0 alloc 7 mem 0\n";
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
    void fewSocketsOrRecordingReadTheTablesNotSs(@TempDir Path few, @TempDir Path recording) {
        String other = "1 0 10.9.9.9:1234 10.9.9.8:5555\n";
        tables(few);
        Fixtures.write(few, "proc/net/sockstat", FEW, SS_KEY, other);
        assertEquals(GROUPS, Set.copyOf(collect(few, true).all(CloseWaitGroup.class)));
        tables(recording);
        Fixtures.write(recording, "proc/net/sockstat", MANY, SS_KEY, other);
        assertEquals(GROUPS, Set.copyOf(collect(recording, false).all(CloseWaitGroup.class)));
        // and with many sockets, not recording, ss is what answers
        assertEquals(List.of(new CloseWaitGroup("10.9.9.9", 1234, 1)), collect(recording, true).all(CloseWaitGroup.class));
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
