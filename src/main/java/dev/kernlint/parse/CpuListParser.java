package dev.kernlint.parse;

import java.util.BitSet;

/** Kernel CPU and node lists, as in /sys/devices/system/cpu/online or nodeN/cpulist: "0-3,8-11", "0", "" (none). */
public final class CpuListParser {
    private CpuListParser() {}

    public static BitSet parse(String text) {
        BitSet set = new BitSet();
        String t = text.strip();
        if (t.isEmpty()) {
            return set;
        }
        for (String part : t.split(",")) {
            String[] ab = part.strip().split("-", -1);
            try {
                int a = Integer.parseInt(ab[0]);
                int b = ab.length > 1 ? Integer.parseInt(ab[1]) : a;
                if (ab.length > 2 || b < a || b > 1 << 20) {
                    throw new ParseException("cpu list: bad range '" + part + "'");
                }
                set.set(a, b + 1);
            } catch (NumberFormatException e) {
                throw new ParseException("cpu list: '" + part + "' is not a number or range");
            }
        }
        return set;
    }

    public static int count(String text) {
        return parse(text).cardinality();
    }
}
