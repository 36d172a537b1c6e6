package dev.kernlint.fact;

/**
 * /proc/net/softnet_stat summed over CPUs: packets processed, dropped because the per-CPU backlog
 * (net.core.netdev_max_backlog) was full, and time_squeeze (the NAPI budget or time ran out with work left).
 */
public record SoftnetStat(int cpus, long processed, long dropped, long timeSqueeze) {}
