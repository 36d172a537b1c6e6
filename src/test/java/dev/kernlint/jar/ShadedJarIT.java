package dev.kernlint.jar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.testing.DrlRules;
import dev.kernlint.testing.Processes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar as users run it (java -jar): its compiled rule model has every rule of rules/*.drl, and it audits
 * a snapshot. Runs in `mvn verify` after package (failsafe); the unit tests only see target/classes.
 */
class ShadedJarIT {
    private static final Path JAR = Path.of(System.getProperty("kernlint.jar", "target/kernlint.jar"));

    private static Processes.Result java(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Processes.java(), "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        return Processes.run(cmd);
    }

    @Test
    void theJarListsEveryDrlRule() {
        Processes.Result r = java("rules");
        assertEquals(0, r.exit(), r.err());
        Set<String> listed = new TreeSet<>();
        r.out().lines().skip(1).forEach(l -> listed.add(l.split("\\s+")[0]));
        assertEquals(DrlRules.ids(), listed);
        assertEquals("", r.err(), "nothing on stderr (Drools logs only warnings)");
    }

    @Test
    void picocliIsJava8BytecodeThatTheClassDataArchiveHolds(@TempDir Path dir) throws IOException {
        int classes = 0;
        try (JarFile jar = new JarFile(JAR.toFile())) {
            for (JarEntry e : java.util.Collections.list(jar.entries())) {
                if (e.getName().startsWith("picocli/") && e.getName().endsWith(".class")) {
                    try (InputStream in = jar.getInputStream(e)) {
                        byte[] head = in.readNBytes(8);
                        int major = ((head[6] & 0xff) << 8) | (head[7] & 0xff);
                        assertTrue(major >= 50, e.getName() + " is class file version " + major);
                    }
                    classes++;
                }
            }
        }
        assertTrue(classes > 100, "picocli classes in the jar: " + classes);
        // what the rewrite is for: an archive made by one run serves picocli to the next
        Path jsa = dir.resolve("k.jsa");
        Processes.Result dump = Processes.run(List.of(Processes.java(), "-XX:ArchiveClassesAtExit=" + jsa, "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off", "-jar", JAR.toString(), "--help"));
        assertEquals(0, dump.exit(), dump.err());
        Processes.Result run = Processes.run(List.of(Processes.java(), "-XX:SharedArchiveFile=" + jsa, "-Xlog:class+load=info",
                "-jar", JAR.toString(), "--help"));
        assertEquals(0, run.exit(), run.err());
        String line = run.out().lines().filter(l -> l.contains(" picocli.CommandLine ")).findFirst().orElse("");
        assertTrue(line.contains("shared objects file"), "picocli.CommandLine loaded: " + line);
    }

    @Test
    void theJarAuditsASnapshot() {
        Processes.Result r = java("audit", "--snapshot", "src/test/resources/snapshots/net-tw-recycle-on", "--format", "json", "--fail-on", "critical");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.out().contains("\"rule\": \"NET-TW-RECYCLE\""), r.out());
        assertEquals("", r.err());
    }
}
