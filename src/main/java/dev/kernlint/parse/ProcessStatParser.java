package dev.kernlint.parse;

import dev.kernlint.fact.ProcessInfo;

/**
 * /proc/PID/stat: "1234 (comm) S 1 ..." where comm may hold spaces and parentheses ("((x) y)", "(sd-pam)"), so the
 * state is the first field after the LAST ')'. Parsed by index, without regex or split: an audit reads thousands.
 * Field numbers are those of proc(5): 3 state, 4 ppid, 9 flags, 20 num_threads, 22 starttime, 40 rt_priority,
 * 41 policy (2.5.19+).
 */
public final class ProcessStatParser {
    /** PF_KTHREAD in the flags field (include/linux/sched.h): the task is a kernel thread. */
    static final long PF_KTHREAD = 0x00200000L;

    private static final int STATE = 3;
    private static final int PPID = 4;
    private static final int FLAGS = 9;
    private static final int NUM_THREADS = 20;
    private static final int START_TIME = 22;
    private static final int RT_PRIORITY = 40;
    private static final int POLICY = 41;

    private ProcessStatParser() {}

    public static ProcessInfo parse(String text) {
        int open = text.indexOf('(');
        int close = text.lastIndexOf(')');
        if (open <= 0 || close < open) {
            throw new ParseException("stat: no '(comm)' in '" + KernelReleaseParser.abbreviate(text) + "'");
        }
        int pid = (int) inInt(number(text, 0, skipBack(text, open), "pid"), "pid");
        String comm = text.substring(open + 1, close);
        char state = 0;
        long ppid = -1;
        long flags = 0;
        long threads = -1;
        long startTime = 0;
        Long rtPriority = null;
        Long policy = null;
        int field = STATE;
        int i = close + 1;
        int n = text.length();
        while (i < n && field <= POLICY) {
            while (i < n && text.charAt(i) == ' ') {
                i++;
            }
            int start = i;
            while (i < n && text.charAt(i) != ' ' && text.charAt(i) != '\n') {
                i++;
            }
            if (start == i) {
                break;
            }
            switch (field) {
                case STATE -> state = text.charAt(start);
                case PPID -> ppid = inInt(number(text, start, i, "ppid"), "ppid");
                case FLAGS -> flags = number(text, start, i, "flags");
                case NUM_THREADS -> threads = inInt(number(text, start, i, "num_threads"), "num_threads");
                case START_TIME -> startTime = number(text, start, i, "starttime");
                case RT_PRIORITY -> rtPriority = inInt(number(text, start, i, "rt_priority"), "rt_priority");
                case POLICY -> policy = inInt(number(text, start, i, "policy"), "policy");
                default -> { }
            }
            field++;
        }
        if (field <= NUM_THREADS) {
            throw new ParseException("stat of pid " + pid + ": only " + (field - 1) + " fields (truncated?)");
        }
        return new ProcessInfo(pid, (int) ppid, comm, state, (int) threads,
                policy == null ? null : policy.intValue(), rtPriority == null ? null : rtPriority.intValue(),
                (flags & PF_KTHREAD) != 0, null, null, startTime);
    }

    /** Only the state letter (proc(5) field 3), for counting running threads; 0 when the text has no "(comm) X". */
    public static char state(String text) {
        int close = text.lastIndexOf(')');
        return close >= 0 && close + 2 < text.length() && text.charAt(close + 1) == ' ' ? text.charAt(close + 2) : 0;
    }

    private static int skipBack(String s, int end) {
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return end;
    }

    /** The fields kept as int are int in the kernel too: a larger value is not a stat line, not a wrapped one. */
    private static long inInt(long v, String what) {
        if (v > Integer.MAX_VALUE) {
            throw new ParseException("stat: " + what + " " + v + " is out of range");
        }
        return v;
    }

    /** A non-negative decimal between start and end, without allocating a substring. */
    static long number(String s, int start, int end, String what) {
        if (start >= end) {
            throw new ParseException("stat: empty " + what);
        }
        long v = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                // some fields (nice, priority) are signed, but none this parser keeps
                throw new ParseException("stat: " + what + " '" + KernelReleaseParser.abbreviate(s.substring(start, end)) + "' is not a number");
            }
            if (v > (Long.MAX_VALUE - (c - '0')) / 10) {
                throw new ParseException("stat: " + what + " is out of range");
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
