package dev.kernlint.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.json.Json;
import dev.kernlint.testing.NetNamespace;
import dev.kernlint.testing.Processes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The live audit on a real kernel: in a network namespace this test creates (and always deletes), set
 * tcp_timestamps=0 and tcp_tw_reuse=1, make real TIME_WAIT sockets on loopback, and audit from inside the namespace.
 * net.* settings are per namespace, so the host's own values are never touched.
 */
class TimeWaitNamespaceTest {
    private static final int SOCKETS = 300;
    private static final int PORT = 8080;

    @Test
    @Timeout(120)
    void timeWaitReuseWithoutTimestampsInANamespace() throws Exception {
        String hostTimestamps = Files.readString(Path.of("/proc/sys/net/ipv4/tcp_timestamps")).strip();
        try (NetNamespace ns = NetNamespace.create("kernlint-test")) {
            ns.run("sysctl", "-w", "net.ipv4.tcp_timestamps=0");
            ns.run("sysctl", "-w", "net.ipv4.tcp_tw_reuse=1");
            ns.run(Processes.java(), "-cp", System.getProperty("java.class.path"), TimeWaitMaker.class.getName(),
                    String.valueOf(SOCKETS), String.valueOf(PORT));
            settle(ns);

            Processes.Result audit = ns.run(Processes.java(), "-cp", System.getProperty("java.class.path"), "dev.kernlint.cli.Main",
                    "audit", "--format", "json", "--fail-on", "never", "--profile", "src/test/resources/profiles/live-timewait.yaml");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> findings = (List<Map<String, Object>>) ((Map<String, Object>) Json.parse(audit.out())).get("findings");

            Map<String, Object> reuse = only(findings, "NET-TW-REUSE-NO-TS");
            assertEquals("1", evidence(reuse).get("tcp_tw_reuse"));
            assertEquals("0", evidence(reuse).get("tcp_timestamps"));

            // the TIME_WAIT group of this test's client: every socket it closed, towards 127.0.0.1:8080
            Map<String, Object> group = findings.stream()
                    .filter(f -> f.get("rule").equals("NET-TW-PORT-EXHAUSTION") && evidence(f).get("remote_port").equals((long) PORT))
                    .findFirst().orElseThrow(() -> new AssertionError("no TIME_WAIT group to port " + PORT + ": " + findings));
            assertEquals("127.0.0.1", evidence(group).get("local_address"));
            assertEquals("127.0.0.1", evidence(group).get("remote_address"));
            // one in a few hundred may still be closing under load (seen once: 299 of 300); all others must be counted
            long counted = (Long) evidence(group).get("time_wait");
            assertTrue(counted >= SOCKETS * 95L / 100 && counted <= SOCKETS, counted + " of " + SOCKETS + " TIME_WAIT sockets counted");
            String range = ns.run("sysctl", "-n", "net.ipv4.ip_local_port_range").out().strip().replaceAll("\\s+", " ");
            assertEquals(range, evidence(group).get("port_range"));
            assertEquals("warning", group.get("severity"));
        }
        assertEquals(hostTimestamps, Files.readString(Path.of("/proc/sys/net/ipv4/tcp_timestamps")).strip(),
                "the host's own tcp_timestamps is untouched");
    }

    /**
     * Waits (at most 5 s) until no server socket is still in LAST_ACK: /proc/net/tcp is read a hash bucket at a
     * time, and rows that change state during the read can be skipped (284 of 300 seen once under load).
     */
    private static void settle(NetNamespace ns) throws InterruptedException {
        long end = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < end && !ns.run("ss", "-tanH", "state", "last-ack", "state", "fin-wait-1", "state", "fin-wait-2")
                .out().isBlank()) {
            Thread.sleep(50);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> evidence(Map<String, Object> finding) {
        return (Map<String, Object>) finding.get("evidence");
    }

    private static Map<String, Object> only(List<Map<String, Object>> findings, String rule) {
        List<Map<String, Object>> f = findings.stream().filter(x -> x.get("rule").equals(rule)).toList();
        assertEquals(1, f.size(), rule + " in " + findings);
        return f.get(0);
    }
}
