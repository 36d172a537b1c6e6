package dev.kernlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.testing.Cli;
import dev.kernlint.testing.Fixtures;
import dev.kernlint.testing.RawControls;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names and values written by whoever controls the audited host reach the operator's terminal only escaped: a
 * process that names itself "ESC ] 0 ; pwned BEL" would otherwise set root's window title.
 */
class HostileOutputTest {
    private static final String TITLE = "\u001b]0;pwned\u0007";
    private static final String HOST = "evil\r\u001b[2Kroot-shell\u0007\u009b31m\u202etxt";

    @TempDir
    Path dir;

    private static void assertNoRawControls(String where, String text) {
        RawControls.assertNone(where, text);
    }

    private Path zombiesWithHostileNames() {
        Path snap = Fixtures.copy("proc-zombies", dir.resolve("zombies"));
        Fixtures.write(snap,
                "proc/sys/kernel/hostname", HOST + "\n",
                "proc/4242/stat", "4242 (" + TITLE + ") S 1 1 1 0 -1 4194560 100 0 0 0 10 5 0 0 20 0 12 0 5242 10000000 500 "
                        + "18446744073709551615 0 0 0 0 0 0 0 0 0 0 0 0 17 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n");
        String status = Fixtures.sample("../snapshots/proc-zombies/proc/4242/status").replace("Name:\tmyapp", "Name:\t" + TITLE);
        Fixtures.write(snap, "proc/4242/status", status);
        return snap;
    }

    @Test
    void aProcessNameAndAHostNameReachTheTextReportEscaped() {
        Cli r = Cli.run("audit", "--snapshot", zombiesWithHostileNames().toString(), "--fail-on", "never");
        assertEquals(0, r.exit(), r.err());
        assertNoRawControls("stdout", r.out());
        assertNoRawControls("stderr", r.err());
        assertTrue(r.out().contains("(\\x1b]0;pwned\\x07)"), "the process name, escaped, in the zombie finding:\n" + r.out());
        assertTrue(r.out().contains("audit of evil\\r\\x1b[2Kroot-shell\\x07\\u009b31m\\u202etxt"), r.out());
    }

    @Test
    void aSysctlValueWithABellReachesTheAuditAndTheDiffEscaped() {
        Path before = Fixtures.snapshot("kern-sysctl-baseline-drift");
        Path after = Fixtures.write(Fixtures.copy("kern-sysctl-baseline-drift", dir.resolve("after")),
                "proc/sys/net/ipv4/tcp_syncookies", "0\u0007\n");
        Cli audit = Cli.run("audit", "--snapshot", after.toString(), "--profile", "src/test/resources/profiles/baseline-test.yaml",
                "--fail-on", "never");
        assertEquals(0, audit.exit(), audit.err());
        assertNoRawControls("audit", audit.out());
        assertTrue(audit.out().contains("net.ipv4.tcp_syncookies is 0\\x07"), audit.out());

        Cli diff = Cli.run("diff", before.toString(), after.toString(), "--fail-on", "never");
        assertEquals(0, diff.exit(), diff.err());
        assertNoRawControls("diff", diff.out());
        assertTrue(diff.out().contains("net.ipv4.tcp_syncookies: 0 -> 0\\x07"), diff.out());
    }

    /** A lone surrogate in the host name used to stop every report from being written. */
    @Test
    void everyFormatIsWrittenWithALoneSurrogateAndNulInTheHostNameAndAValue() throws Exception {
        Path snap = Fixtures.copy("ci-web1", dir.resolve("web1"));
        String manifest = java.nio.file.Files.readString(snap.resolve("manifest.json"))
                .replace("\"hostname\": \"web1\"", "\"hostname\": \"web\\ud800\\u0000\\u001b]0;x\\u0007<b>1\"");
        Fixtures.write(snap, "manifest.json", manifest, "proc/sys/net/core/somaxconn", "128\u0000\u001bx\n"); // a file cannot hold a lone surrogate, the manifest can
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("audit", "--snapshot", snap.toString(), "--fail-on", "never"));
        for (String f : ReportTarget.FORMATS) {
            args.add("--format");
            args.add(f + "=" + dir.resolve("report." + f));
        }
        Cli r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        for (String f : ReportTarget.FORMATS) {
            String text = java.nio.file.Files.readString(dir.resolve("report." + f), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(text.length() > 200, f + " written: " + text);
            assertFalse(text.contains("\ufffd\ufffd\ufffd") && !f.equals("junit"), f + ": nothing dropped into question marks");
            if (!f.equals("json") && !f.equals("sarif") && !f.equals("junit")) {
                RawControls.assertNone(f, text.replaceAll("\u001b\\[[0-9;]*m", ""));
            }
        }
        dev.kernlint.json.Json.parse(java.nio.file.Files.readString(dir.resolve("report.json")));
        dev.kernlint.json.Json.parse(java.nio.file.Files.readString(dir.resolve("report.sarif")));
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve("report.junit").toFile());
        assertTrue(java.nio.file.Files.readString(dir.resolve("report.text")).contains("audit of web\\ud800\\x00\\x1b]0;x\\x07<b>1"));
    }

    @Test
    void errorLinesShowWhatTheyQuoteEscapedOnOneLine() {
        for (String[] args : new String[][] {
                {"audit", "--snapshot", dir.resolve("no" + TITLE + "\nkernlint: all good").toString()},
                {"audit", "--profile", "no-such" + TITLE},
                {"audit", "--fail-on", TITLE},
                {"audit", "--unknown" + TITLE},
                {"explain", "NO-SUCH" + TITLE},
        }) {
            Cli r = Cli.run(args);
            assertEquals(2, r.exit(), r.err());
            assertNoRawControls(String.join(" ", args), r.err());
            assertTrue(r.err().startsWith("kernlint: "), r.err());
            assertTrue(r.err().contains("\\x1b]0;pwned\\x07"), r.err());
            assertFalse(r.err().lines().anyMatch(l -> l.startsWith("kernlint: all good")), "no forged line: " + r.err());
        }
    }
}
