package dev.kernlint.parse;

import java.util.List;

/** Ethernet link mode names as ethtool prints them: "1000baseT/Full", "25000baseCR/Full", "10000baseR_FEC". */
public final class LinkModes {
    private LinkModes() {}

    /** The speed in Mb/s a mode names (the digits before "base"), or null when it names none. */
    public static Long mbps(String mode) {
        int base = mode.indexOf("base");
        if (base <= 0 || !Character.isDigit(mode.charAt(0))) {
            return null;
        }
        try {
            return Long.parseLong(mode.substring(0, base));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The fastest mode of a list in Mb/s; null for an empty or unreadable list. */
    public static Long bestMbps(List<String> modes) {
        Long best = null;
        for (String m : modes) {
            Long s = mbps(m);
            if (s != null && (best == null || s > best)) {
                best = s;
            }
        }
        return best;
    }
}
