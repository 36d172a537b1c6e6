package dev.kernlint.fact;

import java.util.Map;

/**
 * /proc/vmstat: counters in pages or events, cumulative since boot (pswpin, pswpout, oom_kill, numa_*). Names
 * come and go between kernel versions (pgsteal_kswapd_* split into per-zone counters in 4.8 and back), so a
 * counter the kernel does not print is unknown: null, never 0.
 */
public record VmStat(Map<String, Long> counters) {

    public Long get(String name) {
        return counters.get(name);
    }

    public boolean has(String name) {
        return counters.containsKey(name);
    }
}
