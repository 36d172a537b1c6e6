package dev.kernlint.engine;

import java.util.Locale;

/**
 * Whether two readings (a report, a snapshot, the live host) are of one host, by the host names they recorded.
 * Comparing a host with another one by mistake makes every difference look like a change over time.
 */
public final class HostName {
    private HostName() {}

    /**
     * True only when both names are known and name different hosts. Case does not count (DNS names), and a short
     * name matches the first label of a full one ("web1" and "web1.example.com"): kernel.hostname is often the
     * short name where a tool recorded the full one.
     */
    public static boolean differ(String a, String b) {
        if (unknown(a) || unknown(b)) {
            return false;
        }
        String x = a.strip().toLowerCase(Locale.ROOT);
        String y = b.strip().toLowerCase(Locale.ROOT);
        if (x.equals(y)) {
            return false;
        }
        if (x.indexOf('.') < 0 || y.indexOf('.') < 0) {
            return !firstLabel(x).equals(firstLabel(y));
        }
        return true;
    }

    private static boolean unknown(String s) {
        return s == null || s.isBlank() || s.strip().equals("unknown") || s.strip().equals("(none)");
    }

    private static String firstLabel(String s) {
        int dot = s.indexOf('.');
        return dot < 0 ? s : s.substring(0, dot);
    }
}
