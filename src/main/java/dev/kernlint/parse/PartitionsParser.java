package dev.kernlint.parse;

/** /proc/partitions: "major minor  #blocks  name" rows, #blocks in KiB. */
public final class PartitionsParser {
    private PartitionsParser() {}

    /** /sys/block/DEV/size of one device: its 512-byte sectors, or null when the table has no such device. */
    public static String sectors(String partitions, String device) {
        boolean header = false;
        for (String line : partitions.split("\n")) {
            String[] f = line.strip().split("\\s+");
            if (f.length == 4 && f[0].equals("major")) {
                header = true;
            } else if (f.length == 4 && f[3].equals(device)) {
                try {
                    return Long.parseLong(f[2]) * 2 + "\n";
                } catch (NumberFormatException e) {
                    throw new ParseException("partitions: #blocks of " + device + " is not a number: '" + f[2] + "'");
                }
            }
        }
        if (!header) {
            throw new ParseException("partitions: no 'major minor #blocks name' header");
        }
        return null;
    }
}
