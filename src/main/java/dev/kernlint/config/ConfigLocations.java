package dev.kernlint.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the config files are: /etc/kernlint/config.yaml and $XDG_CONFIG_HOME/kernlint/config.yaml (default
 * ~/.config). KERNLINT_SYSTEM_CONFIG and KERNLINT_USER_CONFIG (or the system properties kernlint.system.config and
 * kernlint.user.config) name other files, so that tests and CI never read the real /etc or home directory.
 */
public record ConfigLocations(Path system, Path user) {
    public static final String SYSTEM_DEFAULT = "/etc/kernlint/config.yaml";

    public static ConfigLocations of(Map<String, String> env) {
        String system = first(env.get("KERNLINT_SYSTEM_CONFIG"), System.getProperty("kernlint.system.config"), SYSTEM_DEFAULT);
        String xdg = env.get("XDG_CONFIG_HOME");
        // the XDG spec: a relative XDG_CONFIG_HOME is invalid and ignored
        String fromXdg = xdg != null && xdg.startsWith("/") ? xdg + "/kernlint/config.yaml" : null;
        String user = first(env.get("KERNLINT_USER_CONFIG"), fromXdg, System.getProperty("kernlint.user.config"));
        if (user == null) {
            user = first(env.get("HOME"), System.getProperty("user.home"), "/") + "/.config/kernlint/config.yaml";
        }
        return new ConfigLocations(Path.of(system), Path.of(user));
    }

    private static String first(String a, String b, String c) {
        // an empty variable counts as unset, as XDG and shells mean it
        return a != null && !a.isBlank() ? a : b != null && !b.isBlank() ? b : c;
    }
}
