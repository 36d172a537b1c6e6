package dev.kernlint.parse;

import dev.kernlint.fact.KernelStat;

/**
 * /proc/stat: the aggregate "cpu  user nice system idle iowait irq softirq steal guest guest_nice" line (older
 * kernels print fewer columns) and "procs_running N" / "procs_blocked N" (2.5.45+). Per-CPU lines, intr and
 * softirq are skipped.
 */
public final class KernelStatParser {
    private KernelStatParser() {}

    public static KernelStat parse(String text) {
        Long running = null;
        Long blocked = null;
        Long[] cpu = new Long[8];
        boolean sawCpu = false;
        for (String line : text.split("\n")) {
            if (line.startsWith("cpu ")) {
                String[] f = line.substring(4).trim().split("\\s+");
                for (int i = 0; i < cpu.length && i < f.length; i++) {
                    cpu[i] = number(f[i], "cpu");
                }
                sawCpu = true;
            } else if (line.startsWith("procs_running ")) {
                running = number(line.substring(14).trim(), "procs_running");
            } else if (line.startsWith("procs_blocked ")) {
                blocked = number(line.substring(14).trim(), "procs_blocked");
            }
        }
        if (!sawCpu) {
            throw new ParseException("stat: no 'cpu' line (truncated or not /proc/stat)");
        }
        return new KernelStat(running, blocked, cpu[0], cpu[1], cpu[2], cpu[3], cpu[4], cpu[5], cpu[6], cpu[7]);
    }

    private static Long number(String s, String what) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new ParseException("stat: " + what + " '" + KernelReleaseParser.abbreviate(s) + "' is not a number");
        }
    }
}
