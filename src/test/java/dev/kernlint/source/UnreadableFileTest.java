package dev.kernlint.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kernlint.testing.Processes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * One unreadable file is a gap for that input, in words ("permission denied"), and the rest of the snapshot reads.
 * Root reads through mode 000, so the read runs in a child JVM as nobody (runuser); skipped visibly without root.
 */
class UnreadableFileTest {
    /** Prints "STATUS reason" of each path read from a snapshot: the child process of the test. */
    public static final class Probe {
        public static void main(String[] args) {
            try (Snapshot s = Snapshot.open(Path.of(args[0]))) {
                for (int i = 1; i < args.length; i++) {
                    Input in = s.read(args[i]);
                    System.out.println(in.status() + " " + (in.isOk() ? in.text().strip() : in.reason()));
                }
            }
        }
    }

    @Test
    void aFileWithMode000IsOneDeniedGap() throws IOException {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "needs root to run the read as nobody");
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/sbin/runuser")) || Files.isExecutable(Path.of("/sbin/runuser")),
                "needs runuser");
        Path base = Files.createTempDirectory("kernlint-denied-");
        try {
            Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwxr-xr-x"));
            Path snap = Files.createDirectories(base.resolve("snap/proc"));
            Files.setPosixFilePermissions(snap.getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.setPosixFilePermissions(snap, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.writeString(snap.resolve("meminfo"), "MemTotal: 1000 kB\n");
            Path locked = Files.writeString(snap.resolve("slabinfo"), "slabinfo - version: 2.1\n");
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
            String java = ProcessHandle.current().info().command().orElse("java");
            String cp = Path.of(Probe.class.getProtectionDomain().getCodeSource().getLocation().getPath()) + ":"
                    + Path.of(Snapshot.class.getProtectionDomain().getCodeSource().getLocation().getPath());
            Processes.Result r = Processes.run(List.of("runuser", "-u", "nobody", "--", java, "-cp", cp,
                    Probe.class.getName(), snap.getParent().toString(), "/proc/meminfo", "/proc/slabinfo"));
            Assumptions.assumeFalse(r.err().contains("Permission denied") && r.out().isEmpty(),
                    "nobody cannot read the build directory here: " + r.err());
            assertEquals(List.of("OK MemTotal: 1000 kB", "DENIED permission denied"), r.out().lines().toList(), r.err());
        } finally {
            try (var s = Files.walk(base)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
