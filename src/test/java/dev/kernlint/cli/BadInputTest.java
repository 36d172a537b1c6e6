package dev.kernlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.testing.Cli;
import dev.kernlint.testing.Fixtures;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user can get wrong, and what a broken host or file looks like: one line, exit 2, never a stack trace. */
class BadInputTest {
    private static final String SNAPSHOT = "src/test/resources/snapshots/net-tw-reuse-no-ts";

    @TempDir
    Path dir;

    /** Exit 2, nothing on stdout, exactly one line on stderr that starts with "kernlint: " and names the problem. */
    private static void assertUserError(Cli r, String... mentions) {
        assertEquals(2, r.exit(), r.err());
        assertEquals("", r.out());
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), "one line on stderr: " + r.err());
        assertTrue(lines.get(0).startsWith("kernlint: "), r.err());
        assertFalse(r.err().contains("at dev."), "no stack trace: " + r.err());
        assertFalse(r.err().contains("Exception"), "no exception class names: " + r.err());
        for (String m : mentions) {
            assertTrue(r.err().contains(m), "'" + m + "' in: " + r.err());
        }
    }

    // --- a snapshot whose /proc files are garbage or cut short: gaps naming each input, the audit completes

    @Test
    void garbageAndTruncatedProcFilesBecomeGapsNamingTheInput() {
        Cli r = Cli.run("audit", "--snapshot", "src/test/resources/snapshots/bad-garbage-proc", "--format", "json", "--fail-on", "never");
        assertEquals(0, r.exit(), r.err());
        Map<Object, Object> reasons = r.gaps().stream().collect(Collectors.toMap(g -> g.get("input"), g -> g.get("reason")));
        for (String input : List.of("/proc/sys/kernel/osrelease", "/proc/meminfo", "/proc/net/sockstat", "/proc/net/tcp", "/proc/net/tcp6",
                "/proc/sys/net/ipv4/ip_local_port_range", "/proc/sys/vm/overcommit_memory", "/proc/cpuinfo",
                "/sys/devices/system/cpu/online", "ethtool -g eth0")) {
            assertTrue(reasons.containsKey(input), input + " not among " + reasons.keySet());
            assertTrue(reasons.get(input).toString().startsWith("unparseable: "), input + ": " + reasons.get(input));
        }
        assertTrue(reasons.values().stream().noneMatch(v -> v.toString().startsWith("collector failed")), reasons.toString());
        List<?> notEvaluated = (List<?>) ((Map<?, ?>) r.report().get("summary")).get("rules_not_evaluated");
        for (String rule : List.of("NET-TW-PORT-EXHAUSTION", "NIC-RING-BELOW-MAX", "MEM-OVERCOMMIT-STRICT-NEAR-LIMIT")) {
            assertTrue(notEvaluated.contains(rule), rule + " " + notEvaluated);
        }
    }

    @Test
    void theTextReportListsTheGapsToo() {
        Cli r = Cli.run("audit", "--snapshot", "src/test/resources/snapshots/bad-garbage-proc", "--fail-on", "never");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Not evaluated"), r.out());
        assertTrue(r.out().contains("/proc/meminfo: unparseable: "), r.out());
    }

    // --- snapshots that cannot be used at all

    @Test
    void aMissingSnapshotPath() {
        assertUserError(Cli.run("audit", "--snapshot", dir.resolve("nowhere").toString()), "snapshot not found", "nowhere");
    }

    @Test
    void aCorruptTarball() throws IOException {
        Path t = dir.resolve("corrupt.tar.gz");
        Files.write(t, "this is not gzip at all".getBytes(StandardCharsets.UTF_8));
        // told by content: a name ending in .tar.gz does not make it one
        assertUserError(Cli.run("audit", "--snapshot", t.toString()), "corrupt.tar.gz", "not a snapshot");
    }

    @Test
    void aGzipWithCorruptData() throws IOException {
        Path t = dir.resolve("corrupt2.tar.gz");
        byte[] b = new byte[600];
        java.util.Arrays.fill(b, (byte) 0x55);
        b[0] = 0x1f;
        b[1] = (byte) 0x8b;
        b[2] = 8;
        Files.write(t, b);
        assertUserError(Cli.run("audit", "--snapshot", t.toString()), "corrupt2.tar.gz", "not a readable tar.gz archive");
    }

    @Test
    void aGzipThatHoldsNoTar() throws IOException {
        Path t = dir.resolve("text.tar.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(t))) {
            o.write("MemTotal: 1 kB\n".repeat(100).getBytes(StandardCharsets.UTF_8));
        }
        assertUserError(Cli.run("audit", "--snapshot", t.toString()), "text.tar.gz");
    }

    @Test
    void aTarballCutShort() throws IOException {
        Path whole = dir.resolve("whole.tar.gz");
        assertEquals(0, Cli.run("collect", "--root", Fixtures.snapshot("mem-overcommit-always").toString(), "-o", whole.toString()).exit());
        byte[] b = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut.tar.gz");
        Files.write(cut, java.util.Arrays.copyOf(b, b.length / 2));
        assertUserError(Cli.run("audit", "--snapshot", cut.toString()), "cut.tar.gz");
    }

    @Test
    void aTarballWithDotDotPaths() throws IOException {
        Path t = tarball("evil.tar.gz", "proc/meminfo", "MemTotal: 1 kB\n", "../../etc/cron.d/evil", "* * * * * root true\n");
        assertUserError(Cli.run("audit", "--snapshot", t.toString()), "unsafe path in archive", "../../etc/cron.d/evil");
    }

    @Test
    void aTarballWithAbsolutePaths() throws IOException {
        Path t = tarball("abs.tar.gz", "/etc/passwd", "root:x:0:0::/root:/bin/sh\n");
        assertUserError(Cli.run("audit", "--snapshot", t.toString()), "unsafe path in archive");
    }

    @Test
    void aDirectoryThatIsNotASnapshot() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "hello\n");
        assertUserError(Cli.run("audit", "--snapshot", dir.toString()), "not a snapshot");
    }

    @Test
    void aFileThatIsNeitherDirectoryNorTarball() throws IOException {
        Path f = Files.writeString(dir.resolve("report.json"), "{}\n");
        assertUserError(Cli.run("audit", "--snapshot", f.toString()), "not a snapshot");
    }

    @Test
    void aManifestThatIsNotJson() {
        Fixtures.write(dir, "proc/meminfo", Fixtures.sample("meminfo-6.18.txt"), "manifest.json", "{\"format\": \"kernlint-snapshot/1\", items: [}\n");
        assertUserError(Cli.run("audit", "--snapshot", dir.toString()), "manifest.json is not valid JSON");
    }

    @Test
    void aManifestOfANewerFormat() {
        Fixtures.write(dir, "proc/meminfo", Fixtures.sample("meminfo-6.18.txt"), "manifest.json", "{\"format\": \"kernlint-snapshot/9\"}\n");
        assertUserError(Cli.run("audit", "--snapshot", dir.toString()), "kernlint-snapshot/9");
    }

    // --- profiles

    @Test
    void aProfileWithJavaTypeTagsIsRefused() throws IOException {
        Path p = Files.writeString(dir.resolve("evil.yaml"), "name: evil\nextends: default\n"
                + "description: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"file:///nonexistent/\"]]]]\n");
        assertUserError(Cli.run("audit", "--snapshot", SNAPSHOT, "--profile", p.toString()), "evil.yaml:3", "javax.script.ScriptEngineManager", "not allowed");
    }

    @Test
    void aProfileWithAYamlSyntaxError() throws IOException {
        Path p = Files.writeString(dir.resolve("broken.yaml"), "name: broken\nthresholds:\n  NET-SOMAXCONN-LOW: {min: 4096\n");
        assertUserError(Cli.run("audit", "--snapshot", SNAPSHOT, "--profile", p.toString()), "broken.yaml:");
    }

    @Test
    void aProfileMissingAThresholdARuleNeeds() throws IOException {
        Path p = Files.writeString(dir.resolve("thin.yaml"), "name: thin\nthresholds:\n  NET-SOMAXCONN-LOW:\n    min: 4096\n");
        assertUserError(Cli.run("audit", "--snapshot", SNAPSHOT, "--profile", p.toString()),
                "thin.yaml", "has no thresholds.", "which rule");
    }

    @Test
    void aProfileThatDoesNotExist() {
        assertUserError(Cli.run("audit", "--snapshot", SNAPSHOT, "--profile", "no-such-profile"), "no profile named 'no-such-profile'", "default");
        assertUserError(Cli.run("audit", "--snapshot", SNAPSHOT, "--profile", dir.resolve("gone.yaml").toString()), "no such profile file");
    }

    // --- options

    @Test
    void anUnknownFormat() {
        assertUserError(Cli.run("audit", "--snapshot", SNAPSHOT, "--format", "xml"), "--format", "'xml'");
    }

    @Test
    void anUnknownFailOnLevel() {
        assertUserError(Cli.run("audit", "--snapshot", SNAPSHOT, "--fail-on", "sometimes"), "--fail-on", "'sometimes'");
    }

    @Test
    void anUnknownOptionTeachesWhereHelpIs() {
        Cli r = Cli.run("audit", "--snapshop", SNAPSHOT);
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("kernlint: "), r.err());
        assertTrue(r.err().contains("kernlint audit --help"), r.err());
        assertFalse(r.err().contains("at dev."), r.err());
    }

    @Test
    void anUnknownRuleForExplain() {
        assertUserError(Cli.run("explain", "NET-NO-SUCH-RULE"), "no rule NET-NO-SUCH-RULE");
    }

    @Test
    void anOutputFileThatCannotBeWritten() {
        assertUserError(Cli.run("audit", "--snapshot", SNAPSHOT, "--fail-on", "never", "--output", dir.resolve("no/such/dir/r.txt").toString()),
                "cannot write");
    }

    @Test
    void collectRefusesToOverwriteADirectory() throws IOException {
        Files.writeString(dir.resolve("keep.txt"), "mine\n");
        assertUserError(Cli.run("collect", "--root", Fixtures.snapshot("net-tw-reuse-no-ts").toString(), "--output", dir.toString()),
                "refusing to overwrite");
        assertEquals("mine\n", Files.readString(dir.resolve("keep.txt")));
    }

    private Path tarball(String name, String... pathAndText) throws IOException {
        Path t = dir.resolve(name);
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(Files.newOutputStream(t)))) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (int i = 0; i + 1 < pathAndText.length; i += 2) {
                byte[] b = pathAndText[i + 1].getBytes(StandardCharsets.UTF_8);
                TarArchiveEntry e = new TarArchiveEntry(pathAndText[i], true);
                e.setSize(b.length);
                tar.putArchiveEntry(e);
                tar.write(b);
                tar.closeArchiveEntry();
            }
        }
        return t;
    }
}
