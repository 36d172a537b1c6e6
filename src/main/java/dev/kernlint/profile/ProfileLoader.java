package dev.kernlint.profile;

import dev.kernlint.engine.Severity;
import dev.kernlint.fact.ExpectedRing;
import dev.kernlint.fact.ExpectedSysctl;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import dev.kernlint.source.UserFile;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * Loads a profile by name (bundled profiles/NAME.yaml) or by file, following `extends:` chains. A child overrides
 * any key of its parent, entry by entry: one threshold, one rule setting, one sysctl key, one ring; `key: ~` under
 * sysctl: or rings: drops what the parent expects. A cycle is an error naming the chain.
 */
public final class ProfileLoader {
    public static final String DEFAULT = "default";
    static final int MAX_CHAIN = 16;
    private static final List<String> TOP_KEYS = List.of("name", "description", "extends", "baseline_severity",
            "thresholds", "rules", "sysctl", "rings");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    private static final Pattern NUMBER = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    private ProfileLoader() {}

    public static Profile load(String nameOrFile) {
        Raw raw = loadChain(nameOrFile == null ? DEFAULT : nameOrFile, null, new ArrayList<>(), null);
        return raw.finish();
    }

    /** Names of the bundled profiles, in the order of profiles/index.txt. */
    public static List<String> bundled() {
        List<String> names = new ArrayList<>();
        try (InputStream in = ProfileLoader.class.getResourceAsStream("/profiles/index.txt")) {
            if (in != null) {
                for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                    String name = l.strip();
                    if (!name.isEmpty() && !name.startsWith("#")) {
                        names.add(name);
                    }
                }
            }
        } catch (IOException e) {
            // no index: no bundled profiles to list
        }
        return names;
    }

    /** A profile's text and where it came from: shown in messages, identity for cycles, directory for siblings. */
    private record Located(String shown, String identity, Path dir, String text) {}

    /**
     * Finds REF: a path (has a '/' or ends in .yaml/.yml) relative to the extending file's directory; a name that
     * is a sibling NAME.yaml of the extending file; else a bundled profile.
     */
    private static Located locate(String ref, Path dir) {
        boolean pathLike = ref.contains("/") || ref.endsWith(".yaml") || ref.endsWith(".yml");
        Path file = null;
        if (pathLike) {
            file = dir == null ? Path.of(ref) : dir.resolve(ref);
        } else if (dir != null && Files.exists(dir.resolve(ref + ".yaml"))) {
            file = dir.resolve(ref + ".yaml");
        } else if (dir == null && Files.exists(Path.of(ref))) {
            file = Path.of(ref);
        }
        if (file != null) {
            String shown = file.normalize().toString();
            try {
                String text = UserFile.read(file, UserFile.YAML_CAP);
                return new Located(shown, file.toAbsolutePath().normalize().toString(), file.toAbsolutePath().getParent(), text);
            } catch (UserFile.Unusable e) {
                throw new ProfileException(shown + (e.missing() ? ": no such profile file" : ": " + e.getMessage()));
            }
        }
        if (!NAME.matcher(ref).matches()) {
            throw new ProfileException("'" + ref + "' is neither a bundled profile name nor a file");
        }
        String shown = "profiles/" + ref + ".yaml";
        try (InputStream in = ProfileLoader.class.getResourceAsStream("/" + shown)) {
            if (in == null) {
                throw new ProfileException("no profile named '" + ref + "' (bundled: " + String.join(", ", bundled())
                        + "; or give a file path)");
            }
            return new Located(shown, "bundled:" + ref, null, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ProfileException(shown + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /** The profile REF merged with everything it extends. */
    private static Raw loadChain(String ref, Path dir, List<Located> chain, String extendsAt) {
        Located here;
        try {
            here = locate(ref, dir);
        } catch (ProfileException e) {
            throw extendsAt == null ? e : new ProfileException(extendsAt + ": extends: " + e.getMessage());
        }
        for (Located seen : chain) {
            if (seen.identity().equals(here.identity())) {
                List<String> names = new ArrayList<>(chain.stream().map(Located::shown).toList());
                names.add(here.shown());
                throw new ProfileException(extendsAt + ": extends cycle: " + String.join(" -> ", names));
            }
        }
        if (chain.size() >= MAX_CHAIN) {
            throw new ProfileException(extendsAt + ": extends chain longer than " + MAX_CHAIN + " profiles");
        }
        chain.add(here);
        Raw raw = parse(here, ref);
        if (raw.parent == null) {
            return raw;
        }
        Raw parent = loadChain(raw.parent, here.dir(), chain, here.shown() + ":" + raw.parentLine);
        return raw.over(parent);
    }

    private static Raw parse(Located at, String ref) {
        String file = at.shown();
        Raw raw = new Raw();
        raw.origin = file;
        raw.lineage.add(file);
        raw.name = ref.contains("/") || ref.endsWith(".yaml") || ref.endsWith(".yml")
                ? Path.of(ref).getFileName().toString().replaceFirst("\\.ya?ml$", "") : ref;
        Node root = YamlTree.parse(file, at.text());
        if (root == null) {
            return raw;
        }
        MappingNode top = YamlTree.map(file, root, "a profile");
        for (NodeTuple t : top.getValue()) {
            String key = YamlTree.scalar(file, t.getKeyNode(), "a key");
            Node v = t.getValueNode();
            switch (key) {
                case "name" -> raw.name = text(file, v, "name");
                case "description" -> raw.description = YamlTree.isNull(v) ? "" : YamlTree.scalar(file, v, "description");
                case "extends" -> {
                    raw.parent = text(file, v, "extends");
                    raw.parentLine = YamlTree.line(v);
                }
                case "baseline_severity" -> raw.baselineSeverity = Expectations.severity(file, v);
                case "thresholds" -> readThresholds(file, v, raw);
                case "rules" -> readRules(file, v, raw);
                case "sysctl" -> readSysctl(file, v, raw);
                case "rings" -> readRings(file, v, raw);
                default -> throw new ProfileException(file + ":" + YamlTree.line(t.getKeyNode()) + ": unknown key" + YamlTree.quoted(key)
                        + " (known: " + String.join(", ", TOP_KEYS) + ")");
            }
        }
        return raw;
    }

    private static String text(String file, Node v, String what) {
        String s = YamlTree.isNull(v) ? "" : YamlTree.scalar(file, v, what).strip();
        if (s.isEmpty()) {
            throw new ProfileException(file + ":" + YamlTree.line(v) + ": " + what + " needs a value");
        }
        return s;
    }

    private static String ruleId(String file, Node keyNode) {
        String id = YamlTree.scalar(file, keyNode, "a rule id").strip();
        if (id.isEmpty()) {
            throw new ProfileException(file + ":" + YamlTree.line(keyNode) + ": empty rule id");
        }
        return id;
    }

    private static void readThresholds(String file, Node v, Raw raw) {
        for (NodeTuple t : YamlTree.map(file, v, "thresholds").getValue()) {
            String rule = ruleId(file, t.getKeyNode());
            Map<String, Double> m = raw.thresholds.computeIfAbsent(rule, x -> new LinkedHashMap<>());
            for (NodeTuple nt : YamlTree.map(file, t.getValueNode(), "thresholds." + rule).getValue()) {
                String name = YamlTree.scalar(file, nt.getKeyNode(), "a threshold name");
                String value = YamlTree.scalar(file, nt.getValueNode(), "thresholds." + rule + "." + name).strip();
                // Double.parseDouble would also take NaN, Infinity, 0x1p3 and 1d: none of them a threshold
                if (!NUMBER.matcher(value).matches()) {
                    throw new ProfileException(file + ":" + YamlTree.line(nt.getValueNode()) + ": thresholds." + rule + "." + name
                            + " must be a number, not '" + value + "'");
                }
                m.put(name, Double.parseDouble(value));
            }
        }
    }

    private static void readRules(String file, Node v, Raw raw) {
        for (NodeTuple t : YamlTree.map(file, v, "rules").getValue()) {
            String rule = ruleId(file, t.getKeyNode());
            for (NodeTuple nt : YamlTree.map(file, t.getValueNode(), "rules." + rule).getValue()) {
                String k = YamlTree.scalar(file, nt.getKeyNode(), "a key");
                Node val = nt.getValueNode();
                switch (k) {
                    case "enabled" -> {
                        String b = YamlTree.scalar(file, val, "enabled");
                        if (!YamlTree.isBool(val) || !(b.equals("true") || b.equals("false"))) {
                            throw new ProfileException(file + ":" + YamlTree.line(val) + ": rules." + rule
                                    + ".enabled must be true or false, not '" + b + "'");
                        }
                        raw.enabled.put(rule, Boolean.parseBoolean(b));
                    }
                    case "severity" -> raw.severity.put(rule, Expectations.severity(file, val));
                    default -> throw new ProfileException(file + ":" + YamlTree.line(nt.getKeyNode()) + ": rules." + rule
                            + ": unknown key '" + k + "' (enabled, severity)");
                }
            }
        }
    }

    private static void readSysctl(String file, Node v, Raw raw) {
        for (NodeTuple t : YamlTree.map(file, v, "sysctl").getValue()) {
            String key = YamlTree.scalar(file, t.getKeyNode(), "a sysctl key").strip();
            Expectations.checkKey(file, t.getKeyNode(), key);
            Node val = t.getValueNode();
            raw.sysctl.put(key, YamlTree.isNull(val) ? null : Expectations.sysctl(file, key, val));
        }
    }

    private static void readRings(String file, Node v, Raw raw) {
        for (NodeTuple t : YamlTree.map(file, v, "rings").getValue()) {
            String iface = YamlTree.scalar(file, t.getKeyNode(), "an interface name").strip();
            if (!ExpectedRing.IFACE.matcher(iface).matches()) {
                throw new ProfileException(file + ":" + YamlTree.line(t.getKeyNode()) + ": rings: '" + iface
                        + "' is not an interface name (eth0, ens3f1, or \"*\" for every interface)");
            }
            Node val = t.getValueNode();
            if (YamlTree.isNull(val)) {
                raw.rings.put(iface + " rx", null);
                raw.rings.put(iface + " tx", null);
                continue;
            }
            for (ExpectedRing r : Expectations.rings(file, iface, val)) {
                raw.rings.put(iface + " " + r.ring(), r);
            }
        }
    }

    /** One file's keys, or a chain merged; null map values drop what a parent expects. */
    private static final class Raw {
        String name;
        String origin;
        String description;
        String parent;
        int parentLine;
        Severity baselineSeverity;
        final List<String> lineage = new ArrayList<>();
        final Map<String, Map<String, Double>> thresholds = new LinkedHashMap<>();
        final Map<String, Boolean> enabled = new LinkedHashMap<>();
        final Map<String, Severity> severity = new LinkedHashMap<>();
        final Map<String, ExpectedSysctl> sysctl = new LinkedHashMap<>();
        final Map<String, ExpectedRing> rings = new LinkedHashMap<>();

        /** This child laid over its merged parent. */
        Raw over(Raw p) {
            Raw m = new Raw();
            m.name = name;
            m.origin = origin;
            m.description = description != null ? description : p.description;
            m.baselineSeverity = baselineSeverity != null ? baselineSeverity : p.baselineSeverity;
            m.lineage.addAll(lineage);
            m.lineage.addAll(p.lineage);
            p.thresholds.forEach((k, v) -> m.thresholds.put(k, new LinkedHashMap<>(v)));
            thresholds.forEach((k, v) -> m.thresholds.computeIfAbsent(k, x -> new LinkedHashMap<>()).putAll(v));
            m.enabled.putAll(p.enabled);
            m.enabled.putAll(enabled);
            m.severity.putAll(p.severity);
            m.severity.putAll(severity);
            m.sysctl.putAll(p.sysctl);
            m.sysctl.putAll(sysctl);
            m.rings.putAll(p.rings);
            m.rings.putAll(rings);
            return m;
        }

        Profile finish() {
            Severity baseline = baselineSeverity != null ? baselineSeverity : Severity.WARNING;
            String label = baseline.label();
            List<ExpectedSysctl> sys = new ArrayList<>();
            sysctl.values().stream().filter(e -> e != null)
                    .forEach(e -> sys.add(e.severity() == null ? e.withSeverity(label) : e));
            List<ExpectedRing> ring = new ArrayList<>();
            rings.values().stream().filter(e -> e != null)
                    .forEach(e -> ring.add(e.severity() == null ? e.withSeverity(label) : e));
            Map<String, Profile.RuleSetting> rules = new LinkedHashMap<>();
            for (String id : enabled.keySet()) {
                rules.put(id, new Profile.RuleSetting(enabled.get(id), severity.get(id)));
            }
            for (String id : severity.keySet()) {
                rules.putIfAbsent(id, new Profile.RuleSetting(true, severity.get(id)));
            }
            return new Profile(name, origin, description == null ? "" : description, thresholds, List.copyOf(sys),
                    rules, List.copyOf(ring), baseline, List.copyOf(lineage));
        }
    }
}
