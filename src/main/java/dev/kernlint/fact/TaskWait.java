package dev.kernlint.fact;

/**
 * Where a process in uninterruptible sleep (state D) waits: /proc/PID/wchan (the kernel function, readable by
 * anyone on most kernels; "0" when hidden by kptr_restrict) and /proc/PID/stack (the kernel stack, root only).
 * Read only for processes in D, which are few, so it costs nothing on a healthy host.
 *
 * @param wchan null when unreadable or hidden
 * @param stack null when unreadable (not root)
 */
public record TaskWait(String key, int pid, String comm, String wchan, String stack) {}
