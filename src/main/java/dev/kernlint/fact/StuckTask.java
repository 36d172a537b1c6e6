package dev.kernlint.fact;

/**
 * A process seen in uninterruptible sleep (D) in consecutive samples: its longest such run. A task that blocks
 * briefly on each I/O shows D in scattered samples, never in a long unbroken run.
 *
 * @param key     "PID@STARTTIME"
 * @param samples consecutive samples in D
 * @param seconds from the first to the last of them
 * @param wchan   the kernel function it waited in at the last of them, null when unreadable
 * @param stack   its kernel stack then (root only), null when unreadable
 */
public record StuckTask(String key, int pid, String comm, int samples, double seconds, String wchan, String stack) {}
