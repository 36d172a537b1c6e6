package dev.kernlint.parse;

/**
 * The few lines of /proc/PID/status the rules use: "VmSwap:\t    1024 kB", "RssAnon:\t  2048 kB" (4.5+),
 * "PPid:\t1", "Threads:\t4". Kernel threads have no Vm* lines at all: their values stay null.
 */
public final class ProcessStatusParser {
    private ProcessStatusParser() {}

    public record Status(Integer ppid, Integer threads, Long vmSwapKb, Long rssAnonKb) {}

    public static Status parse(String text) {
        Integer ppid = null;
        Integer threads = null;
        Long swap = null;
        Long rssAnon = null;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int eol = text.indexOf('\n', i);
            if (eol < 0) {
                eol = n;
            }
            int colon = text.indexOf(':', i);
            if (colon > i && colon < eol) {
                // the first letter decides cheaply whether the line can be one we keep
                char c = text.charAt(i);
                if (c == 'V' && text.startsWith("VmSwap", i) && colon == i + 6) {
                    swap = kb(text, colon + 1, eol, "VmSwap");
                } else if (c == 'R' && text.startsWith("RssAnon", i) && colon == i + 7) {
                    rssAnon = kb(text, colon + 1, eol, "RssAnon");
                } else if (c == 'P' && text.startsWith("PPid", i) && colon == i + 4) {
                    ppid = count(kb(text, colon + 1, eol, "PPid"), "PPid");
                } else if (c == 'T' && text.startsWith("Threads", i) && colon == i + 7) {
                    threads = count(kb(text, colon + 1, eol, "Threads"), "Threads");
                }
            }
            i = eol + 1;
        }
        if (ppid == null && threads == null) {
            throw new ParseException("status: no PPid or Threads line (truncated or not /proc/PID/status)");
        }
        return new Status(ppid, threads, swap, rssAnon);
    }

    /** PPid and Threads are int in the kernel: a larger number is not a status file, not a wrapped count. */
    private static int count(long v, String what) {
        if (v > Integer.MAX_VALUE) {
            throw new ParseException("status: " + what + " " + v + " is out of range");
        }
        return (int) v;
    }

    /** The number after the colon, skipping tabs and spaces; a trailing " kB" is the unit. */
    private static long kb(String s, int from, int eol, String what) {
        int i = from;
        while (i < eol && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        int end = i;
        while (end < eol && s.charAt(end) >= '0' && s.charAt(end) <= '9') {
            end++;
        }
        if (end == i) {
            throw new ParseException("status: " + what + " '" + s.substring(from, eol).strip() + "' is not a number");
        }
        return ProcessStatParser.number(s, i, end, what);
    }
}
