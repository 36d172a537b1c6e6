package dev.kernlint.fact;

/**
 * Automatic NUMA balancing activity from /proc/vmstat (numa_hint_faults, numa_hint_faults_local,
 * numa_pages_migrated; cumulative since boot) and the uptime (/proc/uptime) that turns them into averages.
 * Null = the kernel does not count it (built without CONFIG_NUMA_BALANCING).
 */
public record NumaHintFaults(Long hintFaults, Long hintFaultsLocal, Long pagesMigrated, Double uptimeSeconds) {

    /** Average events per second since boot, or null when either side is unknown. */
    public Double perSecond(Long count) {
        return count == null || uptimeSeconds == null || uptimeSeconds <= 0 ? null : Math.round(count / uptimeSeconds * 10) / 10.0;
    }

    /** The meaning of a kernel.numa_balancing value. */
    public static String mode(String value) {
        return switch (value) {
            case "0" -> "off";
            case "1" -> "on";
            case "2" -> "memory tiering only";
            case "3" -> "on, with memory tiering";
            default -> "unknown mode";
        };
    }

    /** "since boot: 12.5 hint faults/s, 3.1 pages migrated/s", or why no rate can be given. */
    public String describeRates() {
        Double faults = perSecond(hintFaults);
        Double migrated = perSecond(pagesMigrated);
        if (faults == null && migrated == null) {
            return "no hint fault counters in /proc/vmstat";
        }
        return "since boot: " + (faults == null ? "?" : faults) + " hint faults/s, " + (migrated == null ? "?" : migrated) + " pages migrated/s";
    }
}
