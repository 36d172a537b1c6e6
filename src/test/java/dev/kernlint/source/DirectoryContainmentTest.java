package dev.kernlint.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** A hostile snapshot directory: links out of it, loops, FIFOs, huge files. Every read stays inside and ends. */
class DirectoryContainmentTest {
    @TempDir
    Path dir;
    Path snap;

    @BeforeEach
    void tree() throws IOException {
        snap = dir.resolve("snap");
        Files.createDirectories(snap.resolve("proc/sys/kernel"));
        Files.writeString(snap.resolve("proc/meminfo"), "MemTotal: 1000 kB\n");
    }

    private Input read(String path) {
        try (Snapshot s = Snapshot.open(snap)) {
            return s.read(path);
        }
    }

    private static void assertGap(Input in, String reason) {
        assertFalse(in.isOk(), in.name() + " was read: " + in.text());
        assertEquals(reason, in.reason(), in.name());
    }

    @Test
    void aLinkToShadowIsAGapNotTheShadowFile() throws IOException {
        Files.createSymbolicLink(snap.resolve("proc/sys/kernel/hostname"), Path.of("/etc/shadow"));
        assertGap(read("/proc/sys/kernel/hostname"), "link leaves the snapshot");
        try (Snapshot s = Snapshot.open(snap)) {
            assertEquals("unknown", s.hostname());
        }
    }

    @Test
    void aLinkToTheAuditorsEnvironmentIsAGap() throws IOException {
        Files.createSymbolicLink(snap.resolve("proc/sys/kernel/hostname"), Path.of("/proc/self/environ"));
        assertGap(read("/proc/sys/kernel/hostname"), "link leaves the snapshot");
    }

    @Test
    void procLinkedToTheRealProcIsNotFollowed() throws IOException {
        Path other = Files.createDirectories(dir.resolve("other"));
        Files.createDirectories(other.resolve("sys"));
        Files.createSymbolicLink(other.resolve("proc"), Path.of("/proc"));
        snap = other;
        assertTrue(Files.exists(Path.of("/proc/meminfo")));
        assertGap(read("/proc/meminfo"), "link leaves the snapshot");
        try (Snapshot s = Snapshot.open(snap)) {
            assertFalse(s.isDirectory("/proc"));
            assertEquals(List.of(), s.list("/proc"));
            assertEquals(List.of(), s.list("/proc/self"));
        }
    }

    @Test
    void dotDotPastTheRootIsAGap() throws IOException {
        Files.writeString(dir.resolve("secret"), "outside\n");
        Files.createSymbolicLink(snap.resolve("proc/sys/kernel/hostname"), Path.of("../../../../secret"));
        assertGap(read("/proc/sys/kernel/hostname"), "link leaves the snapshot");
        // an absolute link to a file outside, through a relative hop inside first
        Files.createSymbolicLink(snap.resolve("proc/version"), Path.of("sys/../../../secret"));
        assertGap(read("/proc/version"), "link leaves the snapshot");
    }

    @Test
    void linksThatStayInsideAreFollowed() throws IOException {
        // the shapes a real /proc and /sys have: proc/net -> self/net, self -> PID, sys/class/net/IF -> ../../devices/...
        Files.createDirectories(snap.resolve("proc/4242/net"));
        Files.writeString(snap.resolve("proc/4242/net/sockstat"), "sockets: used 5\n");
        Files.createSymbolicLink(snap.resolve("proc/self"), Path.of("4242"));
        Files.createSymbolicLink(snap.resolve("proc/net"), Path.of("self/net"));
        Path dev = Files.createDirectories(snap.resolve("sys/devices/pci0000:00/0000:00:03.0/net/eth0"));
        Files.writeString(dev.resolve("mtu"), "1500\n");
        Files.createDirectories(snap.resolve("sys/class/net"));
        Files.createSymbolicLink(snap.resolve("sys/class/net/eth0"), Path.of("../../devices/pci0000:00/0000:00:03.0/net/eth0"));
        // an absolute link that names a place inside the snapshot itself
        Files.createSymbolicLink(snap.resolve("proc/meminfo2"), snap.toRealPath().resolve("proc/meminfo"));
        try (Snapshot s = Snapshot.open(snap)) {
            assertEquals("sockets: used 5\n", s.read("/proc/net/sockstat").text());
            assertEquals(List.of("sockstat"), s.list("/proc/net"));
            assertTrue(s.isDirectory("/sys/class/net/eth0"));
            assertEquals(List.of("eth0"), s.list("/sys/class/net"));
            assertEquals("1500\n", s.read("/sys/class/net/eth0/mtu").text());
            assertEquals("MemTotal: 1000 kB\n", s.read("/proc/meminfo2").text());
        }
    }

    @Test
    void aLinkLoopEnds() throws IOException {
        Files.createSymbolicLink(snap.resolve("proc/a"), Path.of("b"));
        Files.createSymbolicLink(snap.resolve("proc/b"), Path.of("a"));
        Files.createSymbolicLink(snap.resolve("proc/loadavg"), Path.of("a"));
        // a directory that contains a link to itself: endless only to a walker that recurses
        Files.createSymbolicLink(snap.resolve("proc/sys/kernel/again"), Path.of("."));
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertGap(read("/proc/loadavg"), "too many levels of symbolic links (a link loop)");
            try (Snapshot s = Snapshot.open(snap)) {
                assertFalse(s.isDirectory("/proc/a"));
                assertEquals(List.of(), s.list("/proc/b"));
                assertTrue(s.isDirectory("/proc/sys/kernel/again/again/again"));
            }
        });
    }

    @Test
    void aFifoIsNotARegularFileAndNeverBlocks() throws Exception {
        Path fifo = snap.resolve("proc/stat");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, p.waitFor());
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertGap(read("/proc/stat"), "not a regular file");
            try (Snapshot s = Snapshot.open(snap); java.io.BufferedReader r = s.open("/proc/stat")) {
                assertEquals(null, r);
            }
        });
    }

    @Test
    void aDeviceIsNotARegularFile() throws Exception {
        Files.createSymbolicLink(snap.resolve("proc/zero"), Path.of("/dev/zero"));
        assertGap(read("/proc/zero"), "link leaves the snapshot");
        assertGap(read("/proc"), "is a directory");
        org.junit.jupiter.api.Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
                "mknod needs root: the device node inside the snapshot is not tested");
        Process p = new ProcessBuilder("mknod", snap.resolve("proc/kmsg").toString(), "c", "1", "5").start();
        assertEquals(0, p.waitFor());
        assertGap(read("/proc/kmsg"), "not a regular file");
    }

    @Test
    void aSparseTwoGigabyteFileIsAGapNotRead() throws IOException {
        Path big = snap.resolve("proc/slabinfo");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(2L << 30);
        }
        Runtime rt = Runtime.getRuntime();
        long before = rt.totalMemory() - rt.freeMemory();
        assertGap(read("/proc/slabinfo"), "larger than the 64 MiB read cap (--max-file-size)");
        assertTrue(rt.totalMemory() - rt.freeMemory() - before < 256L << 20, "the file was not read");
        // raised by the option: a 2 MiB file under a 1 MiB cap is a gap, under a 4 MiB cap it is read
        Path mid = snap.resolve("proc/zoneinfo");
        Files.write(mid, new byte[2 << 20]);
        try (Snapshot s = Snapshot.open(snap, new ReadCaps(1 << 20, 1L << 30))) {
            assertEquals("larger than the 1 MiB read cap (--max-file-size)", s.read("/proc/zoneinfo").reason());
        }
        try (Snapshot s = Snapshot.open(snap, new ReadCaps(4 << 20, 1L << 30))) {
            assertEquals(2 << 20, s.read("/proc/zoneinfo").text().length());
        }
    }

    @Test
    void theSnapshotCapEndsReading() throws IOException {
        Files.write(snap.resolve("proc/a"), new byte[600 << 10]);
        Files.write(snap.resolve("proc/b"), new byte[600 << 10]);
        try (Snapshot s = Snapshot.open(snap, new ReadCaps(1 << 20, 1 << 20))) {
            assertTrue(s.read("/proc/a").isOk());
            assertEquals("the snapshot read cap of 1 MiB is used up (--max-snapshot-size)", s.read("/proc/b").reason());
        }
    }

    @Test
    void aDeepPathEndsWithoutOverflow() throws IOException {
        // a chain of links, each one level deeper: walked with a work list, never by recursion
        String deep = "a/".repeat(2000) + "x";
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            Input in = read("/proc/" + deep);
            assertEquals(ReadStatus.MISSING, in.status());
        });
    }

    @Test
    void theCapsAreOptionsOfTheCommandLine() throws IOException {
        Files.write(snap.resolve("proc/meminfo"), new byte[2 << 20]);
        dev.kernlint.testing.Cli r = dev.kernlint.testing.Cli.run("audit", "--snapshot", snap.toString(), "--format", "json",
                "--fail-on", "never", "--max-file-size", "1M");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.gaps().stream().anyMatch(g -> g.get("input").equals("/proc/meminfo")
                && g.get("reason").equals("larger than the 1 MiB read cap (--max-file-size)")), r.gaps().toString());
        dev.kernlint.testing.Cli tooBig = dev.kernlint.testing.Cli.run("audit", "--snapshot", snap.toString(), "--max-file-size", "2G");
        assertEquals(2, tooBig.exit());
        assertEquals(List.of("kernlint: --max-file-size must be at most 1G"), tooBig.err().lines().toList());
        dev.kernlint.testing.Cli notASize = dev.kernlint.testing.Cli.run("diff", snap.toString(), snap.toString(),
                "--max-snapshot-size", "lots");
        assertEquals(2, notASize.exit());
        assertEquals(List.of("kernlint: --max-snapshot-size lots: not a size (like 64M, 2G or 1048576)"), notASize.err().lines().toList());
    }
}
