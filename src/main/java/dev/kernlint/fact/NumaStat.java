package dev.kernlint.fact;

/**
 * /sys/devices/system/node/nodeN/numastat, the two counters the remote ratio needs (pages, cumulative):
 * local_node = a process on this node's CPUs got memory here; other_node = a process on another node's CPUs got
 * memory here (a remote allocation). Null = not printed by this kernel.
 */
public record NumaStat(int node, Long localNode, Long otherNode) {

    /** other / (local + other): the share of this node's allocations made for processes running elsewhere. */
    public static double remoteShare(long local, long other) {
        return local + other == 0 ? 0 : (double) other / (local + other);
    }
}
