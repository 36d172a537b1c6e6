package dev.kernlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.testing.Cli;
import org.junit.jupiter.api.Test;

/** --quiet, --summary, --color and the coverage gate (--fail-on-gaps, --require, --min-evaluated). */
class OutputModesTest {
    static final String WEB1 = AuditCommandTest.WEB1;
    static final String DB1 = AuditCommandTest.DB1;

    @Test
    void quietPrintsFindingsOnly() {
        Cli full = Cli.run("audit", "--snapshot", WEB1);
        Cli quiet = Cli.run("audit", "--snapshot", WEB1, "--quiet");
        assertEquals(full.exit(), quiet.exit());
        assertTrue(full.out().contains("Not evaluated"), full.out());
        assertTrue(quiet.out().startsWith("CRITICAL\n"), quiet.out());
        assertFalse(quiet.out().contains("Not evaluated"), quiet.out());
        assertFalse(quiet.out().contains("kernlint audit of"), quiet.out());
        assertFalse(quiet.out().contains("rules evaluated"), quiet.out());
        assertTrue(quiet.out().contains("NET-TW-RECYCLE"), quiet.out());
    }

    @Test
    void summaryIsOneLinePerHost() {
        Cli c = Cli.run("audit", "--snapshot", WEB1, "--summary");
        assertEquals(ExitCode.FINDINGS, c.exit());
        assertTrue(c.out().matches("web1: 1 critical, \\d+ warning, \\d+ info; \\d+ of \\d+ rules evaluated\n"), c.out());
        Cli both = Cli.run("audit", "--snapshot", WEB1, "--summary", "--quiet");
        assertEquals(ExitCode.ERROR, both.exit());
    }

    @Test
    void colorAlwaysAndNever() {
        assertTrue(Cli.run("audit", "--snapshot", WEB1, "--color=always").out().contains("\u001b["));
        assertFalse(Cli.run("audit", "--snapshot", WEB1, "--color", "never").out().contains("\u001b["));
        assertFalse(Cli.run("audit", "--snapshot", WEB1).out().contains("\u001b["), "auto: no terminal in a test, no colour");
        Cli bad = Cli.run("audit", "--snapshot", WEB1, "--color", "sometimes");
        assertEquals(ExitCode.ERROR, bad.exit());
        assertEquals("kernlint: --color must be auto, always or never, not 'sometimes'\n", bad.err());
    }

    @Test
    void gateFailsWithItsOwnExitCodeWhenRulesCouldNotRun() {
        // db1 has no finding at --fail-on warning, but rules that could not read their inputs
        Cli plain = Cli.run("audit", "--snapshot", DB1);
        assertEquals(ExitCode.OK, plain.exit(), plain.err());
        Cli gaps = Cli.run("audit", "--snapshot", DB1, "--fail-on-gaps");
        assertEquals(ExitCode.COVERAGE, gaps.exit(), gaps.out());
        assertTrue(gaps.err().matches("kernlint: coverage gate: \\d+ of \\d+ rules not evaluated \\(--fail-on-gaps\\)\n"), gaps.err());
        Cli min = Cli.run("audit", "--snapshot", DB1, "--min-evaluated", "95");
        assertEquals(ExitCode.COVERAGE, min.exit());
        assertTrue(min.err().contains("below --min-evaluated 95"), min.err());
        assertEquals(ExitCode.OK, Cli.run("audit", "--snapshot", DB1, "--min-evaluated", "5").exit());
    }

    @Test
    void requireNamesRulesThatDidNotRunAndRefusesUnknownOnes() {
        Cli all = Cli.run("audit", "--snapshot", DB1, "--format", "json");
        @SuppressWarnings("unchecked")
        java.util.List<String> not = (java.util.List<String>) ((java.util.Map<String, Object>) all.report().get("summary")).get("rules_not_evaluated");
        org.junit.jupiter.api.Assumptions.assumeTrue(not != null && !not.isEmpty(), "db1 has rules not evaluated");
        Cli req = Cli.run("audit", "--snapshot", DB1, "--require", "NET-TW-RECYCLE," + not.get(0).toLowerCase());
        assertEquals(ExitCode.COVERAGE, req.exit(), req.err());
        assertEquals("kernlint: coverage gate: " + not.get(0) + " not evaluated (--require)\n", req.err());
        assertEquals(ExitCode.OK, Cli.run("audit", "--snapshot", DB1, "--require", "NET-TW-RECYCLE").exit());
        Cli unknown = Cli.run("audit", "--snapshot", DB1, "--require", "NO-SUCH-RULE");
        assertEquals(ExitCode.ERROR, unknown.exit());
        assertEquals("kernlint: --require: no rule NO-SUCH-RULE (kernlint rules lists them)\n", unknown.err());
    }

    @Test
    void noFindingsSaysHowManyRulesWereNotEvaluated() {
        Cli c = Cli.run("audit", "--snapshot", DB1);
        assertFalse(c.out().contains("No findings.\n"), c.out());
        assertTrue(c.out().matches("(?s).*No findings in the \\d+ rules evaluated; \\d+ of \\d+ rules were not evaluated \\(see Not evaluated\\)\\..*"), c.out());
    }
}
