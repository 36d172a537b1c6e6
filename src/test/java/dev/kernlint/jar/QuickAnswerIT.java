package dev.kernlint.jar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kernlint.quick.QuickAnswer;
import dev.kernlint.testing.Processes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * kernlint-quick.jar answers every form it serves with the very bytes the full jar prints (both run, as processes,
 * the way the launchers run them), and leaves everything else to the full path: the launcher then prints the full
 * answer. Runs after package (failsafe).
 */
class QuickAnswerIT {
    private static final Path JAR = Path.of(System.getProperty("kernlint.jar", "target/kernlint.jar"));
    private static final Path QUICK = JAR.resolveSibling("kernlint-quick.jar");
    private static final String LAUNCHER = Path.of("kernlint").toAbsolutePath().toString();

    record Run(int exit, byte[] out, byte[] err) {
        String text() {
            return new String(out, StandardCharsets.UTF_8);
        }
    }

    /** CMD with ENV added to this process's environment, stdout and stderr as bytes; at most 120 s each. */
    private static Run run(Map<String, String> env, List<String> cmd) {
        try {
            Path out = Files.createTempFile("kernlint-quick", ".out");
            Path err = Files.createTempFile("kernlint-quick", ".err");
            try {
                ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
                // the developer's shell may style help or set JVM options: each test sets what it is about
                for (String v : List.of("CLICOLOR_FORCE", "CLICOLOR", "ANSICON", "ConEmuANSI", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS")) {
                    pb.environment().remove(v);
                }
                pb.environment().putAll(env);
                Process p = pb.start();
                p.getOutputStream().close();
                if (!p.waitFor(120, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new AssertionError(String.join(" ", cmd) + ": no answer within 120 s");
                }
                return new Run(p.exitValue(), Files.readAllBytes(out), Files.readAllBytes(err));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted");
        }
    }

    private static List<String> cmd(String first, Path jar, List<String> args) {
        List<String> cmd = new ArrayList<>(first == null ? List.of() : List.of(first));
        if (jar != null) { // C1 only and the serial collector, as the launchers run it: shorter, same output
            cmd.addAll(List.of(Processes.java(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar.toString()));
        }
        cmd.addAll(args);
        return cmd;
    }

    private static Run full(Map<String, String> env, String... args) {
        return run(env, cmd(null, JAR, List.of(args)));
    }

    private static Run quick(Map<String, String> env, String... args) {
        return run(env, cmd(null, QUICK, List.of(args)));
    }

    private static Run launcher(Map<String, String> env, String... args) {
        return run(env, cmd(LAUNCHER, null, List.of(args)));
    }

    private static void assertSame(Run full, Run other, String what) {
        assertEquals(full.exit(), other.exit(), what + ": exit code; " + new String(other.err(), StandardCharsets.UTF_8));
        assertArrayEquals(full.out(), other.out(), what + ": stdout differs");
        assertArrayEquals(full.err(), other.err(), what + ": stderr differs");
    }

    /** Every rule id the quick jar has an explain text for. */
    private static List<String> explained() throws IOException {
        try (ZipFile z = new ZipFile(QUICK.toFile())) {
            return z.stream().map(e -> e.getName()).filter(n -> n.startsWith("quick/explain/") && n.endsWith(".txt"))
                    .map(n -> n.substring("quick/explain/".length(), n.length() - 4)).sorted().toList();
        }
    }

    @Test
    void everyServedFormPrintsTheFullPathsBytes() throws IOException {
        assumeTrue(Files.isRegularFile(QUICK), "mvn package makes " + QUICK);
        List<String[]> forms = new ArrayList<>(List.of(new String[] {"--version"}, new String[] {"-V"}, new String[] {"--help"},
                new String[] {"-h"}, new String[] {"rules"}, new String[] {"rules", "--markdown"}, new String[] {"explain", "net-tw-recycle"}));
        List<String> ids = explained();
        assertTrue(ids.contains("NET-TW-RECYCLE") && ids.contains("FLEET-SYSCTL-OUTLIER"), "built-in and fleet rules: " + ids);
        for (String id : ids) {
            forms.add(new String[] {"explain", id});
        }
        for (String[] form : forms) {
            Run q = quick(Map.of(), form);
            assertEquals(0, q.exit(), "served: " + String.join(" ", form));
            assertTrue(q.out().length > 0, String.join(" ", form));
            assertSame(full(Map.of(), form), q, String.join(" ", form));
        }
        // the rule list names exactly the rules explained (a text per rule, none stale)
        String rules = quick(Map.of(), "rules").text();
        for (String line : rules.lines().skip(1).toList()) {
            assertTrue(ids.contains(line.split(" +")[0]), line);
        }
    }

    @Test
    void configFilesAndVariablesDoNotChangeTheServedAnswers() throws IOException {
        assumeTrue(Files.isRegularFile(QUICK), "mvn package makes " + QUICK);
        Path dir = Files.createTempDirectory("kernlint-quick-config");
        try {
            Path config = Files.writeString(dir.resolve("config.yaml"), "profile: web-server\nfail-on: critical\ncolor: always\n"
                    + "format: [json]\nrequire: [NET-TW-RECYCLE]\n");
            Map<String, String> env = Map.of("KERNLINT_SYSTEM_CONFIG", config.toString(), "KERNLINT_USER_CONFIG", config.toString(),
                    "KERNLINT_FAIL_ON", "info", "KERNLINT_COLOR", "always", "NO_COLOR", "1", "COLUMNS", "200", "TERM", "xterm-256color");
            for (String[] form : new String[][] {{"--help"}, {"rules"}, {"explain", "NET-TW-RECYCLE"}}) {
                Run q = quick(env, form);
                assertEquals(0, q.exit(), String.join(" ", form));
                assertSame(full(env, form), q, "with config " + String.join(" ", form));
                assertSame(full(env, form), launcher(env, form), "launcher with config " + String.join(" ", form));
            }
        } finally {
            Files.deleteIfExists(dir.resolve("config.yaml"));
            Files.deleteIfExists(dir);
        }
    }

    @Test
    void whatItDoesNotServeTheLauncherAnswersInFull() {
        assumeTrue(Files.isRegularFile(QUICK), "mvn package makes " + QUICK);
        // an unknown id: the full path's error and exit code
        Run unknown = quick(Map.of(), "explain", "NO-SUCH-RULE");
        assertEquals(QuickAnswer.NOT_SERVED, unknown.exit());
        assertEquals(0, unknown.out().length + unknown.err().length, "nothing printed when not served");
        Run fullUnknown = full(Map.of(), "explain", "NO-SUCH-RULE");
        assertEquals(2, fullUnknown.exit());
        assertSame(fullUnknown, launcher(Map.of(), "explain", "NO-SUCH-RULE"), "unknown id");

        // picocli styles help when a variable forces it: the full path's styled help
        Map<String, String> force = Map.of("CLICOLOR_FORCE", "1");
        assertEquals(QuickAnswer.NOT_SERVED, quick(force, "--help").exit());
        Run styled = full(force, "--help");
        assertTrue(styled.text().contains("\u001b["), "the case is real: picocli styles this help");
        assertSame(styled, launcher(force, "--help"), "CLICOLOR_FORCE help");

        // a picocli setting in the JVM's options: the full path's width
        Map<String, String> wide = Map.of("JAVA_TOOL_OPTIONS", "-Dpicocli.usage.width=120");
        assertEquals(QuickAnswer.NOT_SERVED, quick(wide, "--help").exit());
        Run wideHelp = full(wide, "--help");
        assertTrue(!wideHelp.text().equals(full(Map.of(), "--help").text()), "the case is real: the width changes help");
        assertSame(wideHelp, launcher(wide, "--help"), "picocli.usage.width help");

        // other forms of the same commands, never served: the launcher's answer is the full one
        Run exitOnly = launcher(Map.of(), "rules", "--no-such-option");
        assertSame(full(Map.of(), "rules", "--no-such-option"), exitOnly, "bad option");
        assertEquals(2, exitOnly.exit());
    }

    /**
     * The launcher really takes the quick path for the served forms: beside a copy of it whose full jar is not a jar
     * at all, they still answer, and only a form it does not serve reaches the broken jar.
     */
    @Test
    void theLauncherAnswersTheServedFormsFromTheQuickJar() throws IOException {
        assumeTrue(Files.isRegularFile(QUICK), "mvn package makes " + QUICK);
        Path dir = Files.createTempDirectory("kernlint-quick-launcher");
        Path target = Files.createDirectories(dir.resolve("target"));
        Path launcher = Files.copy(Path.of(LAUNCHER), dir.resolve("kernlint"));
        Files.copy(QUICK, target.resolve("kernlint-quick.jar"));
        Files.writeString(target.resolve("kernlint.jar"), "not a jar\n"); // no pom.xml beside it: never rebuilt
        try {
            for (String[] form : new String[][] {{"--version"}, {"--help"}, {"rules"}, {"explain", "NET-TW-RECYCLE"}}) {
                Run r = run(Map.of(), cmd(launcher.toString(), null, List.of(form)));
                assertSame(full(Map.of(), form), r, "served without the full jar: " + String.join(" ", form));
            }
            Run unknown = run(Map.of(), cmd(launcher.toString(), null, List.of("explain", "NO-SUCH-RULE")));
            assertEquals(1, unknown.exit(), "the java launcher refuses the broken full jar");
            assertTrue(new String(unknown.err(), StandardCharsets.UTF_8).contains("jarfile"), "reached the full jar");
        } finally {
            for (Path f : List.of(target.resolve("kernlint.jar"), target.resolve("kernlint-quick.jar"), target, launcher, dir)) {
                Files.deleteIfExists(f);
            }
        }
    }

    @Test
    void atATerminalHelpIsTheFullPathsStyledHelp() {
        assumeTrue(Files.isRegularFile(QUICK), "mvn package makes " + QUICK);
        assumeTrue(Processes.works("script", "--version"), "util-linux script (a pseudo-terminal) is not installed");
        // script gives the command a terminal on stdin and stdout, as a person typing it has
        Run viaLauncher = run(Map.of("TERM", "xterm"), List.of("script", "-qec", LAUNCHER + " --help", "/dev/null"));
        Run viaJar = run(Map.of("TERM", "xterm"), List.of("script", "-qec", Processes.java() + " -jar " + JAR + " --help", "/dev/null"));
        assertEquals(0, viaJar.exit());
        assertTrue(viaJar.text().contains("\u001b["), "picocli styles help at a terminal: " + viaJar.text());
        assertSame(viaJar, viaLauncher, "help at a terminal");
    }
}
