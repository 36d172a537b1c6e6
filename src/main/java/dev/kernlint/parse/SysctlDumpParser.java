package dev.kernlint.parse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The output of procps `sysctl -a` ("net.ipv4.tcp_rmem = 4096\t131072\t6291456"), as pasted into a ticket or
 * stored by sos (sos_commands/kernel/sysctl_-a, stderr included). A value of several lines is printed by sysctl
 * as one "key = line" per line (dev.cdrom.info): consecutive lines of one key are joined again with '\n'.
 * Keys sysctl could not read are printed on stderr, and are kept apart so they read as denied, never as absent:
 * "sysctl: permission denied on key 'kernel.cad_pid'" (procps 3.3) or "...key "kernel.cad_pid", ignoring"
 * (procps 4), and "sysctl: reading key "net.ipv6.conf.all.stable_secret"" for other read errors.
 */
public final class SysctlDumpParser {
    private static final Pattern LINE = Pattern.compile("^([A-Za-z0-9_][A-Za-z0-9_./:@+-]*) = ?(.*)$");
    private static final Pattern DENIED = Pattern.compile("^sysctl: permission denied on key ['\"]([^'\"]+)['\"]");
    private static final Pattern READ_ERROR = Pattern.compile("^sysctl: reading key ['\"]([^'\"]+)['\"]");

    private SysctlDumpParser() {}

    /** Values by dotted key in the order printed; keys sysctl was denied; keys it failed to read otherwise. */
    public record SysctlDump(Map<String, String> values, java.util.Set<String> denied, java.util.Set<String> unreadable) {}

    public static SysctlDump parse(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        java.util.Set<String> denied = new java.util.LinkedHashSet<>();
        java.util.Set<String> unreadable = new java.util.LinkedHashSet<>();
        String last = null;
        int lineNo = 0;
        for (String raw : text.split("\n", -1)) {
            lineNo++;
            String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
            if (line.isBlank()) {
                continue;
            }
            Matcher d = DENIED.matcher(line);
            if (d.find()) {
                denied.add(d.group(1));
                last = null;
                continue;
            }
            Matcher e = READ_ERROR.matcher(line);
            if (e.find()) {
                unreadable.add(e.group(1));
                last = null;
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                if (line.startsWith("sysctl: ")) {
                    continue; // another diagnostic of sysctl itself, naming no key we could use
                }
                throw new ParseException("sysctl -a: line " + lineNo + " is not 'key = value': '"
                        + KernelReleaseParser.abbreviate(line) + "'");
            }
            String key = m.group(1);
            String value = m.group(2);
            if (key.equals(last)) {
                values.put(key, values.get(key) + "\n" + value);
            } else {
                values.putIfAbsent(key, value); // a key printed twice apart (two dumps pasted together): the first
            }
            last = key;
        }
        if (values.isEmpty() && denied.isEmpty() && unreadable.isEmpty()) {
            throw new ParseException("sysctl -a: no 'key = value' line");
        }
        return new SysctlDump(values, denied, unreadable);
    }

    /**
     * True when the text looks like `sysctl -a` output: a 'key = value' first line (or a sysctl diagnostic) and
     * nine lines in ten of that shape. Used to recognise a pasted dump by its content, never by its name.
     */
    public static boolean looksLike(String text) {
        int lines = 0;
        int good = 0;
        boolean first = true;
        for (String raw : text.split("\n", 2000)) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            boolean ok = line.startsWith("sysctl: ") || (LINE.matcher(line).matches() && line.contains("."));
            if (first && !ok) {
                return false;
            }
            first = false;
            lines++;
            if (ok) {
                good++;
            }
        }
        return lines > 0 && good * 10 >= lines * 9 && good > 0;
    }
}
