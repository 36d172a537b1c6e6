package dev.kernlint.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * POSIX df output, `df -P -k` ("Filesystem 1024-blocks Used Available Capacity Mounted on") and `df -P -i`
 * ("Filesystem Inodes IUsed IFree IUse% Mounted on"). Both have six columns; the filesystem name and the mount
 * point may hold spaces, so a row is read around its four numbers and its percentage ("-" when a filesystem
 * has no inode count).
 */
public final class DfParser {
    private DfParser() {}

    /** @param total 1024-blocks or inodes; used; available or free; all as df printed them */
    public record DfRow(String filesystem, long total, long used, long available, String mount) {}

    public static List<DfRow> parse(String text) {
        String[] lines = text.split("\n");
        if (lines.length == 0 || !lines[0].startsWith("Filesystem")) {
            throw new ParseException("df: no 'Filesystem' header line");
        }
        List<DfRow> out = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\\s+");
            int pct = -1;
            for (int j = 4; j < f.length; j++) {
                if ((f[j].endsWith("%") || f[j].equals("-")) && number(f[j - 1]) && number(f[j - 2]) && number(f[j - 3])) {
                    pct = j;
                    break;
                }
            }
            if (pct < 0 || pct == f.length - 1) {
                throw new ParseException("df: row '" + KernelReleaseParser.abbreviate(line) + "' has not four numbers, a percentage and a mount point");
            }
            String fs = String.join(" ", java.util.Arrays.copyOfRange(f, 0, pct - 3));
            String mount = String.join(" ", java.util.Arrays.copyOfRange(f, pct + 1, f.length));
            out.add(new DfRow(fs, Long.parseLong(f[pct - 3]), Long.parseLong(f[pct - 2]), Long.parseLong(f[pct - 1]), mount));
        }
        return out;
    }

    private static boolean number(String s) {
        if (s.isEmpty() || s.length() > 18) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
