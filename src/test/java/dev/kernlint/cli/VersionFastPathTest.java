package dev.kernlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.testing.Cli;
import org.junit.jupiter.api.Test;

/** `kernlint --version` answers before picocli loads; what it prints must stay what picocli prints. */
class VersionFastPathTest {

    @Test
    void fastPathPrintsWhatPicocliPrints() {
        Cli picocli = Cli.run("--version");
        assertEquals(picocli.out(), Main.versionLine() + System.lineSeparator());
        assertEquals(picocli.out(), Cli.run("-V").out());
    }

    @Test
    void onlyAVersionRequestAloneTakesTheFastPath() {
        assertTrue(Main.isVersionOnly(new String[] {"--version"}));
        assertTrue(Main.isVersionOnly(new String[] {"-V"}));
        assertFalse(Main.isVersionOnly(new String[] {"--version", "audit"}));
        assertFalse(Main.isVersionOnly(new String[] {"audit", "--version"}));
        assertFalse(Main.isVersionOnly(new String[] {"--versions"}));
        assertFalse(Main.isVersionOnly(new String[0]));
    }
}
