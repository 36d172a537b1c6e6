package dev.kernlint.fact;

import java.util.Map;

/**
 * One NUMA node from /sys/devices/system/node/nodeN: its CPUs (cpulist), its memory (meminfo, kB) and numastat
 * (numa_hit, numa_miss, numa_foreign, interleave_hit, local_node, other_node: pages, cumulative since boot).
 * Null or an empty map = not readable on this host.
 */
public record NumaNode(int id, String cpuList, int cpus, Long memTotalKb, Long memFreeKb, Map<String, Long> numastat) {

    public Long stat(String key) {
        return numastat == null ? null : numastat.get(key);
    }
}
