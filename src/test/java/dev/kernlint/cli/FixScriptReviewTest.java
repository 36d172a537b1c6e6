package dev.kernlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** fix --format script: its header names the file it was written to; REVIEW changes run only when asked for. */
class FixScriptReviewTest {
    static final String DB = "src/test/resources/snapshots/fix-modern-db"; // MEM-OVERCOMMIT-RATIO-WASTE's fix is for review

    @TempDir
    Path dir;

    @Test
    void headerNamesTheFileAndReviewChangesAreCommentedOut() throws IOException {
        Path script = dir.resolve("db3-fix.sh");
        Cli c = Cli.run("fix", "--snapshot", DB, "--format", "script", "-o", script.toString());
        assertEquals(0, c.exit(), c.err());
        String text = Files.readString(script);
        assertTrue(text.contains("# Run as root: sh ./db3-fix.sh. In order, it\n"), text);
        assertFalse(text.contains("kernlint-fix.sh"), text);
        assertTrue(text.contains("#   sysctl -w vm.overcommit_ratio=85   # MEM-OVERCOMMIT-RATIO-WASTE"), text);
        assertFalse(text.lines().anyMatch(l -> !l.startsWith("#") && l.contains("overcommit_ratio")), "never run: " + text);
        assertTrue(text.lines().anyMatch(l -> !l.startsWith("#") && l.contains("net.ipv4.tcp_syncookies")), text);
    }

    @Test
    void includeReviewOrTheRuleNamedRunsThem() {
        for (String[] args : new String[][] {{"--include-review"}, {"--rule", "MEM-OVERCOMMIT-RATIO-WASTE"}}) {
            java.util.List<String> a = new java.util.ArrayList<>(java.util.List.of("fix", "--snapshot", DB, "--format", "script"));
            a.addAll(java.util.List.of(args));
            Cli c = Cli.run(a.toArray(String[]::new));
            assertEquals(0, c.exit(), c.err());
            assertTrue(c.out().lines().anyMatch(l -> !l.startsWith("#") && l.contains("vm.overcommit_ratio")), c.out());
            assertTrue(c.out().contains("# Run as root: sh ./kernlint-fix.sh."), "standard output: the default name");
        }
    }
}
