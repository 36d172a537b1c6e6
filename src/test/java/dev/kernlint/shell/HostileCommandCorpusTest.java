package dev.kernlint.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.json.Json;
import dev.kernlint.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A snapshot with shell metacharacters in sysctl.d values and keys, interface names and the host name, audited in
 * every report format and fixed in every fix format; then every printed or written command is run by sh in a
 * throwaway directory whose PATH holds only logging stubs of sysctl, ethtool and grep and logging wrappers of a
 * few vetted tools the script needs. The stubs must get exactly the argv words the structured actions give; no
 * canary file may appear and no other program may start; nothing may be written outside the output paths.
 */
class HostileCommandCorpusTest {
    @TempDir
    static Path root;
    static Path snapshot;
    static Path canary;
    static Map<String, String> snapshotBefore;

    /** Each payload tries to create the canary, by relative name and by absolute path of the real touch. */
    static String payload() {
        return "$(/usr/bin/touch " + canary + ")`/usr/bin/touch " + canary + "`";
    }

    @BeforeAll
    static void buildSnapshot() throws IOException {
        canary = root.resolve("CANARY");
        snapshot = root.resolve("snap");
        String p = payload();
        write("proc/sys/kernel/osrelease", "6.1.0-18-amd64\n");
        write("proc/sys/net/ipv4/tcp_tw_recycle", "1\n");
        write("proc/sys/net/ipv4/tcp_timestamps", "1\n");
        write("proc/sys/net/core/somaxconn", "128\n");
        write("proc/sys/net/ipv4/tcp_fin_timeout", "60\n");
        write("proc/sys/vm/swappiness", "60\n");
        // the issue's line, a command substitution, a value with a newline escape, a dead key with metacharacters
        write("etc/sysctl.d/99-hostile.conf", String.join("\n",
                "net.ipv4.tcp_fin_timeout = 1' ; /usr/bin/touch " + canary + " ; echo '",
                "vm.swappiness = " + p,
                "net.ipv4.tcp_tw_recycle = 1 ; /usr/bin/touch " + canary,
                "net.ipv4.tcp_gone_" + "x;touch${IFS}" + canary.getFileName() + " = 1",
                "kernel.gone_key = 1",
                ""));
        write("sys/class/net/eth0/type", "1\n");
        write("sys/class/net/eth0;touch " + canary.getFileName() + "/type", "1\n");
        write("sys/class/net/$(touch x)/type", "1\n");
        String rings = Files.readString(Path.of("src/test/resources/snapshots/nic-ring-below-max-new/commands/ethtool_-g_eth0"));
        write("commands/ethtool_-g_eth0", rings);
        write("commands/ethtool_-g_eth0;touch " + canary.getFileName(), rings);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", "kernlint-snapshot/1");
        m.put("hostname", "web1'\n; " + p + "\nrules: {NET-TW-RECYCLE: {enabled: false}}");
        m.put("collected_at", "2026-01-01T00:00:00Z");
        m.put("kernel", "6.1.0-18-amd64");
        m.put("items", List.of());
        // as `collect` records it: the keys the tree lacks do not exist, so DEAD-KEY (with its grep command) judges
        m.put("complete", List.of("/proc/sys"));
        Files.writeString(snapshot.resolve("manifest.json"), Json.write(m));
        snapshotBefore = tree(snapshot);
    }

    private static void write(String rel, String text) throws IOException {
        Path f = snapshot.resolve(rel);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    /** Every file under dir with its content, to see that nothing changed or appeared. */
    static Map<String, String> tree(Path dir) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.sorted().toList()) {
                out.put(dir.relativize(f).toString(), Files.isRegularFile(f) ? Files.readString(f) : "<dir>");
            }
        }
        return out;
    }

    // ---------- the sandbox

    record Sandbox(Path dir, Path bin, Path log, Path work) {}

    /** A throwaway directory: bin/ with stubs and wrappers only, log of every program started, work/ as cwd. */
    static Sandbox sandbox(String name) throws Exception {
        Path dir = Files.createDirectories(root.resolve("sandbox-" + name));
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path log = dir.resolve("argv.log");
        Files.writeString(log, "");
        for (String stub : List.of("sysctl", "ethtool", "grep")) {
            // one line per run: the program, then each argv word between < and >; written by one printf, so one
            // write(2) to the O_APPEND log, as the two ends of a pipe run at once and must not interleave their words
            executable(bin.resolve(stub), "#!/bin/sh\nline=" + stub + "\nfor a in \"$@\"; do line=\"$line <$a>\"; done\nprintf '%s\\n' \"$line\" >> "
                    + ShellWord.singleQuoted(log.toString()) + "\n");
        }
        // the tools the fix script needs besides sysctl and ethtool: they log that they ran, then do their job
        for (String tool : List.of("id", "dirname", "basename", "date", "mkdir", "chmod", "mv", "cat", "awk", "tr", "sed", "cp", "rm")) {
            Path real = Stream.of("/usr/bin/", "/bin/").map(d -> Path.of(d + tool)).filter(Files::isExecutable).findFirst().orElseThrow();
            executable(bin.resolve(tool), "#!/bin/sh\nprintf '%s\\n' " + tool + " >> " + ShellWord.singleQuoted(log.toString())
                    + "\nexec " + real + " \"$@\"\n");
        }
        Path work = Files.createDirectories(dir.resolve("work"));
        return new Sandbox(dir, bin, log, work);
    }

    private static void executable(Path f, String text) throws IOException {
        Files.writeString(f, text);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** Runs sh with the sandbox as PATH, HOME and cwd; returns the argv log, one run per entry. */
    static List<String> runSh(Sandbox s, List<String> shArgs, Map<String, String> env) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("/bin/sh"));
        cmd.addAll(shArgs);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(s.work().toFile()).redirectErrorStream(true);
        pb.environment().clear();
        pb.environment().put("PATH", s.bin().toString());
        pb.environment().put("HOME", s.work().toString());
        pb.environment().putAll(env);
        pb.redirectOutput(s.dir().resolve("sh.out").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "sh ended");
        return Files.readAllLines(s.log());
    }

    static void assertNothingInjected(Sandbox s) throws IOException {
        assertFalse(Files.exists(canary), "a payload ran: the canary exists");
        try (Stream<Path> w = Files.walk(s.work())) {
            List<String> stray = w.filter(f -> f.getFileName().toString().contains("CANARY") || f.getFileName().toString().equals("x"))
                    .map(Path::toString).toList();
            assertEquals(List.of(), stray, "files a payload would make");
        }
        String out = Files.readString(s.dir().resolve("sh.out"));
        assertFalse(out.contains("not found"), "sh tried a program that is not on the vetted PATH:\n" + out);
    }

    // ---------- the reports

    static Cli audit(String format) {
        return Cli.run("audit", "--snapshot", snapshot.toString(), "--format", format, "--fail-on", "never");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> jsonFindings() {
        return (List<Map<String, Object>>) audit("json").report().get("findings");
    }

    /** The argv words a structured action stands for: what sh must hand the stub. */
    static List<String> expectedArgv(Map<?, ?> action) {
        return switch ((String) action.get("type")) {
            case "sysctl" -> List.of("sysctl", "-w", action.get("key") + "=" + action.get("value"));
            case "sysctl-remove" -> List.of("grep", "-rn", "^[[:space:]]*" + ((String) action.get("key")).replace(".", "\\."),
                    "/etc/sysctl.conf", "/etc/sysctl.d/");
            case "ethtool-ring" -> {
                List<String> a = new ArrayList<>(List.of("ethtool", "-G", (String) action.get("iface")));
                if (action.get("rx") != null) {
                    a.addAll(List.of("rx", String.valueOf(action.get("rx"))));
                }
                if (action.get("tx") != null) {
                    a.addAll(List.of("tx", String.valueOf(action.get("tx"))));
                }
                yield a;
            }
            default -> throw new AssertionError("unknown action " + action);
        };
    }

    static String logLine(List<String> argv) {
        StringBuilder sb = new StringBuilder(argv.get(0));
        argv.subList(1, argv.size()).forEach(a -> sb.append(" <").append(a).append('>'));
        return sb.toString();
    }

    @Test
    void theHostileInputsReachFindingsButNoCommand() {
        List<Map<String, Object>> findings = jsonFindings();
        Set<String> rules = new TreeSet<>();
        findings.forEach(f -> rules.add((String) f.get("rule")));
        assertTrue(rules.containsAll(List.of("NET-TW-RECYCLE", "KERN-SYSCTL-DRIFT", "KERN-SYSCTL-DEAD-KEY", "NIC-RING-BELOW-MAX")), rules.toString());
        int refused = 0;
        for (Map<String, Object> f : findings) {
            Map<?, ?> rem = (Map<?, ?>) f.get("remediation");
            for (Object c : (List<?>) rem.get("commands")) {
                assertFalse(((String) c).contains("touch"), "a command carries a payload: " + c);
            }
            if (f.get("message").toString().contains("touch") && ((List<?>) rem.get("commands")).isEmpty()) {
                refused++;
                assertEquals(false, rem.get("fix_allowed"), f.toString());
            }
        }
        // tcp_fin_timeout and swappiness drift with hostile values; tcp_tw_recycle's "1 ; ..." is no drift, as the
        // kernel keeps the number before the space for a numeric key (SysctlCommentNamespaceTest, with the real tools)
        assertTrue(refused >= 2, "the hostile values gave findings without commands: " + refused);
    }

    @Test
    void everyReportFormatPrintsOnlyCommandsWithoutPayloads() throws IOException {
        for (String format : List.of("text", "json", "sarif", "junit", "markdown", "html")) {
            Cli r = audit(format);
            assertEquals(0, r.exit(), format + ": " + r.err());
            for (String line : r.out().lines().toList()) {
                String l = line.strip();
                boolean command = l.startsWith("$ ") || l.startsWith("sysctl ") || l.startsWith("ethtool ") || l.startsWith("grep ")
                        || l.startsWith("\"sysctl ") || l.startsWith("\"ethtool ") || l.startsWith("\"grep ");
                assertFalse(command && (l.contains("touch") || l.contains("$(")), format + " prints a command with a payload: " + l);
            }
        }
        assertEquals(snapshotBefore, tree(snapshot), "the audit wrote nothing into the snapshot");
    }

    @Test
    void reportCommandsGiveTheStubsExactlyTheActionsArgv() throws Exception {
        Sandbox s = sandbox("report");
        List<String> expected = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> f : jsonFindings()) {
            Map<?, ?> rem = (Map<?, ?>) f.get("remediation");
            List<?> commands = (List<?>) rem.get("commands");
            List<?> actions = (List<?>) rem.get("actions");
            assertEquals(commands.size(), actions.size(), f.toString());
            for (int i = 0; i < commands.size(); i++) {
                lines.add((String) commands.get(i));
                expected.add(logLine(expectedArgv((Map<?, ?>) actions.get(i))));
            }
        }
        // the text report prints the same commands
        List<String> printed = audit("text").out().lines().map(String::strip).filter(l -> l.startsWith("$ "))
                .map(l -> l.substring(2)).toList();
        assertEquals(new LinkedHashSet<>(lines), new LinkedHashSet<>(printed));
        assertTrue(expected.stream().anyMatch(e -> e.startsWith("ethtool")) && expected.stream().anyMatch(e -> e.startsWith("grep")), expected.toString());
        Path script = s.dir().resolve("commands.sh");
        Files.writeString(script, String.join("\n", lines) + "\n");
        List<String> log = runSh(s, List.of(script.toString()), Map.of());
        assertEquals(expected, log);
        assertNothingInjected(s);
    }

    @Test
    void everyFixFormatRunsOnlyTheStubsWithTheActionsArgv() throws Exception {
        Path out = Files.createDirectories(root.resolve("fix-out"));
        for (String format : List.of("sysctl", "script", "ansible")) {
            Cli r = Cli.run("fix", "--snapshot", snapshot.toString(), "--format", format, "--include-disruptive",
                    "-o", out.resolve("fix." + format).toString());
            assertEquals(0, r.exit(), format + ": " + r.err());
            String text = Files.readString(out.resolve("fix." + format));
            // a payload may be quoted in a comment or as the one word of a message the script prints (say '...'):
            // running the script below shows that it stays a word
            assertEquals(List.of(), text.lines().filter(l -> !l.strip().startsWith("#") && !l.startsWith("say '")
                    && l.contains("touch")).toList(), format + " holds a payload outside a comment");
        }
        assertEquals(Set.of("fix.sysctl", "fix.script", "fix.ansible"), new TreeSet<>(listNames(out)), "only the output files");
        assertEquals(snapshotBefore, tree(snapshot), "fix wrote nothing into the snapshot");

        Sandbox s = sandbox("script");
        Path sysctlDir = Files.createDirectories(s.dir().resolve("sysctl.d"));
        Path udevDir = Files.createDirectories(s.dir().resolve("udev"));
        Path script = s.work().resolve("kernlint-fix.sh");
        Files.copy(out.resolve("fix.script"), script);
        List<String> log = runSh(s, List.of(script.toString()),
                Map.of("KERNLINT_SYSCTL_DIR", sysctlDir.toString(), "KERNLINT_UDEV_DIR", udevDir.toString()));
        Set<String> programs = new TreeSet<>();
        log.forEach(l -> programs.add(l.split(" ", 2)[0]));
        assertTrue(Set.of("sysctl", "ethtool", "id", "dirname", "basename", "date", "mkdir", "chmod", "mv", "cat", "awk", "tr", "sed", "cp", "rm")
                .containsAll(programs), "programs started: " + programs);
        List<String> writes = log.stream().filter(l -> l.startsWith("sysctl <-w>")).toList();
        // the script leaves alone a key this machine's kernel lacks (tcp_tw_recycle since 4.12)
        List<String> wanted = Stream.of("net.ipv4.tcp_tw_recycle=0", "net.core.somaxconn=4096")
                .filter(w -> Files.exists(Path.of("/proc/sys/" + w.substring(0, w.indexOf('=')).replace('.', '/'))))
                .map(w -> "sysctl <-w> <" + w + ">").toList();
        assertEquals(wanted, writes, String.join("\n", log) + "\n" + Files.readString(s.dir().resolve("sh.out")));
        assertTrue(log.contains("ethtool <-G> <eth0> <rx> <8192> <tx> <8192>"), String.join("\n", log));
        assertTrue(log.stream().filter(l -> l.startsWith("sysctl") || l.startsWith("ethtool"))
                .allMatch(l -> l.matches("(sysctl|ethtool)( <[A-Za-z0-9_.=-]+>)+")), String.join("\n", log));
        assertNothingInjected(s);
        // the script wrote only where it was told: its drop-in, its udev rule, its rollback beside itself
        assertEquals(Set.of("90-kernlint.conf"), new TreeSet<>(listNames(sysctlDir)));
        assertEquals(Set.of("75-kernlint-rings.rules"), new TreeSet<>(listNames(udevDir)));
        assertEquals(Set.of("kernlint-fix.sh", "kernlint-fix.rollback.sh", "kernlint-fix.rollback.d"), new TreeSet<>(listNames(s.work())));
        String udev = Files.readString(udevDir.resolve("75-kernlint-rings.rules"));
        assertTrue(udev.contains("KERNEL==\"eth0\"") && !udev.contains("touch"), udev);
    }

    private static List<String> listNames(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(f -> f.getFileName().toString()).toList();
        }
    }
}
