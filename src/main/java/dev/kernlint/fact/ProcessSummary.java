package dev.kernlint.fact;

/**
 * Counts over every process in /proc, for rules that need totals rather than processes.
 *
 * @param threads        the sum of num_threads: every thread and every zombie holds a pid
 * @param uninterruptible state D; idle kernel threads (I) are counted apart, as the kernel does for the load average
 * @param statusRead     whether /proc/PID/status was read (VmSwap known); it is read only when swap is in use
 * @param vmSwapKb       the sum of VmSwap over processes (anonymous private swap only), null when status was not read
 */
public record ProcessSummary(int processes, long threads, int kernelThreads, int running, int uninterruptible,
                             int idle, int stopped, int zombies, boolean statusRead, Long vmSwapKb) {}
