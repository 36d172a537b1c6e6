package dev.kernlint.config;

import dev.kernlint.profile.YamlTree;
import dev.kernlint.source.UserFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A config file (/etc/kernlint/config.yaml, ~/.config/kernlint/config.yaml), read with the same bounded reader and
 * safe YAML as profiles:
 * <pre>
 * profile: web-server
 * fail-on: critical
 * format: [text, json=/var/lib/kernlint/last.json]
 * require: [NET-TW-RECYCLE, MEM-OVERCOMMIT]
 * </pre>
 * Every mistake, an unknown key first, is an error naming FILE:LINE.
 */
public final class ConfigFile {
    private ConfigFile() {}

    /** The settings of FILE by key, in file order; empty when there is no such file. */
    public static Map<ConfigKey, Setting> load(Path path) {
        String text;
        try {
            text = UserFile.read(path, UserFile.YAML_CAP);
        } catch (UserFile.Unusable e) {
            if (e.missing()) {
                return Map.of();
            }
            throw new ConfigException(path + ": " + e.getMessage());
        }
        return parse(path.toString(), text, path.toAbsolutePath().getParent());
    }

    /** A profile or waiver file named relative to the config file, not a bundled profile's name. */
    private static boolean isRelativeFile(String value) {
        return !value.startsWith("/") && (value.contains("/") || value.endsWith(".yaml") || value.endsWith(".yml"));
    }

    /** @param base the config file's directory, against which relative file names resolve; null leaves them */
    public static Map<ConfigKey, Setting> parse(String file, String text, Path base) {
        Map<ConfigKey, Setting> out = new LinkedHashMap<>();
        Node root = YamlTree.parse(file, text);
        if (root == null) {
            return out;
        }
        MappingNode top = YamlTree.map(file, root, "a config file");
        for (NodeTuple t : top.getValue()) {
            String name = YamlTree.scalar(file, t.getKeyNode(), "a key");
            ConfigKey key = ConfigKey.byKey(name);
            String where = file + ":" + YamlTree.line(t.getKeyNode());
            if (key == null) {
                throw new ConfigException(where + ": unknown key" + YamlTree.quoted(name) + " (" + String.join(", ", ConfigKey.keys()) + ")");
            }
            Node v = t.getValueNode();
            if (YamlTree.isNull(v)) {
                continue; // "waivers:" with nothing after it leaves the default
            }
            String value;
            if (v instanceof SequenceNode list) {
                if (!key.isList()) {
                    throw new ConfigException(where + ": " + name + " takes one value, not a list");
                }
                List<String> items = new ArrayList<>();
                for (Node item : list.getValue()) {
                    String s = YamlTree.scalar(file, item, name + " entries").strip();
                    if (s.isEmpty() || s.contains(",")) {
                        throw new ConfigException(file + ":" + YamlTree.line(item) + ": " + name + " entries must be non-empty and have no comma");
                    }
                    items.add(s);
                }
                if (items.isEmpty()) {
                    throw new ConfigException(where + ": " + name + " is an empty list; leave it out for the default");
                }
                value = String.join(",", items);
            } else if (key == ConfigKey.FAIL_ON_GAPS && YamlTree.isBool(v)) {
                String b = YamlTree.scalar(file, v, name).strip().toLowerCase(java.util.Locale.ROOT);
                value = b.equals("true") || b.equals("yes") || b.equals("on") ? "true" : "false";
            } else {
                value = YamlTree.scalar(file, v, name).strip();
            }
            String problem = key.problem(value);
            if (problem != null) {
                throw new ConfigException(file + ":" + YamlTree.line(v) + ": " + problem);
            }
            if ((key == ConfigKey.PROFILE || key == ConfigKey.WAIVERS) && base != null && isRelativeFile(value)) {
                value = base.resolve(value).normalize().toString(); // a site's waivers.yaml next to its config
            }
            out.put(key, new Setting(value, file + ":" + YamlTree.line(v)));
        }
        return out;
    }
}
