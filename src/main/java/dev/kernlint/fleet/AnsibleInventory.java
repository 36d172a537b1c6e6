package dev.kernlint.fleet;

import dev.kernlint.profile.ProfileException;
import dev.kernlint.profile.YamlTree;
import dev.kernlint.source.UserFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * The hosts of one group of an Ansible inventory file, INI or YAML (told apart by content), with its child groups
 * and numeric ranges (web[01:20].example.com). Variables are ignored; dynamic inventories (scripts, plugins) are
 * not run: give `ansible-inventory -i ... --list --yaml` output instead.
 */
final class AnsibleInventory {
    private static final Pattern SECTION = Pattern.compile("\\[([^\\]:]+)(?::(children|vars))?\\]");
    private static final Pattern RANGE = Pattern.compile("\\[(\\d+):(\\d+)\\]");
    /** A range of more than this many hosts is a typo (or an attack), not an inventory. */
    private static final int MAX_HOSTS = 100_000;
    private static final int MAX_DEPTH = 16;

    private AnsibleInventory() {}

    static Set<String> hosts(Path path, String group) {
        String text;
        try {
            text = UserFile.read(path, UserFile.YAML_CAP);
        } catch (UserFile.Unusable e) {
            throw new ProfileException("inventory " + path + ": " + e.getMessage());
        }
        Map<String, Set<String>> hosts = new HashMap<>();
        Map<String, Set<String>> children = new HashMap<>();
        boolean ini = text.lines().map(String::strip).anyMatch(l -> SECTION.matcher(l).matches());
        if (ini) {
            ini(path.toString(), text, hosts, children);
        } else {
            Node root = YamlTree.parse(path.toString(), text);
            if (root != null) {
                yamlGroups(path.toString(), YamlTree.map(path.toString(), root, "an inventory"), hosts, children, 0);
            }
        }
        if (!hosts.containsKey(group) && !children.containsKey(group)) {
            throw new ProfileException("inventory " + path + ": no group " + group);
        }
        Set<String> out = new LinkedHashSet<>();
        collect(group, hosts, children, out, new LinkedHashSet<>());
        return out;
    }

    private static void collect(String g, Map<String, Set<String>> hosts, Map<String, Set<String>> children, Set<String> out,
                                Set<String> seen) {
        if (!seen.add(g) || seen.size() > MAX_HOSTS) {
            return; // a cycle of children, which Ansible refuses too
        }
        out.addAll(hosts.getOrDefault(g, Set.of()));
        for (String c : children.getOrDefault(g, Set.of())) {
            collect(c, hosts, children, out, seen);
        }
    }

    private static void ini(String file, String text, Map<String, Set<String>> hosts, Map<String, Set<String>> children) {
        String group = "ungrouped";
        String kind = null;
        for (String raw : text.lines().toList()) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            Matcher m = SECTION.matcher(line);
            if (m.matches()) {
                group = m.group(1).strip();
                kind = m.group(2);
                (kind == null ? hosts : children).computeIfAbsent(group, k -> new LinkedHashSet<>());
                continue;
            }
            String word = line.split("\\s+", 2)[0];
            if ("vars".equals(kind)) {
                continue;
            }
            if ("children".equals(kind)) {
                children.computeIfAbsent(group, k -> new LinkedHashSet<>()).add(word);
            } else {
                hosts.computeIfAbsent(group, k -> new LinkedHashSet<>()).addAll(expand(file, word));
            }
        }
    }

    private static void yamlGroups(String file, MappingNode groups, Map<String, Set<String>> hosts,
                                   Map<String, Set<String>> children, int depth) {
        if (depth > MAX_DEPTH) {
            throw new ProfileException(file + ": groups nested deeper than " + MAX_DEPTH);
        }
        for (NodeTuple t : groups.getValue()) {
            String name = YamlTree.scalar(file, t.getKeyNode(), "a group name");
            Set<String> own = hosts.computeIfAbsent(name, k -> new LinkedHashSet<>());
            if (YamlTree.isNull(t.getValueNode())) {
                continue;
            }
            for (NodeTuple part : YamlTree.map(file, t.getValueNode(), "group " + name).getValue()) {
                String key = YamlTree.scalar(file, part.getKeyNode(), "a key");
                if (YamlTree.isNull(part.getValueNode())) {
                    continue;
                }
                if (key.equals("hosts")) {
                    for (NodeTuple h : YamlTree.map(file, part.getValueNode(), "hosts of " + name).getValue()) {
                        own.addAll(expand(file, YamlTree.scalar(file, h.getKeyNode(), "a host name")));
                    }
                } else if (key.equals("children")) {
                    MappingNode kids = YamlTree.map(file, part.getValueNode(), "children of " + name);
                    for (NodeTuple k : kids.getValue()) {
                        children.computeIfAbsent(name, x -> new LinkedHashSet<>()).add(YamlTree.scalar(file, k.getKeyNode(), "a group name"));
                    }
                    yamlGroups(file, kids, hosts, children, depth + 1);
                }
            }
        }
    }

    /** web[01:03].example.com -> web01.example.com, web02..., web03... (one range; zero padding kept). */
    static List<String> expand(String file, String pattern) {
        Matcher m = RANGE.matcher(pattern);
        if (!m.find()) {
            return List.of(pattern);
        }
        String a = m.group(1);
        String b = m.group(2);
        if (a.length() > 9 || b.length() > 9) {
            throw new ProfileException(file + ": host range " + pattern + " is too large");
        }
        long from = Long.parseLong(a);
        long to = Long.parseLong(b);
        if (to < from || to - from >= MAX_HOSTS) {
            throw new ProfileException(file + ": host range " + pattern + " is empty or larger than " + MAX_HOSTS);
        }
        List<String> out = new ArrayList<>();
        String head = pattern.substring(0, m.start());
        String tail = pattern.substring(m.end());
        for (long i = from; i <= to; i++) {
            String n = Long.toString(i);
            if (a.length() > 1 && a.startsWith("0")) {
                n = "0".repeat(Math.max(0, a.length() - n.length())) + n;
            }
            out.addAll(expand(file, head + n + tail));
        }
        return out;
    }
}
