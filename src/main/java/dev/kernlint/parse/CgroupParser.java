package dev.kernlint.parse;

/**
 * cgroup limit files: v2 cpu.max "max 100000" or "200000 100000" (quota period, microseconds); pids.max "max" or
 * N; v1 cpu.cfs_quota_us "-1" (no quota) or N. "max" and -1 mean no limit: null.
 */
public final class CgroupParser {
    private CgroupParser() {}

    /** {quota or null, period}. */
    public static Long[] cpuMax(String text) {
        String[] f = text.strip().split("\\s+");
        if (f.length != 2) {
            throw new ParseException("cpu.max: expected 'QUOTA PERIOD', got '" + KernelReleaseParser.abbreviate(text.strip()) + "'");
        }
        return new Long[] {limit(f[0], "cpu.max"), number(f[1], "cpu.max period")};
    }

    /** pids.max, pids.current or cpu.cfs_quota_us: a number, or null for "max" / -1. */
    public static Long limit(String text, String what) {
        String t = text.strip();
        if (t.equals("max") || t.equals("-1")) {
            return null;
        }
        return number(t, what);
    }

    private static Long number(String s, String what) {
        try {
            long v = Long.parseLong(s);
            if (v < 0) {
                throw new ParseException(what + ": negative value " + v);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new ParseException(what + ": '" + KernelReleaseParser.abbreviate(s) + "' is not a number or 'max'");
        }
    }
}
