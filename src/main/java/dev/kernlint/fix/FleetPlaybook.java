package dev.kernlint.fix;

import dev.kernlint.cli.Version;
import dev.kernlint.engine.FixAction;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One Ansible playbook for a fleet (`kernlint fix --fleet`): the fixed tasks of fleet-play.yml (ansible.builtin
 * only; rollback record, run-time set, drop-in, read-back, rollback mode, rings with --include-disruptive) and, as
 * play vars, what each host gets, keyed by the host name its snapshot reports. The whole document is a node tree
 * serialized by snakeyaml's emitter: nothing from a snapshot is pasted into text. Every string from a plan is tagged
 * {@code !unsafe}, so Ansible never templates it, and host names must be plain host names besides.
 */
public final class FleetPlaybook {
    /** A host name as DNS and inventories spell it: nothing Jinja, YAML or a shell reads as syntax. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,252}");
    private static final Tag UNSAFE = new Tag("!unsafe");
    private static final String ETHTOOL = "@ETHTOOL@";

    /** One judged host: the name its snapshot reports and its plan. */
    public record Host(String name, FixPlan plan) {}

    private FleetPlaybook() {}

    /** Null when the name may key a host in the playbook; otherwise why not. */
    public static String hostProblem(String name) {
        if (name == null || !HOST.matcher(name).matches()) {
            return "host name " + SafeValues.yamlQuote(name) + " is not a plain host name (letters, digits, '.', '_', '-')";
        }
        return null;
    }

    /** @param options the fleet's options (sysctl dir, drop-in name, --include-disruptive); each plan was built with them */
    public static String render(List<Host> hosts, FixPlan.Options options) {
        for (Host h : hosts) {
            if (hostProblem(h.name()) != null) {
                throw new IllegalArgumentException(hostProblem(h.name()));
            }
        }
        List<NodeTuple> vars = new ArrayList<>();
        vars.add(entry("kernlint_fleet_sysctl_dir", unsafe(options.sysctlDir())));
        vars.add(entry("kernlint_fleet_drop_in", unsafe(options.dropInName())));
        vars.add(entry("kernlint_fleet_udev_rule", unsafe(UdevRingRule.DIR + "/" + UdevRingRule.FILE)));
        vars.add(entry("kernlint_fleet_include_disruptive",
                new ScalarNode(Tag.BOOL, Boolean.toString(options.includeDisruptive()), null, null, DumperOptions.ScalarStyle.PLAIN)));
        List<NodeTuple> byHost = new ArrayList<>();
        for (Host h : hosts) {
            byHost.add(entry(h.name(), host(h.plan())));
        }
        vars.add(entry("kernlint_fleet_hosts", new MappingNode(Tag.MAP, byHost, DumperOptions.FlowStyle.BLOCK)));

        SequenceNode playbook = tasks();
        MappingNode play = (MappingNode) playbook.getValue().get(0);
        List<NodeTuple> fields = new ArrayList<>(play.getValue());
        int at = 0;
        while (at < fields.size() && !"tasks".equals(((ScalarNode) fields.get(at).getKeyNode()).getValue())) {
            at++;
        }
        fields.add(at, entry("vars", new MappingNode(Tag.MAP, vars, DumperOptions.FlowStyle.BLOCK)));
        play.setValue(fields);

        StringBuilder sb = new StringBuilder();
        sb.append("# kernlint fleet fix playbook, written by kernlint ").append(Version.VERSION).append(" (kernlint fix --fleet)\n");
        sb.append("# ").append(hosts.size()).append(" hosts judged, ")
                .append(hosts.stream().filter(h -> !h.plan().changes().isEmpty()).count()).append(" with changes. Each host gets only\n");
        sb.append("# its own changes: kernlint_fleet_hosts below, keyed by the host name of its snapshot (set kernlint_host_name\n");
        sb.append("# in the inventory when the inventory name differs). Only ansible.builtin modules.\n");
        sb.append("#   ansible-playbook -i INVENTORY THIS.yml --check --diff     shows what would change, changes nothing\n");
        sb.append("#   ansible-playbook -i INVENTORY THIS.yml                    applies (rollback record first, then read-back)\n");
        sb.append("#   ansible-playbook -i INVENTORY THIS.yml -e kernlint_rollback=true    restores the values from before\n");
        sb.append("# Per-host vars: kernlint_sysctl_dir (drop-in directory), kernlint_state_dir (rollback record, default\n");
        sb.append("# /var/lib/kernlint), kernlint_host_name; kernlint_hosts limits the play (default all).\n");
        sb.append(dev.kernlint.profile.YamlEmitter.emit(playbook));
        return sb.toString();
    }

    private static Node host(FixPlan plan) {
        List<Node> sysctl = new ArrayList<>();
        for (FixPlan.Change c : plan.sysctlChanges()) {
            FixAction.SetSysctl s = (FixAction.SetSysctl) c.action();
            List<NodeTuple> t = new ArrayList<>();
            t.add(entry("key", unsafe(s.key())));
            t.add(entry("value", unsafe(s.value())));
            t.add(entry("rules", unsafe(c.rules())));
            t.add(entry("risk", unsafe(c.risk().describe())));
            t.add(entry("why", unsafe(c.why())));
            if (c.review()) {
                t.add(entry("review", unsafe("yes")));
            }
            sysctl.add(new MappingNode(Tag.MAP, t, DumperOptions.FlowStyle.BLOCK));
        }
        List<Node> rings = new ArrayList<>();
        List<FixPlan.Change> ringChanges = plan.ringChanges();
        for (FixPlan.Change c : ringChanges) {
            FixAction.SetRing g = (FixAction.SetRing) c.action();
            List<NodeTuple> t = new ArrayList<>();
            t.add(entry("what", unsafe(c.what())));
            t.add(entry("rules", unsafe(c.rules())));
            t.add(entry("risk", unsafe(c.risk().describe())));
            t.add(entry("argv", sequence(g.command().orElseThrow().argv())));
            rings.add(new MappingNode(Tag.MAP, t, DumperOptions.FlowStyle.BLOCK));
        }
        List<String> udev = ringChanges.isEmpty() ? List.of() : UdevRingRule.lines(ringChanges, ETHTOOL);
        List<NodeTuple> t = new ArrayList<>();
        t.add(entry("sysctl", new SequenceNode(Tag.SEQ, sysctl, DumperOptions.FlowStyle.BLOCK)));
        t.add(entry("rings", new SequenceNode(Tag.SEQ, rings, DumperOptions.FlowStyle.BLOCK)));
        t.add(entry("udev", sequence(udev)));
        return new MappingNode(Tag.MAP, t, DumperOptions.FlowStyle.BLOCK);
    }

    private static SequenceNode sequence(List<String> words) {
        return new SequenceNode(Tag.SEQ, words.stream().map(w -> (Node) unsafe(w)).toList(), DumperOptions.FlowStyle.BLOCK);
    }

    private static NodeTuple entry(String key, Node value) {
        return new NodeTuple(new ScalarNode(Tag.STR, key, null, null, DumperOptions.ScalarStyle.PLAIN), value);
    }

    /** A string Ansible keeps as it is ({{ }} in it is text, never a template), always quoted, on one line. */
    private static ScalarNode unsafe(String s) {
        return new ScalarNode(UNSAFE, s, null, null, DumperOptions.ScalarStyle.DOUBLE_QUOTED);
    }

    private static SequenceNode tasks() {
        try (InputStream in = FleetPlaybook.class.getResourceAsStream("fleet-play.yml")) {
            if (in == null) {
                throw new IllegalStateException("missing resource fleet-play.yml next to " + FleetPlaybook.class.getName());
            }
            return (SequenceNode) new Yaml(new LoaderOptions()).compose(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
