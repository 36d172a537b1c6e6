package dev.kernlint.parse;

/**
 * A DIMM size as dmidecode prints it: "16 GB" (3.3+), "16384 MB" (older), "512 kB", maybe "1 TB" or "16 GiB".
 * The units are powers of 1024 whatever the spelling. "No Module Installed", "Not Installed" (type 6) and
 * "Unknown" are empty or unknown slots: null.
 */
public final class DmiSizeParser {
    private DmiSizeParser() {}

    public static Long bytes(String value) {
        String v = value.strip();
        if (v.isEmpty() || v.equals("No Module Installed") || v.equals("Not Installed") || v.equals("Unknown")
                || v.equals("None") || v.equals("Not Specified")) {
            return null;
        }
        String[] p = v.split("\\s+");
        if (p.length != 2) {
            throw new ParseException("dmidecode size: '" + v + "' is not 'N unit'");
        }
        long n;
        try {
            n = Long.parseLong(p[0]);
            if (n < 0) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            throw new ParseException("dmidecode size: '" + v + "' is not 'N unit'");
        }
        long unit = switch (p[1]) {
            case "bytes" -> 1L;
            case "kB", "KB", "KiB" -> 1L << 10;
            case "MB", "MiB" -> 1L << 20;
            case "GB", "GiB" -> 1L << 30;
            case "TB", "TiB" -> 1L << 40;
            default -> throw new ParseException("dmidecode size: unknown unit '" + p[1] + "' in '" + v + "'");
        };
        try {
            return Math.multiplyExact(n, unit);
        } catch (ArithmeticException e) {
            throw new ParseException("dmidecode size: '" + v + "' is out of range");
        }
    }
}
