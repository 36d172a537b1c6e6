package dev.kernlint.fact;

import java.util.Locale;

/** Memory sizes as people read them in a message: "1.5 GiB", "812 MiB", "640 KiB" (powers of 1024, as the kernel counts). */
public final class Sizes {
    private Sizes() {}

    public static String bytes(long b) {
        if (b >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GiB", b / (double) (1L << 30));
        }
        if (b >= 1L << 20) {
            return String.format(Locale.ROOT, "%.0f MiB", b / (double) (1L << 20));
        }
        return String.format(Locale.ROOT, "%.0f KiB", b / 1024.0);
    }

    public static String kb(long kb) {
        return bytes(kb * 1024);
    }

    /** A share as a whole percentage for messages: 0.237 -> "24%". */
    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    /** A share rounded to 3 decimals for evidence (JSON keeps it a number). */
    public static double round3(double share) {
        return Math.round(share * 1000) / 1000.0;
    }
}
