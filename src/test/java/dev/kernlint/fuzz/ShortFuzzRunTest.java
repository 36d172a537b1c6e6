package dev.kernlint.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The short fuzzing run of `mvn verify`: every fuzz target, for kernlint.fuzz.seconds (default 60) in all, in one
 * child JVM through {@link EveryTargetFuzzTest} (Jazzer fuzzes one target per JVM; the regression runs of the
 * committed corpus happen in the ordinary test run). Fails on any crash, naming the crashing input under
 * target/fuzz/verify/. -Dkernlint.fuzz.seconds=0 skips it.
 */
class ShortFuzzRunTest {
    private static final Pattern DONE = Pattern.compile("Done (\\d+) runs in (\\d+) second");

    @Test
    void everyTargetFuzzesWithoutACrash() throws Exception {
        long seconds = Long.getLong("kernlint.fuzz.seconds", 60);
        assumeTrue(seconds > 0, "kernlint.fuzz.seconds=0: short fuzzing run skipped");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path work = Path.of("target", "fuzz", "verify").toAbsolutePath();
        deleteTree(work);
        Files.createDirectories(work);
        Path log = work.resolve("fuzz.log");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", classpath, FuzzMain.class.getName(),
                EveryTargetFuzzTest.class.getName() + "#anyTarget", String.valueOf(seconds), work.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // the JVM and Jazzer's agent start in ~20 s on a quiet machine; a loaded one may take minutes
        boolean ended = p.waitFor(seconds + 300, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        String out = Files.readString(log);
        assertTrue(ended, "the fuzzing JVM did not end within " + (seconds + 300) + " s; see " + log);
        List<String> crashes = out.lines().filter(l -> l.startsWith("fuzz: ")).filter(l -> !l.startsWith("fuzz: runs ")).toList();
        assertEquals(0, p.exitValue(), "fuzzing found a crash (" + log + "):\n" + String.join("\n", crashes));
        Matcher m = DONE.matcher(out);
        assertTrue(m.find(), "libFuzzer printed no 'Done N runs' (" + log + ")");
        long runs = Long.parseLong(m.group(1));
        long untouched = out.lines().filter(l -> l.startsWith("fuzz: runs ") && l.endsWith(" 0")).count();
        System.out.println("short fuzzing run: " + runs + " inputs in " + m.group(2) + " s over "
                + EveryTargetFuzzTest.all().size() + " targets (" + untouched + " got none); log " + log);
        assertTrue(runs > 0, "no input was run");
    }

    private static void deleteTree(Path p) throws Exception {
        if (!Files.exists(p)) {
            return;
        }
        try (var walk = Files.walk(p)) {
            walk.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
