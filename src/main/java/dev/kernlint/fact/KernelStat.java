package dev.kernlint.fact;

/**
 * /proc/stat: the aggregate "cpu" line in USER_HZ ticks since boot, and the instantaneous counts of runnable
 * (procs_running, vmstat's r) and blocked (procs_blocked, vmstat's b: waiting for I/O) tasks. Columns a kernel
 * does not print (steal before 2.6.11) are null.
 *
 * @param ownRunning kernlint's own threads in state R, counted right after /proc/stat was read: procs_running
 *                   counts the thread reading it and any other collector or JVM thread on a CPU at that moment,
 *                   so an idle host looks busy. Null when unknown (a snapshot without proc/self/task).
 */
public record KernelStat(Long procsRunning, Long procsBlocked, Long user, Long nice, Long system, Long idle,
                         Long iowait, Long irq, Long softirq, Long steal, Long ownRunning) {

    public KernelStat(Long procsRunning, Long procsBlocked, Long user, Long nice, Long system, Long idle,
                      Long iowait, Long irq, Long softirq, Long steal) {
        this(procsRunning, procsBlocked, user, nice, system, idle, iowait, irq, softirq, steal, null);
    }

    public KernelStat withOwnRunning(Long own) {
        return new KernelStat(procsRunning, procsBlocked, user, nice, system, idle, iowait, irq, softirq, steal, own);
    }

    /** procs_running without kernlint's own threads: the load the host carries; null when procs_running is unknown. */
    public Long othersRunning() {
        if (procsRunning == null) {
            return null;
        }
        return ownRunning == null ? procsRunning : Math.max(0, procsRunning - ownRunning);
    }
}
