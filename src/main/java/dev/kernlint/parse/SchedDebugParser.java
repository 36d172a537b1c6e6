package dev.kernlint.parse;

import dev.kernlint.fact.RunQueues;
import java.util.Map;
import java.util.TreeMap;

/**
 * The scheduler debug file: a "cpu#N" line (x86 adds ", 2400.000 MHz") opens each CPU, whose first
 * "  .nr_running   : X" is the run queue's; the cfs_rq[N]/rt_rq[N] sections that follow print their own
 * nr_running lines, which are not counted again.
 */
public final class SchedDebugParser {
    private SchedDebugParser() {}

    public static RunQueues parse(String text) {
        Map<Integer, Long> out = new TreeMap<>();
        Integer cpu = null;
        for (String line : text.split("\n")) {
            if (line.startsWith("cpu#")) {
                int end = 4;
                while (end < line.length() && Character.isDigit(line.charAt(end))) {
                    end++;
                }
                if (end == 4 || end > 4 + 9) {
                    throw new ParseException("sched debug: no CPU number in '" + KernelReleaseParser.abbreviate(line) + "'");
                }
                cpu = Integer.parseInt(line.substring(4, end));
            } else if (cpu != null && line.stripLeading().startsWith(".nr_running")) {
                int colon = line.indexOf(':');
                if (colon < 0) {
                    throw new ParseException("sched debug: no ':' in '" + KernelReleaseParser.abbreviate(line) + "'");
                }
                String v = line.substring(colon + 1).strip();
                try {
                    out.put(cpu, Long.parseLong(v));
                } catch (NumberFormatException e) {
                    throw new ParseException("sched debug: nr_running '" + KernelReleaseParser.abbreviate(v) + "' is not a number");
                }
                cpu = null;
            }
        }
        if (out.isEmpty()) {
            throw new ParseException("sched debug: no cpu#N section with .nr_running (truncated or not sched_debug)");
        }
        return new RunQueues(out);
    }
}
