package dev.kernlint.parse;

import dev.kernlint.fact.LoadAverage;

/** /proc/loadavg: "0.61 0.61 0.55 3/828 22084" (load 1, 5, 15 min; runnable/total tasks; last pid), or the averages alone. */
public final class LoadAvgParser {
    private LoadAvgParser() {}

    public static LoadAverage parse(String text) {
        String t = text.strip();
        String[] f = t.split("\\s+");
        // three fields: the averages alone, as a source that keeps only those writes them (sosreport: `uptime`)
        if (f.length != 3 && (f.length < 5 || f[3].indexOf('/') < 0)) {
            throw new ParseException("loadavg: expected 'L1 L5 L15 R/T PID', got '" + KernelReleaseParser.abbreviate(t) + "'");
        }
        try {
            double l1 = Double.parseDouble(f[0]);
            double l5 = Double.parseDouble(f[1]);
            double l15 = Double.parseDouble(f[2]);
            if (f.length == 3) {
                return new LoadAverage(l1, l5, l15, null, null, null);
            }
            int slash = f[3].indexOf('/');
            return new LoadAverage(l1, l5, l15, Long.parseLong(f[3].substring(0, slash)), Long.parseLong(f[3].substring(slash + 1)),
                    Long.parseLong(f[4]));
        } catch (NumberFormatException e) {
            throw new ParseException("loadavg: not a number in '" + KernelReleaseParser.abbreviate(t) + "'");
        }
    }
}
