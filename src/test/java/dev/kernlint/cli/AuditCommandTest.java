package dev.kernlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.testing.Cli;
import dev.kernlint.testing.ReportSchemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {
    static final String WEB1 = "src/test/resources/snapshots/ci-web1";
    static final String DB1 = "src/test/resources/snapshots/ci-db1";

    @TempDir
    Path dir;

    @Test
    void severalFormatsEachToItsFileAndOneToStdout() throws IOException {
        Path json = dir.resolve("r.json");
        Path sarif = dir.resolve("r.sarif");
        Path junit = dir.resolve("r.xml");
        Path md = dir.resolve("r.md");
        Path html = dir.resolve("r.html");
        Cli c = Cli.run("audit", "--snapshot", WEB1, "--format", "text", "--format", "json=" + json, "-f", "sarif=" + sarif,
                "--format", "junit=" + junit, "--format", "md=" + md, "--format", "html=" + html);
        assertEquals(ExitCode.FINDINGS, c.exit(), c.err());
        assertTrue(c.out().startsWith("kernlint audit of web1"), c.out());
        ReportSchemas.assertValidReport(Files.readString(json));
        ReportSchemas.assertValidSarif(Files.readString(sarif));
        assertTrue(Files.readString(junit).contains("<testsuites"));
        assertTrue(Files.readString(md).startsWith("### kernlint: web1"));
        assertTrue(Files.readString(html).startsWith("<!DOCTYPE html>"));
    }

    @Test
    void outputStillWorksForASingleFormat() throws IOException {
        Path json = dir.resolve("r.json");
        Cli c = Cli.run("audit", "--snapshot", DB1, "--format", "json", "--output", json.toString());
        assertEquals(ExitCode.OK, c.exit(), c.err());
        assertEquals("", c.out());
        ReportSchemas.assertValidReport(Files.readString(json));
        Cli stdout = Cli.run("audit", "--snapshot", DB1, "--format", "json=-");
        ReportSchemas.assertValidReport(stdout.out());
    }

    @Test
    void formatMistakesAreOneLineErrors() {
        Cli two = Cli.run("audit", "--snapshot", DB1, "--format", "json", "--format", "sarif");
        assertEquals(ExitCode.ERROR, two.exit());
        assertEquals("kernlint: only one --format can go to standard output; give the others a file: --format sarif=kernlint.sarif\n", two.err());
        Cli output = Cli.run("audit", "--snapshot", DB1, "--format", "json", "--format", "sarif=x.sarif", "--output", "r.json");
        assertTrue(output.err().startsWith("kernlint: --output goes with a single --format"), output.err());
        Cli unknown = Cli.run("audit", "--snapshot", DB1, "--format", "pdf=r.pdf");
        assertEquals("kernlint: --format pdf=r.pdf: unknown format 'pdf' (text, json, sarif, junit, markdown, html, prometheus)\n", unknown.err());
        Cli same = Cli.run("audit", "--snapshot", DB1, "--format", "json=" + dir.resolve("a"), "--format", "html=" + dir.resolve("a"));
        assertTrue(same.err().startsWith("kernlint: --format: two reports would be written to"), same.err());
        Cli dirMissing = Cli.run("audit", "--snapshot", DB1, "--format", "json=" + dir.resolve("no/such/dir/r.json"));
        assertEquals(ExitCode.ERROR, dirMissing.exit());
        assertTrue(dirMissing.err().endsWith(": no such directory\n"), dirMissing.err());
    }

    @Test
    void waivedFindingsDoNotCountForTheExitCode() throws IOException {
        Path waivers = dir.resolve("waivers.yaml");
        Files.writeString(waivers, """
                waivers:
                  - {rule: NET-TW-RECYCLE, hosts: [web1], reason: "NAT box goes in Q1", owner: net-team, expires: 2099-03-31}
                """);
        assertEquals(ExitCode.FINDINGS, Cli.run("audit", "--snapshot", WEB1, "--fail-on", "critical").exit());
        Cli waived = Cli.run("audit", "--snapshot", WEB1, "--fail-on", "critical", "--waivers", waivers.toString());
        assertEquals(ExitCode.OK, waived.exit(), waived.out());
        assertTrue(waived.out().contains("Waived (reported, not counted)"));
        assertTrue(waived.out().contains("until 2099-03-31, net-team: NAT box goes in Q1 (" + waivers + ":2)"), waived.out());
        Files.writeString(waivers, "waivers:\n  - {rule: NET-TW-RECYCLE, reason: r, owner: o, expires: 2001-01-01}\n");
        Cli expired = Cli.run("audit", "--snapshot", WEB1, "--fail-on", "critical", "--waivers", waivers.toString());
        assertEquals(ExitCode.FINDINGS, expired.exit());
        assertTrue(expired.out().contains("Waiver expired: NET-TW-RECYCLE at " + waivers + ":2 ended 2001-01-01"), expired.out());
        Files.writeString(waivers, "waivers:\n  - {rule: NET-TW-RECYCLE, reason: r, owner: o}\n");
        Cli bad = Cli.run("audit", "--snapshot", WEB1, "--waivers", waivers.toString());
        assertEquals(ExitCode.ERROR, bad.exit());
        assertTrue(bad.err().startsWith("kernlint: " + waivers + ":2: the waiver needs 'expires'"), bad.err());
    }

    @Test
    void newSinceFailsOnlyOnNewFindings() throws IOException {
        Path old = dir.resolve("old.json");
        assertEquals(ExitCode.FINDINGS, Cli.run("audit", "--snapshot", WEB1, "--format", "json=" + old).exit());
        Cli same = Cli.run("audit", "--snapshot", WEB1, "--new-since", old.toString());
        assertEquals(ExitCode.OK, same.exit(), same.out());
        assertTrue(same.out().contains("already known left out"), same.out());
        Path json = dir.resolve("new.json");
        Cli worse = Cli.run("audit", "--snapshot", WEB1, "--profile", "web-server", "--new-since", old.toString(), "--format", "json=" + json);
        assertEquals(ExitCode.FINDINGS, worse.exit());
        String report = Files.readString(json);
        ReportSchemas.assertValidReport(report);
        assertFalse(report.contains("NET-TW-RECYCLE"), "known before");
        assertTrue(report.contains("NIC-RING-BASELINE"), "new with the web-server profile");
        Cli missing = Cli.run("audit", "--snapshot", WEB1, "--new-since", dir.resolve("nope.json").toString());
        assertEquals("kernlint: --new-since " + dir.resolve("nope.json") + ": no such file\n", missing.err());
    }

    @Test
    void newSinceRefusesAReportOfAnotherHost() {
        Path old = dir.resolve("db1.json");
        Cli.run("audit", "--snapshot", DB1, "--format", "json=" + old);
        Cli other = Cli.run("audit", "--snapshot", WEB1, "--new-since", old.toString());
        assertEquals(ExitCode.ERROR, other.exit(), other.out());
        assertEquals("kernlint: --new-since " + old + ": a report of host db1, but this audit is of web1"
                + " (--new-since-any-host compares across hosts)\n", other.err());
        assertEquals("", other.out());
        Cli meant = Cli.run("audit", "--snapshot", WEB1, "--new-since", old.toString(), "--new-since-any-host");
        assertEquals(ExitCode.FINDINGS, meant.exit(), meant.err());
        assertTrue(meant.out().contains("already known left out"), meant.out());
    }

    @Test
    void profileErrorsAreOneLine() throws IOException {
        Path p = dir.resolve("a.yaml");
        Files.writeString(p, "extends: a\n");
        Cli c = Cli.run("audit", "--snapshot", DB1, "--profile", p.toString());
        assertEquals(ExitCode.ERROR, c.exit());
        assertEquals("kernlint: " + p + ":1: extends cycle: " + p + " -> " + p + "\n", c.err());
    }
}
