package dev.kernlint.fact;

/**
 * The NUMA layout: nodes online (/sys/devices/system/node/online), the sum of the per-node MemTotal against
 * /proc/meminfo, and whether the kernel was booted with numa=off.
 *
 * <p>Per-node meminfo may not add up to /proc/meminfo: with deferred struct-page initialisation a node can show
 * 4.5 GB while the host has 24 GB. Rules that compare nodes must check {@link #nodeSumsMatch()} first.
 */
public record NumaTopology(int nodes, String onlineList, Long nodeMemTotalKb, Long memTotalKb, boolean numaOffOnCmdline) {

    /** Per-node totals within 1% of MemTotal; unknown totals count as a mismatch, the safe answer for ratios. */
    public boolean nodeSumsMatch() {
        if (nodeMemTotalKb == null || memTotalKb == null || memTotalKb == 0) {
            return false;
        }
        return Math.abs(nodeMemTotalKb - memTotalKb) <= memTotalKb / 100;
    }
}
