package dev.kernlint.parse;

import dev.kernlint.fact.TcpSockStat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * /proc/net/sockstat and sockstat6: "TCP: inuse 5 orphan 0 tw 2 alloc 9 mem 1". Read as key/value pairs,
 * because kernels append keys; a key a kernel does not print stays absent.
 */
public final class SockStatParser {
    private SockStatParser() {}

    public static Map<String, Map<String, Long>> parse(String text) {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String rest = line.substring(colon + 1).trim();
            String[] t = rest.isEmpty() ? new String[0] : rest.split("\\s+");
            if (t.length % 2 != 0) {
                // "TCP: inuse 5 orphan 0 tw": a cut file, whose last count would otherwise vanish unnoticed
                throw new ParseException("sockstat: truncated line '" + KernelReleaseParser.abbreviate(line.strip()) + "'");
            }
            Map<String, Long> kv = new LinkedHashMap<>();
            for (int i = 0; i + 1 < t.length; i += 2) {
                try {
                    kv.put(t[i], Long.parseLong(t[i + 1]));
                } catch (NumberFormatException e) {
                    throw new ParseException("sockstat: '" + t[i + 1] + "' is not a count for " + t[i]);
                }
            }
            out.put(line.substring(0, colon).trim(), kv);
        }
        if (out.isEmpty()) {
            throw new ParseException("sockstat: no 'PROTO: key value' lines");
        }
        return out;
    }

    public static TcpSockStat tcp(String text) {
        Map<String, Long> t = parse(text).get("TCP");
        if (t == null) {
            throw new ParseException("sockstat: no TCP line");
        }
        return new TcpSockStat(t.get("inuse"), t.get("orphan"), t.get("tw"), t.get("alloc"), t.get("mem"));
    }
}
