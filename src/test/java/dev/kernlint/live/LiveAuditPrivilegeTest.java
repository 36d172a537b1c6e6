package dev.kernlint.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.engine.AuditResult;
import dev.kernlint.engine.Finding;
import dev.kernlint.json.Json;
import dev.kernlint.source.LiveHost;
import dev.kernlint.testing.Fixtures;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * This machine, audited as root and as the unprivileged user nobody (through runuser): what only root can read
 * (/proc/slabinfo) must become a gap for nobody, and nobody must not see a finding root does not see. Reads only;
 * changes no kernel setting.
 */
class LiveAuditPrivilegeTest {
    /** Rules whose inputs move between two runs seconds apart (load, process counts): compared loosely. */
    private static final Set<String> VOLATILE = Set.of("LOAD-PER-CPU", "PROC-ZOMBIES", "PROC-PID-HEADROOM", "MEM-AVAILABLE-LOW",
            "SWAP-TOP-CONSUMERS", "SWAP-RESIDUAL", "NET-TW-PORT-EXHAUSTION");

    @TempDir
    Path tmp;

    private static boolean isRoot() {
        try {
            return Files.readString(Path.of("/proc/self/status")).lines().anyMatch(l -> l.matches("Uid:\\s+0\\s.*"));
        } catch (IOException e) {
            return false;
        }
    }

    private static Path runuser() {
        for (String d : List.of("/usr/sbin", "/sbin", "/usr/bin", "/bin")) {
            Path p = Path.of(d, "runuser");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    @Test
    void rootReadsSlabinfo() {
        Assumptions.assumeTrue(isRoot(), "needs root: skipped (run the suite as root to check privileged reads)");
        AuditResult r = Fixtures.audit(LiveHost.ofThisHost());
        assertTrue(r.gaps().stream().noneMatch(g -> g.gap().input().equals("/proc/slabinfo")),
                "root reads /proc/slabinfo: " + r.gaps());
        assertTrue(r.rulesEvaluated().containsAll(List.of("SLAB-SHARE-HIGH", "PROC-ZOMBIES", "KERN-SYSCTL-DRIFT", "LOAD-PER-CPU")));
    }

    @Test
    void unprivilegedAuditTurnsRootOnlyInputsIntoGaps() throws Exception {
        Assumptions.assumeTrue(isRoot(), "needs root to switch to nobody: skipped");
        Path runuser = runuser();
        Assumptions.assumeTrue(runuser != null, "runuser (util-linux) is not installed: skipped");

        Set<String> rootRules = rules(Fixtures.audit(LiveHost.ofThisHost()).findings());
        Map<String, Object> report = asNobody(runuser);
        rootRules.addAll(rules(Fixtures.audit(LiveHost.ofThisHost()).findings()));

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> gaps = (List<Map<String, Object>>) report.get("gaps");
        Map<String, Object> slab = gaps.stream().filter(g -> "/proc/slabinfo".equals(g.get("input"))).findFirst()
                .orElseThrow(() -> new AssertionError("no gap for /proc/slabinfo as nobody: " + gaps));
        assertTrue(slab.get("reason").toString().contains("needs root"), slab.toString());

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> found = (List<Map<String, Object>>) report.get("findings");
        for (Map<String, Object> f : found) {
            String rule = (String) f.get("rule");
            if (!VOLATILE.contains(rule)) {
                assertTrue(rootRules.contains(rule), "nobody sees " + rule + " which root does not: " + f.get("message"));
            }
        }
    }

    private static Set<String> rules(List<Finding> findings) {
        Set<String> s = new HashSet<>();
        findings.forEach(f -> s.add(f.rule()));
        return s;
    }

    /** Runs the CLI as nobody; jars under /root are copied where nobody can read them. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> asNobody(Path runuser) throws Exception {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> cp = new ArrayList<>();
        int i = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            if (Files.isRegularFile(p) && !readableByOthers(p)) {
                Path copy = tmp.resolve(i++ + "-" + p.getFileName());
                Files.copy(p, copy, StandardCopyOption.REPLACE_EXISTING);
                Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rw-r--r--"));
                cp.add(copy.toString());
            } else {
                cp.add(entry);
            }
        }
        Path out = tmp.resolve("report.json");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(runuser.toString(), "-u", "nobody", "--", java.toString(),
                "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData", "-cp", String.join(File.pathSeparator, cp),
                "dev.kernlint.cli.Main", "audit", "--format", "json", "--fail-on", "never");
        pb.directory(tmp.toFile());
        pb.redirectOutput(out.toFile());
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "audit as nobody timed out");
        assertEquals(0, p.exitValue(), "audit as nobody failed: " + Files.readString(out));
        return (Map<String, Object>) Json.parse(Files.readString(out, StandardCharsets.UTF_8));
    }

    /** True when every directory up to the root and the file itself let others read. */
    private static boolean readableByOthers(Path p) throws IOException {
        Path abs = p.toAbsolutePath();
        if (!Files.getPosixFilePermissions(abs).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ)) {
            return false;
        }
        for (Path d = abs.getParent(); d != null; d = d.getParent()) {
            if (!Files.getPosixFilePermissions(d).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE)) {
                return false;
            }
        }
        return true;
    }
}
