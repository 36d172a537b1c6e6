package dev.kernlint.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kernlint.engine.AuditResult;
import dev.kernlint.engine.Finding;
import dev.kernlint.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real sosreport of this machine, made once for the class (root and Debian's `sosreport` package needed;
 * skipped visibly otherwise), audited against the live audit of the same machine: every rule both could
 * evaluate finds the same things (rule ids and subjects), and every rule the sosreport cannot evaluate is
 * stopped by a gap that names the sosreport.
 */
class SosDifferentialTest {
    /** The plugins that hold kernlint's inputs; -o keeps the run at ~10 s instead of ~15 s for all of them. */
    static final String PLUGINS = "host,date,kernel,system,networking,memory,processor,numa,process,block,filesys,hardware,ata,cgroups";

    /**
     * Rules that judge the load average or the process table of one moment: sos read them seconds before the live
     * audit does, while this build's own processes come and go, so both must evaluate them but may find otherwise.
     */
    static final Set<String> MOMENT = Set.of("LOAD-PER-CPU", "PROC-ZOMBIES");

    static Path dir;
    static Path archive;
    static Path extracted;

    @BeforeAll
    static void makeReport() throws Exception {
        assumeTrue(isRoot(), "needs root: sos report reads what only root may");
        assumeTrue(onPath("sos"), "needs sos (apt-get install sosreport)");
        dir = Files.createTempDirectory("kernlint-sos");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder("sos", "report", "--batch", "--quiet", "--tmp-dir", dir.toString(), "-o", PLUGINS)
                .redirectErrorStream(true).redirectOutput(dir.resolve("sos.log").toFile()).start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("sos report took more than 300 s");
        }
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("sos.log")));
        try (Stream<Path> s = Files.list(dir)) {
            archive = s.filter(f -> f.getFileName().toString().startsWith("sosreport-") && f.getFileName().toString().endsWith(".tar.xz"))
                    .findFirst().orElseThrow();
        }
        Path x = Files.createDirectory(dir.resolve("x"));
        Process tar = new ProcessBuilder("tar", "-xJf", archive.toString(), "-C", x.toString()).inheritIO().start();
        assertTrue(tar.waitFor(120, TimeUnit.SECONDS) && tar.exitValue() == 0, "tar -xJf failed");
        try (Stream<Path> s = Files.list(x)) {
            extracted = s.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        System.out.printf("SosDifferentialTest: sos report -o %s took %.1f s%n", PLUGINS, (System.nanoTime() - t0) / 1e9);
    }

    @AfterAll
    static void removeReport() throws IOException {
        if (dir == null) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    @Test
    void extractedReportAgreesWithTheLiveHost() {
        Source sos = Snapshots.open(extracted);
        assertInstanceOf(SosReport.class, sos);
        compare(Fixtures.audit(sos), Fixtures.audit(LiveHost.ofThisHost()));
    }

    @Test
    void archiveAsSosWroteItAgreesWithTheLiveHost() {
        Source sos = Snapshots.open(archive);
        assertInstanceOf(SosReport.class, sos);
        compare(Fixtures.audit(sos), Fixtures.audit(LiveHost.ofThisHost()));
    }

    private static void compare(AuditResult sos, AuditResult live) {
        assertEquals(hostname(live), hostname(sos));
        assertEquals(live.host().get("kernel"), sos.host().get("kernel"));
        assertTrue(sos.source().startsWith("sosreport "), sos.source());
        Set<String> both = new TreeSet<>(sos.rulesEvaluated());
        both.retainAll(live.rulesEvaluated());
        assertFalse(both.isEmpty(), "no rule evaluated on both");
        assertTrue(both.containsAll(MOMENT), "rules of one moment's reading evaluated on both: " + both);
        Set<String> compared = new TreeSet<>(both);
        compared.removeAll(MOMENT);
        TreeMap<String, Set<String>> sosFound = byRule(sos.findings(), compared);
        TreeMap<String, Set<String>> liveFound = byRule(live.findings(), compared);
        assertEquals(liveFound, sosFound, "findings of the rules both evaluated (" + both + ")");
        List<String> unexplained = new ArrayList<>();
        for (String rule : sos.rulesNotEvaluated()) {
            if (!live.rulesEvaluated().contains(rule)) {
                continue; // not evaluated live either: nothing to compare
            }
            boolean named = sos.gaps().stream().anyMatch(g -> g.rules().contains(rule)
                    && (g.gap().reason().contains("sosreport") || g.gap().input().equals("samples")));
            if (!named) {
                unexplained.add(rule);
            }
        }
        assertEquals(List.of(), unexplained, "rules the sosreport cannot evaluate with no gap naming it: " + sos.gaps());
    }

    private static String hostname(AuditResult r) {
        return String.valueOf(r.host().get("hostname"));
    }

    private static TreeMap<String, Set<String>> byRule(List<Finding> findings, Set<String> rules) {
        TreeMap<String, Set<String>> out = new TreeMap<>();
        for (Finding f : findings) {
            if (rules.contains(f.rule())) {
                out.computeIfAbsent(f.rule(), k -> new TreeSet<>()).add(f.fingerprint());
            }
        }
        return out;
    }

    private static boolean isRoot() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Uid:")) {
                    return line.split("\\s+")[1].equals("0");
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    private static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }
}
