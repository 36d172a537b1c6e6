package dev.kernlint.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What sos's numa plugin keeps instead of /sys/devices/system/node/online and node*&#47;numastat, which it does not
 * copy: `numactl --hardware` ("available: 2 nodes (0-1)", numactl 2.0.x) and `numastat` (a table: a header of
 * node names, then one row per counter, numactl 2.0.8+ and the older perl script alike).
 */
public final class NumactlParser {
    private static final Pattern AVAILABLE = Pattern.compile("(?m)^available:\\s+(\\d+)\\s+nodes?\\s+\\(([0-9,\\-]+)\\)");

    private NumactlParser() {}

    /** The online nodes as /sys/devices/system/node/online lists them ("0-1\n"). */
    public static String online(String hardware) {
        Matcher m = AVAILABLE.matcher(hardware);
        if (!m.find()) {
            throw new ParseException("numactl --hardware: no 'available: N nodes (LIST)' line");
        }
        return m.group(2) + "\n";
    }

    /**
     * One node's column of `numastat` as node*&#47;numastat reads ("numa_hit 1234\n..."); null when the table has no
     * such node.
     */
    public static String numastat(String table, String node) {
        String[] lines = table.split("\n");
        int column = -1;
        int header = -1;
        for (int i = 0; i < lines.length && column < 0; i++) {
            String[] f = lines[i].strip().split("\\s+");
            for (int c = 0; c < f.length; c++) {
                if (f[c].equals(node)) {
                    column = c;
                    header = i;
                }
            }
        }
        if (column < 0) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int i = header + 1; i < lines.length; i++) {
            String[] f = lines[i].strip().split("\\s+");
            // a row is the counter's name, then one value per header column
            if (f.length >= column + 2 && f[0].matches("[a-z_]+") && f[column + 1].matches("\\d{1,20}")) {
                out.append(f[0]).append(' ').append(f[column + 1]).append('\n');
            }
        }
        if (out.length() == 0) {
            throw new ParseException("numastat: no counter rows under the node header");
        }
        return out.toString();
    }
}
