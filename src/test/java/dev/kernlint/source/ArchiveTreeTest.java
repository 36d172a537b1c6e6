package dev.kernlint.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Archives told by content, tar links resolved inside, devices refused, unpacking bounded. */
class ArchiveTreeTest {
    @TempDir
    Path dir;

    private static final String TOP = "sosreport-host-2026-11-30-abcdef/";

    private TarBuilder sosLike() throws IOException {
        return new TarBuilder()
                .dir(TOP)
                .file(TOP + "proc/meminfo", "MemTotal: 1000 kB\n")
                .file(TOP + "proc/4242/net/sockstat", "sockets: used 5\n")
                .symlink(TOP + "proc/self", "4242")
                .symlink(TOP + "proc/net", "self/net")
                .file(TOP + "sys/devices/pci0000:00/0000:00:03.0/net/eth0/mtu", "1500\n")
                .symlink(TOP + "sys/class/net/eth0", "../../devices/pci0000:00/0000:00:03.0/net/eth0")
                .file(TOP + "etc/sysctl.conf", "vm.swappiness = 10\n")
                .symlink(TOP + "etc/sysctl.d/99-sysctl.conf", "../sysctl.conf")
                .hardlink(TOP + "etc/sysctl.d/10-copy.conf", TOP + "etc/sysctl.conf")
                .symlink(TOP + "proc/sys/kernel/hostname", "/etc/shadow")
                .symlink(TOP + "proc/sys/kernel/osrelease", "../../../../../etc/shadow")
                .hardlink(TOP + "proc/version", "/etc/shadow")
                .symlink(TOP + "proc/loadavg", "a")
                .symlink(TOP + "proc/a", "b")
                .symlink(TOP + "proc/b", "a")
                .special(TOP + "proc/kmsg", TarConstants.LF_CHR)
                .special(TOP + "proc/stat", TarConstants.LF_FIFO)
                .special(TOP + "dev/sda", TarConstants.LF_BLK);
    }

    @Test
    void linksResolveInsideTheArchiveAndTheTopDirectoryIsStripped() throws IOException {
        Path t = sosLike().gz(dir.resolve("s.tar.gz"));
        try (Snapshot s = Snapshot.open(t)) {
            assertEquals("MemTotal: 1000 kB\n", s.read("/proc/meminfo").text());
            assertEquals("sockets: used 5\n", s.read("/proc/net/sockstat").text());
            assertEquals(List.of("sockstat"), s.list("/proc/net"));
            assertTrue(s.isDirectory("/sys/class/net/eth0"));
            assertEquals("1500\n", s.read("/sys/class/net/eth0/mtu").text());
            assertEquals("vm.swappiness = 10\n", s.read("/etc/sysctl.d/99-sysctl.conf").text());
            assertEquals("vm.swappiness = 10\n", s.read("/etc/sysctl.d/10-copy.conf").text());
            assertEquals(List.of("10-copy.conf", "99-sysctl.conf"), s.list("/etc/sysctl.d"));
            assertEquals("link leaves the snapshot", s.read("/proc/sys/kernel/hostname").reason());
            assertEquals("link leaves the snapshot", s.read("/proc/sys/kernel/osrelease").reason());
            assertEquals("link leaves the snapshot", s.read("/proc/version").reason());
            assertEquals("too many levels of symbolic links (a link loop)", s.read("/proc/loadavg").reason());
            assertEquals("not a regular file", s.read("/proc/kmsg").reason());
            assertEquals("not a regular file", s.read("/proc/stat").reason());
            assertEquals("not a regular file", s.read("/dev/sda").reason());
            assertEquals("unknown", s.hostname());
        }
    }

    @Test
    void anEntryStoredUnderALinkIsReadThroughTheLinkNeverDirectly() throws IOException {
        // an archive may hold both "proc -> /etc" and "proc/sys/kernel/hostname": the walk follows the link as the
        // host would, and the entry behind it (what a shortcut lookup by name would find) is never served
        Path t = new TarBuilder()
                .symlink("proc", "/etc")
                .file("proc/sys/kernel/hostname", "planted\n")
                .file("sys/x", "1\n")
                .symlink("sys/y", "x")
                .file("sys/y/z", "under a file link\n")
                .file("etc/a", "plain\n")
                .gz(dir.resolve("l.tar.gz"));
        try (Snapshot s = Snapshot.open(t)) {
            assertEquals("link leaves the snapshot", s.read("/proc/sys/kernel/hostname").reason());
            assertFalse(s.isDirectory("/proc/sys"));
            assertEquals("1\n", s.read("/sys/y").text());
            assertFalse(s.read("/sys/y/z").isOk());
            assertEquals("plain\n", s.read("/etc/a").text());
            assertFalse(s.read("/etc/missing").isOk());
            assertFalse(s.read("/etc/../proc/sys/kernel/hostname").isOk());
        }
    }

    @Test
    void xzBzip2AndPlainTarReadLikeTheTarGzWhateverTheirName() throws IOException {
        Path gz = sosLike().gz(dir.resolve("s.tar.gz"));
        List<Path> others = List.of(sosLike().xz(dir.resolve("s.tar.xz")), sosLike().bz2(dir.resolve("s.tar.bz2")),
                sosLike().plain(dir.resolve("s.tar")), sosLike().xz(dir.resolve("misnamed.tar.gz")),
                sosLike().bz2(dir.resolve("no-suffix")));
        List<String> paths = List.of("/proc/meminfo", "/proc/net/sockstat", "/sys/class/net/eth0/mtu",
                "/etc/sysctl.d/99-sysctl.conf", "/etc/sysctl.d/10-copy.conf", "/proc/sys/kernel/hostname", "/proc/kmsg", "/nothing");
        List<String> expected = view(gz, paths);
        for (Path o : others) {
            assertEquals(expected, view(o, paths), o.getFileName().toString());
        }
    }

    private static List<String> view(Path archive, List<String> paths) {
        try (Snapshot s = Snapshot.open(archive)) {
            List<String> out = new java.util.ArrayList<>();
            for (String p : paths) {
                Input in = s.read(p);
                out.add(p + " " + in.status() + " " + (in.isOk() ? in.text() : in.reason()));
            }
            out.add("list " + s.list("/") + " " + s.list("/proc") + " " + s.list("/sys/class/net"));
            return out;
        }
    }

    @Test
    void anArchiveOfDotAsTarWritesItReads() throws IOException {
        // `tar -C snap -cJf s.tar.xz .` names its entries "./", "./proc/", "./proc/meminfo"
        Path t = new TarBuilder().dir("./").dir("./proc/").file("./proc/meminfo", "MemTotal: 1 kB\n").xz(dir.resolve("dot.tar.xz"));
        try (Snapshot s = Snapshot.open(t)) {
            assertEquals("MemTotal: 1 kB\n", s.read("/proc/meminfo").text());
        }
    }

    @Test
    void anArchiveOfProcAloneKeepsItsProcDirectory() throws IOException {
        Path t = new TarBuilder().file("proc/meminfo", "MemTotal: 1 kB\n").file("proc/loadavg", "0.1 0.2 0.3 1/100 7\n")
                .gz(dir.resolve("p.tar.gz"));
        try (Snapshot s = Snapshot.open(t)) {
            assertEquals("MemTotal: 1 kB\n", s.read("/proc/meminfo").text());
        }
    }

    @Test
    void aFileAboveTheCapIsAGapAndTheRestReads() throws IOException {
        Path t = new TarBuilder().file("proc/meminfo", "MemTotal: 1 kB\n").file("proc/slabinfo", new byte[3 << 20])
                .gz(dir.resolve("big.tar.gz"));
        try (Snapshot s = Snapshot.open(t, new ReadCaps(1 << 20, 1L << 30))) {
            assertEquals("larger than the 1 MiB read cap (--max-file-size)", s.read("/proc/slabinfo").reason());
            assertEquals("MemTotal: 1 kB\n", s.read("/proc/meminfo").text());
        }
        try (Snapshot s = Snapshot.open(t, new ReadCaps(4 << 20, 1L << 30))) {
            assertEquals(3 << 20, s.read("/proc/slabinfo").text().length());
        }
        SnapshotException e = assertThrows(SnapshotException.class, () -> Snapshot.open(t, new ReadCaps(1 << 20, 2 << 20)));
        assertTrue(e.getMessage().endsWith("larger than 2 MiB unpacked (--max-snapshot-size)"), e.getMessage());
    }

    @Test
    void aGzipBombIsRefusedQuickly() throws IOException {
        Path bomb = TarBuilder.gzipBomb(dir.resolve("bomb.tar.gz"));
        assertTrue(Files.size(bomb) < 2 << 20, "a bomb of about 1 MB: " + Files.size(bomb));
        SnapshotException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(SnapshotException.class, () -> Snapshot.open(bomb)));
        assertTrue(e.getMessage().contains("unpacks to more than 100 times its size (a decompression bomb)"), e.getMessage());
    }

    @Test
    void a40000DeepEntryIsRefusedWithoutOverflow() throws IOException {
        Path t = TarBuilder.longName(dir.resolve("deep.tar.gz"), "proc/" + "a/".repeat(40_000) + "f");
        SnapshotException e = assertThrows(SnapshotException.class, () -> Snapshot.open(t));
        assertTrue(e.getMessage().contains("an entry's path is longer than 4096 characters"), e.getMessage());
        Path d = new TarBuilder().file("proc/meminfo", "MemTotal: 1 kB\n").file("a/".repeat(300) + "f", "x")
                .gz(dir.resolve("deep2.tar.gz"));
        e = assertThrows(SnapshotException.class, () -> Snapshot.open(d));
        assertTrue(e.getMessage().contains("nested deeper than 256 directories"), e.getMessage());
    }

    @Test
    void aHugeLongNameHeaderIsRefusedBeforeItIsHeld() throws IOException {
        Path t = TarBuilder.longName(dir.resolve("longname.tar.gz"), 3 << 20);
        SnapshotException e = assertThrows(SnapshotException.class, () -> Snapshot.open(t));
        assertTrue(e.getMessage().contains("a tar header larger than 1 MiB"), e.getMessage());
    }

    @Test
    void entriesBeyondTheMemoryBudgetAreSpilledAndReadBack() throws IOException {
        byte[] a = "A".repeat(5000).getBytes(StandardCharsets.UTF_8);
        byte[] b = "B".repeat(7000).getBytes(StandardCharsets.UTF_8);
        Path t = new TarBuilder().file("proc/meminfo", "MemTotal: 1 kB\n").file("proc/a", a).file("proc/b", b)
                .gz(dir.resolve("spill.tar.gz"));
        ArchiveTree tree = ArchiveTree.open(t, ReadCaps.DEFAULT, 4096);
        List<Path> spillDirs;
        try (var s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            spillDirs = s.filter(p -> p.getFileName().toString().startsWith("kernlint-snapshot-")).toList();
        }
        assertFalse(spillDirs.isEmpty(), "entries were spilled");
        assertArrayEquals(a, tree.read("proc/a").bytes());
        assertArrayEquals(b, tree.read("proc/b").bytes());
        assertEquals("MemTotal: 1 kB\n", new String(tree.read("proc/meminfo").bytes(), StandardCharsets.UTF_8));
        tree.close();
        for (Path p : spillDirs) {
            assertFalse(Files.exists(p), "spill directory deleted on close: " + p);
        }
    }

    @Test
    void aFileThatIsNoArchiveIsNotASnapshot() throws IOException {
        Path f = Files.writeString(dir.resolve("s.tar.gz"), "plain text, named like an archive\n");
        SnapshotException e = assertThrows(SnapshotException.class, () -> Snapshot.open(f));
        assertTrue(e.getMessage().startsWith("not a snapshot"), e.getMessage());
    }
}
