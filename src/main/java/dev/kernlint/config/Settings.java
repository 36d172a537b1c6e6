package dev.kernlint.config;

import java.util.EnumMap;
import java.util.Map;

/**
 * The option defaults a run starts from: the user's config file over the system's, KERNLINT_* variables over both
 * (the command line, over all of them, is picocli's). Files are read once, on the first question, so a command
 * that asks nothing (--version, rules) reads none.
 */
public final class Settings {
    private final Map<String, String> env;
    private final ConfigLocations locations;
    private Map<ConfigKey, Setting> merged;

    public Settings(Map<String, String> env) {
        this.env = env;
        this.locations = ConfigLocations.of(env);
    }

    /** The process's own environment; the system property kernlint.config.env=none stands for an empty one (the test JVM). */
    public static Settings ofProcess() {
        return new Settings("none".equals(System.getProperty("kernlint.config.env")) ? Map.of() : System.getenv());
    }

    public ConfigLocations locations() {
        return locations;
    }

    /** The value for KEY and its origin, or null when nothing but the built-in default gives it. */
    public synchronized Setting get(ConfigKey key) {
        if (merged == null) {
            merged = merge();
        }
        return merged.get(key);
    }

    private Map<ConfigKey, Setting> merge() {
        Map<ConfigKey, Setting> m = new EnumMap<>(ConfigKey.class);
        m.putAll(ConfigFile.load(locations.system()));
        m.putAll(ConfigFile.load(locations.user()));
        for (ConfigKey k : ConfigKey.values()) {
            String v = env.get(k.variable());
            if (v == null || v.isBlank()) {
                continue;
            }
            String problem = k.problem(v);
            if (problem != null) {
                throw new ConfigException("environment " + k.variable() + ": " + problem);
            }
            m.put(k, new Setting(v.strip(), "environment " + k.variable()));
        }
        return m;
    }
}
