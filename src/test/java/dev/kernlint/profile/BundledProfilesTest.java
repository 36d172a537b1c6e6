package dev.kernlint.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.engine.AuditResult;
import dev.kernlint.fact.ExpectedSysctl;
import dev.kernlint.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BundledProfilesTest {
    static List<String> bundled() {
        return ProfileLoader.bundled();
    }

    @Test
    void indexListsEveryFileAndTheRoles() throws IOException {
        Set<String> files;
        try (var s = Files.list(Path.of("profiles"))) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - 5)).collect(Collectors.toSet());
        }
        assertEquals(files, Set.copyOf(bundled()));
        assertTrue(bundled().containsAll(List.of("default", "web-server", "database", "low-latency", "container-host")));
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void everyProfileLoadsIsDescribedAndIsAcceptedByTheRules(String name) {
        Profile p = ProfileLoader.load(name);
        assertEquals(name, p.name());
        assertFalse(p.description().isBlank());
        if (!name.equals("default")) {
            assertEquals("profiles/default.yaml", p.lineage().get(p.lineage().size() - 1), "roles extend default");
            assertFalse(p.sysctl().equals(ProfileLoader.load("default").sysctl()), "a role adds its own values");
        }
        // the engine refuses unknown rule ids, unknown threshold names and missing thresholds
        AuditResult r = Fixtures.audit("ci-web1", p);
        assertEquals(name, r.profile());
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void showPrintsYamlThatLoadsBackToTheSameProfile(String name) throws IOException {
        Profile p = ProfileLoader.load(name);
        Path dir = Files.createTempDirectory("kernlint-show");
        Path f = dir.resolve(name + ".yaml");
        Files.writeString(f, ProfileWriter.write(p, null, List.of("round trip")));
        Profile back = ProfileLoader.load(f.toString());
        assertEquals(p.thresholds(), back.thresholds());
        assertEquals(p.sysctl(), back.sysctl());
        assertEquals(p.rules(), back.rules());
        assertEquals(p.rings(), back.rings());
        assertEquals(p.description(), back.description());
        assertEquals(List.of(f.toString()), back.lineage(), "shown profiles are self-contained");
    }

    @Test
    void rolesJudgeTheFixturesDifferently() {
        // db1 is a database host kept well: the database profile has nothing to say about its memory settings
        AuditResult db = Fixtures.audit("ci-db1", ProfileLoader.load("database"));
        assertTrue(Fixtures.findings(db, "KERN-SYSCTL-BASELINE").isEmpty(), () -> db.findings().toString());
        // web1 is not: the web-server profile finds its short queues, the port range and the small rx ring
        AuditResult web = Fixtures.audit("ci-web1", ProfileLoader.load("web-server"));
        Set<Object> keys = Fixtures.findings(web, "KERN-SYSCTL-BASELINE").stream().map(f -> f.evidence().get("key")).collect(Collectors.toSet());
        assertTrue(keys.containsAll(Set.of("net.ipv4.tcp_max_syn_backlog", "net.core.netdev_max_backlog",
                "net.ipv4.ip_local_port_range", "net.ipv4.tcp_tw_reuse", "net.ipv4.tcp_syncookies")), keys.toString());
        assertEquals(1, Fixtures.findings(web, "NIC-RING-BASELINE").size());
        assertEquals("critical", Fixtures.findings(web, "NET-SOMAXCONN-LOW").get(0).severity().label(), "web-server raises it");
        // and the database profile finds web1's swappiness unknown rather than passing it: web1's manifest does not
        // record /proc/sys as whole, so the absent key is a gap naming it (issue 10 §3), not "does not exist"
        AuditResult webAsDb = Fixtures.audit("ci-web1", ProfileLoader.load("database"));
        assertTrue(Fixtures.findings(webAsDb, "KERN-SYSCTL-BASELINE").stream().noneMatch(f -> "vm.swappiness".equals(f.evidence().get("key"))));
        assertTrue(webAsDb.gaps().stream().anyMatch(g -> g.rules().equals(List.of("KERN-SYSCTL-BASELINE"))
                && g.gap().input().contains("vm.swappiness")), webAsDb.gaps().toString());
        assertTrue(webAsDb.rulesNotEvaluated().contains("KERN-SYSCTL-BASELINE"));
    }

    @Test
    void everyRoleValueIsAnExpectationTheEngineCanJudge() {
        for (String name : bundled()) {
            for (ExpectedSysctl e : ProfileLoader.load(name).sysctl()) {
                assertTrue(e.bound() != null || !e.allowed().isEmpty(), name + " " + e);
                assertTrue(List.of("info", "warning", "critical").contains(e.severity()), name + " " + e);
            }
        }
    }
}
