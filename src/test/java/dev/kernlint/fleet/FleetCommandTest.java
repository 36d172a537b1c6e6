package dev.kernlint.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.json.Json;
import dev.kernlint.testing.Cli;
import dev.kernlint.testing.Fixtures;
import dev.kernlint.testing.RawControls;
import dev.kernlint.testing.ReportSchemas;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

/** `kernlint fleet` end to end over fixture snapshots: outliers, broken inputs, groups, --new-since, formats, exit codes. */
class FleetCommandTest {
    private static final String HOSTILE = "evil\u001b]0;pwned\u0007<script>alert(1)</script>|*x*&\"'";

    @TempDir
    Path dir;

    /** A host copied from a fixture, under its own name, with its somaxconn. */
    private Path host(Path fleet, String name, String somaxconn) {
        Path h = Fixtures.copy("net-somaxconn-ok", fleet.resolve(name.replaceAll("[^A-Za-z0-9-]", "_")));
        return Fixtures.write(h, "proc/sys/kernel/hostname", name + "\n", "proc/sys/net/core/somaxconn", somaxconn + "\n");
    }

    /** PREFIX1..PREFIXn, each with somaxconn 4096. */
    private void hosts(Path fleet, String prefix, int n) {
        for (int i = 1; i <= n; i++) {
            host(fleet, prefix + i, "4096");
        }
    }

    /** web1..web4 with 4096 and web5 with 128. */
    private Path fleet() {
        Path f = dir.resolve("fleet");
        hosts(f, "web", 4);
        host(f, "web5", "128");
        return f;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(Path file) throws IOException {
        String text = Files.readString(file);
        ReportSchemas.assertValidFleet(text);
        return (Map<String, Object>) Json.parse(text);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> m, String key) {
        return (List<Map<String, Object>>) m.get(key);
    }

    @Test
    void theOutlierHostIsNamedWithItsKeyAndTheMajorityValue() throws IOException {
        Path out = dir.resolve("fleet.json");
        Cli r = Cli.run("fleet", fleet().toString(), "--fail-on", "never", "--format", "text", "--format", "json=" + out);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("1 of 5 hosts in fleet have net.core.somaxconn 128; 4 have 4096"), r.out());
        assertTrue(r.out().contains("FLEET-SYSCTL-OUTLIER on 1 host: web5"), r.out());
        Map<String, Object> doc = json(out);
        List<Map<String, Object>> outliers = list(doc, "outliers").stream()
                .filter(o -> o.get("rule").equals("FLEET-SYSCTL-OUTLIER")).toList();
        assertEquals(1, outliers.size(), outliers.toString());
        assertEquals("net.core.somaxconn", outliers.get(0).get("key"));
        assertEquals("4096", outliers.get(0).get("fleet_value"));
        assertEquals(List.of("web5"), outliers.get(0).get("hosts"));
        // the outlier host carries it in its own report, so a fix or a waiver sees it like any finding
        Map<String, Object> web5 = list(doc, "hosts").stream().filter(h -> h.get("host").equals("web5")).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> findings = (List<Map<String, Object>>) ((Map<String, Object>) web5.get("report")).get("findings");
        assertTrue(findings.stream().anyMatch(f -> f.get("rule").equals("FLEET-SYSCTL-OUTLIER")
                && f.get("message").equals("net.core.somaxconn is 128 on this host; 4 of 5 hosts in fleet have 4096")), findings.toString());
    }

    @Test
    void aFleetRuleHasItsPageLikeAnyRule() {
        Cli r = Cli.run("explain", "FLEET-SYSCTL-OUTLIER");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("FLEET-SYSCTL-OUTLIER - kernel parameter differs from the rest of the group"), r.out());
        assertEquals(2, Cli.run("explain", "FLEET-NO-SUCH-RULE").exit());
    }

    @Test
    void aFleetThatAgreesHasNoOutlier() throws IOException {
        Path f = dir.resolve("same");
        hosts(f, "db", 3);
        Path out = dir.resolve("same.json");
        Cli r = Cli.run("fleet", f.toString(), "--fail-on", "never", "--format", "json=" + out);
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of(), list(json(out), "outliers"));
    }

    @Test
    void twoInputsOfOneHostNameAreJudgedAndSaidOnStderr() {
        Path f = fleet();
        Cli distinct = Cli.run("fleet", f.toString(), "--fail-on", "never");
        assertFalse(distinct.err().contains("is reported by"), distinct.err());
        Path copy = Fixtures.copy("net-somaxconn-ok", f.resolve("web1-again"));
        Fixtures.write(copy, "proc/sys/kernel/hostname", "web1\n", "proc/sys/net/core/somaxconn", "4096\n");
        Cli r = Cli.run("fleet", f.toString(), "--fail-on", "never");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("host web1 is reported by 2 inputs"), r.err());
        assertTrue(r.err().contains("web1-again"), r.err());
        assertFalse(r.err().contains("host web2 is reported"), r.err());
    }

    @Test
    void aBrokenInputIsAnErrorRowAndTheOthersAreJudged() throws IOException {
        Path f = fleet();
        Files.writeString(f.resolve("broken.tar.gz"), "not an archive, not a sysctl dump\u0000");
        Path out = dir.resolve("fleet.json");
        Cli r = Cli.run("fleet", f.toString(), "--fail-on", "never", "--format", "json=" + out);
        assertEquals(2, r.exit(), "an input that cannot be judged exits 2 after the report: " + r.err());
        assertTrue(r.err().contains("1 of 6 inputs could not be judged"), r.err());
        Map<String, Object> doc = json(out);
        List<Map<String, Object>> hosts = list(doc, "hosts");
        assertEquals(6, hosts.size());
        Map<String, Object> broken = hosts.stream().filter(h -> h.get("error") != null).findFirst().orElseThrow();
        assertTrue(broken.get("input").toString().endsWith("broken.tar.gz"), broken.toString());
        assertTrue(broken.get("error").toString().startsWith("not a snapshot"), broken.toString());
        assertNull(broken.get("report"));
        assertEquals(5, hosts.stream().filter(h -> h.get("report") != null).count());
    }

    @Test
    void prometheusHoldsEveryHostsSeriesAndTheInputsNotJudged() throws Exception {
        Path f = fleet();
        host(f, HOSTILE, "4096");
        Files.writeString(f.resolve("broken.tar.gz"), "not an archive\u0000");
        Path textfile = Files.createDirectories(dir.resolve("textfile"));
        Path prom = textfile.resolve("fleet.prom");
        Cli r = Cli.run("fleet", f.toString(), "--fail-on", "never", "--format", "prometheus=" + prom);
        assertEquals(2, r.exit(), r.err());
        String text = Files.readString(prom);
        List<dev.kernlint.testing.ExpositionSamples.Sample> samples = dev.kernlint.testing.ExpositionSamples.parse(text);
        assertEquals("1", dev.kernlint.testing.ExpositionSamples.single(samples, "kernlint_finding",
                Map.of("host", "web5", "rule", "FLEET-SYSCTL-OUTLIER")).value());
        assertEquals(6, dev.kernlint.testing.ExpositionSamples.find(samples, "kernlint_rules_evaluated", Map.of()).size(),
                "one series per judged host, the hostile name among them");
        // the exposition format escapes only \\, " and line feed: ESC and BEL are written as text (\x1b), never raw
        assertEquals(1, samples.stream().filter(x -> x.name().equals("kernlint_rules_evaluated")
                && x.labels().get("host").contains("<script>alert(1)</script>") && !x.labels().get("host").contains("\u001b")).count(), text);
        assertEquals("1", dev.kernlint.testing.ExpositionSamples.single(samples, "kernlint_fleet_input_error", Map.of()).value());
        try (var files = Files.list(textfile)) {
            assertEquals(List.of(prom), files.toList(), "replaced atomically: no temporary file left");
        }
        Path promtool = Path.of("/usr/bin/promtool");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(promtool), "promtool not installed (Debian package prometheus)");
        Process p = new ProcessBuilder(promtool.toString(), "check", "metrics").redirectInput(prom.toFile()).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "promtool within 60 s");
        assertEquals(0, p.exitValue(), said + "\n" + text);
    }

    @Test
    void exitCodesFollowFailOnOverTheWholeFleet() {
        String f = fleet().toString();
        assertEquals(1, Cli.run("fleet", f).exit(), "warnings (web5's somaxconn) fail at the default level");
        assertEquals(0, Cli.run("fleet", f, "--fail-on", "critical").exit(), "no critical finding on any host");
        assertEquals(0, Cli.run("fleet", f, "--fail-on", "never").exit());
        Cli bad = Cli.run("fleet", f, "--fail-on", "sometimes");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("--fail-on must be"), bad.err());
        assertEquals(2, Cli.run("fleet", dir.resolve("nowhere").toString()).exit());
    }

    @Test
    void groupsFromGlobsAndAnAnsibleInventoryJudgeEachGroupAlone() throws IOException {
        Path f = dir.resolve("grouped");
        hosts(f, "web", 3);
        host(f, "db1", "128");
        Path whole = dir.resolve("whole.json");
        Cli.run("fleet", f.toString(), "--fail-on", "never", "--format", "json=" + whole);
        assertEquals(List.of("db1"), list(json(whole), "outliers").get(0).get("hosts"), "as one fleet, db1 is the outlier");

        Files.writeString(dir.resolve("hosts.ini"), "[databases]\ndb1 ansible_host=10.0.0.5\n\n[databases:vars]\nx=1\n");
        Path groups = Files.writeString(dir.resolve("groups.yaml"),
                "web:\n  hosts: [\"web*\"]\n  profile: default\ndb:\n  inventory: hosts.ini\n  group: databases\n  profile: database\n");
        Path out = dir.resolve("grouped.json");
        Cli r = Cli.run("fleet", f.toString(), "--groups", groups.toString(), "--fail-on", "never", "--format", "json=" + out);
        assertEquals(0, r.exit(), r.err());
        Map<String, Object> doc = json(out);
        assertTrue(list(doc, "outliers").isEmpty(), "each group agrees with itself: " + doc.get("outliers"));
        Map<String, String> groupOf = new java.util.TreeMap<>();
        list(doc, "hosts").forEach(h -> groupOf.put((String) h.get("host"), (String) h.get("group")));
        assertEquals(Map.of("db1", "db", "web1", "web", "web2", "web", "web3", "web"), groupOf);
        assertTrue(list(doc, "groups").stream().anyMatch(g -> g.get("name").equals("db") && g.get("profile").equals("database")
                && ((Number) g.get("hosts")).intValue() == 1), doc.get("groups").toString());
    }

    @Test
    void aGroupsProfileSetsTheSeverityOfTheFleetRulesOrTurnsThemOff() throws IOException {
        Path f = dir.resolve("profiled");
        hosts(f, "web", 4);
        host(f, "web5", "128");
        hosts(f, "db", 3);
        host(f, "db4", "1024");
        Path critical = Files.writeString(dir.resolve("critical.yaml"),
                "name: web-strict\nextends: default\nrules:\n  FLEET-SYSCTL-OUTLIER: {severity: critical}\n");
        Path off = Files.writeString(dir.resolve("off.yaml"),
                "name: db-loose\nextends: default\nrules:\n  FLEET-SYSCTL-OUTLIER: {enabled: false}\n");
        Path groups = Files.writeString(dir.resolve("groups.yaml"), "web:\n  hosts: [\"web*\"]\n  profile: " + critical
                + "\ndb:\n  hosts: [\"db*\"]\n  profile: " + off + "\n");
        Path out = dir.resolve("profiled.json");
        Cli r = Cli.run("fleet", f.toString(), "--groups", groups.toString(), "--fail-on", "never", "--format", "json=" + out);
        assertEquals(0, r.exit(), r.err());
        List<Map<String, Object>> outliers = list(json(out), "outliers");
        assertEquals(1, outliers.size(), "db's profile turns the rule off for db4: " + outliers);
        assertEquals("web", outliers.get(0).get("group"));
        assertEquals("critical", outliers.get(0).get("severity"), "web's profile makes it critical");
        assertEquals(1, Cli.run("fleet", f.toString(), "--groups", groups.toString(), "--fail-on", "critical").exit(),
                "and --fail-on critical fails on it");
        // without the groups file the rule keeps its own severity and sees both
        Path plain = dir.resolve("plain.json");
        Cli.run("fleet", f.toString(), "--fail-on", "never", "--format", "json=" + plain);
        assertTrue(list(json(plain), "outliers").stream().allMatch(o -> o.get("severity").equals("warning")), plain.toString());
    }

    @Test
    void aGroupsFileWithAnUnknownKeyIsRefusedInOneLine() throws IOException {
        Path groups = Files.writeString(dir.resolve("groups.yaml"), "web:\n  hosts: [\"web*\"]\n  profil: default\n");
        Cli r = Cli.run("fleet", fleet().toString(), "--groups", groups.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("unknown key 'profil'"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void newSinceComparesHostByHost() throws IOException {
        Path f = dir.resolve("grow");
        hosts(f, "web", 4);
        Path old = dir.resolve("old.json");
        assertEquals(0, Cli.run("fleet", f.toString(), "--fail-on", "critical", "--format", "json=" + old).exit());
        assertEquals(0, Cli.run("fleet", f.toString(), "--new-since", old.toString()).exit(), "nothing new on any host");
        Fixtures.write(f.resolve("web2"), "proc/sys/net/core/somaxconn", "128\n");
        Path now = dir.resolve("now.json");
        Cli r = Cli.run("fleet", f.toString(), "--new-since", old.toString(), "--format", "json=" + now);
        assertEquals(1, r.exit(), r.err());
        Map<String, Object> doc = json(now);
        assertEquals(List.of("web2"), list(doc, "rules").stream().flatMap(x -> ((List<?>) x.get("hosts")).stream()).distinct().toList());
        Cli notFleet = Cli.run("fleet", f.toString(), "--new-since", dir.resolve("grow/web1/proc/sys/kernel/hostname").toString());
        assertEquals(2, notFleet.exit());
    }

    @Test
    void aHostThatShipsOnlyItsJsonReportJoinsTheFleet() throws IOException {
        Path f = fleet();
        Path report = dir.resolve("reports").resolve("web6.json");
        Files.createDirectories(report.getParent());
        Cli a = Cli.run("audit", "--snapshot", host(dir.resolve("other"), "web6", "4096").toString(), "--fail-on", "never",
                "--format", "json=" + report);
        assertEquals(0, a.exit(), a.err());
        Path out = dir.resolve("fleet.json");
        Cli r = Cli.run("fleet", f.toString(), report.toString(), "--fail-on", "never", "--format", "json=" + out);
        assertEquals(0, r.exit(), r.err());
        Map<String, Object> doc = json(out);
        assertEquals(6, list(doc, "hosts").size());
        assertTrue(list(doc, "hosts").stream().anyMatch(h -> h.get("host").equals("web6") && h.get("report") != null));
    }

    @Test
    void aHostileHostNameIsEscapedInEveryFormat() throws Exception {
        Path f = dir.resolve("hostile");
        host(f, HOSTILE, "4096");
        host(f, "web2", "4096");
        host(f, "web3", "128");
        host(f, "web4", "128");
        host(f, "web5", "128");
        Files.writeString(f.resolve("broken" + "\u001b[2J"), "nothing\u0000");
        for (String format : List.of("text", "json", "html", "markdown", "junit", "sarif")) {
            Path out = dir.resolve("out." + format);
            Cli r = Cli.run("fleet", f.toString(), "--fail-on", "never", "--format", format + "=" + out);
            assertEquals(2, r.exit(), r.err());
            String text = Files.readString(out);
            RawControls.assertNone(format, text);
            RawControls.assertNone(format + " stderr", r.err());
            switch (format) {
                case "text" -> assertTrue(text.contains("evil\\x1b]0;pwned\\x07<script>"), text);
                case "json" -> ReportSchemas.assertValidFleet(text);
                case "html" -> {
                    assertFalse(text.contains("<script"), text);
                    assertTrue(text.contains("evil\\x1b]0;pwned\\x07&lt;script&gt;alert(1)&lt;/script&gt;|*x*&amp;&quot;&#39;"), text);
                    assertTrue(text.contains("Content-Security-Policy"), text);
                }
                case "markdown" -> {
                    assertFalse(text.contains("<script"), text);
                    assertTrue(text.contains("\\|\\*x\\*&amp;"), text);
                }
                case "junit" -> {
                    DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
                    dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                    var doc = dbf.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
                    assertEquals(6, doc.getElementsByTagName("testsuite").getLength(), "a testsuite per host, the broken one too");
                }
                default -> {
                    ReportSchemas.assertValidSarif(text);
                    assertEquals(6, ((List<?>) ((Map<?, ?>) Json.parse(text)).get("runs")).size(), "a run per host");
                }
            }
        }
    }
}
