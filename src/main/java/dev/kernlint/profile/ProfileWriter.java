package dev.kernlint.profile;

import dev.kernlint.engine.Severity;
import dev.kernlint.fact.ExpectedRing;
import dev.kernlint.fact.ExpectedSysctl;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A profile as YAML that {@link ProfileLoader} reads back to the same profile: `kernlint profiles show` (the
 * merged result of a chain) and `kernlint baseline` (values pinned from a host) both print this. The YAML is a node
 * tree serialized by snakeyaml's emitter, which quotes and escapes whatever a value holds; nothing is pasted into
 * the text. Only the header comment is text, and it keeps printable ASCII only.
 */
public final class ProfileWriter {
    /** Printable ASCII: a header line, or a scalar that may be written plain or single-quoted on one line. */
    private static final Pattern COMMENT = Pattern.compile("[\\x20-\\x7e]*");
    private static final Resolver RESOLVER = new Resolver();

    private ProfileWriter() {}

    /**
     * @param extendsRef written as `extends:` (a pinned baseline on top of a role), or null for a self-contained profile
     * @param header     comment lines, without the leading '#': kernlint's own text and values that passed a strict
     *                   check; as a last lock any character outside printable ASCII becomes '?', so no line break
     *                   (\n, \r, U+0085, U+2028) can end the comment
     */
    public static String write(Profile p, String extendsRef, List<String> header) {
        StringBuilder sb = new StringBuilder();
        for (String h : header) {
            String line = COMMENT.matcher(h).matches() ? h : h.replaceAll("[^\\x20-\\x7e]", "?");
            sb.append(line.isEmpty() ? "#" : "# " + line).append('\n');
        }
        List<NodeTuple> top = new ArrayList<>();
        List<List<NodeTuple>> sections = new ArrayList<>(List.of(top));
        top.add(entry("name", scalar(p.name())));
        if (!p.description().isEmpty()) {
            top.add(entry("description", quoted(p.description())));
        }
        if (extendsRef != null) {
            top.add(entry("extends", scalar(extendsRef)));
        }
        Severity baseline = p.baselineSeverity();
        top.add(entry("baseline_severity", scalar(baseline.label())));
        if (!p.thresholds().isEmpty()) {
            List<NodeTuple> rules = new ArrayList<>();
            p.thresholds().forEach((rule, m) -> {
                List<NodeTuple> values = new ArrayList<>();
                m.forEach((name, v) -> values.add(entry(name, number(v))));
                rules.add(entry(rule, map(values, false)));
            });
            sections.add(List.of(entry("thresholds", map(rules, false))));
        }
        if (!p.rules().isEmpty()) {
            List<NodeTuple> rules = new ArrayList<>();
            p.rules().forEach((rule, s) -> {
                List<NodeTuple> parts = new ArrayList<>();
                parts.add(entry("enabled", new ScalarNode(Tag.BOOL, String.valueOf(s.enabled()), null, null, DumperOptions.ScalarStyle.PLAIN)));
                if (s.severity() != null) {
                    parts.add(entry("severity", scalar(s.severity().label())));
                }
                rules.add(entry(rule, map(parts, true)));
            });
            sections.add(List.of(entry("rules", map(rules, false))));
        }
        if (!p.sysctl().isEmpty()) {
            List<NodeTuple> keys = new ArrayList<>();
            for (ExpectedSysctl e : p.sysctl()) {
                Node value = expectation(e);
                boolean own = e.severity() != null && !e.severity().equals(baseline.label());
                keys.add(entry(e.key(), own ? map(List.of(new NodeTuple(scalar("expect"), value),
                        entry("severity", scalar(e.severity()))), true) : value));
            }
            sections.add(List.of(entry("sysctl", map(keys, false))));
        }
        if (!p.rings().isEmpty()) {
            Map<String, List<ExpectedRing>> byIface = new LinkedHashMap<>();
            p.rings().forEach(r -> byIface.computeIfAbsent(r.iface(), k -> new ArrayList<>()).add(r));
            List<NodeTuple> ifaces = new ArrayList<>();
            byIface.forEach((iface, rings) -> {
                List<NodeTuple> parts = new ArrayList<>();
                Severity worst = null;
                for (ExpectedRing r : rings) {
                    boolean plain = r.op().equals("max") || r.op().equals("==");
                    parts.add(entry(r.ring(), plain ? scalar(r.describe()) : quoted(r.describe())));
                    Severity s = Severity.parse(r.severity());
                    if (s != null && (worst == null || s.compareTo(worst) > 0)) {
                        worst = s;
                    }
                }
                // one map per interface holds one severity: when rx and tx differ along the chain, the higher is kept
                if (worst != null && worst != baseline) {
                    parts.add(entry("severity", scalar(worst.label())));
                }
                ifaces.add(entry(iface, map(parts, true)));
            });
            sections.add(List.of(entry("rings", map(ifaces, false))));
        }
        // one emitter run per top-level section, so a blank line can part them: each run is a whole block mapping
        // at column 0, and together they are the one mapping the loader reads
        for (int i = 0; i < sections.size(); i++) {
            sb.append(i == 0 ? "" : "\n").append(YamlEmitter.emit(map(sections.get(i), false)));
        }
        return sb.toString();
    }

    private static Node expectation(ExpectedSysctl e) {
        if (e.bound() != null) {
            return quoted(e.bound() + " " + e.boundValue());
        }
        if (e.allowed().size() == 1) {
            return scalar(e.allowed().get(0));
        }
        List<Node> values = e.allowed().stream().map(v -> (Node) scalar(v)).toList();
        return new SequenceNode(Tag.SEQ, values, DumperOptions.FlowStyle.FLOW);
    }

    private static NodeTuple entry(String key, Node value) {
        return new NodeTuple(scalar(key), value);
    }

    private static MappingNode map(List<NodeTuple> tuples, boolean flow) {
        return new MappingNode(Tag.MAP, tuples, flow ? DumperOptions.FlowStyle.FLOW : DumperOptions.FlowStyle.BLOCK);
    }

    private static Node number(double v) {
        return scalar(BigDecimal.valueOf(v).stripTrailingZeros().toPlainString());
    }

    /**
     * A text, plain where YAML reads it back as the same text. The loader reads every scalar as its text and looks
     * at the tag only to refuse booleans and nulls, so a number keeps its int or float tag (written plain: 4096) and
     * everything else is a str, which the emitter quotes whenever plain would read as something else ("yes", "~").
     */
    static ScalarNode scalar(String s) {
        if (!COMMENT.matcher(s).matches()) {
            // line breaks, control and non-ASCII characters: escapes in double quotes keep it on one line
            return quoted(s);
        }
        Tag resolved = RESOLVER.resolve(NodeId.scalar, s, true);
        Tag tag = resolved.equals(Tag.INT) || resolved.equals(Tag.FLOAT) ? resolved : Tag.STR;
        return new ScalarNode(tag, s, null, null, DumperOptions.ScalarStyle.PLAIN);
    }

    /** Always double-quoted, as a bound (">= 4096") or a description reads best. */
    static ScalarNode quoted(String s) {
        return new ScalarNode(Tag.STR, s, null, null, DumperOptions.ScalarStyle.DOUBLE_QUOTED);
    }
}
