package dev.kernlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.profile.Profile;
import dev.kernlint.profile.ProfileException;
import dev.kernlint.profile.ProfileLoader;
import dev.kernlint.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** KERN-SYSCTL-BASELINE and NIC-RING-BASELINE, judged on the ci-web1 and ci-db1 fixtures with small profiles. */
class BaselineRulesTest {
    @TempDir
    Path dir;

    private Profile profile(String yaml) throws IOException {
        Path p = dir.resolve("p" + System.nanoTime() + ".yaml");
        Files.writeString(p, "extends: default\n" + yaml);
        return ProfileLoader.load(p.toString());
    }

    private List<Finding> run(String snapshot, String rule, String yaml) throws IOException {
        return Fixtures.findings(Fixtures.audit(snapshot, profile(yaml)), rule);
    }

    @Test
    void sysctlMismatchNamesKeyExpectedAndActual() throws IOException {
        List<Finding> f = run("ci-web1", "KERN-SYSCTL-BASELINE", "sysctl:\n  vm.max_map_count: \">= 262144\"\n  net.ipv4.tcp_sack: [0, 1]\n");
        Finding m = f.stream().filter(x -> x.evidence().get("key").equals("vm.max_map_count")).findFirst().orElseThrow();
        assertEquals("65530", m.evidence().get("actual"));
        assertEquals(">= 262144", m.evidence().get("expected"));
        assertEquals("vm.max_map_count is 65530, the profile expects >= 262144", m.message());
        assertEquals(List.of(new FixAction.SetSysctl("vm.max_map_count", "262144")), m.fixes());
        assertTrue(f.stream().noneMatch(x -> x.evidence().get("key").equals("net.ipv4.tcp_sack")), "1 is in the set");
    }

    @Test
    void sysctlSeverityComesFromTheEntryOrTheBaselineThenTheRuleSetting() throws IOException {
        Finding own = run("ci-web1", "KERN-SYSCTL-BASELINE", "sysctl:\n  net.ipv4.tcp_syncookies: {expect: 1, severity: critical}\n").get(0);
        assertEquals(Severity.CRITICAL, own.severity());
        Finding base = run("ci-web1", "KERN-SYSCTL-BASELINE", "baseline_severity: info\n").get(0);
        assertEquals(Severity.INFO, base.severity());
        Finding rule = run("ci-web1", "KERN-SYSCTL-BASELINE",
                "rules:\n  KERN-SYSCTL-BASELINE: {severity: critical}\nbaseline_severity: info\n").get(0);
        assertEquals(Severity.CRITICAL, rule.severity(), "rules: severity overrides every finding of the rule");
    }

    @Test
    void sysctlThatMatchesIsNoFindingAndDisabledRuleIsNotEvaluated() throws IOException {
        assertTrue(run("ci-db1", "KERN-SYSCTL-BASELINE", "sysctl:\n  fs.file-max: \">= 65536\"\n").isEmpty());
        AuditResult r = Fixtures.audit("ci-web1", profile("rules:\n  KERN-SYSCTL-BASELINE: {enabled: false}\n"));
        assertTrue(Fixtures.findings(r, "KERN-SYSCTL-BASELINE").isEmpty());
        assertTrue(!r.rulesEvaluated().contains("KERN-SYSCTL-BASELINE") && !r.rulesNotEvaluated().contains("KERN-SYSCTL-BASELINE"));
    }

    @Test
    void ringMaxFiresBelowTheHardwareMaximumOnly() throws IOException {
        List<Finding> f = run("ci-web1", "NIC-RING-BASELINE", "rings:\n  \"*\": {rx: max, tx: max}\n");
        assertEquals(1, f.size(), "eth0 rx 256/4096; eth0 tx and eth1 are at their maximum: " + f);
        Finding eth0 = f.get(0);
        assertEquals("eth0", eth0.evidence().get("iface"));
        assertEquals("rx", eth0.evidence().get("ring"));
        assertEquals(256L, eth0.evidence().get("actual"));
        assertEquals("max", eth0.evidence().get("expected"));
        assertEquals("eth0 rx ring is 256, the profile expects max (4096)", eth0.message());
        assertEquals(List.of(new FixAction.SetRing("eth0", 4096L, null)), eth0.fixes());
        assertEquals(Severity.WARNING, eth0.severity());
    }

    @Test
    void anInterfaceEntryWinsOverTheWildcard() throws IOException {
        assertTrue(run("ci-web1", "NIC-RING-BASELINE", "rings:\n  \"*\": {rx: max}\n  eth0: {rx: \">= 256\"}\n").isEmpty());
        List<Finding> f = run("ci-web1", "NIC-RING-BASELINE", "rings:\n  \"*\": {rx: \">= 128\"}\n  eth1: {rx: 512, severity: critical}\n");
        assertEquals(1, f.size(), f.toString());
        assertEquals("eth1", f.get(0).evidence().get("iface"));
        assertEquals(Severity.CRITICAL, f.get(0).severity());
        assertEquals(List.of(new FixAction.SetRing("eth1", 512L, null)), f.get(0).fixes());
    }

    @Test
    void ringAboveTheHardwareMaximumSaysSoAndHasNoFix() throws IOException {
        Finding f = run("ci-web1", "NIC-RING-BASELINE", "rings:\n  eth1: {tx: 8192}\n").get(0);
        assertEquals("eth1 tx ring is 1024, the profile expects 8192, above the hardware maximum 1024", f.message());
        assertTrue(f.fixes().isEmpty(), "no ethtool -G can reach it");
    }

    @Test
    void aMissingInterfaceOrRingIsNoFinding() throws IOException {
        assertTrue(run("ci-web1", "NIC-RING-BASELINE", "rings:\n  eth7: {rx: max}\n").isEmpty());
    }

    @Test
    void withoutEthtoolTheRingBaselineIsNotEvaluatedButTheSysctlOneIs() throws IOException {
        AuditResult r = Fixtures.audit("ci-db1", profile("rings:\n  \"*\": {rx: max}\n"));
        assertTrue(r.rulesNotEvaluated().contains("NIC-RING-BASELINE"));
        assertTrue(r.rulesEvaluated().contains("KERN-SYSCTL-BASELINE"));
        assertTrue(Fixtures.findings(r, "NIC-RING-BASELINE").isEmpty());
    }

    @Test
    void profileTyposAreRefusedBeforeTheAudit() throws IOException {
        ProfileException rule = assertThrows(ProfileException.class, () -> Fixtures.audit("ci-web1", profile("rules:\n  NET-TW-RECYCEL: {enabled: false}\n")));
        assertTrue(rule.getMessage().endsWith("rules.NET-TW-RECYCEL: no such rule (kernlint rules lists them)"), rule.getMessage());
        ProfileException name = assertThrows(ProfileException.class, () -> Fixtures.audit("ci-web1", profile("thresholds:\n  NET-TW-PORT-EXHAUSTION: {wran: 0.1}\n")));
        assertTrue(name.getMessage().endsWith("thresholds.NET-TW-PORT-EXHAUSTION.wran: rule NET-TW-PORT-EXHAUSTION has no such threshold (it reads: warn, crit)"), name.getMessage());
        Path bare = dir.resolve("bare.yaml");
        Files.writeString(bare, "sysctl:\n  vm.swappiness: 1\n");
        ProfileException missing = assertThrows(ProfileException.class, () -> Fixtures.audit("ci-web1", ProfileLoader.load(bare.toString())));
        assertTrue(missing.getMessage().contains("(a profile usually starts with `extends: default`)"), missing.getMessage());
    }

    @Test
    void fingerprintsFollowTheSubjectNotTheMeasurement() throws IOException {
        Finding a = run("ci-web1", "KERN-SYSCTL-BASELINE", "sysctl:\n  vm.max_map_count: \">= 262144\"\n").stream()
                .filter(x -> x.evidence().get("key").equals("vm.max_map_count")).findFirst().orElseThrow();
        Finding b = run("ci-web1", "KERN-SYSCTL-BASELINE", "sysctl:\n  vm.max_map_count: \">= 300000\"\n").stream()
                .filter(x -> x.evidence().get("key").equals("vm.max_map_count")).findFirst().orElseThrow();
        assertEquals(a.fingerprint(), b.fingerprint(), "@subject(key): same key, same finding, whatever the values");
        assertTrue(a.fingerprint().matches("[0-9a-f]{32}"));
        Finding ring0 = run("ci-web1", "NIC-RING-BASELINE", "rings:\n  \"*\": {rx: 8192, tx: 8192}\n").get(0);
        Finding ring1 = run("ci-web1", "NIC-RING-BASELINE", "rings:\n  \"*\": {rx: 8192, tx: 8192}\n").get(1);
        assertTrue(!ring0.fingerprint().equals(ring1.fingerprint()), "different interface or ring, different finding");
    }
}
