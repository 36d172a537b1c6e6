package dev.kernlint.fact;

/** Byte counts as people read them, in powers of 1024 ("894 GiB", "1.5 TiB"). */
public final class Bytes {
    private Bytes() {}

    public static String human(long bytes) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
        double v = bytes;
        int u = 0;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        String n = v >= 100 || u == 0 ? String.valueOf(Math.round(v)) : String.format(java.util.Locale.ROOT, "%.1f", v);
        return (n.endsWith(".0") ? n.substring(0, n.length() - 2) : n) + " " + units[u];
    }
}
