package dev.kernlint.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every assignment of the persisted sysctl configuration in the order systemd-sysctl applies them (so for one key
 * the last is the one that wins; {@link PersistedSysctl} facts hold the winners), the files read in that order,
 * and what /proc/sys says about the persisted keys.
 *
 * @param keysWithoutFile persisted keys (not globs) with no file under /proc/sys on this kernel, in this namespace
 * @param keysUnreadable  persisted keys whose /proc/sys file exists but cannot be read (write-only, root-only)
 */
public record SysctlConfig(List<SysctlAssignment> assignments, List<String> files, Set<String> keysWithoutFile,
                           Set<String> keysUnreadable) {

    /** All assignments of one key, in application order (the last one wins). */
    public List<SysctlAssignment> assignmentsOf(String key) {
        List<SysctlAssignment> out = new ArrayList<>();
        for (SysctlAssignment a : assignments) {
            if (a.key().equals(key) && a.value() != null) {
                out.add(a);
            }
        }
        return out;
    }

    /** "file:line" of every assignment of the key, in application order. */
    public List<String> locationsOf(String key) {
        List<String> out = new ArrayList<>();
        for (SysctlAssignment a : assignmentsOf(key)) {
            out.add(a.location());
        }
        return out;
    }

    public boolean hasNoFile(String key) {
        return keysWithoutFile.contains(key);
    }

    /**
     * Whether a running value matches a persisted one as the kernel would store it: white space folded, and
     * numbers compared as the kernel parses them (proc_dointvec reads with base 0: "0x10" is 16, "010" is 8).
     */
    public static boolean sameValue(String running, String persisted) {
        if (running == null || persisted == null) {
            return running == persisted;
        }
        String[] a = running.strip().split("\\s+");
        String[] b = persisted.strip().split("\\s+");
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (!a[i].equals(b[i]) && !sameNumber(a[i], b[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameNumber(String a, String b) {
        try {
            return Long.decode(a).longValue() == Long.decode(b).longValue();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** True when every line that sets the key has the '-' prefix: its author expected it may be missing. */
    public boolean optional(String key) {
        List<SysctlAssignment> as = assignmentsOf(key);
        return !as.isEmpty() && as.stream().allMatch(SysctlAssignment::optional);
    }
}
