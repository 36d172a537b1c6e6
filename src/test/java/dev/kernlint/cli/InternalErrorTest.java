package dev.kernlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.report.ErrorText;
import dev.kernlint.testing.Cli;
import dev.kernlint.testing.Processes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whatever fails inside kernlint, an Error included, ends as exit 3 with one line in words: picocli hands only
 * Exceptions to its handler, so an out-of-memory or a stack overflow used to leave with the JVM's stack trace.
 * A user rule (--rules DIR) is the way in: its consequence runs inside the audit like any built-in one.
 */
class InternalErrorTest {
    private static final String SNAPSHOT = "src/test/resources/snapshots/net-tw-reuse-no-ts";

    @TempDir
    Path dir;

    private Path rule(String function, String consequence) throws IOException {
        Files.writeString(dir.resolve("boom.drl"), """
                package site;
                import dev.kernlint.fact.SysctlValue;
                global dev.kernlint.engine.FindingSink findings;
                %s
                rule "SITE-BOOM"
                  @id("SITE-BOOM") @severity("warning") @area("kernel") @inputs("/proc/sys")
                  @title("fails") @rationale("A test.") @remediation("None.")
                when
                  $s : SysctlValue(key == "net.ipv4.tcp_tw_reuse")
                then
                  %s
                end
                """.formatted(function, consequence));
        return dir;
    }

    static void assertInternalErrorLine(int exit, String err, String words) {
        assertEquals(3, exit, err);
        List<String> lines = err.lines().toList();
        assertEquals(1, lines.size(), "one line: " + err);
        assertTrue(lines.get(0).startsWith("kernlint: internal error: " + words), err);
        assertTrue(lines.get(0).endsWith("(please report it; KERNLINT_DEBUG=1 prints the stack trace)"), err);
        for (String classy : List.of("Exception", "Error", "java.", "dev.kernlint", "org.drools", "\tat ")) {
            assertFalse(err.contains(classy), "no class name or stack trace (" + classy + "): " + err);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "out of memory# # long[] a = new long[Integer.MAX_VALUE];",
            "stack overflow# function int down(int n) { return down(n + 1) + 1; }# down(0);",
            "an unexpected error# # throw new IllegalStateException(\"java.lang.Secret at dev.kernlint.X\");",
            "an unexpected error# # Object o = \"text\"; Integer i = (Integer) o;",
    })
    void anErrorOrABugInTheAuditIsOneLineAndExit3(String words, String function, String consequence) throws IOException {
        Cli r = Cli.run("audit", "--snapshot", SNAPSHOT, "--rules", rule(function == null ? "" : function, consequence).toString());
        assertEquals("", r.out());
        assertInternalErrorLine(r.exit(), r.err(), words);
        assertTrue(r.err().contains("while running audit"), r.err());
    }

    /** A real heap running out, in a JVM of its own: main() prints the line and exits 3. */
    @Test
    void aRealOutOfMemoryInAChildJvm() throws IOException {
        Path rules = rule("", "java.util.List l = new java.util.ArrayList(); while (true) { l.add(new long[1 << 20]); }");
        Processes.Result r = Processes.run(List.of(Processes.java(), "-Xmx160m", "-XX:-UsePerfData", "-cp",
                System.getProperty("java.class.path"), "dev.kernlint.cli.Main", "audit", "--snapshot", SNAPSHOT, "--rules", rules.toString()));
        assertEquals("", r.out());
        assertInternalErrorLine(r.exit(), r.err(), "out of memory");
    }

    @Test
    void ioFailuresAreWordsWithoutTheClassNameAnUncheckedIoExceptionCarries() {
        UncheckedIOException u = new UncheckedIOException(new NoSuchFileException("/x/y"));
        assertTrue(u.getMessage().contains("java.nio.file.NoSuchFileException"), "why this matters: " + u.getMessage());
        assertEquals("/x/y: no such file or directory", ErrorText.ioWithFile(u.getCause()));
        assertEquals("permission denied", ErrorText.io(new AccessDeniedException("/etc/shadow")));
        assertEquals("read-only file system", ErrorText.io(new FileSystemException("/a", null, "Read-only file system")));
        assertEquals("input/output error", ErrorText.io(new IOException("java.io.IOException: Stream closed")));
        assertEquals("Broken pipe", ErrorText.io(new IOException("Broken pipe")));
    }
}
