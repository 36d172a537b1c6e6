package dev.kernlint.parse;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * /proc/net/snmp and /proc/net/netstat: pairs of lines, names then values, each prefixed by the group
 * ("TcpExt: SyncookiesSent ... TW ..." / "TcpExt: 0 ... 11 ..."). Keys come out as "TcpExt.TW".
 * Kernels add counters over time, so names are read from the header line, never by position.
 */
public final class NetSnmpParser {
    private NetSnmpParser() {}

    public static Map<String, Long> parse(String text) {
        Map<String, Long> out = new LinkedHashMap<>();
        String[] lines = text.split("\n");
        for (int i = 0; i + 1 < lines.length; i += 2) {
            String names = lines[i];
            String values = lines[i + 1];
            int c1 = names.indexOf(':');
            int c2 = values.indexOf(':');
            if (c1 <= 0 || c2 <= 0 || !names.substring(0, c1).equals(values.substring(0, c2))) {
                throw new ParseException("snmp/netstat: line " + (i + 1) + " and " + (i + 2) + " are not a header/value pair");
            }
            String group = names.substring(0, c1);
            String[] n = names.substring(c1 + 1).trim().split("\\s+");
            String[] v = values.substring(c2 + 1).trim().split("\\s+");
            if (n.length != v.length) {
                throw new ParseException("snmp/netstat: " + group + " has " + n.length + " names but " + v.length + " values (truncated?)");
            }
            for (int k = 0; k < n.length; k++) {
                try {
                    out.put(group + "." + n[k], Long.parseLong(v[k]));
                } catch (NumberFormatException e) {
                    throw new ParseException("snmp/netstat: " + group + "." + n[k] + " = '" + v[k] + "' is not a number");
                }
            }
        }
        if (out.isEmpty()) {
            throw new ParseException("snmp/netstat: no counters");
        }
        return out;
    }
}
