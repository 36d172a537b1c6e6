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
        // lists of numbers and ranges read back merged: "8080,8081" is stored and shown as "8080-8081"
        java.util.BitSet ra = numberList(running);
        java.util.BitSet pa = numberList(persisted);
        if (ra != null && pa != null) {
            return ra.equals(pa);
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

    /** "8080,8081", "0-3,8" as a set; null when the value is not such a list (a plain number, a vector, text). */
    private static java.util.BitSet numberList(String v) {
        String t = v.strip();
        if (t.isEmpty() || (t.indexOf(',') < 0 && t.indexOf('-') <= 0)) {
            return null;
        }
        java.util.BitSet set = new java.util.BitSet();
        for (String part : t.split(",")) {
            String[] ab = part.strip().split("-", -1);
            if (ab.length > 2 || ab[0].isEmpty() || !ab[0].chars().allMatch(Character::isDigit)
                    || (ab.length == 2 && (ab[1].isEmpty() || !ab[1].chars().allMatch(Character::isDigit)))) {
                return null;
            }
            try {
                int a = Integer.parseInt(ab[0]);
                int b = ab.length == 2 ? Integer.parseInt(ab[1]) : a;
                if (b < a || b > 1 << 20) {
                    return null;
                }
                set.set(a, b + 1);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return set;
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
