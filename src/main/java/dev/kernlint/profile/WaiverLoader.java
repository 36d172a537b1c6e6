package dev.kernlint.profile;

import dev.kernlint.source.UserFile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a waiver file (--waivers FILE) with the same safe YAML as profiles:
 * <pre>
 * waivers:
 *   - rule: NET-TW-RECYCLE
 *     match: {key: net.ipv4.tcp_tw_recycle}
 *     hosts: ["db-*"]
 *     reason: "legacy NAT appliance, replaced in Q1"
 *     owner: net-team
 *     expires: 2027-03-31
 * </pre>
 * rule, reason, owner and expires are required; every mistake is an error naming FILE:LINE.
 */
public final class WaiverLoader {
    private static final List<String> KEYS = List.of("rule", "match", "hosts", "reason", "owner", "expires");

    private WaiverLoader() {}

    public static List<Waiver> load(Path path) {
        String file = path.toString();
        String text;
        try {
            text = UserFile.read(path, UserFile.YAML_CAP);
        } catch (UserFile.Unusable e) {
            throw new ProfileException(file + (e.missing() ? ": no such waiver file" : ": " + e.getMessage()));
        }
        return parse(file, text);
    }

    public static List<Waiver> parse(String file, String text) {
        Node root = YamlTree.parse(file, text);
        if (root == null) {
            return List.of();
        }
        MappingNode top = YamlTree.map(file, root, "a waiver file");
        List<Waiver> out = new ArrayList<>();
        for (NodeTuple t : top.getValue()) {
            String key = YamlTree.scalar(file, t.getKeyNode(), "a key");
            if (!key.equals("waivers")) {
                throw new ProfileException(file + ":" + YamlTree.line(t.getKeyNode()) + ": unknown key" + YamlTree.quoted(key) + " (waivers)");
            }
            if (YamlTree.isNull(t.getValueNode())) {
                continue;
            }
            if (!(t.getValueNode() instanceof SequenceNode list)) {
                throw new ProfileException(file + ":" + YamlTree.line(t.getValueNode()) + ": waivers must be a list (- rule: ...)");
            }
            for (Node n : list.getValue()) {
                out.add(waiver(file, n));
            }
        }
        return out;
    }

    private static Waiver waiver(String file, Node n) {
        MappingNode m = YamlTree.map(file, n, "a waiver");
        int line = YamlTree.line(n);
        String where = file + ":" + line;
        Map<String, Node> given = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            String k = YamlTree.scalar(file, t.getKeyNode(), "a key");
            if (!KEYS.contains(k)) {
                throw new ProfileException(file + ":" + YamlTree.line(t.getKeyNode()) + ": unknown waiver key" + YamlTree.quoted(k)
                        + " (" + String.join(", ", KEYS) + ")");
            }
            given.put(k, t.getValueNode());
        }
        for (String required : List.of("rule", "reason", "owner", "expires")) {
            Node v = given.get(required);
            if (v == null || YamlTree.isNull(v) || YamlTree.scalar(file, v, required).isBlank()) {
                throw new ProfileException(where + ": the waiver needs '" + required + "'"
                        + (required.equals("expires") ? " (a date, 2027-03-31: every waiver ends; a permanent exception belongs in the profile)" : ""));
            }
        }
        String rule = YamlTree.scalar(file, given.get("rule"), "rule").strip().toUpperCase(Locale.ROOT);
        LocalDate expires;
        String date = YamlTree.scalar(file, given.get("expires"), "expires").strip();
        try {
            expires = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new ProfileException(file + ":" + YamlTree.line(given.get("expires")) + ": expires must be a date like 2027-03-31, not '" + date + "'");
        }
        Map<String, String> match = new LinkedHashMap<>();
        Node mn = given.get("match");
        if (mn != null && !YamlTree.isNull(mn)) {
            for (NodeTuple t : YamlTree.map(file, mn, "match").getValue()) {
                String field = YamlTree.scalar(file, t.getKeyNode(), "an evidence field");
                match.put(field, YamlTree.scalar(file, t.getValueNode(), "match." + field));
            }
        }
        List<String> hosts = new ArrayList<>();
        Node hn = given.get("hosts");
        if (hn instanceof SequenceNode s) {
            for (Node h : s.getValue()) {
                hosts.add(YamlTree.scalar(file, h, "hosts entries"));
            }
            if (hosts.isEmpty()) {
                throw new ProfileException(file + ":" + YamlTree.line(hn) + ": hosts is an empty list; leave it out to waive on every host");
            }
        } else if (hn != null && !YamlTree.isNull(hn)) {
            hosts.add(YamlTree.scalar(file, hn, "hosts"));
        }
        hosts.replaceAll(h -> h.strip().toLowerCase(Locale.ROOT));
        return new Waiver(rule, match, List.copyOf(hosts), YamlTree.scalar(file, given.get("reason"), "reason").strip(),
                YamlTree.scalar(file, given.get("owner"), "owner").strip(), expires, where);
    }
}
