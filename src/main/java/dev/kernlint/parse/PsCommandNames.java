package dev.kernlint.parse;

/**
 * `ps axo pid,ppid,user,group,lwp,nlwp,start_time,comm,cgroup` (procps, as sos's process plugin runs it): the
 * command name of one process, which is what /proc/PID/comm holds. `ps alxwww` would not do: it shows the
 * arguments, and PID 1 started as /sbin/init is named systemd.
 */
public final class PsCommandNames {
    private static final int PID = 0;
    private static final int COMM = 7;

    private PsCommandNames() {}

    /** The command name of PID with its newline, as /proc/PID/comm reads; null when ps listed no such process. */
    public static String comm(String text, String pid) {
        String[] lines = text.split("\n");
        if (lines.length == 0 || !lines[0].contains("COMMAND") || !lines[0].strip().startsWith("PID")) {
            throw new ParseException("ps axo: expected a header 'PID PPID USER GROUP LWP NLWP START COMMAND CGROUP'");
        }
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].strip().split("\\s+");
            if (f.length > COMM && f[PID].equals(pid)) {
                return f[COMM] + "\n";
            }
        }
        return null;
    }
}
