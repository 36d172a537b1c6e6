package dev.kernlint.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real kernel, safely: as root, inside a network namespace this test creates, set bad net.* values, then
 * fix them with the generated script and with `fix --apply --yes`, audit again, roll back, and compare every value
 * with what it was. Only net.* keys inside the namespace are ever written (checked on the plan before anything
 * runs); the host's own values are compared before and after. Skips visibly without root or `ip netns`.
 */
class NetnsApplyTest {
    /** Bad values, each one a finding of the default profile; all of them per network namespace. */
    static final Map<String, String> BAD = new LinkedHashMap<>();

    static {
        BAD.put("net.core.somaxconn", "128");
        BAD.put("net.ipv4.tcp_timestamps", "0");
        BAD.put("net.ipv4.tcp_tw_reuse", "1");
        BAD.put("net.ipv4.tcp_syncookies", "0");
    }

    static final List<String> RULES = List.of("--rule", "NET-SOMAXCONN-LOW", "--rule", "NET-TW-REUSE-NO-TS",
            "--rule", "KERN-SYSCTL-BASELINE");
    static final Pattern SET = Pattern.compile("(?m)^set_sysctl ([A-Za-z0-9_./-]+) (\\S+|'[^']*')$");

    static String ns;
    static Map<String, String> hostBefore;

    @BeforeAll
    static void namespace() throws IOException {
        Assumptions.assumeTrue("0".equals(FixFixtures.run(List.of("id", "-u"), null).output().strip()),
                "needs root: skipping the live network-namespace test of fix --apply and --rollback");
        ns = "kernlint-fix-" + ProcessHandle.current().pid();
        FixFixtures.Run add = FixFixtures.run(List.of("ip", "netns", "add", ns), null);
        Assumptions.assumeTrue(add.exit() == 0, "ip netns is not available here (" + add.output().strip() + "): skipping");
        hostBefore = new LinkedHashMap<>();
        for (String key : BAD.keySet()) {
            hostBefore.put(key, hostValue(key));
        }
    }

    @AfterAll
    static void deleteNamespace() throws IOException {
        if (ns != null) {
            FixFixtures.run(List.of("ip", "netns", "delete", ns), null);
        }
        if (hostBefore != null) {
            for (Map.Entry<String, String> e : hostBefore.entrySet()) {
                assertEquals(e.getValue(), hostValue(e.getKey()), "the host's own " + e.getKey() + " must never change");
            }
        }
    }

    static String hostValue(String key) throws IOException {
        return KernelSettings.fold(Files.readString(Path.of("/proc/sys/" + key.replace('.', '/'))));
    }

    static FixFixtures.Run inNs(String... argv) {
        List<String> cmd = new ArrayList<>(List.of("ip", "netns", "exec", ns));
        cmd.addAll(List.of(argv));
        return FixFixtures.run(cmd, null);
    }

    static String nsValue(String key) {
        return KernelSettings.fold(inNs("cat", "/proc/sys/" + key.replace('.', '/')).output());
    }

    /** kernlint from the test classpath, started inside the namespace. */
    static FixFixtures.Run kernlint(List<String> args) {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", cp, "dev.kernlint.cli.Main"));
        cmd.addAll(args);
        return inNs(cmd.toArray(String[]::new));
    }

    static void setBadValues() {
        for (Map.Entry<String, String> e : BAD.entrySet()) {
            FixFixtures.Run r = inNs("sysctl", "-q", "-w", e.getKey() + "=" + e.getValue());
            assertEquals(0, r.exit(), r.output());
        }
    }

    static Map<String, String> nsValues() {
        Map<String, String> m = new LinkedHashMap<>();
        BAD.keySet().forEach(k -> m.put(k, nsValue(k)));
        return m;
    }

    @Test
    void scriptThenApplyThenRollbackInsideANamespace(@TempDir Path tmp) throws IOException {
        setBadValues();
        Map<String, String> before = nsValues();
        Path profile = tmp.resolve("ns.yaml");
        // read-only in a network namespace: must come out as "not applicable", never as a failure
        Files.writeString(profile, "extends: default\nsysctl:\n  net.core.rmem_max: \">= 2147483647\"\n");
        List<String> common = new ArrayList<>(List.of("--profile", profile.toString()));
        common.addAll(RULES);

        // The plan, as a script. Nothing runs unless every key it would set is a net.* key.
        Path script = tmp.resolve("fix.sh");
        List<String> gen = new ArrayList<>(List.of("fix", "--format", "script", "-o", script.toString()));
        gen.addAll(common);
        FixFixtures.Run g = kernlint(gen);
        assertEquals(0, g.exit(), g.output());
        String text = Files.readString(script, StandardCharsets.UTF_8);
        Matcher m = SET.matcher(text);
        List<String> keys = new ArrayList<>();
        while (m.find()) {
            keys.add(m.group(1));
        }
        assertTrue(keys.containsAll(List.of("net.core.somaxconn", "net.ipv4.tcp_timestamps", "net.ipv4.tcp_syncookies")), text);
        Assumptions.assumeTrue(keys.stream().allMatch(k -> k.startsWith("net.")),
                "this host's own baseline findings would touch " + keys + ": not running anything");

        // 1. The script, with its drop-in in a temp directory, then its rollback script.
        FixFixtures.Run run = inNs("env", "KERNLINT_SYSCTL_DIR=" + tmp.resolve("script.d"), "sh", script.toString());
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("not applicable: net.core.rmem_max is read-only here"), run.output());
        assertEquals("4096", nsValue("net.core.somaxconn"));
        assertEquals("1", nsValue("net.ipv4.tcp_timestamps"));
        String scriptDropIn = Files.readString(tmp.resolve("script.d/90-kernlint.conf"));
        assertTrue(scriptDropIn.contains("\nnet.core.somaxconn = 4096\n"), scriptDropIn);
        assertTrue(scriptDropIn.contains("# not applicable where this script ran: net.core.rmem_max"), scriptDropIn);
        FixFixtures.Run undo = inNs("sh", tmp.resolve("fix.rollback.sh").toString());
        assertEquals(0, undo.exit(), undo.output());
        assertEquals(before, nsValues(), "the rollback script restores every value exactly");
        assertFalse(Files.exists(tmp.resolve("script.d/90-kernlint.conf")), "and removes the drop-in it created");

        // 2. fix --apply --yes, over an earlier drop-in that must survive the rollback byte for byte.
        Path dir = tmp.resolve("sysctl.d");
        Files.createDirectories(dir);
        String earlier = "net.ipv4.tcp_fin_timeout = 30\n";
        Files.writeString(dir.resolve("90-kernlint.conf"), earlier);
        Path rb = tmp.resolve("rollback.json");
        List<String> apply = new ArrayList<>(List.of("fix", "--apply", "--yes", "--sysctl-dir", dir.toString(),
                "--rollback-file", rb.toString()));
        apply.addAll(common);
        FixFixtures.Run a = kernlint(apply);
        assertEquals(0, a.exit(), a.output());
        assertTrue(a.output().contains("fixed           net.core.somaxconn = 4096"), a.output());
        assertTrue(a.output().contains("not applicable  net.core.rmem_max"), a.output());
        assertEquals("4096", nsValue("net.core.somaxconn"));
        assertEquals("1", nsValue("net.ipv4.tcp_syncookies"));

        List<String> audit = new ArrayList<>(List.of("audit", "--format", "json", "--fail-on", "never", "--profile", profile.toString()));
        FixFixtures.Run after = kernlint(audit);
        assertEquals(0, after.exit(), after.output());
        for (String gone : List.of("NET-SOMAXCONN-LOW", "NET-TW-REUSE-NO-TS", "net.ipv4.tcp_syncookies is")) {
            assertFalse(after.output().contains(gone), "re-audit is clean of " + gone + ": " + after.output());
        }

        FixFixtures.Run back = kernlint(List.of("fix", "--rollback", rb.toString()));
        assertEquals(0, back.exit(), back.output());
        assertEquals(before, nsValues(), "--rollback restores every value exactly");
        assertEquals(earlier, Files.readString(dir.resolve("90-kernlint.conf")));
    }
}
