package dev.kernlint.parse;

import dev.kernlint.fact.Mapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * /proc/PID/maps: "start-end perms offset major:minor inode   path", one mapping a line. The same line heads each
 * mapping in smaps and the one line of smaps_rollup, so {@link #line} is shared with those parsers.
 */
public final class MapsParser {
    private MapsParser() {}

    public static List<Mapping> parse(String text) {
        List<Mapping> out = new ArrayList<>();
        for (String l : text.split("\n")) {
            if (!l.isBlank()) {
                out.add(line(l, Map.of()));
            }
        }
        return out;
    }

    /** True when the line starts like a mapping header ("hex-hex "), not a "Name: value" field line. */
    static boolean isHeader(String l) {
        int dash = l.indexOf('-');
        if (dash <= 0 || dash > 16) {
            return false;
        }
        for (int i = 0; i < dash; i++) {
            if (Character.digit(l.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    static Mapping line(String l, Map<String, Long> kb) {
        String[] f = l.strip().split("\\s+", 6);
        if (f.length < 5) {
            throw new ParseException("maps line has " + f.length + " fields, not 5 or 6: " + clip(l));
        }
        int dash = f[0].indexOf('-');
        if (dash <= 0 || f[1].length() != 4) {
            throw new ParseException("not a maps line: " + clip(l));
        }
        try {
            long start = Long.parseUnsignedLong(f[0].substring(0, dash), 16);
            long end = Long.parseUnsignedLong(f[0].substring(dash + 1), 16);
            long inode = Long.parseLong(f[4]);
            if (Long.compareUnsigned(end, start) < 0) {
                throw new ParseException("maps range ends before it starts: " + clip(l));
            }
            return new Mapping(start, end, f[1], inode, f.length == 6 ? f[5].strip() : "", kb);
        } catch (NumberFormatException e) {
            throw new ParseException("maps line with a bad number: " + clip(l));
        }
    }

    static String clip(String l) {
        return l.length() > 80 ? l.substring(0, 80) + "..." : l;
    }
}
