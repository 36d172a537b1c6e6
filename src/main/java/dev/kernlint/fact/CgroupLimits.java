package dev.kernlint.fact;

/**
 * The CPU and task limits of the cgroup the audit sees as its root: /sys/fs/cgroup/cpu.max and pids.max (cgroup v2)
 * or cpu.cfs_quota_us and pids/pids.max (v1). On a host that is the root cgroup, which has no limits; inside a
 * container it is the container's. Always present as a fact, with nulls for "no limit" or "not known".
 *
 * @param cpuQuotaUs  microseconds of CPU per period; null = "max" (no quota)
 * @param pidsMax     null = "max" or no pids controller
 * @param pidsCurrent tasks charged to the cgroup now; null when not known
 * @param version     "cgroup2", "cgroup1" or "none"
 */
public record CgroupLimits(Long cpuQuotaUs, Long cpuPeriodUs, Long pidsMax, Long pidsCurrent, String version) {

    public static CgroupLimits none() {
        return new CgroupLimits(null, null, null, null, "none");
    }

    /** The CPUs the quota allows (200000/100000 = 2.0), or null without a quota. */
    public Double quotaCpus() {
        return cpuQuotaUs == null || cpuPeriodUs == null || cpuPeriodUs <= 0 ? null : (double) cpuQuotaUs / cpuPeriodUs;
    }

    /** The CPUs work can really use: the online CPUs, or the quota when it is smaller. */
    public double effectiveCpus(int online) {
        Double q = quotaCpus();
        return q != null && q < online ? q : online;
    }
}
