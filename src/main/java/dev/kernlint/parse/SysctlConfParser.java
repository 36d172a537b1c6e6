package dev.kernlint.parse;

import dev.kernlint.fact.SysctlValue;
import dev.kernlint.fact.SysctlAssignment;
import java.util.ArrayList;
import java.util.List;

/**
 * One sysctl.conf / sysctl.d file, as systemd-sysctl and procps read it (sysctl.d(5)):
 * <pre>
 * # comment            ; comment
 * key = value          key=value
 * -key = value         (a failure to set the key is ignored)
 * net/ipv4/tcp_syncookies = 1                       (slash form: '/' separates, '.' belongs to a name)
 * net.ipv4.conf.*.rp_filter = 2                     (glob, systemd 245+)
 * -net.ipv4.conf.all.rp_filter                      (excludes the key from globs)
 * </pre>
 * Keys come out in kernlint's dotted form, the one /proc/sys walks produce ({@code net.ipv4.conf.eth0/100.forwarding}).
 * Lines that are not assignments are skipped, as systemd-sysctl does (it logs and goes on). A trailing comment
 * ("2097152 # A comment": '#' or ';' after white space, or right after the numbers) is kept apart: both tools write
 * it to the kernel with the value ({@link SysctlAssignment#written}), and what the kernel then keeps is judged by
 * the rules ({@link dev.kernlint.fact.SysctlComment}).
 */
public final class SysctlConfParser {
    private SysctlConfParser() {}

    public static List<SysctlAssignment> parse(String file, String text) {
        List<SysctlAssignment> out = new ArrayList<>();
        int lineNo = 0;
        for (String raw : text.split("\n", -1)) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty() || line.charAt(0) == '#' || line.charAt(0) == ';') {
                continue;
            }
            int eq = line.indexOf('=');
            String key = (eq < 0 ? line : line.substring(0, eq)).strip();
            boolean optional = key.startsWith("-");
            if (optional) {
                key = key.substring(1).strip();
            }
            if (key.isEmpty() || (eq < 0 && !optional)) {
                continue;
            }
            String value = null;
            String written = null;
            if (eq >= 0) {
                String after = line.substring(eq + 1).strip();
                int c = commentStart(after);
                written = SysctlValue.fold(after);
                value = c < 0 ? written : SysctlValue.fold(after.substring(0, c));
            }
            key = dotted(key);
            if (key.isEmpty()) {
                continue; // "/ = 1": no key left once the leading slash goes
            }
            out.add(new SysctlAssignment(key, value, file, lineNo, optional, isGlob(key), written));
        }
        return out;
    }

    /**
     * sysctl.d(5): if the first separator is a slash, slashes separate and dots belong to names; if it is a dot,
     * dots and slashes are interchanged. The result is the dotted form with '/' standing for a '.' in a name.
     */
    public static String dotted(String key) {
        String k = key.startsWith("/") ? key.substring(1) : key;
        int slash = k.indexOf('/');
        int dot = k.indexOf('.');
        if (slash >= 0 && (dot < 0 || slash < dot)) {
            StringBuilder sb = new StringBuilder(k.length());
            for (int i = 0; i < k.length(); i++) {
                char c = k.charAt(i);
                sb.append(c == '/' ? '.' : c == '.' ? '/' : c);
            }
            return sb.toString();
        }
        return k;
    }

    /**
     * Where a trailing comment starts in a value, or -1: a '#' or ';' at the start or after white space, or right
     * after leading numbers ("1000#x"). A '#' inside a word of a text value ("a#b") is part of the value.
     */
    static int commentStart(String raw) {
        boolean digitsOnly = true;
        for (int i = 0; i < raw.length(); i++) {
            char ch = raw.charAt(i);
            if (ch == '#' || ch == ';') {
                if (i == 0 || Character.isWhitespace(raw.charAt(i - 1)) || (digitsOnly && Character.isDigit(raw.charAt(i - 1)))) {
                    return i;
                }
            }
            digitsOnly &= Character.isDigit(ch) || Character.isWhitespace(ch) || (ch == '-' && (i == 0 || Character.isWhitespace(raw.charAt(i - 1))));
        }
        return -1;
    }

    static boolean isGlob(String key) {
        return key.indexOf('*') >= 0 || key.indexOf('?') >= 0 || key.indexOf('[') >= 0;
    }

}
