package dev.kernlint.fix;

import dev.kernlint.collect.Facts;
import dev.kernlint.fact.PersistedSysctl;
import dev.kernlint.fact.SysctlValue;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What a fix needs to know besides the findings: the running value of each kernel parameter (a key without one
 * does not exist on this kernel) and the assignment that wins at boot (file and line), when the sysctl
 * configuration was read.
 */
public record KernelSettings(Map<String, String> running, Map<String, PersistedSysctl> persisted) {

    public static KernelSettings of(Facts facts) {
        Map<String, String> running = new HashMap<>();
        for (SysctlValue v : facts.all(SysctlValue.class)) {
            running.put(v.key(), v.value());
        }
        Map<String, PersistedSysctl> persisted = new HashMap<>();
        for (PersistedSysctl p : facts.all(PersistedSysctl.class)) {
            persisted.put(p.key(), p);
        }
        return new KernelSettings(running, persisted);
    }

    public boolean exists(String key) {
        return running.containsKey(key);
    }

    public String current(String key) {
        return running.get(key);
    }

    /**
     * The persisted assignment that would override a drop-in named {@code dropIn} at boot: systemd-sysctl and
     * `sysctl --system` read files by name across all sysctl.d directories, later wins, and /etc/sysctl.conf
     * comes last. Null when the drop-in would win (or nothing else sets the key).
     */
    public PersistedSysctl overrideOf(String key, String dropIn) {
        PersistedSysctl p = persisted.get(key);
        if (p == null || p.file() == null) {
            return null;
        }
        if (p.file().equals("/etc/sysctl.conf")) {
            return p;
        }
        Path name = Path.of(p.file()).getFileName();
        return name != null && name.toString().compareTo(dropIn) > 0 ? p : null;
    }

    /** Kernel values compare with runs of white space folded ("32768\t60999" is "32768 60999"). */
    public static boolean same(String a, String b) {
        return fold(a).equals(fold(b));
    }

    public static String fold(String s) {
        return s == null ? "" : dev.kernlint.fact.SysctlValue.fold(s);
    }
}
