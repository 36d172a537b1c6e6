package dev.kernlint.parse;

import dev.kernlint.fact.SoftnetStat;

/**
 * /proc/net/softnet_stat: one line per CPU of hex columns; column 1 processed, 2 dropped (backlog full),
 * 3 time_squeeze. Older kernels print fewer columns; only the first three are read.
 */
public final class SoftnetStatParser {
    private SoftnetStatParser() {}

    public static SoftnetStat parse(String text) {
        int cpus = 0;
        long processed = 0, dropped = 0, squeeze = 0;
        for (String line : text.split("\n")) {
            String t = line.trim();
            if (t.isEmpty()) {
                continue;
            }
            String[] c = t.split("\\s+");
            if (c.length < 3) {
                throw new ParseException("softnet_stat: line " + (cpus + 1) + " has " + c.length + " columns, expected at least 3");
            }
            try {
                processed += Long.parseLong(c[0], 16);
                dropped += Long.parseLong(c[1], 16);
                squeeze += Long.parseLong(c[2], 16);
            } catch (NumberFormatException e) {
                throw new ParseException("softnet_stat: line " + (cpus + 1) + " is not hex columns");
            }
            cpus++;
        }
        if (cpus == 0) {
            throw new ParseException("softnet_stat: empty");
        }
        return new SoftnetStat(cpus, processed, dropped, squeeze);
    }
}
