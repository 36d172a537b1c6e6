package dev.kernlint.profile;

import dev.kernlint.engine.Severity;
import dev.kernlint.fact.ExpectedSysctl;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Loads a profile by name (bundled profiles/NAME.yaml) or by file, following `extends:` chains: a child overrides
 * any key of its parent; a cycle is an error naming the chain.
 */
public final class ProfileLoader {
    public static final String DEFAULT = "default";
    private static final Set<String> TOP_KEYS = Set.of("name", "description", "extends", "thresholds", "sysctl", "rules", "baseline_severity");
    private static final Pattern BOUND = Pattern.compile("^(>=|<=|>|<)\\s*(-?\\d+)$");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    private ProfileLoader() {}

    public static Profile load(String nameOrFile) {
        return load(nameOrFile == null ? DEFAULT : nameOrFile, new LinkedHashSet<>(), null);
    }

    /** Names of the bundled profiles. */
    public static List<String> bundled() {
        List<String> names = new ArrayList<>();
        try (InputStream in = ProfileLoader.class.getResourceAsStream("/profiles/index.txt")) {
            if (in != null) {
                for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                    if (!l.isBlank()) {
                        names.add(l.strip());
                    }
                }
            }
        } catch (IOException e) {
            // no index: no bundled profiles to list
        }
        return names;
    }

    static boolean looksLikeFile(String s) {
        return s.contains("/") || s.endsWith(".yaml") || s.endsWith(".yml") || Files.isRegularFile(Path.of(s));
    }

    private static Profile load(String ref, Set<String> chain, Path relativeTo) {
        String file;
        String text;
        Path path = null;
        if (looksLikeFile(ref) || (relativeTo != null && Files.isRegularFile(relativeTo.resolve(ref + ".yaml")))) {
            path = looksLikeFile(ref) ? Path.of(ref) : relativeTo.resolve(ref + ".yaml");
            file = path.toString();
            try {
                text = Files.readString(path, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new ProfileException(file + ": no such profile file");
            } catch (IOException e) {
                throw new ProfileException(file + ": cannot read (" + e.getMessage() + ")");
            }
        } else {
            if (!NAME.matcher(ref).matches()) {
                throw new ProfileException("profile name '" + ref + "' is not a bundled profile name or a file");
            }
            file = "profiles/" + ref + ".yaml";
            try (InputStream in = ProfileLoader.class.getResourceAsStream("/" + file)) {
                if (in == null) {
                    throw new ProfileException("no profile named '" + ref + "' (bundled: " + String.join(", ", bundled()) + "; or give a file path)");
                }
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ProfileException(file + ": cannot read (" + e.getMessage() + ")");
            }
        }
        if (!chain.add(file)) {
            throw new ProfileException(file + ": extends cycle: " + String.join(" -> ", chain) + " -> " + file);
        }
        Node root = YamlTree.parse(file, text);
        MappingNode top = root == null ? null : YamlTree.map(file, root, "a profile");
        Raw raw = new Raw();
        String parentRef = null;
        if (top != null) {
            for (NodeTuple t : top.getValue()) {
                String key = YamlTree.scalar(file, t.getKeyNode(), "a key");
                Node v = t.getValueNode();
                if (!TOP_KEYS.contains(key)) {
                    throw new ProfileException(file + ":" + YamlTree.line(t.getKeyNode()) + ": unknown key '" + key
                            + "' (known: " + String.join(", ", new java.util.TreeSet<>(TOP_KEYS)) + ")");
                }
                switch (key) {
                    case "name" -> raw.name = YamlTree.scalar(file, v, "name");
                    case "description" -> raw.description = YamlTree.scalar(file, v, "description");
                    case "extends" -> parentRef = YamlTree.scalar(file, v, "extends");
                    case "baseline_severity" -> raw.baselineSeverity = severity(file, v);
                    case "thresholds" -> readThresholds(file, v, raw);
                    case "sysctl" -> raw.sysctl = v;
                    case "rules" -> readRules(file, v, raw);
                    default -> { }
                }
            }
        }
        Profile parent = parentRef == null ? null : load(parentRef, chain, path == null ? null : path.toAbsolutePath().getParent());
        return merge(file, raw, parent, ref);
    }

    private static final class Raw {
        String name;
        String description;
        Severity baselineSeverity;
        Node sysctl;
        final Map<String, Map<String, Double>> thresholds = new LinkedHashMap<>();
        final Map<String, Profile.RuleSetting> rules = new LinkedHashMap<>();
    }

    private static Severity severity(String file, Node v) {
        Severity s = Severity.parse(YamlTree.scalar(file, v, "severity"));
        if (s == null) {
            throw new ProfileException(file + ":" + YamlTree.line(v) + ": severity must be info, warning or critical");
        }
        return s;
    }

    private static void readThresholds(String file, Node v, Raw raw) {
        for (NodeTuple t : YamlTree.map(file, v, "thresholds").getValue()) {
            String rule = YamlTree.scalar(file, t.getKeyNode(), "a rule id");
            Map<String, Double> m = new LinkedHashMap<>();
            for (NodeTuple nt : YamlTree.map(file, t.getValueNode(), "thresholds." + rule).getValue()) {
                String name = YamlTree.scalar(file, nt.getKeyNode(), "a threshold name");
                String value = YamlTree.scalar(file, nt.getValueNode(), "thresholds." + rule + "." + name);
                try {
                    m.put(name, Double.parseDouble(value));
                } catch (NumberFormatException e) {
                    throw new ProfileException(file + ":" + YamlTree.line(nt.getValueNode()) + ": thresholds." + rule + "." + name
                            + " must be a number, not '" + value + "'");
                }
            }
            raw.thresholds.put(rule, m);
        }
    }

    private static void readRules(String file, Node v, Raw raw) {
        for (NodeTuple t : YamlTree.map(file, v, "rules").getValue()) {
            String rule = YamlTree.scalar(file, t.getKeyNode(), "a rule id");
            boolean enabled = true;
            Severity sev = null;
            for (NodeTuple nt : YamlTree.map(file, t.getValueNode(), "rules." + rule).getValue()) {
                String k = YamlTree.scalar(file, nt.getKeyNode(), "a key");
                switch (k) {
                    case "enabled" -> {
                        String b = YamlTree.scalar(file, nt.getValueNode(), "enabled");
                        if (!b.equals("true") && !b.equals("false")) {
                            throw new ProfileException(file + ":" + YamlTree.line(nt.getValueNode()) + ": rules." + rule + ".enabled must be true or false");
                        }
                        enabled = Boolean.parseBoolean(b);
                    }
                    case "severity" -> sev = severity(file, nt.getValueNode());
                    default -> throw new ProfileException(file + ":" + YamlTree.line(nt.getKeyNode()) + ": rules." + rule
                            + ": unknown key '" + k + "' (enabled, severity)");
                }
            }
            raw.rules.put(rule, new Profile.RuleSetting(enabled, sev));
        }
    }

    private static Profile merge(String file, Raw raw, Profile parent, String ref) {
        Map<String, Map<String, Double>> thresholds = new LinkedHashMap<>();
        Map<String, ExpectedSysctl> sysctl = new LinkedHashMap<>();
        Map<String, Profile.RuleSetting> rules = new LinkedHashMap<>();
        if (parent != null) {
            parent.thresholds().forEach((k, v) -> thresholds.put(k, new LinkedHashMap<>(v)));
            parent.sysctl().forEach(e -> sysctl.put(e.key(), e));
            rules.putAll(parent.rules());
        }
        raw.thresholds.forEach((k, v) -> thresholds.computeIfAbsent(k, x -> new LinkedHashMap<>()).putAll(v));
        rules.putAll(raw.rules);
        Severity baseline = raw.baselineSeverity != null ? raw.baselineSeverity : Severity.WARNING;
        if (raw.sysctl != null) {
            for (NodeTuple t : YamlTree.map(file, raw.sysctl, "sysctl").getValue()) {
                String key = YamlTree.scalar(file, t.getKeyNode(), "a sysctl key");
                sysctl.put(key, expectation(file, key, t.getValueNode(), baseline));
            }
        }
        String name = raw.name != null ? raw.name : (ProfileLoader.looksLikeFile(ref) ? Path.of(ref).getFileName().toString().replaceFirst("\\.ya?ml$", "") : ref);
        return new Profile(name, file, raw.description == null ? (parent == null ? "" : parent.description()) : raw.description,
                thresholds, List.copyOf(sysctl.values()), rules);
    }

    /** `1`, `"1024 65535"`, `">= 4096"`, `[0, 2]`, or `{expect: ..., severity: critical}`. */
    static ExpectedSysctl expectation(String file, String key, Node v, Severity severity) {
        if (v instanceof MappingNode m) {
            Node expect = null;
            for (NodeTuple t : m.getValue()) {
                String k = YamlTree.scalar(file, t.getKeyNode(), "a key");
                if (k.equals("expect")) {
                    expect = t.getValueNode();
                } else if (k.equals("severity")) {
                    severity = severity(file, t.getValueNode());
                } else {
                    throw new ProfileException(file + ":" + YamlTree.line(t.getKeyNode()) + ": sysctl." + key + ": unknown key '" + k + "' (expect, severity)");
                }
            }
            if (expect == null) {
                throw new ProfileException(file + ":" + YamlTree.line(v) + ": sysctl." + key + ": needs 'expect'");
            }
            return expectation(file, key, expect, severity);
        }
        if (v instanceof SequenceNode s) {
            List<String> values = new ArrayList<>();
            for (Node n : s.getValue()) {
                values.add(YamlTree.scalar(file, n, "sysctl." + key + " list entries"));
            }
            if (values.isEmpty()) {
                throw new ProfileException(file + ":" + YamlTree.line(v) + ": sysctl." + key + ": empty list of allowed values");
            }
            return ExpectedSysctl.oneOf(key, values, severity.label());
        }
        String text = ((ScalarNode) v).getValue().strip();
        Matcher b = BOUND.matcher(text);
        if (b.matches()) {
            return ExpectedSysctl.bound(key, b.group(1), Long.parseLong(b.group(2)), severity.label());
        }
        if (text.startsWith(">") || text.startsWith("<")) {
            throw new ProfileException(file + ":" + YamlTree.line(v) + ": sysctl." + key + ": bound '" + text + "' must be '>= N' or '<= N'");
        }
        return ExpectedSysctl.exact(key, text, severity.label());
    }
}
