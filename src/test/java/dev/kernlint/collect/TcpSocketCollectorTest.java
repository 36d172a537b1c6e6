package dev.kernlint.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.fact.TcpStateCounts;
import dev.kernlint.fact.TimeWaitGroup;
import dev.kernlint.source.Snapshot;
import dev.kernlint.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TcpSocketCollectorTest {

    private static Facts collect(Path dir) {
        Facts facts = new Facts();
        try (Snapshot s = Snapshot.open(dir)) {
            new TcpSocketCollector().collect(s, facts);
        }
        return facts;
    }

    @Test
    void countsStatesOverTcpAndTcp6AndGroupsTimeWaitPerPeer(@TempDir Path dir) {
        Fixtures.write(dir, "proc/net/tcp", Fixtures.sample("proc-net-tcp-6.18.txt"), "proc/net/tcp6", Fixtures.sample("proc-net-tcp6-6.18.txt"));
        Facts facts = collect(dir);
        assertEquals(List.of(), facts.gaps());
        TcpStateCounts counts = facts.first(TcpStateCounts.class).orElseThrow();
        assertEquals(14, counts.rows());
        assertEquals(4, counts.count("TIME_WAIT"));
        assertEquals(6, counts.count("ESTABLISHED"));
        assertEquals(2, counts.count("LISTEN"));
        assertEquals(1, counts.count("CLOSE_WAIT"));
        assertEquals(Set.of(new TimeWaitGroup("127.0.0.1", "127.0.0.1", 8080, 3), new TimeWaitGroup("::1", "::1", 9090, 1)),
                Set.copyOf(facts.all(TimeWaitGroup.class)));
    }

    @Test
    void aV4MappedPeerInTcp6JoinsItsIpv4Group(@TempDir Path dir) {
        String header6 = Fixtures.sample("proc-net-tcp6-6.18.txt").lines().findFirst().orElseThrow();
        String tcp = Fixtures.sample("proc-net-tcp-6.18.txt"); // 3 TIME_WAIT 127.0.0.1 -> 127.0.0.1:8080
        StringBuilder tcp6 = new StringBuilder(header6).append('\n');
        for (int i = 0; i < 2; i++) { // a dual-stack (Java) client to the same peer
            tcp6.append(String.format("%4d: 0000000000000000FFFF00000100007F:%04X 0000000000000000FFFF00000100007F:1F90 06 "
                    + "00000000:00000000 03:00001770 00000000     0        0 0 3 0000000090f96b7e%n", i, 50000 + i));
        }
        Fixtures.write(dir, "proc/net/tcp", tcp, "proc/net/tcp6", tcp6.toString());
        assertEquals(List.of(new TimeWaitGroup("127.0.0.1", "127.0.0.1", 8080, 5)), collect(dir).all(TimeWaitGroup.class));
    }

    @Test
    void aHostWithoutIpv6HasNoTcp6AndThatIsNoGap(@TempDir Path dir) {
        Fixtures.write(dir, "proc/net/tcp", Fixtures.sample("proc-net-tcp-6.18.txt"));
        Facts facts = collect(dir);
        assertEquals(List.of(), facts.gaps());
        assertEquals(9, facts.first(TcpStateCounts.class).orElseThrow().rows());
    }

    @Test
    void aTruncatedTableIsAGapNamingIt(@TempDir Path dir) {
        Fixtures.write(dir, "proc/net/tcp", Fixtures.sample("proc-net-tcp-truncated.txt"), "proc/net/tcp6", Fixtures.sample("proc-net-tcp6-6.18.txt"));
        Facts facts = collect(dir);
        assertEquals(Set.of("/proc/net/tcp"), facts.gaps().stream().map(g -> g.input()).collect(Collectors.toSet()));
        assertTrue(facts.gaps().get(0).reason().startsWith("unparseable: tcp table: truncated row 3"), facts.gaps().get(0).reason());
    }

    @Test
    void unmappedLeavesRealIpv6Alone() {
        assertEquals("10.0.0.5", TcpSocketCollector.unmapped("::ffff:10.0.0.5"));
        assertEquals("::1", TcpSocketCollector.unmapped("::1"));
        assertEquals("::ffff:a:b", TcpSocketCollector.unmapped("::ffff:a:b"));
    }
}
