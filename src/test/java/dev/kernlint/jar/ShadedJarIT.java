package dev.kernlint.jar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.testing.DrlRules;
import dev.kernlint.testing.Processes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

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
    void theJarAuditsASnapshot() {
        Processes.Result r = java("audit", "--snapshot", "src/test/resources/snapshots/net-tw-recycle-on", "--format", "json", "--fail-on", "critical");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.out().contains("\"rule\": \"NET-TW-RECYCLE\""), r.out());
        assertEquals("", r.err());
    }
}
