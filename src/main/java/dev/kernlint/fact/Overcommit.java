package dev.kernlint.fact;

/**
 * The overcommit policy and where the host stands against it: vm.overcommit_* with CommitLimit and
 * Committed_AS from /proc/meminfo, and what an OOM would do (vm.panic_on_oom, oom_kill in /proc/vmstat).
 * Null = not known on this kernel.
 */
public record Overcommit(int mode, Long ratio, Long kbytes, Long commitLimitKb, Long committedAsKb, Long memTotalKb,
                         Long panicOnOom, Long oomKills) {

    public double committedShare() {
        return commitLimitKb == null || committedAsKb == null || commitLimitKb == 0 ? 0 : (double) committedAsKb / commitLimitKb;
    }

    public double limitShareOfRam() {
        return commitLimitKb == null || memTotalKb == null || memTotalKb == 0 ? 0 : (double) commitLimitKb / memTotalKb;
    }
}
