package dev.kernlint.parse;

import dev.kernlint.fact.ZoneInfo;
import dev.kernlint.fact.ZoneWatermarks;
import java.util.ArrayList;
import java.util.List;

/**
 * /proc/zoneinfo. Each zone starts with "Node 0, zone   Normal"; its "pages free N" line is followed by indented
 * "min N", "low N", "high N" and "managed N" lines (managed since 3.8, before that only present/spanned). Newer
 * kernels add "boost", "promo", a "per-node stats" block and numa_* counters; pagesets print "high:  N" with a colon,
 * which is not the watermark. Only the lines named here are read; everything else is ignored.
 */
public final class ZoneInfoParser {
    private ZoneInfoParser() {}

    public static ZoneInfo parse(String text) {
        List<ZoneWatermarks> zones = new ArrayList<>();
        Zone z = null;
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.startsWith("Node ")) {
                add(zones, z);
                z = header(line);
                continue;
            }
            if (z == null || line.isEmpty()) {
                continue;
            }
            String[] w = line.split("\\s+");
            if (w.length == 3 && w[0].equals("pages") && w[1].equals("free")) {
                z.free = number(w[2], line);
            } else if (w.length == 2) {
                switch (w[0]) {
                    case "min" -> z.min = number(w[1], line);
                    case "low" -> z.low = number(w[1], line);
                    case "high" -> z.high = number(w[1], line);
                    case "managed" -> z.managed = number(w[1], line);
                    case "present" -> z.present = number(w[1], line);
                    default -> { }
                }
            }
        }
        add(zones, z);
        if (zones.isEmpty()) {
            throw new ParseException("zoneinfo: no 'Node N, zone X' block");
        }
        return new ZoneInfo(zones);
    }

    private static final class Zone {
        int node;
        String name;
        Long free, min, low, high, managed, present;
    }

    private static Zone header(String line) {
        // "Node 0, zone      DMA"
        int comma = line.indexOf(',');
        int zone = line.indexOf("zone", comma + 1);
        if (comma < 0 || zone < 0) {
            throw new ParseException("zoneinfo: '" + KernelReleaseParser.abbreviate(line) + "' is not 'Node N, zone X'");
        }
        Zone z = new Zone();
        z.node = (int) number(line.substring(5, comma).strip(), line);
        z.name = line.substring(zone + 4).strip();
        return z;
    }

    private static void add(List<ZoneWatermarks> zones, Zone z) {
        if (z == null) {
            return;
        }
        if (z.free == null || z.min == null || z.low == null || z.high == null) {
            throw new ParseException("zoneinfo: node " + z.node + " zone " + z.name + " lacks pages free/min/low/high (truncated?)");
        }
        Long managed = z.managed != null ? z.managed : z.present;
        zones.add(new ZoneWatermarks(z.node, z.name, z.free, z.min, z.low, z.high, managed == null ? 0 : managed));
    }

    private static long number(String s, String line) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new ParseException("zoneinfo: '" + KernelReleaseParser.abbreviate(line) + "' has no number");
        }
    }
}
