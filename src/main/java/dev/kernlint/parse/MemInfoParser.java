package dev.kernlint.parse;

import dev.kernlint.fact.MemInfo;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * /proc/meminfo ("MemTotal:       24523904 kB", "HugePages_Total:       0") and the per-node
 * /sys/devices/system/node/nodeN/meminfo ("Node 0 MemTotal:  24523904 kB"). Values in kB.
 */
public final class MemInfoParser {
    private MemInfoParser() {}

    public static MemInfo parse(String text) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String key = line.substring(0, colon).trim();
            if (key.startsWith("Node ")) {
                int sp = key.indexOf(' ', 5);
                key = sp < 0 ? key : key.substring(sp + 1);
            }
            String[] v = line.substring(colon + 1).trim().split("\\s+");
            try {
                long n = Long.parseLong(v[0]);
                if (v.length > 1 && !v[1].equals("kB")) {
                    throw new ParseException("meminfo: unknown unit '" + v[1] + "' for " + key);
                }
                m.put(key, n);
            } catch (NumberFormatException e) {
                throw new ParseException("meminfo: '" + v[0] + "' is not a number for " + key);
            }
        }
        if (!m.containsKey("MemTotal")) {
            throw new ParseException("meminfo: no MemTotal line (truncated or not /proc/meminfo)");
        }
        return new MemInfo(m);
    }
}
