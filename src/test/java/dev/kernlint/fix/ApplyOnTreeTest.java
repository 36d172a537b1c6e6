package dev.kernlint.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.cli.Main;
import dev.kernlint.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * `fix --apply` and `--rollback` end to end on a copy of a fixture tree (--root), so they run without root and
 * without touching a kernel: values change in the tree's proc/sys files, the drop-in lands in its etc/sysctl.d.
 */
class ApplyOnTreeTest {
    @TempDir
    Path root;

    @BeforeEach
    void copyFixture() throws IOException {
        Path from = Fixtures.snapshot("fix-old-web");
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path to = root.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else if (!p.getFileName().toString().equals("manifest.json")) {
                    Files.copy(p, to);
                }
            }
        }
    }

    record Result(int exit, String out, String err) {}

    static Result kernlint(InputStream stdin, String... args) {
        InputStream saved = System.in;
        System.setIn(stdin);
        try {
            CommandLine cl = Main.commandLine();
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            cl.setOut(new PrintWriter(out));
            cl.setErr(new PrintWriter(err));
            int code = cl.execute(args);
            return new Result(code, out.toString(), err.toString());
        } finally {
            System.setIn(saved);
        }
    }

    static Result kernlint(String... args) {
        return kernlint(InputStream.nullInputStream(), args);
    }

    String value(String key) throws IOException {
        return Files.readString(root.resolve("proc/sys/" + key.replace('.', '/'))).strip();
    }

    @Test
    void appliesRereadsReauditsAndRollsBackExactly() throws IOException {
        Path dropIn = root.resolve("etc/sysctl.d/90-kernlint.conf");
        Files.createDirectories(dropIn.getParent());
        String earlier = "# an earlier kernlint run\nnet.ipv4.tcp_fin_timeout = 30\nnet.core.somaxconn = 1024\n";
        Files.writeString(dropIn, earlier);
        Files.setPosixFilePermissions(root.resolve("proc/sys/net/ipv4/tcp_tw_recycle"), PosixFilePermissions.fromString("r--r--r--"));

        Result r = kernlint("fix", "--root", root.toString(), "--apply", "--yes");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertEquals("4096", value("net.core.somaxconn"));
        assertEquals("1", value("net.ipv4.tcp_timestamps"));
        assertEquals("1", value("net.ipv4.tcp_tw_recycle"), "read-only here: left alone");
        assertTrue(r.out().contains("not applicable  net.ipv4.tcp_tw_recycle = 0 (NET-TW-RECYCLE)"), r.out());
        assertTrue(r.out().contains("fixed           net.core.somaxconn = 4096 (NET-SOMAXCONN-LOW)"), r.out());
        assertTrue(r.out().contains("2 fixed, 0 still present, 0 failed, 1 not applicable"), r.out());

        String written = Files.readString(dropIn);
        assertTrue(written.contains("\nnet.core.somaxconn = 4096\n"), written);
        assertTrue(written.contains("\nnet.ipv4.tcp_timestamps = 1\n"), written);
        assertTrue(written.contains(SysctlDropIn.keptHeading("90-kernlint.conf") + "\nnet.ipv4.tcp_fin_timeout = 30\n"), written);
        assertFalse(written.contains("somaxconn = 1024"), "the new value replaces the earlier one");
        assertFalse(written.contains("net.ipv4.tcp_tw_recycle = 0"), "not applied, so not persisted");

        List<Path> saved;
        try (Stream<Path> s = Files.list(root.resolve("var/lib/kernlint"))) {
            saved = s.toList();
        }
        assertEquals(1, saved.size());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(saved.get(0))));

        Result again = kernlint("audit", "--root", root.toString(), "--format", "json", "--fail-on", "never");
        assertFalse(again.out().contains("NET-SOMAXCONN-LOW"), again.out());

        Result back = kernlint("fix", "--rollback", saved.get(0).toString());
        assertEquals(0, back.exit(), back.out() + back.err());
        assertEquals("128", value("net.core.somaxconn"));
        assertEquals("0", value("net.ipv4.tcp_timestamps"));
        assertEquals(earlier, Files.readString(dropIn), "the earlier drop-in comes back byte for byte");
    }

    @Test
    void rollbackRemovesADropInThatDidNotExist() throws IOException {
        Path rb = root.resolve("rb.json");
        Result r = kernlint("fix", "--root", root.toString(), "--apply", "--yes", "--rollback-file", rb.toString(),
                "--rule", "NET-SOMAXCONN-LOW", "--sysctl-dir", root.resolve("d").toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertEquals("0", value("net.ipv4.tcp_timestamps"), "--rule limits the fixes");
        assertTrue(Files.exists(root.resolve("d/90-kernlint.conf")));
        assertEquals(0, kernlint("fix", "--rollback", rb.toString()).exit());
        assertFalse(Files.exists(root.resolve("d/90-kernlint.conf")));
        assertEquals("128", value("net.core.somaxconn"));
    }

    @Test
    void askingAndDecliningChangesNothing() throws IOException {
        Result r = kernlint(new ByteArrayInputStream("n\n".getBytes(StandardCharsets.UTF_8)), "fix", "--root", root.toString(), "--apply");
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.out().contains("Apply these 3 changes? [y/N]"), r.out());
        assertTrue(r.out().contains("Nothing was changed."), r.out());
        assertEquals("128", value("net.core.somaxconn"));
        assertFalse(Files.exists(root.resolve("etc/sysctl.d/90-kernlint.conf")));
    }

    @Test
    void answeringYesApplies() throws IOException {
        Result r = kernlint(new ByteArrayInputStream("y\n".getBytes(StandardCharsets.UTF_8)), "fix", "--root", root.toString(), "--apply");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertEquals("4096", value("net.core.somaxconn"));
    }

    @Test
    void aSnapshotIsNeverApplied() {
        Result r = kernlint("fix", "--snapshot", root.toString(), "--apply", "--yes", "--sysctl-dir", root.resolve("d").toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("snapshot audit: nothing is applied"), r.out());
        assertTrue(r.out().contains("0 fixed, 0 still present, 0 failed, 3 not applicable"), r.out());
        assertFalse(Files.exists(root.resolve("d")));
    }

    @Test
    void reviewFixesNeedTheirRuleNamedAndAFindingThatStaysIsNotFixed() throws IOException {
        Fixtures.write(root, "proc/sys/vm/overcommit_memory", "2\n", "proc/meminfo",
                "MemTotal:        8048576 kB\nMemFree:         2101200 kB\nCommitLimit:     4024288 kB\nCommitted_AS:    1000000 kB\n");
        Result r = kernlint("fix", "--root", root.toString(), "--apply", "--yes");
        assertTrue(r.out().contains("not applied     vm.overcommit_ratio = 85 (MEM-OVERCOMMIT-RATIO-WASTE): needs review"), r.out());
        assertEquals("50", value("vm.overcommit_ratio"));
        Result named = kernlint("fix", "--root", root.toString(), "--apply", "--yes", "--rule", "MEM-OVERCOMMIT-RATIO-WASTE");
        assertEquals("85", value("vm.overcommit_ratio"));
        // a real kernel recomputes CommitLimit; this tree's meminfo stays put, so the re-audit still finds it
        assertTrue(named.out().contains("still present   vm.overcommit_ratio = 85"), named.out());
        assertEquals(1, named.exit(), "exit 0 only when every planned fix took");
    }

    @Test
    void usageErrorsExitTwoWithOneLine() throws IOException {
        assertEquals(2, kernlint("fix", "--snapshot", root.toString(), "--format", "yaml").exit());
        assertEquals(2, kernlint("fix", "--snapshot", root.toString(), "--rule", "NO-SUCH-RULE").exit());
        assertEquals(2, kernlint("fix", "--snapshot", root.toString(), "--yes").exit());
        assertEquals(2, kernlint("fix", "--snapshot", root.toString(), "--drop-in", "../evil").exit());
        Result missing = kernlint("fix", "--rollback", root.resolve("nope.json").toString());
        assertEquals(2, missing.exit());
        assertEquals(1, missing.err().strip().lines().count(), missing.err());
        Files.writeString(root.resolve("bad.json"), "{\"schema\":\"something-else\"}");
        assertEquals(2, kernlint("fix", "--rollback", root.resolve("bad.json").toString()).exit());
    }

    @Test
    void scriptOutputIsExecutable() throws IOException {
        Path out = root.resolve("fix.sh");
        assertEquals(0, kernlint("fix", "--snapshot", root.toString(), "--format", "script", "-o", out.toString()).exit());
        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
    }
}
