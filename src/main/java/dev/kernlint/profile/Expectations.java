package dev.kernlint.profile;

import dev.kernlint.engine.Severity;
import dev.kernlint.fact.ExpectedRing;
import dev.kernlint.fact.ExpectedSysctl;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the values of a profile's sysctl: and rings: entries. The severity of an entry stays null unless the entry
 * names one, so that baseline_severity, which a child profile may change, decides it once the chain is merged.
 */
final class Expectations {
    private static final Pattern BOUND = Pattern.compile("^(>=|<=|>|<)\\s*(-?\\d+)$");
    private static final Pattern RING_BOUND = Pattern.compile("^(>=|<=)\\s*(\\d+)$");
    /** Dotted kernel parameter names as sysctl(8) prints them; '/' stands for a '.' inside a name (VLAN eth0.100). */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_/@:+-]+)+");

    private Expectations() {}

    static void checkKey(String file, Node keyNode, String key) {
        if (key.startsWith("/proc/sys")) {
            throw new ProfileException(file + ":" + YamlTree.line(keyNode) + ": sysctl key '" + key
                    + "' is a path; write it as sysctl prints it (" + key.substring("/proc/sys/".length()).replace('/', '.') + ")");
        }
        if (!KEY.matcher(key).matches()) {
            throw new ProfileException(file + ":" + YamlTree.line(keyNode) + ": '" + key
                    + "' is not a kernel parameter name (net.ipv4.tcp_syncookies, vm.swappiness, ...)");
        }
    }

    /**
     * True when a profile can say "KEY is exactly VALUE" so that the loader reads back this key and this value: a
     * name the loader takes, and a value it neither strips, refuses nor reads as a bound.
     */
    static boolean statesExactly(String key, String value) {
        return key != null && KEY.matcher(key).matches() && !key.startsWith("/proc/sys") && value != null
                && !value.isEmpty() && value.equals(value.strip()) && !value.startsWith(">") && !value.startsWith("<")
                && !value.startsWith("=");
    }

    /** `1`, `"1024 65535"`, `">= 4096"`, `[0, 2]`, or `{expect: ..., severity: critical}`. */
    static ExpectedSysctl sysctl(String file, String key, Node v) {
        if (v instanceof MappingNode m) {
            Node expect = null;
            Severity severity = null;
            for (NodeTuple t : m.getValue()) {
                String k = YamlTree.scalar(file, t.getKeyNode(), "a key");
                switch (k) {
                    case "expect" -> expect = t.getValueNode();
                    case "severity" -> severity = severity(file, t.getValueNode());
                    default -> throw new ProfileException(file + ":" + YamlTree.line(t.getKeyNode()) + ": sysctl." + key
                            + ": unknown key '" + k + "' (expect, severity)");
                }
            }
            if (expect == null || YamlTree.isNull(expect)) {
                throw new ProfileException(file + ":" + YamlTree.line(v) + ": sysctl." + key + ": needs 'expect'");
            }
            if (expect instanceof MappingNode) {
                throw new ProfileException(file + ":" + YamlTree.line(expect) + ": sysctl." + key
                        + ".expect must be a value, a bound or a list");
            }
            ExpectedSysctl e = sysctl(file, key, expect);
            return severity == null ? e : e.withSeverity(severity.label());
        }
        if (v instanceof SequenceNode s) {
            List<String> values = new ArrayList<>();
            for (Node n : s.getValue()) {
                values.add(value(file, key, n));
            }
            if (values.isEmpty()) {
                throw new ProfileException(file + ":" + YamlTree.line(v) + ": sysctl." + key + ": empty list of allowed values");
            }
            return ExpectedSysctl.oneOf(key, values, null);
        }
        String text = value(file, key, v);
        Matcher b = BOUND.matcher(text);
        if (b.matches()) {
            return ExpectedSysctl.bound(key, b.group(1), bound(file, v, key, b.group(2)), null);
        }
        if (text.startsWith(">") || text.startsWith("<") || text.startsWith("=")) {
            throw new ProfileException(file + ":" + YamlTree.line(v) + ": sysctl." + key + ": '" + text
                    + "' is not a bound; write \">= N\" or \"<= N\" with a whole number");
        }
        return ExpectedSysctl.exact(key, text, null);
    }

    private static String value(String file, String key, Node n) {
        if (YamlTree.isBool(n)) {
            // YAML reads on/off/yes/no/true/false as booleans; the kernel has no such values
            throw new ProfileException(file + ":" + YamlTree.line(n) + ": sysctl." + key + ": '"
                    + YamlTree.scalar(file, n, "a value") + "' is a YAML boolean; the kernel wants a number (1 or 0)");
        }
        if (YamlTree.isNull(n)) {
            throw new ProfileException(file + ":" + YamlTree.line(n) + ": sysctl." + key + ": a list entry has no value");
        }
        String text = YamlTree.scalar(file, n, "sysctl." + key + " values").strip();
        if (text.isEmpty()) {
            throw new ProfileException(file + ":" + YamlTree.line(n) + ": sysctl." + key + ": empty value");
        }
        return text;
    }

    private static long bound(String file, Node v, String key, String digits) {
        BigInteger n = new BigInteger(digits);
        if (n.bitLength() > 63) {
            throw new ProfileException(file + ":" + YamlTree.line(v) + ": sysctl." + key + ": bound " + digits
                    + " is out of range (at most " + Long.MAX_VALUE + ")");
        }
        return n.longValue();
    }

    /** rings.IFACE: `{rx: max, tx: ">= 1024", severity: critical}`; each of rx and tx is optional. */
    static List<ExpectedRing> rings(String file, String iface, Node v) {
        List<ExpectedRing> out = new ArrayList<>();
        Severity severity = null;
        for (NodeTuple t : YamlTree.map(file, v, "rings." + iface).getValue()) {
            String k = YamlTree.scalar(file, t.getKeyNode(), "a key");
            switch (k) {
                case "rx", "tx" -> out.add(ring(file, iface, k, t.getValueNode()));
                case "severity" -> severity = severity(file, t.getValueNode());
                default -> throw new ProfileException(file + ":" + YamlTree.line(t.getKeyNode()) + ": rings." + iface
                        + ": unknown key '" + k + "' (rx, tx, severity)");
            }
        }
        if (out.isEmpty()) {
            throw new ProfileException(file + ":" + YamlTree.line(v) + ": rings." + iface + " needs rx or tx");
        }
        if (severity != null) {
            String label = severity.label();
            out.replaceAll(r -> r.withSeverity(label));
        }
        return out;
    }

    private static ExpectedRing ring(String file, String iface, String ring, Node v) {
        String text = YamlTree.scalar(file, v, "rings." + iface + "." + ring).strip();
        String where = file + ":" + YamlTree.line(v) + ": rings." + iface + "." + ring;
        if (text.equals("max")) {
            return new ExpectedRing(iface, ring, "max", 0, null);
        }
        Matcher b = RING_BOUND.matcher(text);
        String op = b.matches() ? b.group(1) : "==";
        String digits = b.matches() ? b.group(2) : text;
        long size;
        try {
            size = Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new ProfileException(where + ": '" + text + "' must be max, a size, or \">= N\" / \"<= N\"");
        }
        if (size < 1 || size > (1 << 24)) {
            throw new ProfileException(where + ": " + size + " is not a ring size (1 to 16777216 descriptors)");
        }
        return new ExpectedRing(iface, ring, op, size, null);
    }

    static Severity severity(String file, Node v) {
        Severity s = Severity.parse(YamlTree.scalar(file, v, "severity"));
        if (s == null) {
            throw new ProfileException(file + ":" + YamlTree.line(v) + ": severity must be info, warning or critical, not '"
                    + YamlTree.scalar(file, v, "severity") + "'");
        }
        return s;
    }
}
