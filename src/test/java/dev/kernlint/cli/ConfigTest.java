package dev.kernlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Config files and KERNLINT_* variables: precedence, origins, errors naming FILE:LINE; never the real /etc or ~. */
class ConfigTest {
    static final String WEB1 = AuditCommandTest.WEB1;

    @TempDir
    Path dir;

    private Map<String, String> env(String system, String user) throws IOException {
        Map<String, String> env = new HashMap<>();
        Path s = dir.resolve("etc/kernlint/config.yaml");
        Files.createDirectories(s.getParent());
        Files.deleteIfExists(s);
        if (system != null) {
            Files.writeString(s, system);
        }
        env.put("KERNLINT_SYSTEM_CONFIG", s.toString());
        Path home = dir.resolve("xdg");
        Files.deleteIfExists(home.resolve("kernlint/config.yaml"));
        if (user != null) {
            Files.createDirectories(home.resolve("kernlint"));
            Files.writeString(home.resolve("kernlint/config.yaml"), user);
        }
        env.put("XDG_CONFIG_HOME", home.toString());
        env.put("HOME", dir.resolve("home").toString());
        return env;
    }

    @Test
    void userOverridesSystemAndEnvironmentOverridesBothAndShowSaysWhere() throws IOException {
        Map<String, String> env = env("profile: database\nfail-on: critical\n", "\nfail-on: info\nformat: [text, json]\n");
        env.put("KERNLINT_PROFILE", "web-server");
        Cli c = Cli.withEnv(env, "config", "show");
        assertEquals(0, c.exit(), c.err());
        String sys = dir.resolve("etc/kernlint/config.yaml").toString();
        String user = dir.resolve("xdg/kernlint/config.yaml").toString();
        assertTrue(c.out().matches("(?s).*\nprofile: web-server +# environment KERNLINT_PROFILE .*"), c.out());
        assertTrue(c.out().matches("(?s).*\nfail-on: info +# " + java.util.regex.Pattern.quote(user) + ":2 .*"), c.out());
        assertTrue(c.out().matches("(?s).*\nformat: \\[text, json\\] +# " + java.util.regex.Pattern.quote(user) + ":3 .*"), c.out());
        assertTrue(c.out().matches("(?s).*\ncolor: auto +# built-in default .*"), c.out());
        assertTrue(c.out().contains("# system config: " + sys + "\n"), c.out());
    }

    @Test
    void configSetsAuditDefaultsAndTheCommandLineWins() throws IOException {
        // ci-web1 has 2 criticals under web-server, 1 under default: the profile from the file is used
        Map<String, String> env = env("profile: web-server\nfail-on: never\n", null);
        Cli fromFile = Cli.withEnv(env, "audit", "--snapshot", WEB1, "--summary");
        assertEquals(ExitCode.OK, fromFile.exit(), fromFile.err());
        assertTrue(fromFile.out().startsWith("web1: 2 critical"), fromFile.out());
        Cli cli = Cli.withEnv(env, "audit", "--snapshot", WEB1, "--summary", "--profile", "default", "--fail-on", "critical");
        assertEquals(ExitCode.FINDINGS, cli.exit(), cli.err());
        assertTrue(cli.out().startsWith("web1: 1 critical"), cli.out());
    }

    @Test
    void gateFromConfigFailsAndNoFailOnGapsTurnsItOff() throws IOException {
        Map<String, String> env = env("fail-on: never\nfail-on-gaps: yes\n", null);
        Cli gated = Cli.withEnv(env, "audit", "--snapshot", WEB1, "--summary");
        assertEquals(ExitCode.COVERAGE, gated.exit(), gated.err());
        Cli off = Cli.withEnv(env, "audit", "--snapshot", WEB1, "--summary", "--no-fail-on-gaps");
        assertEquals(ExitCode.OK, off.exit(), off.err());
    }

    @Test
    void unknownKeyNamesFileAndLine() throws IOException {
        Map<String, String> env = env(null, "profile: web-server\n\nformats: [json]\n");
        Cli c = Cli.withEnv(env, "audit", "--snapshot", WEB1);
        assertEquals(ExitCode.ERROR, c.exit());
        assertTrue(c.err().startsWith("kernlint: " + dir.resolve("xdg/kernlint/config.yaml") + ":3: unknown key 'formats' ("), c.err());
        Cli show = Cli.withEnv(env, "config", "show");
        assertEquals(ExitCode.ERROR, show.exit());
    }

    @Test
    void badValuesAreOneLineErrors() throws IOException {
        Map<String, String> env = env("fail-on: sometimes\n", null);
        Cli c = Cli.withEnv(env, "audit", "--snapshot", WEB1);
        assertEquals(ExitCode.ERROR, c.exit());
        assertTrue(c.err().startsWith("kernlint: " + dir.resolve("etc/kernlint/config.yaml") + ":1: fail-on must be info, warning, critical or never, not 'sometimes'\n"), c.err());
        Map<String, String> bad = env(null, null);
        bad.put("KERNLINT_MIN_EVALUATED", "150");
        Cli e = Cli.withEnv(bad, "audit", "--snapshot", WEB1);
        assertEquals(ExitCode.ERROR, e.exit());
        assertTrue(e.err().startsWith("kernlint: environment KERNLINT_MIN_EVALUATED: min-evaluated must be a whole percentage"), e.err());
        Map<String, String> tag = env("profile: !!javax.script.ScriptEngineManager []\n", null);
        Cli t = Cli.withEnv(tag, "audit", "--snapshot", WEB1);
        assertEquals(ExitCode.ERROR, t.exit());
        assertTrue(t.err().contains("is not allowed"), t.err());
    }

    @Test
    void relativeWaiverFileIsFoundNextToTheConfigFile() throws IOException {
        Map<String, String> env = env("waivers: waivers.yaml\n", null);
        Files.writeString(dir.resolve("etc/kernlint/waivers.yaml"), "waivers:\n  - rule: NET-TW-RECYCLE\n    reason: r\n    owner: o\n    expires: 2999-01-01\n");
        Cli c = Cli.withEnv(env, "audit", "--snapshot", WEB1, "--format", "json");
        assertEquals(0, c.err().length(), c.err());
        assertTrue(c.findings().stream().anyMatch(f -> f.get("rule").equals("NET-TW-RECYCLE") && Boolean.TRUE.equals(f.get("waived"))), c.out());
    }

    @Test
    void noArgumentsIsAShortUsageOnStderrAndExit2() {
        Cli c = Cli.run();
        assertEquals(ExitCode.ERROR, c.exit());
        assertEquals("", c.out());
        assertTrue(c.err().startsWith("Usage: kernlint COMMAND [OPTIONS]   (audit, collect, diff, "), c.err());
        assertTrue(c.err().lines().count() <= 3, c.err());
    }

    @Test
    void versionReadsNoConfigFile() throws IOException {
        Map<String, String> env = env("nonsense: 1\n", null);
        assertEquals(0, Cli.withEnv(env, "--version").exit());
        assertEquals(0, Cli.withEnv(env, "rules").exit());
    }
}
