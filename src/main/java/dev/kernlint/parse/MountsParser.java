package dev.kernlint.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * /proc/self/mounts (fstab format): "device mountpoint fstype options dump pass". Spaces, tabs, newlines and
 * backslashes in names are octal escapes (\040, \011, \012, \134).
 */
public final class MountsParser {
    private MountsParser() {}

    public record Mount(String device, String mountPoint, String fstype, String options) {}

    public static List<Mount> parse(String text) {
        List<Mount> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.strip().split("\\s+");
            if (f.length < 4) {
                throw new ParseException("mounts: '" + KernelReleaseParser.abbreviate(line) + "' has fewer than 4 fields");
            }
            out.add(new Mount(unescape(f[0]), unescape(f[1]), f[2], f[3]));
        }
        return out;
    }

    static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && isOctal(s, i + 1)) {
                sb.append((char) Integer.parseInt(s.substring(i + 1, i + 4), 8));
                i += 3;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isOctal(String s, int from) {
        if (from + 3 > s.length()) {
            return false;
        }
        for (int i = from; i < from + 3; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '7') {
                return false;
            }
        }
        return true;
    }
}
