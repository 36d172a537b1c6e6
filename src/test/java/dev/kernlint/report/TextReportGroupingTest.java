package dev.kernlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.engine.Finding;
import dev.kernlint.testing.Cli;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A rule's fix once, not once per finding; evidence only where it says more than the message. */
class TextReportGroupingTest {
    @Test
    void remediationOncePerRuleWithEveryFindingsCommand() {
        // web-server on ci-web1: KERN-SYSCTL-BASELINE fires for six keys
        String out = Cli.run("audit", "--snapshot", "src/test/resources/snapshots/ci-web1", "--profile", "web-server").out();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?s)\n  KERN-SYSCTL-BASELINE  .*?\n(?=  \\S|\n)").matcher(out);
        assertTrue(m.find(), out);
        String rule = m.group();
        assertEquals(1, out.split("\n  KERN-SYSCTL-BASELINE  ", -1).length - 1, "the rule's title once: " + out);
        assertEquals(1, rule.split("\n    fix: ", -1).length - 1, rule);
        assertTrue(rule.split("\n    net\\.", -1).length - 1 >= 2, "several findings: " + rule);
        assertTrue(rule.contains("      $ sysctl -w net.core.netdev_max_backlog=4096\n"), rule);
        assertTrue(rule.contains("      $ sysctl -w net.ipv4.tcp_tw_reuse=1\n"), rule);
    }

    private static Finding finding(String message, Map<String, Object> evidence) {
        return new Finding("NET-SOMAXCONN-LOW", dev.kernlint.engine.Severity.WARNING, "network", "t", message, evidence, "r",
                java.util.List.of(), false);
    }

    @Test
    void evidenceTheMessageAlreadyStatesIsLeftOut() {
        assertEquals("", TextReport.evidence(finding("net.core.somaxconn is 128, below 4096",
                Map.of("key", "net.core.somaxconn", "value", "128"))));
        assertEquals("threshold=4096", TextReport.evidence(finding("net.core.somaxconn is 128",
                new java.util.LinkedHashMap<>(Map.of("key", "net.core.somaxconn", "threshold", "4096")))));
    }
}
