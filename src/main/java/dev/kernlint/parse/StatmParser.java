package dev.kernlint.parse;

import dev.kernlint.source.Input;

/**
 * /proc/PID/statm "size resident shared text lib data dt" in pages: since 4.5 shared is file + shmem pages, so
 * resident - shared is RssAnon, from one short line the kernel formats far faster than the 55 lines of status.
 */
public final class StatmParser {
    private StatmParser() {}

    /** RssAnon in kB, or null when statm is unreadable (exited, not collected) or malformed. */
    public static Long anonKb(Input statm, int pageSize) {
        if (!statm.isOk()) {
            return null;
        }
        String t = statm.text();
        int a = t.indexOf(' ');
        int b = a < 0 ? -1 : t.indexOf(' ', a + 1);
        int c = b < 0 ? -1 : t.indexOf(' ', b + 1);
        if (c < 0) {
            return null;
        }
        try {
            long resident = ProcessStatParser.number(t, a + 1, b, "statm resident");
            long shared = ProcessStatParser.number(t, b + 1, c, "statm shared");
            return Math.multiplyExact(Math.max(0, resident - shared), (long) pageSize) / 1024;
        } catch (ParseException | ArithmeticException e) {
            return null;
        }
    }
}
