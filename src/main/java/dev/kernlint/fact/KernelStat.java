package dev.kernlint.fact;

/**
 * /proc/stat: the aggregate "cpu" line in USER_HZ ticks since boot, and the instantaneous counts of runnable
 * (procs_running, vmstat's r) and blocked (procs_blocked, vmstat's b: waiting for I/O) tasks. Columns a kernel
 * does not print (steal before 2.6.11) are null.
 */
public record KernelStat(Long procsRunning, Long procsBlocked, Long user, Long nice, Long system, Long idle,
                         Long iowait, Long irq, Long softirq, Long steal) {}
