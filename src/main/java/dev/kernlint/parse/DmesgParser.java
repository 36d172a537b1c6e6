package dev.kernlint.parse;

import dev.kernlint.fact.KernelLog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kernel ring buffer as `dmesg` prints it ("[ 2417.390105] message"; with a caller id "[  12.3][ T413]" on
 * kernels built with CONFIG_PRINTK_CALLER; no stamp with printk.time=0), and as sos keeps it
 * (sos_commands/kernel/dmesg). Only the messages kernlint judges are kept: the hung-task detector's
 * "INFO: task COMM:PID blocked for more than N seconds." (2.6.x to 6.x; COMM may hold ':' and '/') and
 * "TCP: time wait bucket table overflow".
 */
public final class DmesgParser {
    private static final Pattern HUNG = Pattern.compile("INFO: task (.{1,64}):(\\d{1,10}) blocked for more than (\\d{1,10}) seconds");
    private static final Pattern STAMP = Pattern.compile("^\\[\\s*(\\d{1,10}\\.\\d{1,9})\\]");
    private static final String TW_OVERFLOW = "time wait bucket table overflow";
    /** Tasks kept by name: a storm of reports names the same few tasks again and again. */
    static final int MAX_TASKS = 1000;

    private DmesgParser() {}

    public static KernelLog parse(String text) {
        Map<String, KernelLog.HungTask> hung = new LinkedHashMap<>();
        int tw = 0;
        Double lastTw = null;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            String line = text.substring(start, end < 0 ? text.length() : end);
            start = end < 0 ? text.length() : end + 1;
            if (line.contains(TW_OVERFLOW)) {
                tw++;
                lastTw = stamp(line);
                continue;
            }
            int info = line.indexOf("INFO: task ");
            if (info < 0) {
                continue;
            }
            Matcher m = HUNG.matcher(line);
            if (!m.find(info)) {
                continue;
            }
            String comm = m.group(1);
            int pid;
            try {
                pid = Integer.parseInt(m.group(2));
            } catch (NumberFormatException e) {
                continue; // longer than any pid: not the detector's line
            }
            long seconds = Long.parseLong(m.group(3));
            String key = comm + ":" + pid;
            KernelLog.HungTask before = hung.remove(key);
            if (before == null && hung.size() >= MAX_TASKS) {
                continue;
            }
            int reports = before == null ? 1 : before.reports() + 1;
            hung.put(key, new KernelLog.HungTask(comm, pid, Math.max(seconds, before == null ? 0 : before.blockedSeconds()), reports, stamp(line)));
        }
        return new KernelLog(new ArrayList<>(hung.values()), tw, lastTw);
    }

    private static Double stamp(String line) {
        Matcher m = STAMP.matcher(line);
        return m.find() ? Double.valueOf(m.group(1)) : null;
    }
}
