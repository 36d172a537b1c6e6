package dev.kernlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.testing.Cli;
import dev.kernlint.testing.Fixtures;
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

    /** No character a terminal acts on: every control but the renderer's own newlines, C1, DEL, bidi overrides. */
    static void assertNoRawControls(String where, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean raw = (c < 0x20 && c != '\n') || (c >= 0x7f && c <= 0x9f) || c == '\u202e' || c == '\u2028'
                    || Character.isSurrogate(c) && !Character.isSurrogate(text.charAt(i + (Character.isHighSurrogate(c) ? 1 : -1)));
            assertFalse(raw, where + ": raw U+" + String.format("%04X", (int) c) + " at " + i + " in:\n" + text);
        }
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
