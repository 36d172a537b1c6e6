package dev.kernlint.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.fix.FixException;
import dev.kernlint.fix.RollbackFile;
import dev.kernlint.report.PriorReport;
import dev.kernlint.report.ReportException;
import dev.kernlint.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files a user names or a profile references: a FIFO never blocks, /dev/zero is not read, a file that is no
 * profile is refused without its content in the message.
 */
class HostileUserFilesTest {
    @TempDir
    Path dir;
    Path fifo;

    @BeforeEach
    void fifo() throws Exception {
        fifo = dir.resolve("fifo.yaml");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    }

    private static <T extends Throwable> T refusedQuickly(Class<T> type, org.junit.jupiter.api.function.Executable ex) {
        return assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(type, ex));
    }

    @Test
    void aFifoAsProfileIsRefusedAtOnce() {
        ProfileException e = refusedQuickly(ProfileException.class, () -> ProfileLoader.load(fifo.toString()));
        assertEquals(fifo + ": not a regular file", e.getMessage());
        Cli r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Cli.run("audit", "--profile", fifo.toString()));
        assertEquals(2, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("not a regular file"), r.err());
    }

    @Test
    void aFifoInExtendsIsRefusedAtOnce() throws IOException {
        Path p = Files.writeString(dir.resolve("p.yaml"), "extends: ./fifo.yaml\n");
        ProfileException e = refusedQuickly(ProfileException.class, () -> ProfileLoader.load(p.toString()));
        assertTrue(e.getMessage().startsWith(p + ":1: extends: "), e.getMessage());
        assertTrue(e.getMessage().endsWith("fifo.yaml: not a regular file"), e.getMessage());
    }

    @Test
    void devZeroInExtendsIsNotRead() throws IOException {
        Path p = Files.writeString(dir.resolve("p.yaml"), "extends: /dev/zero\n");
        ProfileException e = refusedQuickly(ProfileException.class, () -> ProfileLoader.load(p.toString()));
        assertEquals(p + ":1: extends: /dev/zero: not a regular file", e.getMessage());
    }

    @Test
    void aShadowFileInExtendsIsRefusedWithoutItsContent() throws IOException {
        String secret = "$6$rounds=5000$SALTSALT$SECRETHASHSECRETHASH";
        Path shadow = Files.writeString(dir.resolve("shadow"), "root:" + secret + ":19000:0:99999:7:::\n"
                + "daemon:*:19000:0:99999:7:::\nbin:x:y: z\n");
        Path p = Files.writeString(dir.resolve("p.yaml"), "extends: " + shadow + "\n");
        ProfileException e = assertThrows(ProfileException.class, () -> ProfileLoader.load(p.toString()));
        assertFalse(e.getMessage().contains("SECRETHASH"), e.getMessage());
        assertFalse(e.getMessage().contains("daemon"), e.getMessage());
        assertTrue(e.getMessage().contains(shadow.toString()), e.getMessage());
        // and a file that breaks the YAML syntax: only its position
        Path broken = Files.writeString(dir.resolve("broken"), "root: " + secret + ": [unclosed\n  \"x\n");
        Path q = Files.writeString(dir.resolve("q.yaml"), "extends: " + broken + "\n");
        e = assertThrows(ProfileException.class, () -> ProfileLoader.load(q.toString()));
        assertFalse(e.getMessage().contains("SECRET"), e.getMessage());
        assertTrue(e.getMessage().matches(".*broken:\\d+:\\d+: not valid YAML.*"), e.getMessage());
    }

    @Test
    void theRealShadowFileIsNotQuoted() throws IOException {
        Path shadow = Path.of("/etc/shadow");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(shadow), "needs a readable /etc/shadow (root)");
        Path p = Files.writeString(dir.resolve("p.yaml"), "extends: /etc/shadow\n");
        ProfileException e = assertThrows(ProfileException.class, () -> ProfileLoader.load(p.toString()));
        for (String line : Files.readAllLines(shadow)) {
            for (String field : line.split(":")) {
                if (field.length() >= 4) {
                    assertFalse(e.getMessage().contains(field), "quoted '" + field + "': " + e.getMessage());
                }
            }
        }
    }

    @Test
    void waiverAndReportAndRollbackFilesAreBounded() {
        ProfileException w = refusedQuickly(ProfileException.class, () -> WaiverLoader.load(fifo));
        assertEquals(fifo + ": not a regular file", w.getMessage());
        w = refusedQuickly(ProfileException.class, () -> WaiverLoader.load(Path.of("/dev/zero")));
        assertEquals("/dev/zero: not a regular file", w.getMessage());
        ReportException r = refusedQuickly(ReportException.class, () -> PriorReport.load(fifo, Map.of()));
        assertEquals("--new-since " + fifo + ": not a regular file", r.getMessage());
        r = refusedQuickly(ReportException.class, () -> PriorReport.load(Path.of("/dev/zero"), Map.of()));
        assertEquals("--new-since /dev/zero: not a regular file", r.getMessage());
        FixException f = refusedQuickly(FixException.class, () -> RollbackFile.load(Path.of("/dev/zero")));
        assertEquals("cannot read rollback file /dev/zero: not a regular file", f.getMessage());
        w = refusedQuickly(ProfileException.class, () -> WaiverLoader.load(dir));
        assertEquals(dir + ": is a directory", w.getMessage());
    }

    @Test
    void aProfileAboveTheCapIsRefusedUnread() throws IOException {
        Path big = dir.resolve("big.yaml");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(2L << 30);
        }
        ProfileException e = refusedQuickly(ProfileException.class, () -> ProfileLoader.load(big.toString()));
        assertEquals(big + ": larger than 1 MiB, refused", e.getMessage());
    }
}
