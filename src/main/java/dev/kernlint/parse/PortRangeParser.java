package dev.kernlint.parse;

import dev.kernlint.fact.LocalPortRange;

/** net.ipv4.ip_local_port_range ("32768\t60999") and ip_local_reserved_ports ("8080,9000-9100" or empty). */
public final class PortRangeParser {
    private PortRangeParser() {}

    public static LocalPortRange parse(String range, String reserved) {
        String[] t = range.trim().split("\\s+");
        int low, high;
        try {
            low = Integer.parseInt(t[0]);
            high = t.length > 1 ? Integer.parseInt(t[1]) : -1;
        } catch (NumberFormatException e) {
            throw new ParseException("ip_local_port_range: '" + range.trim() + "' is not 'LOW HIGH'");
        }
        if (t.length != 2 || low > high || low < 0 || high > 65535) {
            throw new ParseException("ip_local_port_range: '" + range.trim() + "' is not 'LOW HIGH'");
        }
        // a set, not a sum: "8080,8080" or overlapping ranges (never printed by the kernel) count each port once
        java.util.BitSet inRange = new java.util.BitSet();
        String r = reserved == null ? "" : reserved.trim();
        if (!r.isEmpty()) {
            for (String part : r.split(",")) {
                String[] ab = part.trim().split("-", -1);
                if (ab.length > 2) {
                    throw new ParseException("ip_local_reserved_ports: '" + part + "' is not a port or range");
                }
                try {
                    int a = Integer.parseInt(ab[0].trim());
                    int b = ab.length > 1 ? Integer.parseInt(ab[1].trim()) : a;
                    int from = Math.max(a, low);
                    int to = Math.min(b, high);
                    if (to >= from) {
                        inRange.set(from, to + 1);
                    }
                } catch (NumberFormatException e) {
                    throw new ParseException("ip_local_reserved_ports: '" + part + "' is not a port or range");
                }
            }
        }
        return new LocalPortRange(low, high, inRange.cardinality());
    }
}
