package dev.kernlint.fact;

/**
 * /proc/loadavg "0.61 0.61 0.55 3/828 22084": load over 1, 5 and 15 minutes (runnable plus uninterruptible
 * tasks, exponentially averaged), then runnable/total scheduling entities, then the last pid handed out.
 * The numbers are kernel-wide, also inside a container, unless lxcfs virtualises the file. The last three are
 * null where only the averages were kept (a sosreport's `uptime`).
 */
public record LoadAverage(double load1, double load5, double load15, Long runnable, Long tasks, Long lastPid) {}
