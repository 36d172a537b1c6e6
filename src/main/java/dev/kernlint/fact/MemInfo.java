package dev.kernlint.fact;

import java.util.Map;

/** /proc/meminfo in kB (HugePages_* counts have no unit). A key the kernel does not print is unknown: null, never 0. */
public record MemInfo(Map<String, Long> values) {

    public Long get(String key) {
        return values.get(key);
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public Long memTotalKb() {
        return values.get("MemTotal");
    }

    /** MemAvailable, or its pre-3.14 estimate MemFree + Active(file) + Inactive(file) + SReclaimable. */
    public Long availableKb() {
        Long a = values.get("MemAvailable");
        if (a != null) {
            return a;
        }
        Long free = values.get("MemFree");
        Long af = values.get("Active(file)");
        Long inf = values.get("Inactive(file)");
        if (free == null || af == null || inf == null) {
            return null;
        }
        return free + af + inf + values.getOrDefault("SReclaimable", 0L);
    }
}
