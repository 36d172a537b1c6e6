package dev.kernlint.parse;

/** /proc/uptime: "350735.47 234388.90" - seconds since boot, then idle seconds summed over CPUs. */
public final class UptimeParser {
    private UptimeParser() {}

    public static double seconds(String text) {
        String[] f = text.strip().split("\\s+");
        try {
            double s = Double.parseDouble(f[0]);
            if (s < 0 || Double.isNaN(s)) {
                throw new ParseException("uptime: negative or NaN '" + f[0] + "'");
            }
            return s;
        } catch (NumberFormatException e) {
            throw new ParseException("uptime: '" + KernelReleaseParser.abbreviate(text) + "' does not start with seconds");
        }
    }
}
