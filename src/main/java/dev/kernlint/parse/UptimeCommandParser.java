package dev.kernlint.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one line `uptime` prints (procps 3.x and 4.x, busybox), as a sosreport keeps it:
 * " 23:16:17 up 3 days,  4:02,  2 users,  load average: 1.14, 1.02, 0.45". It holds the three load averages of
 * /proc/loadavg, but not its runnable/total task counts, and the time since boot to the minute.
 */
public final class UptimeCommandParser {
    private static final Pattern LOAD = Pattern.compile("load averages?:\\s*(\\d+[.,]\\d+),?\\s+(\\d+[.,]\\d+),?\\s+(\\d+[.,]\\d+)");
    private static final Pattern UP = Pattern.compile(
            "\\bup\\s+(?:(\\d{1,6})\\s+days?,\\s*)?(?:(\\d{1,2}):(\\d{2})|(\\d{1,2})\\s+min)?");

    private UptimeCommandParser() {}

    /** "1.14 1.02 0.45\n": the averages as /proc/loadavg starts, without the task counts uptime does not show. */
    public static String loadavg(String text) {
        Matcher m = LOAD.matcher(text);
        if (!m.find()) {
            throw new ParseException("uptime: no 'load average: L1, L5, L15' in '" + KernelReleaseParser.abbreviate(text.strip()) + "'");
        }
        return dot(m.group(1)) + " " + dot(m.group(2)) + " " + dot(m.group(3)) + "\n";
    }

    /** "3836.00 0\n": seconds since boot, to the minute uptime shows, as /proc/uptime starts (idle time unknown: 0). */
    public static String procUptime(String text) {
        Matcher m = UP.matcher(text);
        if (!m.find() || (m.group(1) == null && m.group(2) == null && m.group(4) == null)) {
            throw new ParseException("uptime: no 'up ...' in '" + KernelReleaseParser.abbreviate(text.strip()) + "'");
        }
        long minutes = 0;
        if (m.group(1) != null) {
            minutes += Long.parseLong(m.group(1)) * 24 * 60;
        }
        if (m.group(2) != null) {
            minutes += Long.parseLong(m.group(2)) * 60 + Long.parseLong(m.group(3));
        } else if (m.group(4) != null) {
            minutes += Long.parseLong(m.group(4));
        }
        return (minutes * 60) + ".00 0\n";
    }

    /** A locale that writes "0,52" for 0.52 (uptime follows LC_NUMERIC). */
    private static String dot(String n) {
        return n.replace(',', '.');
    }
}
