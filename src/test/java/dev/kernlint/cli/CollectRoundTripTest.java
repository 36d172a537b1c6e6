package dev.kernlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.testing.Cli;
import dev.kernlint.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** `collect` then `audit --snapshot` says what the live audit says: the same findings, the same gaps. */
class CollectRoundTripTest {
    private static final String PROFILE = "src/test/resources/profiles/roundtrip.yaml";

    @TempDir
    Path dir;

    private static Cli audit(String... source) {
        List<String> args = new ArrayList<>(List.of("audit", "--format", "json", "--fail-on", "never", "--profile", PROFILE));
        args.addAll(List.of(source));
        Cli r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        return r;
    }

    /** Each finding as "RULE severity fingerprint", sorted: what it is about, not the numbers it saw. */
    private static List<String> identities(Cli r) {
        return r.findings().stream().map(f -> f.get("rule") + " " + f.get("severity") + " " + f.get("fingerprint"))
                .sorted().collect(Collectors.toList());
    }

    /** The gaps as "area input: reason -> rules", sorted. */
    private static List<String> gaps(Cli r) {
        return r.gaps().stream().map(g -> g.get("area") + " " + g.get("input") + ": " + g.get("reason") + " -> " + g.get("rules"))
                .sorted().collect(Collectors.toList());
    }

    @ParameterizedTest(name = "snapshot as {0}")
    @ValueSource(strings = {"snap", "snap.tar.gz"})
    void snapshotOfThisHostAuditsLikeTheHost(String name) {
        Cli live = audit();
        assertFalse(live.findings().isEmpty(), "the roundtrip profile gives every host findings to compare");

        Path snap = dir.resolve(name);
        Cli collect = Cli.run("collect", "--output", snap.toString());
        assertEquals(0, collect.exit(), collect.err());
        assertTrue(collect.err().startsWith("kernlint: wrote "), collect.err());
        assertTrue(name.endsWith(".tar.gz") ? Files.isRegularFile(snap) : Files.isRegularFile(snap.resolve("manifest.json")));

        try (dev.kernlint.source.Snapshot s = dev.kernlint.source.Snapshot.open(snap)) {
            assertEquals(List.of("/proc/sys"), s.manifest().complete(), "collect records the walked /proc/sys as whole");
        }
        Cli replay = audit("--snapshot", snap.toString());
        // the same findings about the same things; measured values (load, counters) move between the two readings
        assertEquals(identities(live), identities(replay));
        assertEquals(gaps(live), gaps(replay));
        assertEquals(((Map<?, ?>) live.report().get("summary")).get("rules_not_evaluated"),
                ((Map<?, ?>) replay.report().get("summary")).get("rules_not_evaluated"));
        assertEquals(((Map<?, ?>) live.report().get("host")).get("kernel"), ((Map<?, ?>) replay.report().get("host")).get("kernel"));
        assertEquals(((Map<?, ?>) live.report().get("host")).get("hostname"), ((Map<?, ?>) replay.report().get("host")).get("hostname"));
    }

    @ParameterizedTest(name = "snapshot as {0}")
    @ValueSource(strings = {"snap", "snap.tar.gz"})
    void aGapOnTheHostStaysAGapAfterTheRoundTrip(String name) throws IOException {
        Path root = Fixtures.copy("mem-overcommit-strict-near-limit", dir.resolve("root"));
        Files.delete(root.resolve("proc/meminfo"));                       // missing
        Path denied = root.resolve("proc/net/sockstat");                    // denied
        Files.createDirectories(denied.getParent());
        // as root the stand-in is a write-only /proc file, which is refused to root too and says so
        boolean writeOnly = denyReading(denied);
        String deniedReason = writeOnly ? "write-only (nothing to read)" : "permission denied (needs root)";

        Cli live = audit("--root", root.toString());
        Map<String, Object> missing = gap(live, "/proc/meminfo");
        assertEquals("not present", missing.get("reason"));
        assertTrue(((List<?>) missing.get("rules")).containsAll(List.of("MEM-OVERCOMMIT-RATIO-WASTE", "MEM-OVERCOMMIT-STRICT-NEAR-LIMIT")),
                missing.toString());
        assertEquals(deniedReason, gap(live, "/proc/net/sockstat").get("reason"));
        List<String> liveGaps = gaps(live);

        Path snap = dir.resolve(name);
        Cli collect = Cli.run("collect", "--root", root.toString(), "--output", snap.toString());
        assertEquals(0, collect.exit(), collect.err());
        assertTrue(collect.err().matches("(?s).*\\(\\d+ manifest entries not ok: 1 " + (writeOnly ? "error" : "denied") + ", \\d+ missing; see manifest.json\\).*"), collect.err());

        Cli replay = audit("--snapshot", snap.toString());
        assertEquals(liveGaps, gaps(replay));
        // the same findings about the same things; measured values (load, counters) move between the two readings
        assertEquals(identities(live), identities(replay));
        List<?> notEvaluated = (List<?>) ((Map<?, ?>) replay.report().get("summary")).get("rules_not_evaluated");
        assertTrue(notEvaluated.contains("MEM-OVERCOMMIT-STRICT-NEAR-LIMIT"), notEvaluated.toString());
        assertTrue(replay.findings().stream().noneMatch(f -> f.get("rule").toString().startsWith("MEM-OVERCOMMIT-STRICT")));
    }

    private static Map<String, Object> gap(Cli r, String input) {
        return r.gaps().stream().filter(g -> g.get("input").equals(input)).findFirst()
                .orElseThrow(() -> new AssertionError("no gap on " + input + ": " + r.gaps()));
    }

    /** A file this process cannot read: mode 000, or, for root (who reads through modes), a link to a write-only sysctl. */
    /** True when the unreadable file is the write-only stand-in (running as root). */
    private static boolean denyReading(Path p) throws IOException {
        Files.writeString(p, "TCP: inuse 1 orphan 0 tw 0 alloc 1 mem 1\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
        if (Files.isReadable(p)) {
            Files.delete(p);
            Path writeOnly = Path.of("/proc/sys/vm/drop_caches");
            Assumptions.assumeTrue(Files.exists(writeOnly) && !Files.isReadable(writeOnly),
                    "needs a file this user cannot read: /proc/sys/vm/drop_caches is readable here");
            Files.createSymbolicLink(p, writeOnly);
            return true;
        }
        return false;
    }
}
