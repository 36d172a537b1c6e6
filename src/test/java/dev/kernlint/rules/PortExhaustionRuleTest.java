package dev.kernlint.rules;

import static dev.kernlint.testing.Fixtures.assertPasses;
import static dev.kernlint.testing.Fixtures.audit;
import static dev.kernlint.testing.Fixtures.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.engine.AuditResult;
import dev.kernlint.engine.Finding;
import dev.kernlint.engine.Severity;
import dev.kernlint.source.Snapshot;
import dev.kernlint.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** NET-TW-PORT-EXHAUSTION: TIME_WAIT per (local IP, remote IP, remote port) against the usable ephemeral ports. */
class PortExhaustionRuleTest {
    private static final String RULE = "NET-TW-PORT-EXHAUSTION";

    @Test
    void halfTheRangeTowardsOnePeerWarnsAndNamesThePeer() {
        // 20 ports, 12 TIME_WAIT to 10.0.0.5:5432 (60%), 3 to 10.0.0.6:443 and 3 over IPv6 (15% each)
        Finding f = finding(audit("net-tw-port-exhaustion-warn"), RULE);
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("10.0.0.1", f.evidence().get("local_address"));
        assertEquals("10.0.0.5", f.evidence().get("remote_address"));
        assertEquals(5432, f.evidence().get("remote_port"));
        assertEquals(12L, f.evidence().get("time_wait"));
        assertEquals(20, f.evidence().get("usable_ports"));
        assertEquals("60000 60019", f.evidence().get("port_range"));
        assertEquals(0.6, f.evidence().get("share"));
    }

    @Test
    void eightyPercentIsCritical() {
        Finding f = finding(audit("net-tw-port-exhaustion-crit"), RULE);
        assertEquals(Severity.CRITICAL, f.severity());
        assertEquals(17L, f.evidence().get("time_wait"));
    }

    @Test
    void reservedPortsInsideTheRangeLowerTheUsableCount() {
        // 10 TIME_WAIT in 20 ports would be 50% (warning); 8 of them are reserved, so 10 of 12 usable is 83%
        Finding f = finding(audit("net-tw-port-exhaustion-reserved"), RULE);
        assertEquals(12, f.evidence().get("usable_ports"));
        assertEquals(Severity.CRITICAL, f.severity());
    }

    @Test
    void aFewTimeWaitInTheDefaultRangeDoNotFire() {
        assertPasses(audit("net-tw-port-exhaustion-none"), RULE);
    }

    @ParameterizedTest(name = "{0} TIME_WAIT of 20 ports -> {1}")
    @CsvSource({"9, none", "10, warning", "15, warning", "16, critical", "20, critical"})
    void thresholdsAreInclusive(int timeWait, String expected, @TempDir Path dir) throws IOException {
        Fixtures.copy("net-tw-port-exhaustion-crit", dir);
        Files.writeString(dir.resolve("proc/net/tcp"), timeWaitTable(timeWait));
        AuditResult r;
        try (Snapshot s = Snapshot.open(dir)) {
            r = Fixtures.audit(s);
        }
        if (expected.equals("none")) {
            assertPasses(r, RULE);
        } else {
            assertEquals(Severity.parse(expected), finding(r, RULE).severity());
            assertEquals((long) timeWait, finding(r, RULE).evidence().get("time_wait"));
        }
    }

    /** /proc/net/tcp with n TIME_WAIT rows from 10.0.0.1:60000+i to 10.0.0.5:5432, in the kernel's layout. */
    private static String timeWaitTable(int n) {
        StringBuilder sb = new StringBuilder(Fixtures.sample("proc-net-tcp-6.18.txt").lines().findFirst().orElseThrow()).append('\n');
        for (int i = 0; i < n; i++) {
            sb.append(String.format("%4d: 0100000A:%04X 0500000A:1538 06 00000000:00000000 03:00001770 00000000     0        0 0 3 00000000e7007baf%n",
                    i, 60000 + i));
        }
        return sb.toString();
    }

    @Test
    void anUnreadableTcpTableMeansNotEvaluated(@TempDir Path dir) throws IOException {
        Fixtures.copy("net-tw-port-exhaustion-crit", dir);
        Files.delete(dir.resolve("proc/net/tcp"));
        AuditResult r;
        try (Snapshot s = Snapshot.open(dir)) {
            r = Fixtures.audit(s);
        }
        assertTrue(r.rulesNotEvaluated().contains(RULE), r.rulesNotEvaluated().toString());
        assertTrue(Fixtures.findings(r, RULE).isEmpty());
    }
}
