package dev.kernlint.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.cli.Version;
import dev.kernlint.fact.PersistedSysctl;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Every format for several fixture snapshots, compared with the files under src/test/resources/golden/fix/
 * (regenerate with -Dkernlint.updateGolden=true and read the diff). Every script passes sh -n and shellcheck;
 * every task list is YAML that Ansible can load.
 */
class FixGoldenTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden/fix");

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("fix-old-web", false),
                Arguments.of("fix-old-web", true),
                Arguments.of("fix-modern-db", false),
                Arguments.of("fix-modern-db", true),
                Arguments.of("fix-clean", false));
    }

    @ParameterizedTest(name = "{0} disruptive={1}")
    @MethodSource("cases")
    void everyFormatMatchesItsGoldenFile(String snapshot, boolean disruptive, @TempDir Path tmp) throws IOException {
        FixPlan plan = FixFixtures.plan(snapshot, disruptive);
        String base = snapshot + (disruptive ? "-disruptive" : "");
        check(base + ".conf", new SysctlDropIn().render(plan));
        String script = new ShellScript().render(plan);
        check(base + ".sh", script);
        shellChecks(script, tmp.resolve(base + ".sh"));
        String tasks = new AnsibleTasks().render(plan);
        check(base + ".yml", tasks);
        ansibleLoads(tasks, plan);
    }

    /** The catalog-a branch supplies PersistedSysctl facts; here they are given directly. */
    @Test
    void laterFilesThatOverrideTheDropInAreNamed(@TempDir Path tmp) throws IOException {
        var o = FixFixtures.audit("fix-old-web");
        KernelSettings base = KernelSettings.of(o.facts());
        Map<String, PersistedSysctl> persisted = new HashMap<>();
        persisted.put("net.core.somaxconn", new PersistedSysctl("net.core.somaxconn", "128", "/etc/sysctl.conf", 12));
        persisted.put("net.ipv4.tcp_timestamps", new PersistedSysctl("net.ipv4.tcp_timestamps", "0", "/etc/sysctl.d/99-legacy.conf", 3));
        // sorts before 90-kernlint.conf: the drop-in wins, so no comment
        persisted.put("net.ipv4.tcp_tw_recycle", new PersistedSysctl("net.ipv4.tcp_tw_recycle", "1", "/usr/lib/sysctl.d/50-old.conf", 7));
        FixPlan plan = FixPlan.build(o.result(), new KernelSettings(base.running(), persisted),
                dev.kernlint.testing.Fixtures.ruleBook().rules(), FixFixtures.options(false));
        String conf = new SysctlDropIn().render(plan);
        check("fix-old-web-overrides.conf", conf);
        assertTrue(conf.contains("OVERRIDDEN at boot by /etc/sysctl.conf:12 (net.core.somaxconn = 128)"), conf);
        assertTrue(conf.contains("OVERRIDDEN at boot by /etc/sysctl.d/99-legacy.conf:3"), conf);
        assertFalse(conf.contains("50-old.conf"), conf);
        String script = new ShellScript().render(plan);
        assertTrue(script.contains("say 'note: net.core.somaxconn: OVERRIDDEN at boot by /etc/sysctl.conf:12"), script);
        shellChecks(script, tmp.resolve("overrides.sh"));
        assertTrue(new AnsibleTasks().render(plan).contains("# OVERRIDDEN at boot by /etc/sysctl.conf:12"));
    }

    static void check(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        String normalised = actual.replace("kernlint " + Version.VERSION + " ", "kernlint @VERSION@ ");
        if (Boolean.getBoolean("kernlint.updateGolden")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, normalised, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(file), "no golden file " + file + " (run with -Dkernlint.updateGolden=true)");
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), normalised, "differs from " + file);
    }

    static void shellChecks(String script, Path file) throws IOException {
        Files.writeString(file, script, StandardCharsets.UTF_8);
        FixFixtures.Run n = FixFixtures.run(List.of("sh", "-n", file.toString()), null);
        assertEquals(0, n.exit(), "sh -n: " + n.output());
        Assumptions.assumeTrue(FixFixtures.hasShellcheck(), "shellcheck is not installed (apt-get install shellcheck)");
        FixFixtures.Run sc = FixFixtures.run(List.of("shellcheck", "--shell=sh", file.toString()), null);
        assertEquals(0, sc.exit(), "shellcheck: " + sc.output());
    }

    @SuppressWarnings("unchecked")
    static void ansibleLoads(String text, FixPlan plan) {
        Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        List<Object> tasks = (List<Object>) assertInstanceOf(List.class, doc);
        long sysctlTasks = 0;
        for (Object t : tasks) {
            Map<String, Object> task = (Map<String, Object>) assertInstanceOf(Map.class, t);
            assertTrue(task.get("name") instanceof String, "every task has a name: " + task);
            if (task.get("ansible.posix.sysctl") instanceof Map<?, ?> m) {
                sysctlTasks++;
                assertInstanceOf(String.class, m.get("value"), "values are strings, as the module wants");
                assertTrue(((String) task.get("name")).contains("needs reboot:"), "risk in the task name");
            }
        }
        assertEquals(plan.sysctlChanges().size(), sysctlTasks);
    }
}
