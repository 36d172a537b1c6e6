package dev.kernlint.source;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much of a snapshot kernlint reads: at most {@code maxFileBytes} of one file (a larger file is a gap, never read
 * whole) and {@code maxSnapshotBytes} in all (read from a directory, or unpacked from an archive). Snapshots come from
 * other machines: without caps a sparse 2 GB file or a gzip bomb decides how much memory an audit takes.
 */
public record ReadCaps(long maxFileBytes, long maxSnapshotBytes) {
    public static final long MIB = 1L << 20;
    /** /proc/net/tcp of a host with 100k sockets is ~15 MB. */
    public static final ReadCaps DEFAULT = new ReadCaps(64 * MIB, 1024 * MIB);
    /** One file must fit a Java array, and its text a String. */
    public static final long FILE_LIMIT = 1024 * MIB;

    private static final Pattern SIZE = Pattern.compile("(\\d{1,13})\\s*([kmgt]?)(i?b)?");

    public ReadCaps {
        if (maxFileBytes < 1 || maxFileBytes > FILE_LIMIT) {
            throw new IllegalArgumentException("the file read cap must be 1 byte to 1 GiB");
        }
        if (maxSnapshotBytes < 1) {
            throw new IllegalArgumentException("the snapshot read cap must be at least 1 byte");
        }
    }

    /** "64M", "64MiB", "1g", "1048576": binary units, as ls -h and du print them. */
    public static long parseSize(String s) {
        Matcher m = SIZE.matcher(s.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("not a size (like 64M, 2G or 1048576)");
        }
        int shift = switch (m.group(2)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            case "t" -> 40;
            default -> 0;
        };
        long n = Long.parseLong(m.group(1));
        if (n > (Long.MAX_VALUE >> shift)) {
            throw new IllegalArgumentException("too large a size");
        }
        return n << shift;
    }

    /** "64 MiB", "1 GiB", "1500 bytes": for messages. */
    public static String show(long bytes) {
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        for (int i = units.length; i >= 1; i--) {
            long unit = 1L << (10 * i);
            if (bytes >= unit && bytes % unit == 0) {
                return bytes / unit + " " + units[i - 1];
            }
        }
        if (bytes >= MIB) {
            return String.format(Locale.ROOT, "%.1f MiB", bytes / (double) MIB);
        }
        return bytes + " bytes";
    }

    /** The gap reason of a file above the cap. */
    String tooBig() {
        return "larger than the " + show(maxFileBytes) + " read cap (--max-file-size)";
    }

    String snapshotUsedUp() {
        return "the snapshot read cap of " + show(maxSnapshotBytes) + " is used up (--max-snapshot-size)";
    }
}
