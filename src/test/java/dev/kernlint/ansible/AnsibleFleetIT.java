package dev.kernlint.ansible;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.source.Snapshots;
import dev.kernlint.source.Source;
import dev.kernlint.testing.Processes;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The Ansible side for real: Debian's ansible-core against three hosts that are network namespaces with their own
 * sshd. ansible/collect.yml collects all three (kl-h2 has net.core.somaxconn 128, the others 4096);
 * `kernlint fix --fleet` writes a playbook that changes only kl-h2; --check changes nothing; the run fixes kl-h2
 * (its drop-in in its own directory, never /etc/sysctl.d); a second collection shows every host at 4096; the
 * rollback brings kl-h2 back to 128. ansible/collect-shell.yml writes a snapshot the audit reads.
 */
class AnsibleFleetIT {
    private static final Path JAR = Path.of(System.getProperty("kernlint.jar", "target/kernlint.jar")).toAbsolutePath();
    private static final Path PLAYBOOKS = Path.of("ansible").toAbsolutePath();
    private static final String KEY = "net.core.somaxconn";

    @Test
    void collectsTheFleetFixesOnlyTheOutlierAndRollsBack() throws Exception {
        Assumptions.assumeTrue(isRoot(), "needs root: creates network namespaces and runs sshd");
        for (String tool : List.of("/usr/bin/ansible-playbook", "/usr/sbin/sshd", "/usr/bin/ssh-keygen", "/usr/bin/unshare")) {
            Assumptions.assumeTrue(Files.isExecutable(Path.of(tool)), tool + " is not installed (apt-get install ansible-core openssh-server)");
        }
        Assumptions.assumeTrue(Files.isRegularFile(JAR), "no " + JAR + " (runs after package)");
        Path t = Files.createTempDirectory("kernlint-ansible");
        Path privsep = Path.of("/run/sshd");
        boolean madePrivsep = !Files.exists(privsep);
        List<SshHost> hosts = new ArrayList<>();
        try {
            if (madePrivsep) {
                Files.createDirectories(privsep);
            }
            Path clientKey = t.resolve("id_ed25519");
            run(t, List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "kernlint-test", "-f", clientKey.toString()));
            Path authorized = t.resolve("authorized_keys");
            Files.copy(t.resolve("id_ed25519.pub"), authorized);
            for (int n = 1; n <= 3; n++) {
                SshHost h = SshHost.start("kl-h" + n, n, t, authorized);
                hosts.add(h);
                h.run("sysctl", "-q", "-w", "net.ipv4.tcp_fin_timeout=30");
                h.run("sysctl", "-q", "-w", KEY + "=" + (n == 2 ? "128" : "4096"));
            }
            StringBuilder known = new StringBuilder();
            for (SshHost h : hosts) {
                known.append(h.hostKeyLine()).append('\n');
            }
            Files.writeString(t.resolve("known_hosts"), known);
            Path inventory = inventory(t, hosts, clientKey);

            Path fleet = t.resolve("fleet");
            ansible(t, inventory, PLAYBOOKS.resolve("collect.yml"), "-e", "kernlint_fleet_dir=" + fleet);
            assertEquals(Map.of("kl-h1", "4096", "kl-h2", "128", "kl-h3", "4096"), collected(fleet));

            // the fleet report names the outlier host and key before anything is fixed
            Path report = t.resolve("fleet.json");
            run(t, List.of(Processes.java(), "-jar", JAR.toString(), "fleet", fleet.toString(), "--fail-on", "never",
                    "--format", "json=" + report));
            assertEquals(List.of(Map.of("key", KEY, "hosts", List.of("kl-h2"), "fleet_value", "4096")), outliers(report));

            Path fix = t.resolve("fleet-fix.yml");
            run(t, List.of(Processes.java(), "-jar", JAR.toString(), "fix", "--fleet", fleet.toString(),
                    "--rule", "NET-SOMAXCONN-LOW", "-o", fix.toString()));
            assertEquals(Map.of("kl-h1", List.of(), "kl-h2", List.of(KEY + "=4096"), "kl-h3", List.of()), planned(fix));

            ansible(t, inventory, fix, "--check");
            assertEquals(List.of("4096", "128", "4096"), running(hosts), "--check changed a value");
            for (SshHost h : hosts) {
                assertFalse(Files.exists(h.dir.resolve("sysctl.d/90-kernlint.conf")), "--check wrote a drop-in on " + h.name);
                assertFalse(Files.exists(h.dir.resolve("state/kernlint-fleet.rollback.json")), "--check wrote a record on " + h.name);
            }

            ansible(t, inventory, fix);
            assertEquals(List.of("4096", "4096", "4096"), running(hosts));
            assertEquals(KEY + " = 4096\n", Files.readString(hosts.get(1).dir.resolve("sysctl.d/90-kernlint.conf")));
            assertTrue(Files.exists(hosts.get(1).dir.resolve("state/kernlint-fleet.rollback.json")));
            for (SshHost h : List.of(hosts.get(0), hosts.get(2))) {
                assertFalse(Files.exists(h.dir.resolve("sysctl.d")), "the playbook changed " + h.name + ", which needed nothing");
                assertFalse(Files.exists(h.dir.resolve("state")), "the playbook wrote a record on " + h.name);
            }

            Path again = t.resolve("fleet-again");
            ansible(t, inventory, PLAYBOOKS.resolve("collect.yml"), "-e", "kernlint_fleet_dir=" + again);
            assertEquals(Map.of("kl-h1", "4096", "kl-h2", "4096", "kl-h3", "4096"), collected(again));
            Path fix2 = t.resolve("fleet-fix-again.yml");
            run(t, List.of(Processes.java(), "-jar", JAR.toString(), "fix", "--fleet", again.toString(),
                    "--rule", "NET-SOMAXCONN-LOW", "-o", fix2.toString()));
            assertEquals(Map.of("kl-h1", List.of(), "kl-h2", List.of(), "kl-h3", List.of()), planned(fix2));

            ansible(t, inventory, fix, "-e", "kernlint_rollback=true");
            assertEquals(List.of("4096", "128", "4096"), running(hosts), "the rollback did not restore the first values");
            assertFalse(Files.exists(hosts.get(1).dir.resolve("sysctl.d/90-kernlint.conf")), "the rollback left the drop-in it made");
            assertFalse(Files.exists(hosts.get(1).dir.resolve("state/kernlint-fleet.rollback.json")));

            Path shell = t.resolve("fleet-shell");
            ansible(t, inventory, PLAYBOOKS.resolve("collect-shell.yml"), "-e", "kernlint_fleet_dir=" + shell,
                    "-e", "kernlint_hosts=kl-h2");
            assertEquals(Map.of("kl-h2", "128"), collected(shell));
            Processes.Result audit = run(t, List.of(Processes.java(), "-jar", JAR.toString(), "audit", "--snapshot",
                    shell.resolve("kl-h2.tar.gz").toString()), 0, 1);
            assertTrue(audit.out().contains("NET-SOMAXCONN-LOW"), audit.out());
        } finally {
            for (SshHost h : hosts) {
                h.close();
            }
            if (madePrivsep) {
                Files.deleteIfExists(privsep);
            }
            delete(t);
        }
    }

    private static Path inventory(Path t, List<SshHost> hosts, Path clientKey) throws IOException {
        StringBuilder inv = new StringBuilder("[fleet]\n");
        for (SshHost h : hosts) {
            Path d = h.dir;
            inv.append(h.name).append(" ansible_host=").append(h.address)
                    .append(" ansible_remote_tmp=").append(d.resolve("tmp"))
                    .append(" kernlint_remote_dir=").append(d.resolve("opt"))
                    .append(" kernlint_work_dir=").append(d.resolve("work"))
                    .append(" kernlint_sysctl_dir=").append(d.resolve("sysctl.d"))
                    .append(" kernlint_state_dir=").append(d.resolve("state")).append('\n');
        }
        inv.append("[fleet:vars]\n")
                .append("ansible_user=root\n")
                // the test runs as root and the hosts have no sudo
                .append("ansible_become=false\n")
                .append("ansible_python_interpreter=/usr/bin/python3\n")
                .append("ansible_ssh_private_key_file=").append(clientKey).append('\n')
                .append("ansible_ssh_common_args='-F /dev/null -o IdentitiesOnly=yes -o StrictHostKeyChecking=yes -o UserKnownHostsFile=")
                .append(t.resolve("known_hosts")).append("'\n")
                .append("kernlint_java=").append(Processes.java()).append('\n')
                .append("kernlint_jar=").append(JAR).append('\n');
        Path p = t.resolve("inventory.ini");
        Files.writeString(p, inv);
        return p;
    }

    /** The sysctl outliers of a kernlint-fleet/1 report: key, hosts and the fleet's value of each. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> outliers(Path report) throws IOException {
        String text = Files.readString(report);
        dev.kernlint.testing.ReportSchemas.assertValidFleet(text);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> o : (List<Map<String, Object>>) ((Map<String, Object>) dev.kernlint.json.Json.parse(text)).get("outliers")) {
            if ("FLEET-SYSCTL-OUTLIER".equals(o.get("rule"))) {
                out.add(Map.of("key", o.get("key"), "hosts", o.get("hosts"), "fleet_value", o.get("fleet_value")));
            }
        }
        return out;
    }

    /** Host name (from the snapshot's manifest) to its net.core.somaxconn, for every archive in the fleet dir. */
    private static Map<String, String> collected(Path fleet) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (Stream<Path> s = Files.list(fleet)) {
            for (Path p : s.sorted().toList()) {
                try (Source src = Snapshots.open(p)) {
                    out.put(src.hostname(), src.read("/proc/sys/net/core/somaxconn").textIfOk().orElseThrow().strip());
                }
            }
        }
        return out;
    }

    /** Host to its planned "key=value" changes, from the playbook's kernlint_fleet_hosts. */
    private static Map<String, List<String>> planned(Path playbook) throws IOException {
        Node root = new Yaml(new LoaderOptions()).compose(new StringReader(Files.readString(playbook)));
        MappingNode vars = (MappingNode) value((MappingNode) ((SequenceNode) root).getValue().get(0), "vars");
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (NodeTuple host : ((MappingNode) value(vars, "kernlint_fleet_hosts")).getValue()) {
            List<String> changes = new ArrayList<>();
            for (Node c : ((SequenceNode) value((MappingNode) host.getValueNode(), "sysctl")).getValue()) {
                changes.add(text(value((MappingNode) c, "key")) + "=" + text(value((MappingNode) c, "value")));
            }
            out.put(text(host.getKeyNode()), changes);
        }
        return out;
    }

    private static Node value(MappingNode m, String key) {
        return m.getValue().stream().filter(e -> key.equals(text(e.getKeyNode()))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + key)).getValueNode();
    }

    private static String text(Node n) {
        return ((ScalarNode) n).getValue();
    }

    private static List<String> running(List<SshHost> hosts) {
        return hosts.stream().map(h -> h.run("sysctl", "-n", KEY).strip()).toList();
    }

    private static void ansible(Path t, Path inventory, Path playbook, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("ansible-playbook", "-i", inventory.toString(), playbook.toString()));
        cmd.addAll(List.of(args));
        run(t, cmd);
    }

    /** Runs cmd with the test's Ansible environment and a time limit; asserts its exit code is one of {@code ok}. */
    private static Processes.Result run(Path t, List<String> cmd, int... ok) throws IOException {
        Path out = Files.createTempFile(t, "out", ".log");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile());
        Map<String, String> env = pb.environment();
        // nothing of Ansible's goes to root's home: its config, temp files and ssh control sockets stay in t
        env.put("ANSIBLE_HOME", t.resolve("ansible-home").toString());
        env.put("ANSIBLE_LOCAL_TEMP", t.resolve("ansible-local").toString());
        env.put("ANSIBLE_SSH_CONTROL_PATH_DIR", t.resolve("cp").toString());
        env.put("ANSIBLE_CONFIG", t.resolve("no-ansible.cfg").toString());
        env.put("ANSIBLE_RETRY_FILES_ENABLED", "false");
        env.put("ANSIBLE_NOCOLOR", "1");
        env.put("ANSIBLE_TIMEOUT", "30");
        env.put("ANSIBLE_FORKS", "5");
        // one ssh round trip per task instead of three (copy, run, clean up): the run is dominated by them
        env.put("ANSIBLE_PIPELINING", "true");
        Process p = pb.start();
        p.getOutputStream().close();
        try {
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
                throw new AssertionError(String.join(" ", cmd) + ": not done within 300 s\n" + Files.readString(out));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted");
        }
        String text = Files.readString(out);
        int[] allowed = ok.length == 0 ? new int[] {0} : ok;
        int rc = p.exitValue();
        assertTrue(java.util.Arrays.stream(allowed).anyMatch(a -> a == rc), String.join(" ", cmd) + " exited " + rc + ":\n" + text);
        return new Processes.Result(rc, text, "");
    }

    private static void delete(Path t) throws IOException {
        try (Stream<Path> s = Files.walk(t)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static boolean isRoot() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().anyMatch(l -> l.matches("Uid:\\s+0\\s.*"));
        } catch (IOException e) {
            return false;
        }
    }
}
