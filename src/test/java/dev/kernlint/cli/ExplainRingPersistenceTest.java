package dev.kernlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The ring rules give the README's one answer for persisting a ring size: the udev rule kernlint fix writes. */
class ExplainRingPersistenceTest {
    @ParameterizedTest
    @ValueSource(strings = {"NIC-RING-BELOW-MAX", "NIC-RING-BASELINE", "NIC-RX-DROPS-SMALL-RING"})
    void ringRulesRecommendTheUdevRuleNotALinkFile(String rule) throws IOException {
        Cli c = Cli.run("explain", rule);
        org.junit.jupiter.api.Assumptions.assumeTrue(c.exit() == 0, rule + " exists");
        String text = c.out().replaceAll("\\s+", " ");
        assertTrue(text.contains("udev rule"), text);
        assertFalse(text.contains("a systemd .link file or"), text);
        assertFalse(text.contains("or a udev rule"), text);
        assertTrue(Files.readString(Path.of("README.md")).contains("### Ring sizes: persisted with a udev rule, not a systemd .link file"));
    }

    @org.junit.jupiter.api.Test
    void belowMaxNamesTheFileFixWrites() {
        String text = Cli.run("explain", "NIC-RING-BELOW-MAX").out().replaceAll("\\s+", " ");
        assertTrue(text.contains("/etc/udev/rules.d/75-kernlint-rings.rules"), text);
        assertEquals(0, Cli.run("explain", "NIC-RING-BELOW-MAX").exit());
    }
}
