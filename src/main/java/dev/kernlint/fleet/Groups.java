package dev.kernlint.fleet;

import dev.kernlint.engine.HostName;
import dev.kernlint.profile.Glob;
import dev.kernlint.profile.Profile;
import dev.kernlint.profile.ProfileException;
import dev.kernlint.profile.ProfileLoader;
import dev.kernlint.profile.YamlTree;
import dev.kernlint.source.UserFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * `--groups FILE`: which hosts form which group, and the profile each group is judged with. A host belongs to the
 * first group (in file order) that names it; a host that no group names is in group "other" with --profile.
 * <pre>
 * web:
 *   hosts: ["web-*", "lb?"]        # host name globs
 *   profile: web-server
 * db:
 *   inventory: hosts.ini           # an Ansible inventory (INI or YAML), relative to this file
 *   group: databases               # its group (default: this group's name)
 *   profile: database
 * </pre>
 */
public final class Groups {
    /** The group of hosts no group names, and of every host without --groups. */
    public static final String OTHER = "other";
    public static final String FLEET = "fleet";
    private static final Set<String> KEYS = Set.of("hosts", "inventory", "group", "profile");

    /** One group: its name, globs or inventory hosts, and its profile. */
    public record Group(String name, List<Glob> globs, Set<String> inventoryHosts, Profile profile) {
        boolean has(String host) {
            for (Glob g : globs) {
                if (g.matches(host)) {
                    return true;
                }
            }
            boolean named = host != null && !host.isBlank() && !host.equals("unknown");
            for (String h : inventoryHosts) {
                if (named && !HostName.differ(h, host)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final List<Group> groups;
    private final Group fallback;

    private Groups(List<Group> groups, Group fallback) {
        this.groups = groups;
        this.fallback = fallback;
    }

    /** Every host in one group, judged with one profile. */
    public static Groups all(Profile profile) {
        return new Groups(List.of(), new Group(FLEET, List.of(), Set.of(), profile));
    }

    public Group of(String host) {
        for (Group g : groups) {
            if (g.has(host)) {
                return g;
            }
        }
        return fallback;
    }

    public List<Group> groups() {
        List<Group> all = new ArrayList<>(groups);
        all.add(fallback);
        return all;
    }

    public static Groups load(Path path, Profile fallbackProfile) {
        String file = path.toString();
        String text;
        try {
            text = UserFile.read(path, UserFile.YAML_CAP);
        } catch (UserFile.Unusable e) {
            throw new ProfileException("--groups " + path + ": " + e.getMessage());
        }
        Node root = YamlTree.parse(file, text);
        if (root == null) {
            throw new ProfileException(file + ": no groups");
        }
        Path dir = path.toAbsolutePath().getParent();
        List<Group> out = new ArrayList<>();
        for (NodeTuple t : YamlTree.map(file, root, "a groups file").getValue()) {
            String name = YamlTree.scalar(file, t.getKeyNode(), "a group name");
            if (name.isBlank() || name.length() > 64 || name.chars().anyMatch(Character::isISOControl)) {
                throw new ProfileException(file + ":" + YamlTree.line(t.getKeyNode()) + ": a group name is 1 to 64 printable characters");
            }
            out.add(group(file, dir, name, YamlTree.map(file, t.getValueNode(), "group " + name)));
        }
        return new Groups(List.copyOf(out), new Group(OTHER, List.of(), Set.of(), fallbackProfile));
    }

    private static Group group(String file, Path dir, String name, MappingNode m) {
        List<Glob> globs = new ArrayList<>();
        String inventory = null;
        String inventoryGroup = name;
        Profile profile = null;
        for (NodeTuple t : m.getValue()) {
            String key = YamlTree.scalar(file, t.getKeyNode(), "a key");
            Node v = t.getValueNode();
            if (!KEYS.contains(key)) {
                throw new ProfileException(file + ":" + YamlTree.line(t.getKeyNode()) + ": unknown key" + YamlTree.quoted(key)
                        + " (a group has hosts, inventory, group, profile)");
            }
            switch (key) {
                case "hosts" -> {
                    List<Node> items = v instanceof SequenceNode s ? s.getValue() : List.of(v);
                    for (Node n : items) {
                        globs.add(new Glob(YamlTree.scalar(file, n, "a host glob")));
                    }
                }
                case "inventory" -> inventory = YamlTree.scalar(file, v, "inventory");
                case "group" -> inventoryGroup = YamlTree.scalar(file, v, "group");
                default -> {
                    String ref = YamlTree.scalar(file, v, "profile");
                    // a profile file is relative to the groups file, as an inventory is
                    boolean isFile = ref.contains("/") || ref.endsWith(".yaml") || ref.endsWith(".yml");
                    profile = ProfileLoader.load(isFile ? dir.resolve(ref).toString() : ref);
                }
            }
        }
        if (profile == null) {
            throw new ProfileException(file + ":" + YamlTree.line(m) + ": group " + name + " has no profile");
        }
        Set<String> hosts = inventory == null ? Set.of() : AnsibleInventory.hosts(dir.resolve(inventory), inventoryGroup);
        if (globs.isEmpty() && inventory == null) {
            throw new ProfileException(file + ":" + YamlTree.line(m) + ": group " + name + " names no hosts (hosts: or inventory:)");
        }
        return new Group(name, List.copyOf(globs), hosts, profile);
    }
}
