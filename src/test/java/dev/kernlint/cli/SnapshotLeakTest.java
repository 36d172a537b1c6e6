package dev.kernlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A directory snapshot that points its files at the auditor's own host (`proc -> /proc`, the host name at
 * /etc/hostname, the kernel release at /proc/sys/kernel/osrelease, a file at /proc/self/environ): no value of the
 * machine running kernlint reaches any report format, and no file appears outside the output path.
 */
class SnapshotLeakTest {
    @TempDir
    Path tmp;

    /** Values only this machine has: if one shows in a report of the snapshot, kernlint read the auditor's host. */
    private static List<String> auditorsValues() throws IOException {
        List<String> v = new ArrayList<>();
        for (String f : List.of("/proc/sys/kernel/hostname", "/proc/sys/kernel/random/boot_id", "/etc/machine-id")) {
            Path p = Path.of(f);
            if (Files.isReadable(p)) {
                String s = Files.readString(p).strip();
                if (s.length() >= 6) {
                    v.add(s);
                }
            }
        }
        return v;
    }

    @Test
    void aSnapshotThatLinksIntoTheAuditorsHostShowsNothingOfIt() throws IOException {
        List<String> secrets = auditorsValues();
        assertFalse(secrets.isEmpty(), "this machine has a boot_id at least");
        Path snap = tmp.resolve("snap");
        Files.createDirectories(snap.resolve("proc/sys/kernel"));
        Files.createDirectories(snap.resolve("proc/sys/net"));
        Files.createDirectories(snap.resolve("sys"));
        Files.createSymbolicLink(snap.resolve("proc/sys/kernel/hostname"), Path.of("/etc/hostname"));
        Files.createSymbolicLink(snap.resolve("proc/sys/kernel/osrelease"), Path.of("/proc/sys/kernel/osrelease"));
        Files.createSymbolicLink(snap.resolve("proc/sys/kernel/random"), Path.of("/proc/sys/kernel/random"));
        Files.createSymbolicLink(snap.resolve("proc/sys/net/core"), Path.of("/proc/sys/net/core"));
        Files.createSymbolicLink(snap.resolve("proc/meminfo"), Path.of("/proc/self/environ"));
        Files.createSymbolicLink(snap.resolve("proc/net"), Path.of("/proc/net"));
        Files.createSymbolicLink(snap.resolve("sys/class"), Path.of("/sys/class"));
        Files.createSymbolicLink(snap.resolve("etc"), Path.of("/etc"));
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        List<String> args = new ArrayList<>(List.of("audit", "--snapshot", snap.toString(), "--fail-on", "never"));
        for (String f : List.of("text", "json", "sarif", "junit", "markdown", "html", "prometheus")) {
            args.add("--format");
            args.add(f + "=" + out.resolve("report." + f));
        }
        Cli r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        List<Path> written;
        try (Stream<Path> s = Files.list(out)) {
            written = s.sorted().toList();
        }
        assertEquals(7, written.size(), written.toString());
        for (Path report : written) {
            String text = Files.readString(report);
            for (String secret : secrets) {
                assertFalse(text.contains(secret), report.getFileName() + " shows a value of the auditor's host");
            }
            assertFalse(text.contains("PATH=") || text.contains("HOME="), report.getFileName() + " shows kernlint's environment");
        }
        String json = Files.readString(out.resolve("report.json"));
        assertTrue(json.contains("link leaves the snapshot"), "the links are gaps that say why");
        assertFalse(r.out().contains(secrets.get(0)) || r.err().contains(secrets.get(0)));
    }
}
