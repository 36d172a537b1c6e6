package dev.kernlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kernlint.testing.Cli;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** --fail-on decides between 0 and 1; each fixture here has findings of one severity only (see exit-codes.yaml). */
class ExitCodeTest {

    @ParameterizedTest(name = "{0} with --fail-on {1} -> {2}")
    @CsvSource({
            // worst finding: info
            "nic-ring-below-max-old, info, 1",
            "nic-ring-below-max-old, warning, 0",
            "nic-ring-below-max-old, critical, 0",
            "nic-ring-below-max-old, never, 0",
            // worst finding: warning
            "net-tw-reuse-no-ts, info, 1",
            "net-tw-reuse-no-ts, warning, 1",
            "net-tw-reuse-no-ts, WARN, 1",
            "net-tw-reuse-no-ts, critical, 0",
            // worst finding: critical
            "net-tw-recycle-on, critical, 1",
            "net-tw-recycle-on, crit, 1",
            "net-tw-recycle-on, never, 0",
            // no finding at all
            "nic-ring-at-max, info, 0",
    })
    void failOnLevels(String fixture, String level, int exit) {
        Cli r = Cli.run("audit", "--snapshot", "src/test/resources/snapshots/" + fixture,
                "--profile", "src/test/resources/profiles/exit-codes.yaml", "--fail-on", level, "--format", "json");
        assertEquals(exit, r.exit(), r.err());
        assertEquals("", r.err());
    }

    @ParameterizedTest(name = "{0} without --fail-on -> {1}")
    @CsvSource({"nic-ring-below-max-old, 0", "net-tw-reuse-no-ts, 1", "net-tw-recycle-on, 1"})
    void theDefaultLevelIsWarning(String fixture, int exit) {
        Cli r = Cli.run("audit", "--snapshot", "src/test/resources/snapshots/" + fixture,
                "--profile", "src/test/resources/profiles/exit-codes.yaml");
        assertEquals(exit, r.exit(), r.err());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"--help", "--version", "help audit", "rules", "explain NET-TW-RECYCLE"})
    void informationalCommandsExitZero(String args) {
        Cli r = Cli.run(List.of(args.split(" ")).toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
    }
}
