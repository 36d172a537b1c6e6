package dev.kernlint.config;

import java.util.List;
import java.util.Locale;

/**
 * One setting a config file or a KERNLINT_* variable may give: the long option it defaults (without "--"), the
 * commands whose option it is, and what values it takes. Lists are written comma-separated, as on the command line.
 */
public enum ConfigKey {
    PROFILE("profile", Kind.TEXT, List.of("audit", "fix"), List.of()),
    WAIVERS("waivers", Kind.TEXT, List.of("audit"), List.of()),
    FAIL_ON("fail-on", Kind.CHOICE, List.of("audit"), List.of("info", "warning", "critical", "never")),
    FORMAT("format", Kind.LIST, List.of("audit"), List.of()),
    COLOR("color", Kind.CHOICE, List.of("audit"), List.of("auto", "always", "never")),
    FAIL_ON_GAPS("fail-on-gaps", Kind.BOOLEAN, List.of("audit"), List.of()),
    REQUIRE("require", Kind.LIST, List.of("audit"), List.of()),
    MIN_EVALUATED("min-evaluated", Kind.PERCENT, List.of("audit"), List.of()),
    COMMAND_TIMEOUT("command-timeout", Kind.SECONDS, List.of("audit", "fix", "collect", "baseline"), List.of());

    enum Kind { TEXT, CHOICE, LIST, BOOLEAN, PERCENT, SECONDS }

    private final String name;
    private final Kind kind;
    private final List<String> commands;
    private final List<String> choices;

    ConfigKey(String name, Kind kind, List<String> commands, List<String> choices) {
        this.name = name;
        this.kind = kind;
        this.commands = commands;
        this.choices = choices;
    }

    /** The key in a config file, and the long option it defaults. */
    public String key() {
        return name;
    }

    /** KERNLINT_FAIL_ON for fail-on. */
    public String variable() {
        return "KERNLINT_" + name.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    public List<String> commands() {
        return commands;
    }

    boolean isList() {
        return kind == Kind.LIST;
    }

    public static ConfigKey byKey(String key) {
        for (ConfigKey k : values()) {
            if (k.name.equals(key)) {
                return k;
            }
        }
        return null;
    }

    public static List<String> keys() {
        return java.util.Arrays.stream(values()).map(ConfigKey::key).toList();
    }

    /** Null when the value is good for this key, else what is wrong with it, in words. */
    String problem(String value) {
        String v = value.strip();
        return switch (kind) {
            case TEXT, LIST -> v.isEmpty() ? name + " is empty" : null;
            case CHOICE -> choices.contains(v.toLowerCase(Locale.ROOT)) ? null
                    : name + " must be " + String.join(", ", choices.subList(0, choices.size() - 1)) + " or "
                    + choices.get(choices.size() - 1) + ", not '" + shown(v) + "'";
            case BOOLEAN -> v.equals("true") || v.equals("false") ? null : name + " must be true or false, not '" + shown(v) + "'";
            case PERCENT -> number(v, 0, 100) ? null : name + " must be a whole percentage 0 to 100, not '" + shown(v) + "'";
            case SECONDS -> number(v, 1, 600) ? null : name + " must be 1 to 600 seconds, not '" + shown(v) + "'";
        };
    }

    private static boolean number(String v, int min, int max) {
        if (!v.matches("[0-9]{1,4}")) {
            return false;
        }
        int n = Integer.parseInt(v);
        return n >= min && n <= max;
    }

    /** A value shown in an error: short and plain, as it may be anything a file holds. */
    private static String shown(String v) {
        String s = v.length() > 40 ? v.substring(0, 40) + "..." : v;
        return dev.kernlint.report.TerminalText.escape(s);
    }
}
