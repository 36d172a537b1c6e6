package dev.kernlint.fact;

import java.util.Map;

/**
 * nr_running of each CPU's run queue, from the scheduler's debug file (/proc/sched_debug before 5.13,
 * /sys/kernel/debug/sched/debug after; root and, for the latter, a mounted debugfs).
 *
 * @param byCpu CPU number to tasks on its run queue (the running one included)
 */
public record RunQueues(Map<Integer, Long> byCpu) {}
